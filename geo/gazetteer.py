"""Resolve free-text place queries against the offline index.

Ranking, in order of precedence:

1. Hints ("Paris, TX", "Paris (France)", ``country="Allemagne"``) filter the
   candidates; a hint that names no candidate is an error, not a silent guess.
2. Each remaining candidate scores ``log10(population) + bonus`` where the
   bonus favours a match on the GeoNames *primary* name (+2.0, a factor 100).
   An alternate-name match instead earns ``0.5 * log10(number of names)``:
   exonyms belong to well-known places, so "Venise" is Venice rather than
   Vénissieux and "Pékin" is Beijing rather than Pekin, Illinois, while
   "Cologne" does not become a village in Lombardy.  A *cognate* alternate,
   spelled like the primary name ("Venecia"/Venice, "Odessa"/Odesa,
   "Bruges"/Brugge), earns ``1.0 * log10(names)`` instead, while an unrelated
   one (a historic "Waterloo" of Austin) keeps 0.5.  Romanised non-Latin
   names (noisier) lose another 0.5; alternates of places without any
   population figure are ignored.
3. Runners-up more than 30 km away are kept as ``alternatives``; when one
   scores within 1.0 (a factor 10) of the winner the answer is ``ambiguous``
   and its confidence is capped.

Hints also come in press style ("Portland, Ore.", "Richmond, B.C.", "N.J.");
dotted queries that match nothing are read word-by-word as abbreviations
("Frankfurt a.M." -> Frankfurt am Main); and when a hint rules out every
place an exonym denotes, the exonym's primary name is tried under the hint
("Londres (Ontario)" -> London, Ontario).

Non-places fail with :class:`~geo.exc.PlaceNotFound`: function words
(:data:`STOPWORDS`, en/fr/de/es/it/pt/nl), airports, continents and
macro-regions, country names (unless a city-state's capital carries the same
name: "Singapore", "Luxembourg"; or a hint is given and a city of that name
fits it; or the word is a country only in translation and a 100 k+ city bears
it: Spanish "Granada"), and region names in any supported language ("Bavaria",
"Floride") unless a city of 100 k+ people has that name ("Washington",
"New York").  First-level ISO 3166-2 regions from pycountry ("Bretagne",
"Tirol", "Lombardei") fail the same way, unless a 100 k+ city bears the name
or the region is named after a 10 k+ town of its own country (cantons "Zug",
"Luzern"); any ISO 3166-2 subdivision ("Drôme", "Cambridgeshire") works as a
hint for its country.  Sentence-start function words (:data:`FUNCTION_WORDS`:
"Seit", "Selon", "Inoltre") never resolve.  An all-caps acronym ("SAP") only
matches towns of 10 k+.  Typos get suggestions from a rapidfuzz search over town
names (auto-correction is opt-in: ``fuzzy=True``).
"""

from __future__ import annotations

import math
import re
import sqlite3
import threading
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz, process

from geo.countries import (
    city_states,
    collapse_initials,
    country_code,
    hint_region_options,
    is_continent,
    is_translated_country_name,
    region_options,
    subdivision_countries,
)
from geo.exc import GeoError, PlaceNotFound
from geo.index import ALTERNATE, PRIMARY, ROMANISED, SHORT_ALIASES, IndexInfo, ensure_index
from geo.normalize import fold, is_latin
from geo.place import Alternative, Place
from geo.progress import Progress

