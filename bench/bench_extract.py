"""Extraction quality and speed on the three article corpora.

Prints precision and recall of (city, status) pairs against each article's
`.expected.csv` (targets: >= 0.9 each) for the corpus written alongside the rules
(tests/data/extract_corpus) and, separately, for the held-out corpora written before the
extractor was run on them (tests/data/extract_heldout, tests/data/extract_fresh), then the
time to extract a ~5,000-word article built by concatenating the corpus texts: cold (first
call, gazetteer lookups not yet memoised) and warm (median of repeated calls after a
warm-up; target < 0.5 s).

For each corpus it also prints the date accuracy of the matched pairs: the share whose
extracted date (ISO, at its precision) equals the expected file's `date` column.

Run: .venv/bin/python bench/bench_extract.py [--dates] [--only=fresh5,fresh6]
(--dates lists wrong dates; --only scores the named corpora). To score an older revision
of the extractor on today's batches (a blind batch's "before" score), run this file with
that revision's checkout first on PYTHONPATH and ATLAS_BENCH_CODE pointing at it.
"""

from __future__ import annotations

import csv
import os
import statistics
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# the extractor's code: this checkout, or another revision's (ATLAS_BENCH_CODE)
sys.path.insert(0, os.environ.get("ATLAS_BENCH_CODE") or str(ROOT))

from atlas.articles import parse_article  # noqa: E402
from atlas.extract import extract  # noqa: E402
from atlas.model import Article  # noqa: E402

CORPUS = ROOT / "tests" / "data" / "extract_corpus"
HELDOUT = ROOT / "tests" / "data" / "extract_heldout"
DATA = ROOT / "tests" / "data"


def fresh_batches() -> list[tuple[str, Path]]:
    """Every blind batch (tests/data/extract_fresh, extract_fresh2, ...), in the order
    they were written."""
    found = [p for p in DATA.glob("extract_fresh*") if p.is_dir()]
    order = sorted(found, key=lambda p: int(p.name[len("extract_fresh"):] or 1))
    return [(p.name[len("extract_"):], p) for p in order]


def expected_rows(md: Path) -> dict[tuple[str, str], str]:
    """(city, status) -> expected ISO date ('' when the expectation gives none)."""
    with md.with_name(md.stem + ".expected.csv").open(encoding="utf-8") as handle:
        return {(row["city"], row["status"]): (row.get("date") or "").strip()
                for row in csv.DictReader(handle)}


def expected_pairs(md: Path) -> set[tuple[str, str]]:
    return set(expected_rows(md))


@dataclass
class Score:
    """Micro-averaged counts over a corpus: (city, status) pairs, then dates of the
    matched pairs (a pair's date is right when its ISO form equals the expected one)."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    dated: int = 0
    date_ok: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def date_accuracy(self) -> float:
        return self.date_ok / self.dated if self.dated else 1.0


def score(corpus: Path = CORPUS, verbose: bool = True, dates: bool = False) -> Score:
    """Precision and recall of (city, status) pairs over `corpus`, and date accuracy
    of the matched pairs; with `verbose`, every false positive and miss (and, with
    `dates`, every wrong date) is printed."""
    total = Score()
    for md in sorted(corpus.glob("*.md")):
        if md.name == "README.md":
            continue
        article = parse_article(md.read_text(encoding="utf-8"), str(md))
        got = {(c.city, c.status.value): c.date.iso() for c in extract(article)}
        want = expected_rows(md)
        matched = set(got) & set(want)
        total.tp += len(matched)
        total.fp += len(set(got) - set(want))
        total.fn += len(set(want) - set(got))
        for pair in matched:
            total.dated += 1
            total.date_ok += got[pair] == want[pair]
        if verbose:
            for pair in sorted(set(got) - set(want)):
                print(f"  false positive  {md.name}: {pair}")
            for pair in sorted(set(want) - set(got)):
                print(f"  missed          {md.name}: {pair}")
            if dates:
                for pair in sorted(p for p in matched if got[p] != want[p]):
                    print(f"  date            {md.name}: {pair} got {got[pair] or '?'} "
                          f"want {want[pair] or '?'}")
    return total


def quality(corpus: Path = CORPUS, verbose: bool = True) -> tuple[float, float, int, int, int]:
    """Micro-averaged precision and recall of (city, status) pairs over `corpus`."""
    s = score(corpus, verbose)
    return s.precision, s.recall, s.tp, s.fp, s.fn


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
    show_dates = "--dates" in sys.argv[1:]
    only = [a.split("=", 1)[1] for a in sys.argv[1:] if a.startswith("--only=")]
    corpora = [("corpus", CORPUS), ("held-out", HELDOUT), *fresh_batches()]
    if only:
        corpora = [(n, c) for n, c in corpora if n in only[0].split(",")]
    for name, corpus in corpora:
        if not corpus.is_dir():
            continue
        print(f"{name} ({corpus.relative_to(ROOT)}):")
        s = score(corpus, dates=show_dates)
        print(f"{name}: (city, status) precision {s.precision:.3f}  recall {s.recall:.3f}  "
              f"(tp {s.tp}, fp {s.fp}, fn {s.fn}); dates of matched pairs "
              f"{s.date_accuracy:.3f} ({s.date_ok}/{s.dated})")
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
