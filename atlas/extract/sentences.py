"""Split article text into sentences that can be quoted verbatim.

Scraped news is not clean prose: bullets, headings and photo credits sit on their own
lines, agencies prefix a dateline ("MADRID (Reuters) -"), and periods also end
abbreviations ("M.", "z.B.") and German ordinals ("9. Oktober"). Every sentence keeps
its character offsets into the original text, because an event's quote must be an exact
substring of the article and its span must point at it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from atlas.extract.lexicon import ABBREVIATIONS, ALL_MONTHS

_BLANK_LINE = re.compile(r"\n[ \t\r\f\v]*\n")
_BULLET = re.compile(r"^\s*(?:[•·▪◦●*\-–—]|\d{1,2}[.)])\s+")
_TERMINAL = re.compile(r"[.!?…:;»\"”)]\s*$")
# End of a sentence: terminal punctuation, optional closing quotes/brackets, then space.
_END = re.compile(r"[.!?…]+[\"”»’')\]]*(?=\s)")
_DATELINE = re.compile(
    r"^(?:[A-ZÀ-Þ][A-ZÀ-Þ'’. -]{1,30}[A-ZÀ-Þ.]"          # MADRID, NEW YORK, ST. GALLEN
    r"|[A-ZÀ-Þ][a-zà-ÿ]+(?:[ -][A-ZÀ-Þ][a-zà-ÿ]+)?(?=\s*(?:,[^()\n]{1,30})?\s*\())"  # Berlin (dpa)
    r"(?:\s*,[^()\n–—]{1,30}?)?"                         # , 3 March
    r"\s*(?:\([^()\n]{1,30}\))?"                          # (Reuters)
    r"\s*[-–—]+\s+"
)


@dataclass(frozen=True)
class Sentence:
    """One quotable unit of the article: `text == article_text[start:end]`.

    `paragraph` numbers blank-line blocks (each bullet line counts as its own block), so
    date context never leaks from one paragraph into the next. A `dateline` is the
    agency prefix of a dispatch; it names where the story was filed, not a site.
    """

    start: int
    end: int
    text: str
    paragraph: int
    index: int
    dateline: bool = False


def _is_abbreviation(text: str, dot: int) -> bool:
    """True when the period at `dot` closes an abbreviation, an initial or an ordinal."""
    match = re.search(r"([\w.]+)$", text[max(0, dot - 40):dot])
    if not match:
        return False
    word = match.group(1)
    if word.lower().rstrip(".") in ABBREVIATIONS or word.lower() in ABBREVIATIONS:
        return True
    if len(word) == 1 and word.isupper():  # initial: "J. Smith"
        return True
    if "." in word and len(word) <= 6:  # "U.S", "z.B", "S.A"
        return True
    if word.isdigit() and len(word) <= 2:  # German ordinal: "9. Oktober", "3. Quartal"
        following = re.match(r"\s+([^\W\d_]+)", text[dot + 1:])
        if following and (following.group(1).lower() in ALL_MONTHS
                          or following.group(1) in ("Quartal", "Jahrhundert", "Stock")):
            return True
    return False


def _units(text: str) -> list[tuple[int, int, int]]:
    """(start, end, paragraph) of the line groups sentences may not cross."""
    units: list[tuple[int, int, int]] = []
    paragraph = 0
    pos = 0
    blocks: list[tuple[int, int]] = []
    for match in _BLANK_LINE.finditer(text):
        blocks.append((pos, match.start()))
        pos = match.end()
    blocks.append((pos, len(text)))
    for b_start, b_end in blocks:
        lines: list[tuple[int, int]] = []
        line_start = b_start
        for i in range(b_start, b_end):
            if text[i] == "\n":
                lines.append((line_start, i))
                line_start = i + 1
        lines.append((line_start, b_end))
        current: tuple[int, int] | None = None
        for l_start, l_end in lines:
            line = text[l_start:l_end]
            if not line.strip():
                continue
            bullet = bool(_BULLET.match(line))
            if current is not None:
                previous = text[current[0]:current[1]]
                joins = (not bullet and not _TERMINAL.search(previous)
                         and not _BULLET.match(previous)
                         and line.lstrip()[:1].islower())
                if joins:
                    current = (current[0], l_end)
                    continue
                units.append((current[0], current[1], paragraph))
                if _BULLET.match(previous) or bullet:
                    paragraph += 1
            current = (l_start, l_end)
        if current is not None:
            units.append((current[0], current[1], paragraph))
        paragraph += 1
    return units


def split_sentences(text: str) -> list[Sentence]:
    """Sentences of `text` in order, with offsets; headings and bullets stand alone."""
    sentences: list[Sentence] = []

    def add(start: int, end: int, paragraph: int, dateline: bool = False) -> None:
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            sentences.append(Sentence(start, end, text[start:end], paragraph,
                                      len(sentences), dateline))

    for u_start, u_end, paragraph in _units(text):
        chunk = text[u_start:u_end]
        bullet = _BULLET.match(chunk)
        offset = bullet.end() if bullet else 0
        line = chunk[offset:]
        lead = len(line) - len(line.lstrip())
        dateline = _DATELINE.match(line[lead:])
        if dateline:
            add(u_start + offset, u_start + offset + lead + dateline.end(), paragraph, True)
            offset += lead + dateline.end()
        start = u_start + offset
        for match in _END.finditer(text, start, u_end):
            after = text[match.end():u_end].lstrip()
            if not after or after[0].islower():
                continue
            dot = match.start()
            if text[dot] == "." and match.end() - dot == 1 and _is_abbreviation(text, dot):
                continue
            add(start, match.end(), paragraph)
            start = match.end()
        add(start, u_end, paragraph)
    return sentences
