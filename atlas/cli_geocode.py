"""`atlas geocode`: resolve place names from the command line or a CSV file.

Why a separate module: the command only glues :mod:`geo` to click; keeping it
apart from ``atlas/cli.py`` lets the gazetteer evolve without touching the
other subcommands.  Every user error becomes a ``click.ClickException``
(message + exit code 1), never a traceback.
"""

from __future__ import annotations

import csv
import os
import tempfile
from pathlib import Path

import click

import geo
from geo.exc import GeoError
from geo.gazetteer import default_gazetteer

RESULT_COLUMNS = ("lat", "lon", "country", "confidence", "geonameid", "status", "reason")


def _resolver(cache_dir: str | None, provider: str | None, user_agent: str | None):
    """A ``resolve(query, country)`` callable for the chosen backend."""
    gazetteer = geo.Gazetteer(cache_dir) if cache_dir else default_gazetteer()
    if provider is None:
        return gazetteer.resolve
    from geo.online import OnlineGeocoder

    online = OnlineGeocoder(provider, user_agent=user_agent, cache_dir=cache_dir,
                            gazetteer=gazetteer)
    return online.resolve


def _outcome(resolve, query: str, country: str | None) -> geo.Place | geo.PlaceNotFound:
    try:
        return resolve(query, country)
    except geo.PlaceNotFound as exc:
        return exc


def _describe(result: geo.Place | geo.PlaceNotFound) -> tuple[str, str]:
    """(status, reason) for a table cell or CSV column."""
    if isinstance(result, geo.PlaceNotFound):
        reason = result.reason
        if result.suggestions:
            reason += "; did you mean: " + " | ".join(result.suggestions)
        return ("empty" if result.reason == "empty query" else "not_found"), reason
    notes = list(result.notes)
    if result.ambiguous:
        notes.insert(0, "ambiguous; also " + " | ".join(a.label() for a in result.alternatives))
    return ("ambiguous" if result.ambiguous else "ok"), "; ".join(notes)


def _print_table(rows: list[tuple[str, geo.Place | geo.PlaceNotFound]]) -> None:
    header = ("query", "name", "country", "lat", "lon", "conf", "note")
    lines = [header]
    for query, result in rows:
        _status, reason = _describe(result)
        if isinstance(result, geo.Place):
            lines.append((query, result.name, result.country_code, f"{result.latitude:.4f}",
                          f"{result.longitude:.4f}", f"{result.confidence:.2f}", reason))
        else:
            lines.append((query, "-", "-", "-", "-", "-", f"NOT FOUND: {reason}"))
    widths = [max(len(line[i]) for line in lines) for i in range(len(header) - 1)]
    for line in lines:
        cells = [cell.ljust(width) for cell, width in zip(line, widths, strict=False)]
        click.echo("  ".join([*cells, line[-1]]).rstrip())


def _geocode_csv(resolve, src: Path, column: str, country_column: str | None, out: Path,
                 force: bool, country: str | None) -> None:
    if out.exists() and not force:
        raise click.ClickException(f"{out} exists; use --force to overwrite it")
    try:
        with open(src, encoding="utf-8-sig", newline="") as handle:
            reader = csv.DictReader(handle)
            fields = list(reader.fieldnames or [])
            rows = list(reader)
    except UnicodeDecodeError as exc:
        raise click.ClickException(f"{src} is not UTF-8 text ({exc.reason})") from None
    except (OSError, csv.Error) as exc:
        raise click.ClickException(f"cannot read {src}: {exc}") from None
    for name, label in ((column, "--column"), (country_column, "--country-column")):
        if name and name not in fields:
            raise click.ClickException(
                f"{label} {name!r} is not a column of {src}; columns: {', '.join(fields)}")
    names = {c: (f"geo_{c}" if c in fields else c) for c in RESULT_COLUMNS}
    counts: dict[str, int] = {}
    for row in rows:
        hint = (row.get(country_column) or "").strip() if country_column else country
        result = _outcome(resolve, row.get(column) or "", hint or None)
        status, reason = _describe(result)
        counts[status] = counts.get(status, 0) + 1
        place = result if isinstance(result, geo.Place) else None
        row.update({
            names["lat"]: f"{place.latitude:.5f}" if place else "",
            names["lon"]: f"{place.longitude:.5f}" if place else "",
            names["country"]: place.country_code if place else "",
            names["confidence"]: f"{place.confidence:.3f}" if place else "",
            names["geonameid"]: str(place.geonameid or "") if place else "",
            names["status"]: status,
            names["reason"]: reason,
        })
    out.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{out.name}.", dir=out.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            writer = csv.DictWriter(handle, [*fields, *names.values()])
            writer.writeheader()
            writer.writerows(rows)
        os.replace(tmp, out)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise click.ClickException(f"cannot write {out}: {exc}") from None
    summary = ", ".join(f"{n} {status}" for status, n in sorted(counts.items()))
    click.echo(f"{len(rows)} rows -> {out} ({summary or 'nothing to do'})", err=True)


@click.command("geocode")
@click.argument("queries", nargs=-1)
@click.option("--country", help="Country hint for every query (ISO2/ISO3 or name, any language).")
@click.option("--csv", "csv_path", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Input CSV to geocode row by row (needs --out).")
@click.option("--column", default="city", show_default=True, help="CSV column with the place.")
@click.option("--country-column", help="CSV column with a per-row country hint.")
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path),
              help="Output CSV: input columns plus lat/lon/country/confidence/... .")
@click.option("--force", is_flag=True, help="Overwrite --out if it exists.")
@click.option("--cache-dir", envvar="ATLAS_CACHE_DIR", type=click.Path(file_okay=False),
              help="Where the gazetteer index lives (default: user cache dir).")
@click.option("--provider", help="Online geopy provider (e.g. nominatim); offline if omitted.")
@click.option("--user-agent", help="User agent for the online provider (required by Nominatim).")
def geocode(queries: tuple[str, ...], country: str | None, csv_path: Path | None, column: str,
            country_column: str | None, out: Path | None, force: bool, cache_dir: str | None,
            provider: str | None, user_agent: str | None) -> None:
    """Resolve place names to coordinates, offline by default.

    \b
    atlas geocode "München" "Paris, TX" "Cambridge (UK)"
    atlas geocode --csv offices.csv --column city --country-column country --out geo.csv
    """
    if csv_path is None and not queries:
        raise click.ClickException("give place names to resolve, or --csv FILE --out FILE")
    if csv_path is not None and queries:
        raise click.ClickException("give either place names or --csv, not both")
    if csv_path is not None and out is None:
        raise click.ClickException("--csv needs --out (where to write the results)")
    try:
        resolve = _resolver(cache_dir, provider, user_agent)
        if csv_path is not None:
            assert out is not None
            _geocode_csv(resolve, csv_path, column, country_column, out, force, country)
        else:
            _print_table([(q, _outcome(resolve, q, country)) for q in queries])
    except GeoError as exc:
        raise click.ClickException(str(exc)) from None
