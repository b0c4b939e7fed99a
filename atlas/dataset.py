"""A whole working set: articles, valid events, placed events, and every problem found.

The app and the CLI both start here. Uploaded files are merged in the same way as files
on disk, so what the app validates is exactly what `atlas check` validates.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from atlas.articles import parse_article, read_articles
from atlas.errors import InputError, Problem
from atlas.events import parse_events_csv
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


def _too_big(upload: Upload) -> Problem | None:
    if len(upload.data) > MAX_UPLOAD_BYTES:
        return Problem(upload.name, f"is {len(upload.data) / 1e6:.1f} MB; files up to "
                                    f"{MAX_UPLOAD_BYTES / 1e6:.0f} MB are accepted")
    return None


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
    for upload in article_uploads:
        problem = _too_big(upload)
        if problem:
            problems.append(problem)
            continue
        try:
            article = parse_article(decode_utf8(upload.data, upload.name), upload.name)
        except InputError as exc:
            problems.extend(exc.problems)
            continue
        if article.id in articles:
            problems.append(Problem(upload.name, f"id '{article.id}' is already used by "
                                                 f"{articles[article.id].path}", field="id"))
            continue
        articles[article.id] = article
    sources: list[tuple[str, str]] = []
    for path in events_paths:
        try:
            sources.append((str(path), decode_utf8(Path(path).read_bytes(), str(path))))
        except OSError as exc:
            problems.append(Problem(str(path), f"cannot be read: {exc.strerror or exc}"))
        except InputError as exc:
            problems.extend(exc.problems)
    for upload in event_uploads:
        problem = _too_big(upload)
        if problem:
            problems.append(problem)
            continue
        try:
            sources.append((upload.name, decode_utf8(upload.data, upload.name)))
        except InputError as exc:
            problems.extend(exc.problems)
    events: list[Event] = []
    for name, text in sources:
        found, found_problems = parse_events_csv(text, name, articles)
        events.extend(found)
        problems.extend(found_problems)
    events.extend(extra_events)
    return Dataset(articles, events, place_events(events, resolve), problems)
