"""`atlas snapshot`: write the map of a view as one self-contained HTML file or a PNG.

Input problems do not stop a snapshot: like the app, it shows the valid rows and lists
every problem on stderr (exit 0), so one bad row never blocks sharing the rest. A bad
option value, on the other hand, is a mistake in the command itself and fails it,
before any work and before anything is written.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import click

from atlas.dataset import SEED_ARTICLES, SEED_EVENTS
from atlas.model import Status
from atlas.timeline import month_end

FORMATS = ("html", "png")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")


def parse_month(value: str | None, option: str, *, last_day: bool) -> date | None:
    """YYYY-MM -> first (or last) day of that month; anything else is a usage error."""
    if not value:
        return None
    match = _MONTH.match(value.strip())
    if not match or not 1 <= int(match.group(2)) <= 12:
        raise click.BadParameter(f"'{value}' is not a month; write YYYY-MM, e.g. 2024-10",
                                 param_hint=option)
    first = date(int(match.group(1)), int(match.group(2)), 1)
    return month_end(first) if last_day else first


def _pick(values: tuple[str, ...], known: set[str], option: str, fold=str.casefold
          ) -> tuple[str, ...]:
    """Match option values to the data's own spelling; an unknown one is an error, since a
    typo would otherwise produce an empty map that looks like a real answer."""
    by_fold = {fold(k): k for k in known}
    unknown = [v for v in values if fold(v.strip()) not in by_fold]
    if unknown:
        shown = ", ".join(sorted(known)[:20]) or "none"
        raise click.BadParameter(f"no events with {', '.join(map(repr, unknown))}; "
                                 f"the data has: {shown}", param_hint=option)
    return tuple(dict.fromkeys(by_fold[fold(v.strip())] for v in values))


def _format_for(out: str, fmt: str | None) -> str:
    if fmt:
        return fmt.lower()
    suffix = Path(out).suffix.lower().lstrip(".")
    if suffix in ("htm", "html"):
        return "html"
    if suffix == "png":
        return "png"
    raise click.BadParameter(f"cannot tell the format from '{out}'; add --format html|png "
                             "or end the file name with .html or .png", param_hint="--format")


@click.command("snapshot")
@click.option("--format", "fmt", type=click.Choice(FORMATS, case_sensitive=False),
              help="html: one self-contained file with a period slider; png: an image. "
                   "Default: from the --out suffix.")
@click.option("--out", "out", required=True, type=click.Path(dir_okay=False),
              help="File to write (refused if it exists, unless --force).")
@click.option("--force", is_flag=True, help="Overwrite --out if it exists.")
@click.option("--company", "companies", multiple=True, help="Only this company (repeatable).")
@click.option("--country", "countries", multiple=True,
              help="Only this ISO country code, e.g. FR (repeatable).")
@click.option("--status", "statuses", multiple=True,
              type=click.Choice([s.value for s in Status], case_sensitive=False),
              help="Only this status (repeatable).")
@click.option("--from", "start", metavar="YYYY-MM", help="Period start (month).")
@click.option("--until", "end", metavar="YYYY-MM",
              help="Period end (month); the HTML slider starts there.")
@click.option("--events", "events_path", default=str(SEED_EVENTS), show_default="seeds",
              type=click.Path(dir_okay=False), help="Events CSV.")
@click.option("--articles", "article_paths", multiple=True, default=[str(SEED_ARTICLES)],
              show_default="seeds", help="Article file or folder (repeatable).")
@click.option("--width", default=1600, show_default=True, type=click.IntRange(200, 8000),
              help="PNG width in CSS pixels.")
@click.option("--height", default=900, show_default=True, type=click.IntRange(150, 8000),
              help="PNG height in CSS pixels.")
@click.option("--scale", default=1, show_default=True, type=click.IntRange(1, 4),
              help="PNG device pixels per CSS pixel (2 for sharp images on HiDPI screens).")
@click.option("--title", default=None, help="Title shown on the map (default: the companies).")
def snapshot(fmt: str | None, out: str, force: bool, companies: tuple[str, ...],
             countries: tuple[str, ...], statuses: tuple[str, ...], start: str | None,
             end: str | None, events_path: str, article_paths: tuple[str, ...], width: int,
             height: int, scale: int, title: str | None) -> None:
    """Write the map of a view as a self-contained HTML file or a PNG image."""
    from atlas.dataset import load_dataset
    from dashboard.snapshot import (
        SnapshotExists,
        snapshot_html,
        snapshot_png,
        snapshot_summary,
        write_snapshot,
    )
    from dashboard.view import ViewState, event_country

    fmt = _format_for(out, fmt)
    first = parse_month(start, "--from", last_day=False)
    last = parse_month(end, "--until", last_day=True)
    if first and last and first > last:
        raise click.BadParameter(f"the period starts ({start}) after it ends ({end})",
                                 param_hint="--from/--until")
    if Path(out).exists() and not force:
        # Fail before the (possibly slow) rendering; write_snapshot checks again atomically.
        raise SnapshotExists(f"{out} already exists; pass --force to overwrite it, or "
                             "choose another --out")
    dataset = load_dataset(article_paths, [events_path])
    for problem in dataset.problems:
        click.echo(f"  - {problem}", err=True)
    if dataset.problems:
        click.echo(f"{len(dataset.problems)} problem(s) in the input; the snapshot shows the "
                   f"{len(dataset.events)} valid event(s)", err=True)
    unplaced = len(dataset.unplaced)
    if unplaced:
        click.echo(f"{unplaced} event(s) could not be placed on the map and are left out",
                   err=True)
    view = ViewState(
        companies=_pick(companies, {e.company for e in dataset.events}, "--company"),
        countries=_pick(countries, {c for c in map(event_country, dataset.placed) if c},
                        "--country", fold=str.upper),
        statuses=tuple(dict.fromkeys(s.lower() for s in statuses)),
        start=first, end=last, basemap="offline")
    if fmt == "png":
        data: bytes | str = snapshot_png(dataset, view, width=width, height=height,
                                         scale=scale, title=title)
    else:
        data = snapshot_html(dataset, view, title=title)
    path = write_snapshot(out, data, force)
    click.echo(snapshot_summary(path, path.stat().st_size))