STOPWORDS: frozenset[str] = frozenset(
    """the and or of in on at to for with by via from near a an le la les de des du et en
    au aux sur der die das und bei im am von zu el los las y del il di da e
    office offices hq headquarters head office city town remote online n a na none null
    unknown tbd various global worldwide international multiple
    het een op bij naar voor uit met aan ook dos das do na nos no em ao pelo pela com para
    della delle dello degli dei del nel nella nei sul sulla per con tra fra avec chez dans
    pour par vers sous aus mit nach fur uber zum zur beim vom""".split()
) | {"head office", "n a"}
# Sentence-start function words ("Seit 2019 ...", "Selon ...", "Inoltre ..."):
# common prepositions, adverbs and conjunctions, one line per language
# (en/fr/de/es/it/pt/nl, folded).  GeoNames lists some as alternate names of
# unrelated places ("Selon" for Salon-de-Provence); they never resolve.  Words
# that are also the name of a real town are left out on purpose ("Auch",
# "Pero", "Durant", "Como", "Ora").
FUNCTION_WORDS: frozenset[str] = frozenset(
    """
    after before since during until according meanwhile however also moreover
    furthermore yesterday today tomorrow despite following amid among between within
    without under over into onto upon about while whereas although though thus therefore
    then now already still yet
    apres avant depuis pendant selon malgre lors ainsi aussi alors donc mais puis
    ensuite enfin desormais hier aujourdhui demain toutefois cependant pourtant outre
    parmi entre contre sans derriere devant afin car quand lorsque tandis deja encore
    seit vor wahrend trotz wegen laut gegen ohne unter zwischen neben hinter aber doch
    jedoch dann danach bereits noch schon heute gestern morgen damit dabei zudem
    ausserdem deshalb daher somit inzwischen mittlerweile nun bis seitdem
    durante segun tras desde hasta sobre hacia ademas tambien ayer hoy manana mientras
    luego ahora asi aunque cuando donde contra ante bajo mediante
    inoltre dopo prima secondo mentre anche quindi oggi ieri domani ancora gia infatti
    tuttavia presso verso senza sotto sopra dentro oltre dunque poi allora intanto
    apos segundo ate sem tambem mas porem hoje ontem ainda alem depois antes enquanto
    contudo entretanto assim perante
    volgens sinds tijdens maar daarna vandaag gisteren nog toch echter bovendien door
    tegen zonder onder tussen achter naast inmiddels intussen daarom dus vanaf sindsdien
    """.split()
)
# Words GeoNames lists as alternate names but that news text uses for something
# else: weekdays and months (en/fr/de/es/it) and company names (Topeka was
# briefly "Google").  Queries equal to one of these never resolve.
NON_PLACE_WORDS: frozenset[str] = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday lundi mardi mercredi jeudi
    vendredi samedi dimanche montag dienstag mittwoch donnerstag freitag samstag sonntag
    lunes martes miercoles jueves viernes sabado domingo lunedi martedi mercoledi giovedi
    venerdi sabato january february march april june july august september october
    november december janvier fevrier mars avril juin juillet aout septembre octobre
    novembre decembre januar februar marz juni juli oktober dezember enero febrero marzo
    abril mayo junio julio agosto septiembre octubre noviembre diciembre gennaio febbraio
    aprile maggio giugno luglio settembre ottobre dicembre google alphabet microsoft apple
    amazon meta facebook openai anthropic reuters bloomberg twitter netflix nvidia
    heathrow gatwick stansted schiphol laguardia ohare changi haneda malpensa linate
    barajas""".split()
)
# Airports are not cities ("Heathrow", "Flughafen München", "aéroport d'Orly"):
# the bare names above are hub airports whose gazetteer namesakes are unrelated
# villages; a query containing one of these words is an airport, whatever else.
AIRPORT_WORDS: frozenset[str] = frozenset(
    "airport airports aeroport aeroporto aeropuerto flughafen luchthaven lufthavn".split())
PRIMARY_BONUS = 2.0
ALTERNATE_WEIGHT = 0.5
COGNATE_WEIGHT = 1.0
COGNATE_SIMILARITY = 60.0
ACRONYM_MIN_POPULATION = 10_000
ROMANISED_PENALTY = 0.5
KIND_QUALITY = {PRIMARY: 1.0, ALTERNATE: 0.95}
SAME_PLACE_KM = 30.0
AMBIGUITY_GAP = 1.0
AMBIGUOUS_CAP = 0.6
REGION_MIN_POPULATION = 100_000
FOREIGN_REGION_MIN_POPULATION = 50_000  # a city elsewhere named like a region ("Canterbury")
NAMESAKE_MIN_POPULATION = 10_000
FUZZY_RESOLVE_SCORE = 88.0
FUZZY_MIN_POPULATION = 50_000
MAX_ALTERNATIVES = 5
FUZZY_LENGTH_SLACK = 1

_PARENS = re.compile(r"\(([^)]*)\)")
Hint = tuple[tuple[str, str | None], ...]  # any-of (country, admin1 or None)


@dataclass(frozen=True)
class _Cand:
    geonameid: int
    name: str
    country: str
    admin1: str
    latitude: float
    longitude: float
    population: int
    n_names: int
    kind: int
    cognate: bool = False

    @property
    def score(self) -> float:
        """log10(population) + a bonus for how the name matched (see module doc)."""
        if self.kind == PRIMARY:
            bonus = PRIMARY_BONUS
        else:  # exonyms exist for well-known places: weigh by how many names it has
            weight = COGNATE_WEIGHT if self.cognate else ALTERNATE_WEIGHT
            bonus = weight * math.log10(self.n_names + 1)
            bonus -= ROMANISED_PENALTY if self.kind == ROMANISED else 0.0
        return math.log10(self.population + 1) + bonus

    def alternative(self) -> Alternative:
        return Alternative(self.name, self.country, self.latitude, self.longitude,
                           self.population, self.geonameid, self.admin1)


def _km(a: _Cand, b: _Cand) -> float:
    lat1, lon1, lat2, lon2 = map(math.radians, (a.latitude, a.longitude, b.latitude, b.longitude))
    h = (math.sin((lat2 - lat1) / 2) ** 2
         + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2)
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


def _satisfies(cand: _Cand, hint: Hint) -> bool:
    return any(cand.country == cc and (a1 is None or cand.admin1 == a1) for cc, a1 in hint)


def parse_hint(text: str) -> Hint:
    """Any-of (country, admin1) options for a hint; () when not understood.

    Two-letter codes are deliberately read every way they can be ("CA" is
    Canada *and* California, "MA" Morocco *and* Massachusetts); the candidate
    list decides.
    """
    options: list[tuple[str, str | None]] = []
    code = country_code(collapse_initials(text))
    if code:
        options.append((code, None))
    options.extend(hint_region_options(text))
    return tuple(dict.fromkeys(options))


def _cognate(primary: str, key: str) -> bool:
    """Whether ``key`` spells the primary name another way ("venecia"/"Venice"),
    as opposed to a shortening ("frankfurt"/"Frankfurt (Oder)") or an unrelated
    name ("waterloo"/"Austin")."""
    name = fold(primary)
    return (name.count(" ") == key.count(" ")
            and fuzz.ratio(name, key) >= COGNATE_SIMILARITY)


def _key(head: str) -> str:
    """Lookup key of a query head; dotted initials collapse ("L.A." -> "la")."""
    return fold(collapse_initials(head))


def _city_before_country(head: str, cands: Iterable[_Cand], hints: list[Hint]) -> bool:
    """Whether a name that is also a country means the city here.

    With a hint, yes when a place of that primary name satisfies it ("Granada" +
    "Nicaragua").  Without one, only when the word is a country merely in
    translation (Spanish "Granada" = Grenada) and a 100 k+ city bears it; an
    English country name ("Mexico", "France") stays a country.
    """
    primaries = [c for c in cands if c.kind == PRIMARY]
    if hints:
        return any(all(_satisfies(c, h) for h in hints) for c in primaries)
    return is_translated_country_name(head) and any(
        c.population >= REGION_MIN_POPULATION for c in primaries)


def _capital_of(code: str, cands: Iterable[_Cand]) -> list[_Cand]:
    """Candidates that are the capital of city-state ``code`` (see countries.city_states)."""
    capital = city_states().get(code)
    return [c for c in cands if capital and c.country == code and fold(c.name) == capital]


def _is_missing(value: Any) -> bool:
    if value is None:
        return True
    try:
        return bool(value != value)  # NaN / pandas NA
    except (TypeError, ValueError):
        return False


class Gazetteer:
    """The offline gazetteer: an index file plus in-process caches.

    Creating one is cheap; the index is opened (and built if needed) on first
    use, so importing :mod:`geo` never touches the disk.  One instance may be
    shared by threads (SQLite access is serialised by a lock).
    """

    def __init__(self, cache_dir: str | Path | None = None, *, cache_size: int = 100_000) -> None:
        self.cache_dir = Path(cache_dir) if cache_dir is not None else None
        self.info: IndexInfo | None = None
        self._conn: sqlite3.Connection | None = None
        self._lock = threading.RLock()
        self._vocab: dict[int, tuple[list[str], list[str], list[int]]] | None = None
        self._lookup = lru_cache(maxsize=cache_size)(self._lookup_uncached)
        self._resolve_cached = lru_cache(maxsize=cache_size)(self._resolve_outcome)
        self._lookup_cached = lru_cache(maxsize=cache_size)(self._lookup_outcome)

    # ---- index access -------------------------------------------------
    def open(self) -> IndexInfo:
        """Open the index, building it first when missing, stale or corrupt."""
        with self._lock:
            if self._conn is None:
                self.info = ensure_index(self.cache_dir)
                conn = sqlite3.connect(f"file:{self.info.path}?mode=ro", uri=True,
                                       check_same_thread=False)
                conn.execute("PRAGMA query_only = ON")
                self._conn = conn
            assert self.info is not None
            return self.info

    def close(self) -> None:
        with self._lock:
            if self._conn is not None:
                self._conn.close()
                self._conn = None
            self._lookup.cache_clear()
            self._resolve_cached.cache_clear()
            self._lookup_cached.cache_clear()
            self._vocab = None

    def __enter__(self) -> Gazetteer:
        self.open()
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _query(self, sql: str, params: tuple = ()) -> list[tuple]:
        with self._lock:
            if self._conn is None:
                self.open()
            assert self._conn is not None
            return self._conn.execute(sql, params).fetchall()

    def _lookup_uncached(self, key: str) -> tuple[_Cand, ...]:
        rows = self._query(
            "SELECT p.geonameid, p.name, p.country, p.admin1, p.latitude, p.longitude,"
            " p.population, p.n_names, n.kind FROM names n JOIN places p USING (geonameid)"
            " WHERE n.key = ?", (key,))
        # An alternate spelled like the primary name ("Venecia"/"Venice",
        # "Odessa"/"Odesa") is a cognate exonym: strong evidence of the same name.
        return tuple(_Cand(*row, cognate=row[-1] == ALTERNATE and _cognate(row[1], key))
                     for row in rows)

    def candidates(self, key: str) -> tuple[_Cand, ...]:
        """All places indexed under a folded key (memoised)."""
        return self._lookup(key) if key else ()

    # ---- public API ----------------------------------------------------
    def resolve(self, query: str, country: str | None = None, *, fuzzy: bool = False) -> Place:
        """Resolve ``query`` ("München", "Paris, TX", "Cambridge (UK)") to a :class:`Place`.

        ``country`` is an optional hint: ISO2/ISO3 code or a country name in
        en/fr/de/es/it ("Allemagne"); a US state or known region also works.
        Raises :class:`PlaceNotFound` (with ``suggestions``) for non-places.
        Typos fail with suggestions; ``fuzzy=True`` instead auto-corrects a
        near-exact misspelling of a 50 k+ city, with confidence <= 0.5 and a note.
        """
        if _is_missing(query) or not str(query).strip():
            raise PlaceNotFound("" if _is_missing(query) else str(query), "empty query")
        hint = None if _is_missing(country) or not str(country).strip() else str(country).strip()
        outcome = self._resolve_cached(str(query).strip(), hint, fuzzy)
        if isinstance(outcome, PlaceNotFound):
            raise PlaceNotFound(outcome.query, outcome.reason, outcome.suggestions)
        return outcome

    def lookup(self, name: str, country: str | None = None) -> list[Place]:
        """Fast exact-name lookup: every reading of ``name``, best first; [] if none.

        Same normalisation, hints, non-place policy and ranking as
        :meth:`resolve`, so ``lookup(n, c)[0]`` is what ``resolve(n, c)`` returns
        whenever the list is not empty; but no typo search, no suggestions and
        no exception.  The first Place carries ``alternatives``; the others are
        the runner-ups (more than 30 km apart), each with its own confidence.
        Meant for scanning text: call it on every candidate word.
        """
        if _is_missing(name) or not str(name).strip():
            return []
        hint = None if _is_missing(country) or not str(country).strip() else str(country).strip()
        return list(self._lookup_cached(str(name).strip(), hint))

    def resolve_many(self, queries: Iterable[Any], countries: Any = None,
                     progress: bool = False) -> list[Place | PlaceNotFound]:
        """Resolve each query in order; failures are returned, not raised.

        ``countries`` may be None, one hint for all, or a sequence/Series aligned
        with ``queries``.  Pandas objects are accepted as plain iterables.
        ``progress=True`` shows a progress bar on stderr once the run has taken
        more than half a second (see :mod:`geo.progress`); quick runs stay silent.
        """
        items = list(queries)
        if countries is None or isinstance(countries, str):
            hints: list[Any] = [countries] * len(items)
        else:
            hints = list(countries)
            if len(hints) != len(items):
                raise GeoError(f"{len(items)} queries but {len(hints)} country hints")
        results: list[Place | PlaceNotFound] = []
        with Progress(len(items), enabled=progress) as bar:
            for i, (query, hint) in enumerate(zip(items, hints, strict=True), 1):
                try:
                    results.append(self.resolve(query, hint))
                except PlaceNotFound as exc:
                    results.append(exc)
                bar.update(i)
        return results

    def suggest(self, query: str, limit: int = 5) -> list[str]:
        """Display labels of places whose name is close to ``query`` (typo help)."""
        return [label for label, _score, _key in self._fuzzy(fold(query), limit)]

    # ---- resolution ----------------------------------------------------
    def _resolve_outcome(self, query: str, country: str | None,
                         fuzzy: bool) -> Place | PlaceNotFound:
        try:
            return self._resolve(query, country, fuzzy)
        except PlaceNotFound as exc:
            return exc

    def _lookup_outcome(self, query: str, country: str | None) -> tuple[Place, ...]:
        readings: list[Place] = []
        try:
            self._resolve(query, country, False, suggest=False, collect=readings)
        except PlaceNotFound:
            return ()
        return tuple(readings)

    def _resolve(self, query: str, country: str | None, fuzzy: bool, *,
                 suggest: bool = True, collect: list[Place] | None = None) -> Place:
        """Resolve or raise; ``suggest=False`` skips the typo search, and
        ``collect`` receives every distinct reading as a Place (see lookup)."""
        notes: list[str] = []
        hints: list[Hint] = []
        if country:
            # The parameter is a country first ("CA" = Canada); a region name or
            # code ("Texas", "Bayern") is accepted only when it is not a country.
            code = country_code(country)
            parsed = ((code, None),) if code else parse_hint(country)
            if parsed:
                hints.append(parsed)
            else:
                notes.append(f"country hint {country!r} not understood; ignored")

        head, parts = self._split(query)
        query_hints: list[Hint] = []
        for part in parts:
            parsed = parse_hint(part)
            if parsed:
                query_hints.append(parsed)
            else:
                notes.append(f"hint {part!r} not understood; ignored")

        # A comma may belong to the name itself ("Washington, D.C.").
        if parts and len(query_hints) < len(parts) and self._usable(query, fold(query)):
            head, query_hints, notes = query, [], [n for n in notes if not n.startswith("hint")]
        key = _key(head)
        cands = self._usable(head, key)
        if not cands and "." in head:
            key, cands = self._abbreviated(head, key)
        if not cands and not parts:
            head, key, cands, tail_hint = self._split_trailing_hint(head)
            if tail_hint:
                query_hints.append(tail_hint)
        hints.extend(query_hints)

        self._reject_non_place(head, key, cands, hints)
        if not cands:
            if not suggest:
                raise PlaceNotFound(query, "no populated place with this name")
            return self._fuzzy_resolve(query, key, hints, notes, fuzzy)

        kept = [c for c in cands if all(_satisfies(c, h) for h in hints)]
        if not kept:
            kept, via = self._namesakes(key, cands, hints)
            if not kept:
                shown = [c.alternative().label() for c in self._rank(cands)[:MAX_ALTERNATIVES]]
                raise PlaceNotFound(query, "no place with this name matches the hint", shown)
            notes.append(f"{head!r} read as {via!r} (the same name in another language)")
        kept = self._filter_named_regions(head, key, kept, bool(hints))
        return self._answer(query, head, self._rank(kept), notes, collect=collect)

    @staticmethod
    def _split(query: str) -> tuple[str, list[str]]:
        parts = [p.strip() for p in _PARENS.findall(query)]
        rest = _PARENS.sub(",", query)
        pieces = [p.strip() for p in re.split(r"[,;]", rest)]
        pieces = [p for p in pieces if p]
        head = pieces[0] if pieces else query
        return head, [p for p in pieces[1:] + parts if p]

    def _usable(self, head: str, key: str) -> tuple[_Cand, ...]:
        """Candidates for ``key`` that the way ``head`` is written allows.

        Romanised keys of non-Latin names ("lisbn" from one spelling of Lisbon)
        only serve queries typed in a non-Latin script; an all-caps query of up
        to four letters ("TUM") is an acronym and matches only primary names
        or the explicit short-alias allowlist.
        """
        cands = self.candidates(key)
        if is_latin(head):
            cands = tuple(c for c in cands if c.kind != ROMANISED)
        # Exonyms belong to known places: one without any population figure
        # ("Samsung", a name of a hamlet in Korea) is no reading of an alternate.
        cands = tuple(c for c in cands if c.kind == PRIMARY or c.population > 0)
        letters = re.sub(r"[\s.]", "", head)
        if len(letters) <= 4 and letters.isupper() and key not in SHORT_ALIASES:
            # An acronym ("SAP", "TUM") names a town only when the town is big
            # enough to be written in capitals in a headline ("ULM", "OSLO").
            cands = tuple(c for c in cands if c.kind == PRIMARY
                          and c.population >= ACRONYM_MIN_POPULATION)
        return cands

    def _abbreviated(self, head: str, key: str) -> tuple[str, tuple[_Cand, ...]]:
        """"Frankfurt a.M.", "Freiburg i. Br.": names whose words start with the
        query's words, one for one ("frankfurt a m" -> "frankfurt am main").
        Only tried for dotted queries that match nothing as written."""
        words = key.split()
        if len(words) < 2:
            return key, ()
        rows = self._query("SELECT DISTINCT key FROM names WHERE key > ? AND key < ?",
                           (words[0] + " ", words[0] + " \x7f"))
        found: list[_Cand] = []
        matched = key
        for (name_key,) in rows:
            name_words = name_key.split()
            if len(name_words) == len(words) and all(
                    n.startswith(w) for w, n in zip(words, name_words, strict=True)):
                found.extend(self._usable(head, name_key))
                matched = name_key
        return (matched, tuple(found)) if found else (key, ())

    def _namesakes(self, key: str, cands: tuple[_Cand, ...],
                   hints: list[Hint]) -> tuple[list[_Cand], str]:
        """Places named like the ones an exonym denotes, within the hints.

        "Londres (Ontario)": "Londres" is London, England, whose name London,
        Ontario, shares; so a hint that rules out the exonym's own referents
        is tried on their primary names.  ([], "") when nothing fits.
        """
        for cand in self._rank(c for c in cands if c.kind != PRIMARY)[:3]:
            other = fold(cand.name)
            if other == key:
                continue
            found = [c for c in self._usable(cand.name, other)
                     if c.kind == PRIMARY and all(_satisfies(c, h) for h in hints)]
            if found:
                return found, cand.name
        return [], ""

    def _split_trailing_hint(self, head: str) -> tuple[str, str, tuple[_Cand, ...], Hint | None]:
        """"Cambridge UK", "Paris Texas": peel 1-3 trailing words that form a hint."""
        words = head.split()
        for n in (1, 2, 3):
            if len(words) <= n:
                break
            name, tail = " ".join(words[:-n]), " ".join(words[-n:])
            hint = parse_hint(tail)
            if hint:
                cands = self._usable(name, _key(name))
                if cands:
                    return name, _key(name), cands, hint
        return head, _key(head), (), None

    def _reject_non_place(self, head: str, key: str, cands: tuple[_Cand, ...],
                          hints: list[Hint]) -> None:
        if not key:
            raise PlaceNotFound(head, "empty query")
        if (key in STOPWORDS or key in FUNCTION_WORDS) and not (
                key in SHORT_ALIASES and head.isupper()):
            raise PlaceNotFound(head, "an ordinary word, not a place name")
        if key in NON_PLACE_WORDS:
            raise PlaceNotFound(head, "a common word or company name, not a place name")
        if AIRPORT_WORDS.intersection(key.split()):
            raise PlaceNotFound(head, "an airport, not a city")
        if is_continent(head):
            raise PlaceNotFound(head, "a continent or macro-region, not a city")
        code = country_code(head) if len(key.replace(" ", "")) > 2 else None
        if (code and key not in SHORT_ALIASES and not _capital_of(code, cands)
                and not _city_before_country(head, cands, hints)):
            raise PlaceNotFound(head, f"a country ({code}), not a city; add a city name")

    @staticmethod
    def _filter_named_regions(head: str, key: str, kept: list[_Cand],
                              hinted: bool) -> list[_Cand]:
        """Drop cities that merely share a country/region name ("Texas", Mexico)."""
        code = country_code(head) if len(key.replace(" ", "")) > 2 else None
        if code and key not in SHORT_ALIASES:
            kept = _capital_of(code, kept) or kept
        elif len(key) > 3 and region_options(head) and not hinted:
            kept = [c for c in kept if c.population >= REGION_MIN_POPULATION]
            if not kept:
                raise PlaceNotFound(head, "a region or state, not a city")
        elif len(key) > 3 and not hinted and (
                regions := subdivision_countries(head, first_level=True)):
            # A first-level ISO 3166-2 region ("Bretagne", "Tirol", "Lombardia"):
            # a city only when a 100 k+ city bears the name (50 k+ as the main name of a
            # city in another country: "Canterbury", GB, is not NZ's region), or when the region
            # is named after a town of its own country (cantons "Zug", "Luzern";
            # also under a cognate exonym: "Lucerne", "Zoug", "Venetië").
            # Then the name is a city and every candidate stays ("Portland": the
            # parish in Jamaica does not hide Portland, Maine).
            big = any(c.population >= REGION_MIN_POPULATION
                      or (c.kind == PRIMARY and c.country not in regions
                          and c.population >= FOREIGN_REGION_MIN_POPULATION)
                      for c in kept)
            namesake = any((c.kind == PRIMARY or c.cognate) and c.country in regions
                           and c.population >= NAMESAKE_MIN_POPULATION for c in kept)
            if not (big or namesake):
                raise PlaceNotFound(head, "a region, not a city")
        return kept

    @staticmethod
    def _rank(cands: Iterable[_Cand]) -> list[_Cand]:
        return sorted(cands, key=lambda c: (-c.score, -c.population, c.geonameid))

    def _answer(self, query: str, head: str, ranked: list[_Cand], notes: list[str],
                quality: float = 1.0, collect: list[Place] | None = None) -> Place:
        top = ranked[0]
        distinct: list[_Cand] = []
        for cand in ranked[1:]:
            if cand.geonameid == top.geonameid:
                continue
            if cand.country == top.country and _km(cand, top) < SAME_PLACE_KM:
                continue
            if any(d.country == cand.country and _km(d, cand) < SAME_PLACE_KM for d in distinct):
                continue
            distinct.append(cand)
        weights = [10 ** top.score] + [10 ** c.score for c in distinct]
        share = weights[0] / sum(weights)
        ambiguous = bool(distinct) and distinct[0].score >= top.score - AMBIGUITY_GAP
        confidence = share * KIND_QUALITY.get(top.kind, 0.85) * quality
        if any("ignored" in n for n in notes):
            confidence *= 0.8
        if ambiguous:
            confidence = min(confidence, AMBIGUOUS_CAP)
        place = Place(
            name=top.name, country_code=top.country, latitude=top.latitude,
            longitude=top.longitude, population=top.population, geonameid=top.geonameid,
            confidence=round(max(0.01, min(1.0, confidence)), 3), ambiguous=ambiguous,
            alternatives=tuple(c.alternative() for c in distinct[:MAX_ALTERNATIVES]),
            admin1=top.admin1, query=query, matched=head, notes=tuple(notes))
        if collect is not None:
            collect.append(place)
            total = sum(weights)
            for cand, weight in zip(distinct, weights[1:], strict=True):
                share = weight / total * KIND_QUALITY.get(cand.kind, 0.85) * quality
                collect.append(Place(
                    name=cand.name, country_code=cand.country, latitude=cand.latitude,
                    longitude=cand.longitude, population=cand.population,
                    geonameid=cand.geonameid, confidence=round(max(0.01, min(1.0, share)), 3),
                    ambiguous=ambiguous, admin1=cand.admin1, query=query, matched=head,
                    notes=tuple(notes)))
        return place

    # ---- typos ---------------------------------------------------------
    def _vocabulary(self) -> dict[int, tuple[list[str], list[str], list[int]]]:
        """Suggestion vocabulary bucketed by key length (a typo rarely changes it by >1)."""
        if self._vocab is None:
            buckets: dict[int, tuple[list[str], list[str], list[int]]] = {}
            for key, display, pop in self._query("SELECT key, display, population FROM suggest"):
                keys, displays, pops = buckets.setdefault(len(key), ([], [], []))
                keys.append(key)
                displays.append(display)
                pops.append(pop)
            self._vocab = buckets
        return self._vocab

    def _fuzzy(self, key: str, limit: int) -> list[tuple[str, float, str]]:
        """(label, score, key) of the closest vocabulary entries, best first."""
        if len(key) < 3:
            return []
        vocab = self._vocabulary()
        hits: list[tuple[float, int, str, str]] = []
        for length in range(len(key) - FUZZY_LENGTH_SLACK, len(key) + FUZZY_LENGTH_SLACK + 1):
            if length not in vocab:
                continue
            keys, displays, pops = vocab[length]
            for _match, score, idx in process.extract(key, keys, scorer=fuzz.ratio,
                                                      limit=limit * 4, score_cutoff=70):
                hits.append((score, pops[idx], keys[idx], displays[idx]))
        hits.sort(key=lambda h: (-h[0], -h[1]))
        out: list[tuple[str, float, str]] = []
        seen: set[str] = set()
        for score, _pop, match, display in hits:
            best = self._rank(self.candidates(match))
            label = best[0].alternative().label() if best else display
            if label not in seen:
                seen.add(label)
                out.append((label, score, match))
            if len(out) >= limit:
                break
        return out

    def _fuzzy_resolve(self, query: str, key: str, hints: list[Hint], notes: list[str],
                       fuzzy: bool) -> Place:
        hits = self._fuzzy(key, 5)
        suggestions = [label for label, _s, _k in hits]
        if fuzzy and hits and len(key) >= 5 and hits[0][1] >= FUZZY_RESOLVE_SCORE:
            runner_up = hits[1][1] if len(hits) > 1 else 0.0
            ranked = self._rank(c for c in self.candidates(hits[0][2])
                                if all(_satisfies(c, h) for h in hints))
            if (ranked and ranked[0].population >= FUZZY_MIN_POPULATION
                    and runner_up < hits[0][1]):
                note = f"typo? matched {ranked[0].name!r} by spelling similarity"
                return self._answer(query, hits[0][2], ranked, [*notes, note], quality=0.5)
        raise PlaceNotFound(query, "no populated place with this name", suggestions)


_default: Gazetteer | None = None
_default_lock = threading.Lock()


def default_gazetteer() -> Gazetteer:
    """The process-wide instance used by :func:`geo.resolve` (created on first call)."""
    global _default
    with _default_lock:
        if _default is None:
            _default = Gazetteer()
        return _default

