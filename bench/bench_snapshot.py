"""Snapshot cost: time and size of the HTML file and the PNG, seeds and 10,000 events.

Run from the repository root: `.venv/bin/python bench/bench_snapshot.py [--events N]`.
Prints numbers, asserts nothing. The synthetic data is built here, directly as placed
events (no geocoding), so the numbers measure snapshots only: 50 companies, cities
drawn from a small list of coordinates, quotes cut from synthetic articles.
PNG times are given twice: with Chromium started for the image (what the CLI does) and
with an already running browser (what a long-lived app could do).
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from atlas.dataset import Dataset, load_dataset  # noqa: E402
from atlas.dates import PartialDate  # noqa: E402
from atlas.model import Article, Event, Location, PlacedEvent, Status  # noqa: E402
from dashboard.snapshot import (  # noqa: E402
    CHROMIUM,
    CHROMIUM_ARGS,
    image_html,
    render_png,
    snapshot_html,
    snapshot_png,
)
from dashboard.view import ViewState  # noqa: E402

CITIES = [  # name, country, lat, lon
    ("Paris", "FR", 48.8534, 2.3488), ("Munich", "DE", 48.1374, 11.5755),
    ("London", "GB", 51.5085, -0.1257), ("Dublin", "IE", 53.3331, -6.2489),
    ("Madrid", "ES", 40.4165, -3.7026), ("Milan", "IT", 45.4643, 9.1895),
    ("Warsaw", "PL", 52.2298, 21.0118), ("Stockholm", "SE", 59.3326, 18.0649),
    ("New York", "US", 40.7143, -74.0060), ("San Francisco", "US", 37.7749, -122.4194),
    ("Toronto", "CA", 43.7001, -79.4163), ("Mexico City", "MX", 19.4285, -99.1277),
    ("São Paulo", "BR", -23.5475, -46.6361), ("Buenos Aires", "AR", -34.6132, -58.3772),
    ("Lagos", "NG", 6.4541, 3.3947), ("Nairobi", "KE", -1.2833, 36.8167),
    ("Cairo", "EG", 30.0626, 31.2497), ("Dubai", "AE", 25.0772, 55.3093),
    ("Mumbai", "IN", 19.0728, 72.8826), ("Bangalore", "IN", 12.9719, 77.5937),
    ("Singapore", "SG", 1.2897, 103.8501), ("Tokyo", "JP", 35.6895, 139.6917),
    ("Seoul", "KR", 37.5660, 126.9784), ("Sydney", "AU", -33.8678, 151.2073),
]
STATUSES = list(Status)


def synthetic_dataset(events: int = 10_000, companies: int = 50, seed: int = 7) -> Dataset:
    """Placed events whose quotes are sentences of their (synthetic) articles."""
    rng = random.Random(seed)
    names = [f"Company {i:02d}" for i in range(companies)]
    articles: dict[str, Article] = {}
    placed: list[PlacedEvent] = []
    while len(placed) < events:
        article_id = f"synthetic-{len(articles):05d}"
        company = rng.choice(names)
        picks = [rng.choice(CITIES) for _ in range(rng.randint(2, 6))]
        year = rng.randint(2015, 2025)
        sentences, rows = [], []
        for city, country, lat, lon in picks:
            status = rng.choice(STATUSES)
            sentence = (f"{company} said its {city} office is {status.value} "
                        f"(R&D <team> of {rng.randint(5, 500)} people).")
            sentences.append(sentence)
            text = rng.choice([f"{year}", f"{year}-{rng.randint(1, 12):02d}",
                               f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"])
            event = Event(company=company, city=city, status=status, article_id=article_id,
                          quote=sentence, date=PartialDate.parse(text), country=country)
            jitter = (rng.uniform(-0.3, 0.3), rng.uniform(-0.3, 0.3))
            rows.append(PlacedEvent(event, Location(city, country, lat + jitter[0],
                                                    lon + jitter[1])))
        articles[article_id] = Article(
            id=article_id, title=f"{company} expands in {picks[0][0]} & beyond",
            text="Filler paragraph. " + " ".join(sentences) + " More filler.",
            source="Synthetic Wire", url=f"https://example.com/{article_id}")
        placed.extend(rows[: events - len(placed)])
    return Dataset(articles, [p.event for p in placed], placed)


def timed(fn: Callable[[], object], repeat: int) -> tuple[float, object]:
    """Median seconds over `repeat` runs, and the last result."""
    times, result = [], None
    for _ in range(repeat):
        t0 = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times), result


def measure(label: str, dataset: Dataset, view: ViewState, browser, repeat: int) -> None:
    seconds, page = timed(lambda: snapshot_html(dataset, view), repeat)
    size = len(str(page).encode("utf-8"))
    print(f"{label:<28} html  {seconds * 1000:8.0f} ms  {size / 1e6:6.2f} MB")
    seconds, png = timed(lambda: snapshot_png(dataset, view), 1)
    print(f"{label:<28} png   {seconds * 1000:8.0f} ms  {len(png) / 1e6:6.2f} MB"
          "   (starts Chromium)")
    for scale in (1, 2):
        image_page = image_html(dataset, view)
        seconds, png = timed(
            lambda s=scale, p=image_page: render_png(p, scale=s, browser=browser), repeat)
        print(f"{label:<28} png@{scale}x {seconds * 1000:7.0f} ms  {len(png) / 1e6:6.2f} MB"
              "   (running browser, drawing only)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    seeds = load_dataset()
    t0 = time.perf_counter()
    big = synthetic_dataset(args.events)
    print(f"synthetic dataset: {len(big.placed):,} events, {len(big.articles):,} articles, "
          f"built in {time.perf_counter() - t0:.2f} s")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=list(CHROMIUM_ARGS))
        try:
            measure("seeds (6 events)", seeds, ViewState(), browser, args.repeat)
            measure("seeds, FR+DE (regional)", seeds, ViewState(countries=("FR", "DE")),
                    browser, args.repeat)
            measure(f"synthetic ({len(big.placed):,} events)", big, ViewState(), browser,
                    args.repeat)
            measure("synthetic, until 2018-06", big, ViewState(end=date(2018, 6, 30)),
                    browser, args.repeat)
        finally:
            browser.close()


if __name__ == "__main__":
    main()
