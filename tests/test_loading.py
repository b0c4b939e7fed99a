"""The loader on good and bad input: every error names file, row and field."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from atlas.articles import load_articles, parse_article, read_articles
from atlas.dataset import SEED_ARTICLES, SEED_EVENTS
from atlas.errors import InputError
from atlas.events import COLUMNS, events_to_csv, load_events, parse_events_csv, read_events
from atlas.model import Status

SHARED_SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"

ARTICLE = """---
id: acme-lyon
title: Acme opens in Lyon
language: en
url: https://example.com/acme
published: 2024-03
---
Acme opened an office in Lyon on Monday. It plans one in Porto next year.
"""
HEADER = ",".join(COLUMNS)


@pytest.fixture()
def articles():
    art = parse_article(ARTICLE, "acme.md")
    return {art.id: art}


def row(**overrides: str) -> str:
    base = {"company": "Acme", "city": "Lyon", "country": "FR", "date": "2024-03",
            "status": "opened", "site_kind": "office", "article_id": "acme-lyon",
            "quote": "Acme opened an office in Lyon on Monday.", "note": ""}
    base.update(overrides)
    out = io.StringIO()
    csv.writer(out, lineterminator="").writerow([base[c] for c in COLUMNS])
    return out.getvalue()


def test_seed_events_load_with_quotes_found_in_their_articles():
    articles = load_articles([SEED_ARTICLES])
    events = load_events(SEED_EVENTS, articles)
    assert [e.city for e in events] == ["Paris", "Bruxelles", "New York", "Singapour",
                                        "Munich", "Dublin"]
    for event in events:
        assert event.company == "OpenAI"
        assert event.quote in articles[event.article_id].text
    paris = events[0]
    assert (paris.date.iso(), paris.precision.value, paris.status) == (
        "2024-10-09", "day", Status.ANNOUNCED)
    assert "premier bureau en Europe continentale" in paris.quote
    munich = events[4]
    assert (munich.date.iso(), munich.precision.value, munich.status) == (
        "2025", "year", Status.OPENED)
    assert events[5].status is Status.EXISTING
    assert {e.status for e in events[1:4]} == {Status.PLANNED}


@pytest.mark.skipif(not SHARED_SEEDS.is_dir(), reason="../shared/seeds not beside the repo")
def test_seed_article_bodies_are_the_received_files_unchanged():
    articles = load_articles([SEED_ARTICLES])
    received = {p.read_text(encoding="utf-8") for p in SHARED_SEEDS.glob("*.txt")}
    assert {a.text for a in articles.values()} == received


def test_front_matter_is_read_and_body_kept_verbatim(articles):
    art = articles["acme-lyon"]
    assert art.title == "Acme opens in Lyon"
    assert art.url == "https://example.com/acme"
    assert art.published.iso() == "2024-03"
    assert art.text.startswith("Acme opened an office in Lyon")


def test_article_without_front_matter_gets_id_title_and_language():
    art = parse_article("Titre\n\nLa société a ouvert un bureau à Lyon et elle est "
                        "présente dans la ville pour les clients.", "Mon Article.txt")
    assert art.id == "Mon-Article"
    assert art.title == "Titre"
    assert art.language == "fr"
    assert art.published.precision.value == "unknown"


def test_article_bad_front_matter_names_the_field():
    bad = "---\nid: x\nurl: javascript:alert(1)\npublished: 2024-13\ncolour: red\n---\nText"
    with pytest.raises(InputError) as err:
        parse_article(bad, "bad.md")
    fields = {p.field for p in err.value.problems}
    assert fields == {"url", "published", "colour"}
    assert all(p.file == "bad.md" for p in err.value.problems)


def test_non_utf8_article_is_reported_and_good_neighbours_kept(tmp_path):
    (tmp_path / "good.md").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "latin1.txt").write_bytes("Acme a ouvert à Lyon".encode("latin-1"))
    found, problems = read_articles([tmp_path])
    assert list(found) == ["acme-lyon"]
    assert len(problems) == 1
    assert problems[0].file.endswith("latin1.txt")
    assert "UTF-8" in problems[0].message and problems[0].row == 1


def test_good_csv_loads(articles):
    events, problems = parse_events_csv(f"{HEADER}\n{row()}\n", "e.csv", articles)
    assert problems == []
    assert events[0].city == "Lyon" and events[0].row == 2


@pytest.mark.parametrize(("override", "field", "words"), [
    ({"quote": "Acme closed its office in Lyon."}, "quote", "not found"),
    ({"quote": "acme opened an  office in lyon on monday."}, "quote", "copy it exactly"),
    ({"article_id": "nope"}, "article_id", "unknown article 'nope'"),
    ({"date": "2024-02-30"}, "date", "29 days"),
    ({"date": "March 2024"}, "date", "YYYY"),
    ({"status": "rumoured"}, "status", "not a status"),
    ({"site_kind": "factory"}, "site_kind", "not a site kind"),
    ({"city": ""}, "city", "empty"),
])
def test_each_bad_field_is_named_and_the_good_rows_survive(articles, override, field, words):
    text = f"{HEADER}\n{row()}\n{row(**override)}\n{row(city='Lyon', note='again')}\n"
    events, problems = parse_events_csv(text, "events.csv", articles)
    assert [e.row for e in events] == [2, 4]
    assert len(problems) == 1
    problem = problems[0]
    assert (problem.file, problem.row, problem.field) == ("events.csv", 3, field)
    assert words in problem.message
    assert str(problem).startswith(f"events.csv, row 3, field '{field}'")


def test_all_problems_are_reported_at_once(articles):
    text = (f"{HEADER}\n{row(status='x')}\n{row(date='1')}\n{row(article_id='y')}\n")
    events, problems = parse_events_csv(text, "e.csv", articles)
    assert events == []
    assert [(p.row, p.field) for p in problems] == [(2, "status"), (3, "date"),
                                                   (4, "article_id")]


def test_missing_columns_are_each_named(articles):
    events, problems = parse_events_csv("company,city,date\nAcme,Lyon,2024\n", "e.csv", articles)
    assert events == []
    assert {p.field for p in problems} == {"status", "article_id", "quote"}
    assert all(p.row == 1 for p in problems)


def test_row_with_wrong_cell_count_is_named(articles):
    text = f"{HEADER}\n{row()},extra\n{row()}\n"
    events, problems = parse_events_csv(text, "e.csv", articles)
    assert len(events) == 1
    assert problems[0].row == 2 and "cells" in problems[0].message


def test_multiline_quote_rows_are_numbered_by_their_first_line(articles):
    art = parse_article("---\nid: two\n---\nLine one\nline two.\n", "two.md")
    text = (f"{HEADER}\n"
            'Acme,Lyon,FR,2024,opened,office,two,"Line one\nline two.",\n'
            "Acme,Lyon,FR,2024,bogus,office,two,Line one,\n")
    events, problems = parse_events_csv(text, "e.csv", {**articles, "two": art})
    assert len(events) == 1
    assert problems[0].row == 4


def test_non_utf8_events_file_is_named(tmp_path, articles):
    path = tmp_path / "events.csv"
    path.write_bytes(f"{HEADER}\n{row(city='Genève')}\n".encode("latin-1"))
    events, problems = read_events(path, articles)
    assert events == []
    assert problems[0].file == str(path) and "UTF-8" in problems[0].message


def test_load_events_raises_with_every_problem(tmp_path, articles):
    path = tmp_path / "events.csv"
    path.write_text(f"{HEADER}\n{row(status='x')}\n{row(date='y')}\n", encoding="utf-8")
    with pytest.raises(InputError) as err:
        load_events(path, articles)
    assert "2 problems" in str(err.value)
    assert "row 2, field 'status'" in str(err.value)


def test_events_round_trip_through_csv(articles):
    tricky = row(note='a, "b"')
    events, _ = parse_events_csv(f"{HEADER}\n{tricky}\n", "e.csv", articles)
    again, problems = parse_events_csv(events_to_csv(events), "again.csv", articles)
    assert problems == []
    assert [(e.key, e.note) for e in again] == [(e.key, e.note) for e in events]
