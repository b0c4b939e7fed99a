"""The extractor on the held-out corpus: real-style news it was not written alongside.

tests/data/extract_heldout/README.md says how the articles and their expectations were
written (before the extractor was run on them) and the annotation guideline. Precision
and recall of (city, status) pairs are computed here from the files, never hard-coded.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from atlas.articles import parse_article
from atlas.extract import extract
from atlas.model import Article

HELDOUT = Path(__file__).parent / "data" / "extract_heldout"
FILES = sorted(p for p in HELDOUT.glob("*.md") if p.name != "README.md")
# A later batch, written (with its README) before the extractor was run on it.
FRESH = Path(__file__).parent / "data" / "extract_fresh"
FRESH_FILES = sorted(p for p in FRESH.glob("*.md") if p.name != "README.md")
TARGET = 0.9


def _article(path: Path) -> Article:
    return parse_article(path.read_text(encoding="utf-8"), str(path))


def _expected(path: Path) -> set[tuple[str, str]]:
    with path.with_name(path.stem + ".expected.csv").open(encoding="utf-8") as handle:
        return {(row["city"], row["status"]) for row in csv.DictReader(handle)}


def _run(files: list[Path]) -> dict[str, tuple[Article, list, set[tuple[str, str]]]]:
    """Each article's extraction and expected (city, status) pairs, by file stem."""
    out = {}
    for path in files:
        article = _article(path)
        out[path.stem] = (article, extract(article), _expected(path))
    return out


@pytest.fixture(scope="module")
def results() -> dict[str, tuple[Article, list, set[tuple[str, str]]]]:
    return _run(FILES)


def test_heldout_covers_five_languages_with_four_articles_each() -> None:
    languages = [_article(p).language for p in FILES]
    assert len(FILES) >= 20
    for lang in ("fr", "en", "de", "es", "it"):
        assert languages.count(lang) >= 4, lang
    for path in FILES:
        assert path.with_name(path.stem + ".expected.csv").exists(), path.name


def _scores(results) -> tuple[float, float, list[str]]:
    tp = fp = fn = 0
    misses: list[str] = []
    for name, (_, got, want) in results.items():
        pairs = {(c.city, c.status.value) for c in got}
        tp += len(pairs & want)
        fp += len(pairs - want)
        fn += len(want - pairs)
        misses += [f"{name}: extra {p}" for p in sorted(pairs - want)]
        misses += [f"{name}: missed {p}" for p in sorted(want - pairs)]
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    return precision, recall, misses


def test_heldout_precision_and_recall_of_city_status(results) -> None:
    precision, recall, misses = _scores(results)
    assert precision >= TARGET and recall >= TARGET, (precision, recall, misses)


@pytest.fixture(scope="module")
def fresh_results() -> dict[str, tuple[Article, list, set[tuple[str, str]]]]:
    return _run(FRESH_FILES)


def test_fresh_batch_covers_five_languages() -> None:
    languages = {_article(p).language for p in FRESH_FILES}
    assert len(FRESH_FILES) >= 8 and languages == {"fr", "en", "de", "es", "it"}
    for path in FRESH_FILES:
        assert path.with_name(path.stem + ".expected.csv").exists(), path.name


def test_fresh_precision_and_recall_of_city_status(fresh_results) -> None:
    precision, recall, misses = _scores(fresh_results)
    assert precision >= TARGET and recall >= TARGET, (precision, recall, misses)


def test_heldout_candidates_quote_their_article(results, fresh_results) -> None:
    for article, got, _want in [*results.values(), *fresh_results.values()]:
        for c in got:
            assert article.text[c.span[0]:c.span[1]] == c.quote
            assert c.company and c.company in article.text
