"""Extraction quality and speed on the two article corpora.

Prints precision and recall of (city, status) pairs against each article's
`.expected.csv` (targets: >= 0.9 each) for the corpus written alongside the rules
(tests/data/extract_corpus) and, separately, for the held-out corpus written before the
extractor was run on it (tests/data/extract_heldout), then the time to extract a ~5,000-word article
built by concatenating the corpus texts: cold (first call, gazetteer lookups not yet
memoised) and warm (median of repeated calls after a warm-up; target < 0.5 s).

Run: .venv/bin/python bench/bench_extract.py
"""

from __future__ import annotations

import csv
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from atlas.articles import parse_article  # noqa: E402
from atlas.extract import extract  # noqa: E402
from atlas.model import Article  # noqa: E402

CORPUS = ROOT / "tests" / "data" / "extract_corpus"
HELDOUT = ROOT / "tests" / "data" / "extract_heldout"


def expected_pairs(md: Path) -> set[tuple[str, str]]:
    with md.with_name(md.stem + ".expected.csv").open(encoding="utf-8") as handle:
        return {(row["city"], row["status"]) for row in csv.DictReader(handle)}


def quality(corpus: Path = CORPUS, verbose: bool = True) -> tuple[float, float, int, int, int]:
    """Micro-averaged precision and recall of (city, status) pairs over `corpus`."""
    tp = fp = fn = 0
    for md in sorted(corpus.glob("*.md")):
        if md.name == "README.md":
            continue
        article = parse_article(md.read_text(encoding="utf-8"), str(md))
        got = {(c.city, c.status.value) for c in extract(article)}
        want = expected_pairs(md)
        tp, fp, fn = tp + len(got & want), fp + len(got - want), fn + len(want - got)
        if verbose:
            for pair in sorted(got - want):
                print(f"  false positive  {md.name}: {pair}")
            for pair in sorted(want - got):
                print(f"  missed          {md.name}: {pair}")
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    return precision, recall, tp, fp, fn


def long_article(words: int = 5000) -> Article:
    bodies = [parse_article(md.read_text(encoding="utf-8"), str(md)).text
              for md in sorted(CORPUS.glob("*.md"))]
    parts: list[str] = []
    count = 0
    while count < words:
        for body in bodies:
            parts.append(body)
            count += len(body.split())
            if count >= words:
                break
    text = "\n\n".join(parts)
    return Article(id="long", title="long", text=text, language="")


def main() -> None:
    for name, corpus in (("corpus", CORPUS), ("held-out", HELDOUT)):
        print(f"{name} ({corpus.relative_to(ROOT)}):")
        precision, recall, tp, fp, fn = quality(corpus)
        print(f"{name}: (city, status) precision {precision:.3f}  recall {recall:.3f}  "
              f"(tp {tp}, fp {fp}, fn {fn})")
    article = long_article()
    n_words = len(article.text.split())
    start = time.perf_counter()
    extract(article)
    cold = time.perf_counter() - start
    runs = []
    for _ in range(5):
        start = time.perf_counter()
        found = extract(article)
        runs.append(time.perf_counter() - start)
    print(f"{n_words}-word article: cold {cold:.3f} s, warm median "
          f"{statistics.median(runs):.3f} s ({len(found)} candidates)")


if __name__ == "__main__":
    main()
