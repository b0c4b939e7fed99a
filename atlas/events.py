"""The events table: one CSV row per claim about a site, each tied to a verbatim quote.

Validation is the point of this module. A row is kept only if every field is sound and
its quote is found in its article; every problem is reported with file, row and field,
and a bad row never takes its valid neighbours down with it.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Mapping
from pathlib import Path

from atlas.dates import DateFormatError, PartialDate
from atlas.errors import InputError, Problem
from atlas.model import Article, Event, SiteKind, Status
from atlas.textio import decode_utf8

REQUIRED_COLUMNS = ("company", "city", "date", "status", "article_id", "quote")
OPTIONAL_COLUMNS = ("country", "site_kind", "note")
COLUMNS = ("company", "city", "country", "date", "status", "site_kind", "article_id",
           "quote", "note")
_SPACES = re.compile(r"\s+")
_QUOTE_MARKS = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "«": '"', "»": '"',
                              "\u00a0": " ", "\u202f": " "})


def _loose(text: str) -> str:
    return _SPACES.sub(" ", text.translate(_QUOTE_MARKS)).strip().lower()


def _quote_problem(quote: str, article: Article) -> str | None:
    """Why a quote is not evidence from its article, or None when it is found verbatim."""
    if quote in article.text:
        return None
    if _loose(quote) in _loose(article.text):
        return ("quote differs from the article text only in spaces, case or quotation "
                "marks; copy it exactly from the article")
    return f"quote not found in the text of article '{article.id}'"


def parse_events_csv(
    text: str, name: str, articles: Mapping[str, Article]
) -> tuple[list[Event], list[Problem]]:
    """Read events from CSV text; return the valid events and every problem found.

    Rows are numbered as a spreadsheet shows them: the header is row 1.
    """
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = next(reader)
    except StopIteration:
        return [], [Problem(name, "the file is empty; it needs a header row with: "
                                  + ", ".join(REQUIRED_COLUMNS))]
    except csv.Error as exc:
        return [], [Problem(name, f"not readable as CSV: {exc}", row=1)]
    header = [h.strip().lower() for h in header]
    missing = [c for c in REQUIRED_COLUMNS if c not in header]
    if missing:
        return [], [Problem(name, f"missing column (the header has: {', '.join(header)})",
                            row=1, field=col) for col in missing]
    index = {col: header.index(col) for col in COLUMNS if col in header}
    events: list[Event] = []
    problems: list[Problem] = []
    while True:
        start = reader.line_num + 1
        try:
            values = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            problems.append(Problem(name, f"not readable as CSV: {exc}", row=start))
            break
        row_no = start
        if not any(v.strip() for v in values):
            continue
        if len(values) != len(header):
            problems.append(Problem(name, f"has {len(values)} cells but the header has "
                                          f"{len(header)}; check for a stray comma or quote",
                                    row=row_no))
            continue
        event, row_problems = _parse_row(values, index, name, row_no, articles)
        problems.extend(row_problems)
        if event is not None:
            events.append(event)
    return events, problems


def _parse_row(values: list[str], index: dict[str, int], name: str, row: int,
               articles: Mapping[str, Article]) -> tuple[Event | None, list[Problem]]:
    def cell(col: str) -> str:
        return values[index[col]].strip() if col in index else ""

    problems: list[Problem] = []

    def bad(col: str, message: str) -> None:
        problems.append(Problem(name, message, row=row, field=col))

    for col in ("company", "city", "article_id"):
        if not cell(col):
            bad(col, "is empty")
    quote = values[index["quote"]]
    if not quote.strip():
        bad("quote", "is empty; every event needs the sentence that supports it")
    date = PartialDate()
    try:
        date = PartialDate.parse(cell("date"))
    except DateFormatError as exc:
        bad("date", str(exc))
    status = None
    try:
        status = Status(cell("status").lower())
    except ValueError:
        bad("status", f"'{cell('status')}' is not a status; use one of "
                      + ", ".join(s.value for s in Status))
    kind = SiteKind.OFFICE
    if cell("site_kind"):
        try:
            kind = SiteKind(cell("site_kind").lower())
        except ValueError:
            bad("site_kind", f"'{cell('site_kind')}' is not a site kind; use one of "
                             + ", ".join(k.value for k in SiteKind))
    article = articles.get(cell("article_id"))
    if cell("article_id") and article is None:
        known = ", ".join(sorted(articles)) or "none loaded"
        bad("article_id", f"unknown article '{cell('article_id')}' (known: {known})")
    elif article is not None and quote.strip():
        reason = _quote_problem(quote, article)
        if reason:
            bad("quote", reason)
    if problems or status is None:
        return None, problems
    event = Event(
        company=cell("company"), city=cell("city"), country=cell("country"), date=date,
        status=status, site_kind=kind, article_id=cell("article_id"), quote=quote,
        note=cell("note"), row=row,
    )
    return event, problems


def read_events(path: str | Path, articles: Mapping[str, Article]
                ) -> tuple[list[Event], list[Problem]]:
    """Read an events CSV file; see `parse_events_csv`."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        return [], [Problem(str(path), f"cannot be read: {exc.strerror or exc}")]
    try:
        text = decode_utf8(data, str(path))
    except InputError as exc:
        return [], exc.problems
    return parse_events_csv(text, str(path), articles)


def load_events(path: str | Path, articles: Mapping[str, Article]) -> list[Event]:
    """Like `read_events`, but any problem raises `InputError` listing all of them."""
    events, problems = read_events(path, articles)
    if problems:
        raise InputError(problems)
    return events


def events_to_csv(events: list[Event]) -> str:
    """Write events in the table format `parse_events_csv` reads back unchanged."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS)
    for e in events:
        writer.writerow([e.company, e.city, e.country, e.date.iso(), e.status.value,
                         e.site_kind.value, e.article_id, e.quote, e.note])
    return out.getvalue()
