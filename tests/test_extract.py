"""End-to-end extraction: the seed articles, the hand-written corpus, the CLI."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from click.testing import CliRunner

from atlas.articles import load_articles, parse_article
from atlas.cli import main
from atlas.events import COLUMNS, load_events, parse_events_csv
from atlas.extract import CandidateEvent, extract, extract_many
from atlas.model import Status

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
CORPUS = Path(__file__).parent / "data" / "extract_corpus"
CORPUS_FILES = sorted(CORPUS.glob("*.md"))


def _article(path: Path):
    return parse_article(path.read_text(encoding="utf-8"), str(path))


def _row(c: CandidateEvent) -> tuple[str, ...]:
    return (c.company, c.city, c.country, c.date.iso(), c.status.value, c.site_kind.value,
            c.article_id, c.quote)


def test_seed_articles_give_exactly_the_seed_events() -> None:
    articles = load_articles([SEEDS / "articles"])
    expected = load_events(SEEDS / "events.csv", articles)
    got = extract_many(list(articles.values()))
    want = {(e.company, e.city, e.country, e.date.iso(), e.status.value, e.site_kind.value,
             e.article_id, e.quote) for e in expected}
    assert {_row(c) for c in got} == want
    assert len(got) == len(expected)


def test_seed_order_does_not_matter() -> None:
    articles = load_articles([SEEDS / "articles"])
    forward = extract_many(list(articles.values()))
    backward = extract_many(list(reversed(list(articles.values()))))
    assert {_row(c) for c in forward} == {_row(c) for c in backward}


def test_munich_alone_keeps_only_what_its_text_supports() -> None:
    munich = load_articles([SEEDS / "articles"])["openai-munich-2025"]
    got = {(c.city, c.status, c.date.iso()) for c in extract(munich)}
    # Without the Paris anchor, "moins d'un an après" cannot be dated, and Paris and
    # Bruxelles are listed as earlier sites like Dublin.
    assert got == {("Munich", Status.OPENED, ""), ("Dublin", Status.EXISTING, ""),
                   ("Paris", Status.EXISTING, ""), ("Bruxelles", Status.EXISTING, "")}


def test_munich_with_paris_anchors_is_dated_2025() -> None:
    articles = load_articles([SEEDS / "articles"])
    anchors = [c.to_event() for c in extract(articles["openai-paris-2024"])]
    got = extract(articles["openai-munich-2025"], anchors=anchors)
    assert {(c.city, c.status.value, c.date.iso()) for c in got} == {
        ("Munich", "opened", "2025"), ("Dublin", "existing", "2025")}


@pytest.mark.parametrize("path", CORPUS_FILES, ids=[p.stem for p in CORPUS_FILES])
def test_corpus_article(path: Path) -> None:
    article = _article(path)
    with path.with_name(path.stem + ".expected.csv").open(encoding="utf-8") as handle:
        want = {(r["city"], r["status"], r["date"], r["site_kind"])
                for r in csv.DictReader(handle)}
    got = extract(article)
    assert {(c.city, c.status.value, c.date.iso(), c.site_kind.value) for c in got} == want
    for c in got:
        assert article.text[c.span[0]:c.span[1]] == c.quote
        assert 0.0 <= c.confidence <= 1.0
        assert c.article_id == article.id
        assert c.company and c.company in article.text


def test_corpus_covers_five_languages_with_three_articles_each() -> None:
    languages = [_article(p).language for p in CORPUS_FILES]
    assert len(CORPUS_FILES) >= 20
    for lang in ("fr", "en", "de", "es", "it"):
        assert languages.count(lang) >= 3, lang


def test_candidates_become_valid_events_table_rows() -> None:
    articles = {a.id: a for a in (_article(p) for p in CORPUS_FILES)}
    events = [c.to_event() for a in articles.values() for c in extract(a)]
    from atlas.events import events_to_csv

    parsed, problems = parse_events_csv(events_to_csv(events), "x.csv", articles)
    assert problems == []
    assert len(parsed) == len(events)


def test_country_comes_from_the_resolved_place() -> None:
    article = _article(CORPUS / "es-solaria-munich.md")
    by_city = {c.city: c for c in extract(article)}
    assert by_city["Múnich"].country == "DE"
    assert by_city["Múnich"].place.name == "Munich"
    assert by_city["Varsovia"].country == "PL"


# --- CLI ----------------------------------------------------------------------------

def test_cli_prints_a_table() -> None:
    result = CliRunner().invoke(main, ["extract", str(SEEDS / "articles")])
    assert result.exit_code == 0, result.output
    assert "Singapour" in result.output and "planned" in result.output
    assert "6 candidate event(s) from 2 article(s)" in result.output


def test_cli_writes_csv_and_refuses_to_overwrite(tmp_path: Path) -> None:
    out = tmp_path / "candidates.csv"
    runner = CliRunner()
    result = runner.invoke(main, ["extract", str(SEEDS / "articles"), "--csv", str(out)])
    assert result.exit_code == 0, result.output
    with out.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert tuple(rows[0]) == (*COLUMNS, "confidence")
    assert {r["city"] for r in rows} == {"Paris", "Bruxelles", "New York", "Singapour",
                                         "Munich", "Dublin"}
    assert all(0 < float(r["confidence"]) <= 1 for r in rows)
    again = runner.invoke(main, ["extract", str(SEEDS / "articles"), "--csv", str(out)])
    assert again.exit_code == 1
    assert "--force" in again.output
    forced = runner.invoke(main, ["extract", str(SEEDS / "articles"), "--csv", str(out),
                                  "--force"])
    assert forced.exit_code == 0, forced.output


def test_cli_reports_missing_files_without_traceback(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["extract", str(tmp_path / "nope.md")])
    assert result.exit_code == 1
    assert "no such file" in result.output
    assert "Traceback" not in result.output
