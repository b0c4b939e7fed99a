"""A whole working set: articles, valid events, placed events, and every problem found.

The app and the CLI both start here. Uploaded files are merged in the same way as files
on disk, so what the app validates is exactly what `atlas check` validates.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from atlas.articles import add_articles, read_articles
from atlas.errors import InputError, Problem
from atlas.events import parse_events_csv, read_events
from atlas.model import Article, Event, PlacedEvent
from atlas.placement import place_events
from atlas.textio import decode_utf8

SEEDS_DIR = Path(__file__).resolve().parent.parent / "seeds"
SEED_ARTICLES = SEEDS_DIR / "articles"
SEED_EVENTS = SEEDS_DIR / "events.csv"
MAX_UPLOAD_BYTES = 2 * 1024 * 1024


@dataclass(frozen=True)
class Dataset:
    articles: dict[str, Article]
    events: list[Event]
    placed: list[PlacedEvent]
    problems: list[Problem] = field(default_factory=list)

    @property
    def unplaced(self) -> list[PlacedEvent]:
        return [p for p in self.placed if not p.placed]


@dataclass(frozen=True)
class Upload:
    """A file as it arrives from a browser: its name and its bytes."""

    name: str
    data: bytes


def _fitting(uploads: Sequence[Upload], problems: list[Problem]) -> list[Upload]:
    """The uploads within the size limit; each one over it becomes a problem."""
    kept = []
    for upload in uploads:
        if len(upload.data) > MAX_UPLOAD_BYTES:
            problems.append(Problem(upload.name, f"is {len(upload.data) / 1e6:.1f} MB; files "
                                    f"up to {MAX_UPLOAD_BYTES / 1e6:.0f} MB are accepted"))
        else:
            kept.append(upload)
    return kept


def load_dataset(
    article_paths: Iterable[str | Path] = (SEED_ARTICLES,),
    events_paths: Iterable[str | Path] = (SEED_EVENTS,),
    *,
    article_uploads: Sequence[Upload] = (),
    event_uploads: Sequence[Upload] = (),
    extra_events: Sequence[Event] = (),
    resolve: Callable[..., object] | None = None,
) -> Dataset:
    """Read, validate and place everything; invalid rows are reported, valid ones kept."""
    articles, problems = read_articles(article_paths)
    uploads = _fitting(article_uploads, problems)
    problems += add_articles(((u.name, u.data) for u in uploads), articles)
    events: list[Event] = []
    for path in events_paths:
        found, found_problems = read_events(path, articles)
        events += found
        problems += found_problems
    for upload in _fitting(event_uploads, problems):
        try:
            found, found_problems = parse_events_csv(
                decode_utf8(upload.data, upload.name), upload.name, articles)
        except InputError as exc:
            found, found_problems = [], exc.problems
        events += found
        problems += found_problems
    events.extend(extra_events)
    return Dataset(articles, events, place_events(events, resolve), problems)
