"""The extractor on the later blind batches (tests/data/extract_fresh2 … extract_freshN).

Each batch was written by someone who had not read the extractor, and scored once
before any rule was changed for it; that first score, the honest estimate, is recorded
in the batch's README and in bench/README.md. The rules were then improved on it, so the
pooled score here is a regression guard over 100+ articles, not an estimate of quality
on new text. Scores are computed from the files, never hard-coded.
"""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest

from atlas.articles import parse_article
from atlas.extract import extract

DATA = Path(__file__).parent / "data"
BATCHES = sorted((p for p in DATA.glob("extract_fresh*") if re.fullmatch(r"extract_fresh\d+",
                                                                          p.name)),
                 key=lambda p: int(p.name[len("extract_fresh"):]))
FILES = [md for batch in BATCHES for md in sorted(batch.glob("*.md")) if md.name != "README.md"]
GUARD = 0.9


def _expected(path: Path) -> set[tuple[str, str]]:
    with path.with_name(path.stem + ".expected.csv").open(encoding="utf-8") as handle:
        return {(row["city"], row["status"]) for row in csv.DictReader(handle)}


@pytest.fixture(scope="module")
def pooled() -> tuple[int, int, int, list[str]]:
    tp = fp = fn = 0
    errors: list[str] = []
    for path in FILES:
        article = parse_article(path.read_text(encoding="utf-8"), str(path))
        got = {(c.city, c.status.value) for c in extract(article)}
        want = _expected(path)
        tp, fp, fn = tp + len(got & want), fp + len(got - want), fn + len(want - got)
        errors += [f"{path.parent.name}/{path.stem}: extra {p}" for p in sorted(got - want)]
        errors += [f"{path.parent.name}/{path.stem}: missed {p}" for p in sorted(want - got)]
    return tp, fp, fn, errors


def test_every_batch_has_expectations_and_a_recorded_first_run() -> None:
    assert len(BATCHES) >= 10 and len(FILES) >= 100
    for batch in BATCHES[1:]:  # fresh2 onwards
        for md in batch.glob("*.md"):
            if md.name != "README.md":
                assert md.with_name(md.stem + ".expected.csv").exists(), md
        readme = (batch / "README.md").read_text(encoding="utf-8")
        assert "blind" in readme.lower(), batch.name


def test_pooled_precision_and_recall_stay_above_the_guard(pooled) -> None:
    tp, fp, fn, errors = pooled
    precision, recall = tp / (tp + fp), tp / (tp + fn)
    assert precision >= GUARD and recall >= GUARD, (precision, recall, errors)
