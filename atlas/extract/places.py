"""Which capitalised names in a sentence are the cities where a company has a site.

A name is a candidate only when the sentence puts it in a "where" slot: after a
locative preposition ("à", "in", "nach", "en", "a"), after a site noun and "de/di/of"
("bureau de Paris"), before a site noun ("its Paris office"), in a list coordinated
with such a name ("à Bruxelles, New York et Singapour"), or in an opening
"Après Dublin, Paris et Bruxelles" list. It must then resolve through `geo.resolve` to a
populated place; countries, regions, continents and names like "Station F" do not.
Names that contain an institution or venue word ("Université Technique de Munich",
"Silicon Valley", "Web Summit") are rejected whole, never split into a city.
Rejected options ("rather than Berlin"), travel ("Altman visited Tokyo") and the venue of
an announcement ("lors du salon VivaTech à Paris") are recognised by the nearest
trigger word before the name.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from atlas.extract.lexicon import (
    AFTER_LIST_WORDS,
    ALL_MONTHS,
    ALL_WEEKDAYS,
    FUNCTION_WORDS,
    GENITIVE_PREPOSITIONS,
    INSTITUTION_WORDS,
    LIST_CONJUNCTIONS,
    LOCATIVE_PREPOSITIONS,
    SITE_NOUNS,
    SITE_PHRASES,
)

_TOKEN = re.compile(r"[^\W\d_][\w'’\-&.]*[\w]|[^\W\d_]|\d[\w]*")
_ELISION = re.compile(r"^((?:[dlDLjJnNsScCmM]|[Qq]u|[Aa]ll|[Dd]ell|[Nn]ell|[Ss]ull|[Dd]all)['’])"
                      r"(?=[^\W\d_])")
_CONNECTORS = frozenset("de del della di da am im an der sur upon".split())
_SITE_PHRASE_END = re.compile(
    "(?:" + "|".join(re.escape(p) for p in SITE_PHRASES) + r")\s+(?:de|d['’]|di|del|of|von)\s*$",
    re.IGNORECASE)
_LIST_GAP = re.compile(r"^\s*(?:,\s*(?:(?P<c1>\w+)\s+)?|\s+(?P<c2>\w+)\s+)$")
_REJECTED = re.compile(
    r"(?:(?:rather\s+than|instead\s+of|plutôt\s+qu['’]|plutôt\s+que|au\s+lieu\s+d['’]|"
    r"au\s+lieu\s+de|statt|anstatt|anstelle\s+von|en\s+lugar\s+de|en\s+vez\s+de|"
    r"invece\s+di|invece\s+che|anziché|piuttosto\s+che|écartant|descartando|scartando)"
    r"(?:\s+[\w'’]+){0,4}?"
    r"|et\s+non(?:\s+pas)?|and\s+not|not|nicht|y\s+no|e\s+non)"
    r"\s*(?:(?:in|à|a|en|im|nach|to|au|ad)\s+)?$", re.IGNORECASE)
_TRAVEL = re.compile(
    r"(?<!\w)(?:visit(?:ed|s|ing)?|trip\s+to|travel(?:l)?ed\s+to|flew\s+to|tour(?:ed)?|"
    r"s['’]est\s+rendue?|se\s+rendra|a\s+visité|visite|en\s+visite|de\s+passage|voyage|"
    r"besuchte|besucht|reiste|Reise|zu\s+Besuch|visitó|visitará|visita|viajó|viaje|gira|"
    r"ha\s+visitato|si\s+è\s+recat[oa]|in\s+visita|in\s+viaggio)(?!\w)", re.IGNORECASE)
_VENUE = re.compile(
    r"(?<!\w)(?:conférences?|conferences?|salon|sommet|summit|forum|congrès|keynote|"
    r"Konferenz|Pressekonferenz|Messe|Gipfel|congreso|conferencia|cumbre|feria|evento|"
    r"événement|event|conferenza|fiera|vertice|rueda\s+de\s+prensa|speaking|s['’]exprimant|"
    r"intervenant|sprach|hablando|parlando|intervenendo|depuis|desde|from)(?!\w)",
    re.IGNORECASE)


@dataclass(frozen=True)
class NameRun:
    """A run of capitalised words (with connectors like 'de', 'am'), offsets in the sentence."""

    start: int
    end: int
    text: str
    prev_word: str     # the word just before, lower case ('' at sentence start)
    prev_prev: str     # the word before that
    first_in_sentence: bool


@dataclass(frozen=True)
class PlaceMention:
    """A city the sentence names in a site slot, with the place it resolved to."""

    start: int
    end: int
    text: str
    place: Any
    after_list: bool = False


def _tokens(text: str) -> list[tuple[int, int, str]]:
    tokens: list[tuple[int, int, str]] = []
    for match in _TOKEN.finditer(text):
        start, word = match.start(), match.group(0)
        elision = _ELISION.match(word)
        if elision:
            cut = elision.end()
            tokens.append((start, start + cut - 1, word[:cut - 1]))
            start, word = start + cut, word[cut:]
        word = re.sub(r"['’]s$", "", word)  # possessive: "OpenAI's"
        tokens.append((start, start + len(word), word))
    return tokens


def _is_cap(word: str) -> bool:
    return word[:1].isupper()


def name_runs(text: str) -> list[NameRun]:
    """Maximal runs of capitalised words, leading function words removed."""
    tokens = _tokens(text)
    runs: list[NameRun] = []
    i = 0
    while i < len(tokens):
        if not _is_cap(tokens[i][2]):
            i += 1
            continue
        j = i
        while j + 1 < len(tokens):
            gap = text[tokens[j][1]:tokens[j + 1][0]]
            nxt = tokens[j + 1][2]
            if gap == " " and _is_cap(nxt):
                j += 1
                continue
            if (gap == " " and nxt in _CONNECTORS and j + 2 < len(tokens)
                    and text[tokens[j + 1][1]:tokens[j + 2][0]] == " "
                    and _is_cap(tokens[j + 2][2])):
                j += 2
                continue
            break
        k = i
        while k <= j and (tokens[k][2].lower() in FUNCTION_WORDS
                          or tokens[k][2].lower() in ALL_MONTHS
                          or tokens[k][2].lower() in ALL_WEEKDAYS
                          or tokens[k][2] in _CONNECTORS):
            k += 1
        while j >= k and tokens[j][2] in _CONNECTORS:
            j -= 1
        if k <= j:
            prev = tokens[k - 1][2].lower() if k > 0 else ""
            prev_prev = tokens[k - 2][2].lower() if k > 1 else ""
            start, end = tokens[k][0], tokens[j][1]
            runs.append(NameRun(start, end, text[start:end], prev, prev_prev, k == 0))
        i = max(j, i) + 1
    return runs


def is_institution(name: str) -> bool:
    """True when a capitalised run names an institution, venue or landmark."""
    return any(w.lower() in INSTITUTION_WORDS for w in re.split(r"[\s\-]+", name))


def _slotted(run: NameRun, text: str) -> bool:
    if run.prev_word in LOCATIVE_PREPOSITIONS:
        return True
    if run.prev_word in GENITIVE_PREPOSITIONS and (
            run.prev_prev in SITE_NOUNS or _SITE_PHRASE_END.search(text[:run.start])):
        return True
    following = re.match(r"\s+([^\W\d_]+)", text[run.end:])
    return bool(following and following.group(1).lower() in SITE_NOUNS
                and following.group(1).islower())


def _list_members(runs: list[NameRun], first: int, text: str) -> list[int]:
    """Indexes of runs forming a list that starts at `first` ("X, Y et Z").

    The list ends with the item after a conjunction; a comma-only sequence is not a
    list ("Après Dublin, Munich complète ..." names one earlier site, not two).
    """
    members = [first]
    k = first
    while k + 1 < len(runs):
        gap = _LIST_GAP.match(text[runs[k].end:runs[k + 1].start])
        if not gap:
            break
        conj = (gap.group("c1") or gap.group("c2") or "").lower()
        if conj and conj not in LIST_CONJUNCTIONS:
            break
        members.append(k + 1)
        k += 1
        if conj:
            return members
    return [first]


def _blocked(text: str, start: int, triggers: list[tuple[int, int, bool]]) -> bool:
    """Whether the nearest trigger before `start` is a travel or venue word."""
    before = [t for t in triggers if t[1] <= start]
    return bool(before) and before[-1][2]


Resolver = Callable[[str], Any]
# Offices open in towns, not hamlets; a tiny namesake is likelier a common noun
# ("Zukunft") or a surname than the site of an office.
MIN_POPULATION = 10_000


@lru_cache(maxsize=20000)
def geo_resolve(name: str) -> Any:
    """The populated place `name` resolves to through `geo`, or None.

    A quick look at the index keys first avoids paying for geo's typo suggestions on
    every capitalised word that is not a place (most of them).
    """
    import geo

    try:
        from geo.gazetteer import default_gazetteer
        from geo.normalize import fold

        if not default_gazetteer().candidates(fold(name)):
            return None
    except (ImportError, AttributeError):  # an older or newer geo: just ask it
        pass
    try:
        place = geo.resolve(name)
    except geo.PlaceNotFound:
        return None
    if getattr(place, "confidence", 1.0) < 0.5 or getattr(place, "population", 0) < MIN_POPULATION:
        return None
    return place


def find_places(text: str, status_positions: list[tuple[int, int]],
                resolver: Resolver = geo_resolve) -> list[PlaceMention]:
    """Cities the sentence puts in a site slot, minus rejected options, travel and venues.

    `status_positions` are the spans of status cues; they compete with travel and venue
    words for the name they govern.
    """
    runs = name_runs(text)
    if not runs:
        return []
    triggers = [(s, e, False) for s, e in status_positions]
    triggers += [(m.start(), m.end(), True) for m in _TRAVEL.finditer(text)]
    triggers += [(m.start(), m.end(), True) for m in _VENUE.finditer(text)]
    triggers.sort(key=lambda t: t[1])
    chosen: dict[int, bool] = {}  # run index -> after_list
    for idx, run in enumerate(runs):
        if idx in chosen:
            continue
        after_list = run.prev_word in AFTER_LIST_WORDS and (
            run.first_in_sentence or text[:run.start].strip().lower()
            in ("après", "after", "nach", "tras", "dopo", "después de"))
        if not (after_list or _slotted(run, text)):
            continue
        members = _list_members(runs, idx, text)
        if _REJECTED.search(text[max(0, run.start - 40):run.start]):
            for m in members:
                chosen.setdefault(m, False)
                chosen[m] = None  # type: ignore[assignment]
            continue
        for m in members:
            chosen.setdefault(m, after_list)
    mentions: list[PlaceMention] = []
    for idx, after_list in sorted(chosen.items()):
        if after_list is None:
            continue
        run = runs[idx]
        if is_institution(run.text) or (run.text.isupper() and len(run.text) > 1):
            continue
        if not after_list and _blocked(text, runs[idx].start, triggers):
            continue
        place = resolver(run.text)
        if place is None:
            continue
        mentions.append(PlaceMention(run.start, run.end, run.text, place, after_list))
    return mentions
