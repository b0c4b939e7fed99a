"""`atlas extract FILE...`: propose events from articles, for a person to review.

The table is for reading; `--csv` writes the events-table format (plus a confidence
column) so accepted rows can be pasted into events.csv, where `atlas check` validates
them like any hand-written row.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

import click

from atlas.events import COLUMNS

CSV_COLUMNS = (*COLUMNS, "confidence")


def candidates_to_csv(candidates: list) -> str:
    """Candidates in the events-table format, with their confidence last."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for c in candidates:
        writer.writerow([c.company, c.city, c.country, c.date.iso(), c.status.value,
                         c.site_kind.value, c.article_id, c.quote, c.note,
                         f"{c.confidence:.2f}"])
    return out.getvalue()


def _table(candidates: list) -> str:
    headers = ("article", "company", "city", "cc", "date", "status", "kind", "conf", "quote")
    rows = [(c.article_id, c.company, c.city, c.country, c.date.iso() or "?", c.status.value,
             c.site_kind.value, f"{c.confidence:.2f}",
             c.quote if len(c.quote) <= 70 else c.quote[:67] + "...") for c in candidates]
    widths = [max(len(h), *(len(r[i]) for r in rows)) for i, h in enumerate(headers)]
    lines = ["  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)),
             "  ".join("-" * w for w in widths)]
    lines += ["  ".join(v.ljust(w) for v, w in zip(r, widths, strict=True)) for r in rows]
    return "\n".join(line.rstrip() for line in lines)


@click.command("extract")
@click.argument("files", nargs=-1, required=True, type=click.Path())
@click.option("--csv", "csv_out", type=click.Path(dir_okay=False),
              help="Write the candidates to this CSV (events-table columns + confidence).")
@click.option("--force", is_flag=True, help="Overwrite the --csv file if it exists.")
def extract(files: tuple[str, ...], csv_out: str | None, force: bool) -> None:
    """Propose office events from article FILES (or folders) for review."""
    from atlas.articles import read_articles
    from atlas.extract import extract_many

    if csv_out and Path(csv_out).exists() and not force:
        raise click.ClickException(f"{csv_out} already exists; add --force to overwrite it")
    articles, problems = read_articles(files)
    if problems:
        raise click.ClickException("cannot read the articles:\n"
                                   + "\n".join(f"  - {p}" for p in problems))
    candidates = extract_many(list(articles.values()))
    if candidates:
        click.echo(_table(candidates))
    click.echo(f"{len(candidates)} candidate event(s) from {len(articles)} article(s)")
    if csv_out:
        try:
            Path(csv_out).write_text(candidates_to_csv(candidates), encoding="utf-8")
        except OSError as exc:
            raise click.ClickException(f"cannot write {csv_out}: {exc.strerror or exc}") from None
        click.echo(f"wrote {csv_out}")
