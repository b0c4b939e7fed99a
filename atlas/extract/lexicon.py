"""Word lists the extractor shares, per language (fr, en, de, es, it).

Kept in one place so a reviewer can see every word the rules react to, and so adding a
language means adding words here rather than touching the rules.
"""

from __future__ import annotations

import re
from functools import lru_cache

from geo.countries import REGION_EXONYMS

LANGUAGES = ("fr", "en", "de", "es", "it")

MONTHS: dict[str, dict[str, int]] = {
    "fr": {"janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5,
           "juin": 6, "juillet": 7, "août": 8, "aout": 8, "septembre": 9, "octobre": 10,
           "novembre": 11, "décembre": 12, "decembre": 12},
    "en": {"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
           "july": 7, "august": 8, "september": 9, "october": 10, "november": 11,
           "december": 12, "jan.": 1, "feb.": 2, "aug.": 8, "sept.": 9, "oct.": 10,
           "nov.": 11, "dec.": 12},
    "de": {"januar": 1, "jänner": 1, "februar": 2, "märz": 3, "maerz": 3, "april": 4,
           "mai": 5, "juni": 6, "juli": 7, "august": 8, "september": 9, "oktober": 10,
           "november": 11, "dezember": 12},
    "es": {"enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6,
           "julio": 7, "agosto": 8, "septiembre": 9, "setiembre": 9, "octubre": 10,
           "noviembre": 11, "diciembre": 12},
    "it": {"gennaio": 1, "febbraio": 2, "marzo": 3, "aprile": 4, "maggio": 5, "giugno": 6,
           "luglio": 7, "agosto": 8, "settembre": 9, "ottobre": 10, "novembre": 11,
           "dicembre": 12},
}
ALL_MONTHS: dict[str, int] = {k: v for table in MONTHS.values() for k, v in table.items()}

# Monday is 0, as in datetime.date.weekday().
WEEKDAYS: dict[str, dict[str, int]] = {
    "fr": {"lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4, "samedi": 5,
           "dimanche": 6},
    "en": {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
           "saturday": 5, "sunday": 6},
    "de": {"montag": 0, "dienstag": 1, "mittwoch": 2, "donnerstag": 3, "freitag": 4,
           "samstag": 5, "sonnabend": 5, "sonntag": 6},
    "es": {"lunes": 0, "martes": 1, "miércoles": 2, "miercoles": 2, "jueves": 3,
           "viernes": 4, "sábado": 5, "sabado": 5, "domingo": 6},
    "it": {"lunedì": 0, "lunedi": 0, "martedì": 1, "martedi": 1, "mercoledì": 2,
           "mercoledi": 2, "giovedì": 3, "giovedi": 3, "venerdì": 4, "venerdi": 4,
           "sabato": 5, "domenica": 6},
}
ALL_WEEKDAYS: dict[str, int] = {k: v for table in WEEKDAYS.values() for k, v in table.items()}

ABBREVIATIONS = frozenset(
    "m mm mme mmes mlle dr drs pr prof mr mrs ms st ste sr sra srta sres jr etc env cf "
    "p pp vol no nr nº art abs ca vgl bzw usw inkl z.b d.h u.a s.a inc ltd co corp "
    "dott sig sigg avv ing arch geom vs approx av ave bd bld fig min max tel".split()
)

# Capitalised words that open sentences or titles but never name a place or company.
FUNCTION_WORDS = frozenset(
    # fr
    "le la les l un une des du de d au aux ce cet cette ces son sa ses leur leurs il elle "
    "ils elles on nous vous en à a après avant avec pour par dans sur sous selon depuis "
    "lors malgré mais et ou où donc car ni que qui quand comme si moins plus très déjà "
    "ainsi enfin outre cependant néanmoins toutefois par ailleurs aujourd hui hier demain "
    "dès chez entre vers "
    # en
    "the a an this that these those its it he she they we you in on at to of for from by "
    "with after before since during while when where as and or but so if yet less more "
    "about according also today yesterday tomorrow last next earlier later meanwhile "
    "however there here our their his her "
    # de
    "der die das den dem des ein eine einer eines einem einen im am an auf aus bei mit "
    "nach seit von vor zu zum zur und oder aber auch bereits schon noch nur es sie er wir "
    "ihr sein seine ihre dieser diese dieses damit dazu dort hier heute gestern morgen "
    "weniger mehr laut zudem außerdem jedoch nachdem wie wo als wenn "
    # es
    "el los las lo uno unos unas del al en con por para desde sin sobre tras según y o "
    "pero este esta estos estas ese esa su sus hoy ayer mañana ya menos más además también "
    "después antes durante como donde cuando "
    # it
    "il lo gli i una uno dei degli delle della dello del nel nella nei negli sul sulla "
    "con per da dal dalla tra fra dopo prima durante e o ma questo questa questi queste "
    "suo sua suoi sue oggi ieri domani già meno più inoltre anche secondo come dove quando "
    "ad ed "
    # sentence-initial adverbs and prepositions that are no names
    "entro mentre oltre intanto tuttavia quindi infatti ancora sempre così poi finora "
    "adesso ora dunque entre hasta mientras asimismo ahora aún todavía así luego "
    "finalmente actualmente désormais ensuite puis alors aussi encore toujours "
    "actuellement finalement pourtant within until now then still thus currently finally "
    "instead overall bislang bisher zuletzt insgesamt dort damals derzeit künftig "
    "inzwischen mittlerweile".split()
)

# Words that turn a capitalised name into an institution, venue or landmark, not a city.
INSTITUTION_WORDS = frozenset(
    "université university universität universidad università universitat uni "
    "école ecole school schule hochschule college collège campus institut institute "
    "instituto istituto academy académie akademie politecnico politécnica polytechnique "
    "technische technique technical station gare bahnhof estación stazione airport "
    "aéroport aeroport flughafen aeropuerto aeroporto valley vallée tal park parc parque "
    "parco arena stadium stade stadion estadio stadio hall halle messe fiera feria expo "
    "palais palast palacio palazzo museum musée museo tower tour torre plaza platz piazza "
    "hotel hôtel hospital hôpital krankenhaus hospital ospedale center centre zentrum "
    "centro summit forum sommet conference conférence konferenz congreso conferenza "
    "tech week days mall".split()
)

class _SiteNouns(dict):
    """Site nouns, with German compounds read by their head noun: "Unternehmenszentrale",
    "Entwicklungsstandort", "Vertriebsbüro" are the kinds their last part names."""

    def _head(self, word: object) -> str | None:
        if not isinstance(word, str) or len(word) < 8:
            return None
        if "-" in word:  # "Design-Studio", "R&D-Zentrum": the last part names the kind
            last = word.rsplit("-", 1)[1]
            return (dict.get(self, last) or _HYPHEN_HEADS.get(last)
                    or (_compound_kind(last) if len(last) >= 8 else None))
        return _compound_kind(word.lower())

    def __contains__(self, word: object) -> bool:
        return dict.__contains__(self, word) or self._head(word) is not None

    def get(self, word, default=None):  # type: ignore[override]
        if dict.__contains__(self, word):
            return dict.__getitem__(self, word)
        head = self._head(word)
        return default if head is None else head


# Last parts of hyphenated site names that are no site noun alone ("Design-Studio").
_HYPHEN_HEADS = {"studio": "office", "studios": "office", "zentrum": "office",
                 "center": "office", "centre": "office", "labor": "research hub",
                 "labore": "research hub", "lab": "research hub"}

# Heads of German compounds that name a site ("Besitz" and "Netzwerk" are not: no
# "sitz" or "werk" here).
GERMAN_COMPOUND_HEADS = ("zentrale", "standorte", "standorten", "standort", "büros", "büro",
                         "niederlassungen", "niederlassung", "filialen", "filiale",
                         "rechenzentrum", "rechenzentren", "zentrum", "zentren")

@lru_cache(maxsize=4096)
def _compound_kind(lowered: str) -> str | None:
    match = _COMPOUND_RE.search(lowered)
    if not match:
        return None
    # "Servicezentrum", "Technologiezentrum": a centre is a site only inside a compound
    return dict.get(SITE_NOUNS, match.group(1)) or _COMPOUND_ONLY_HEADS.get(match.group(1))


_COMPOUND_ONLY_HEADS = {"zentrum": "office", "zentren": "office"}


# Nouns that make a sentence about a company site, and the kind of site they mean.
SITE_NOUNS: dict[str, str] = _SiteNouns()
for _kind, _words in {
    "office": "bureau bureaux antenne agence locaux implantation office offices branch hub "
              "site sites premises location büro büros standort standorte niederlassung "
              "niederlassungen dependance vertretung filiale filialen filiali oficina "
              "oficinas sucursal sucursales delegación delegaciones "
              "sede sedes ufficio uffici sedi café cafés boutique boutiques magasin "
              "magasins store stores shop shops geschäft geschäfte laden tienda tiendas "
              "negozio negozi standorten succursale succursales agences antennes hubs "
              "stabilimento stabilimenti impianto impianti fabbrica usine usines fabrik "
              "fábrica fábricas planta plantas outpost outposts werk werke werks werkes magazzino "
              "magazzini sito siti entrepôt entrepôts warehouse warehouses almacén almacenes "
              "logistikzentrum centro centri centros centres centers unità unité unités "
              "unidad unidades nave naves studio studios centre center facility "
              "facilities factory factories establecimiento establecimientos "
              "zentrallager logistiklager lager atelier ateliers workshop workshops "
              "werkstatt taller talleres",
    "research hub": "laboratoire labo lab labs laboratory laboratories laboratorien "
                    "laboratorio laboratori forschungszentrum forschungslabor "
                    "entwicklungszentrum research",
    "data centre": "datacenter datacentre data-center rechenzentrum rechenzentren",
    "subsidiary": "filiales subsidiary subsidiaries tochtergesellschaft tochtergesellschaften "
                  "tochterfirma tochterfirmen tochter filial controllata controllate "
                  "vertriebsgesellschaft vertriebsgesellschaften",
    "headquarters": "siège headquarters hq hauptsitz zentrale konzernzentrale firmensitz "
                    "headquartered sitz stammsitz",
}.items():
    for _word in _words.split():
        SITE_NOUNS[_word] = _kind

_COMPOUND_RE = re.compile(r"^[^\W\d_]{3,}?(" + "|".join(GERMAN_COMPOUND_HEADS) + r")$")

# Words whose site meaning depends on the language ("filiale": subsidiary in French,
# a branch in German and Italian).
SITE_NOUNS_BY_LANGUAGE: dict[str, dict[str, str]] = {
    "de": {"studio": "office", "studios": "office"},
    "es": {"planta": "office", "plantas": "office", "estudio": "office"},
    "fr": {"filiale": "subsidiary", "filiales": "subsidiary", "studio": "office",
           "studios": "office"},
    "en": {"plant": "office", "plants": "office", "factory": "office", "studio": "office",
           "studios": "office", "centre": "office", "center": "office", "centres": "office",
           "centers": "office", "facility": "office", "facilities": "office"},
}

# Multi-word site phrases, checked before single nouns (longest wins).
SITE_PHRASES: dict[str, str] = {
    "centre de recherche": "research hub", "centre de r&d": "research hub",
    "centre de recherche et développement": "research hub",
    "centro di ricerca e sviluppo": "research hub",
    "centro de investigación y desarrollo": "research hub",
    "centro di distribuzione": "office", "centre de distribution": "office",
    "centro de distribución": "office", "distribution centre": "office",
    "distribution center": "office", "polo logistico": "office", "centro logistico": "office",
    "centre logistique": "office", "centro logístico": "office",
    "fulfilment centre": "office", "fulfillment center": "office",
    "research hub": "research hub", "research centre": "research hub",
    "research center": "research hub", "r&d centre": "research hub",
    "r&d center": "research hub", "centro de investigación": "research hub",
    "centro di ricerca": "research hub", "centro de i+d": "research hub",
    "centro di r&s": "research hub", "hub de recherche": "research hub",
    "centre de données": "data centre", "centres de données": "data centre",
    "data center": "data centre", "data centre": "data centre",
    "data centers": "data centre", "data centres": "data centre",
    "centros de datos": "data centre", "data hall": "data centre", "data halls": "data centre",
    "centro de datos": "data centre", "centro dati": "data centre",
    "centro de procesamiento de datos": "data centre",
    "siège social": "headquarters", "sede central": "headquarters",
    "sede centrale": "headquarters", "sede principale": "headquarters",
    "sede social": "headquarters", "quartier generale": "headquarters",
    "european headquarters": "headquarters", "siège européen": "headquarters",
    "europäische zentrale": "headquarters", "sede europea": "headquarters",
    "head office": "headquarters", "sede legale": "headquarters",
    "sede corporativa": "headquarters", "design centre": "research hub",
    "design centres": "research hub", "design center": "research hub",
    "design centers": "research hub", "research and development centre": "research hub",
    "research and development center": "research hub",
}

# Prepositions after which a capitalised name is in a "where" slot.
LOCATIVE_PREPOSITIONS = frozenset(
    "à a au en in im nach at to vers sur ad".split()
)
# Prepositions that make a "where" slot only right after a site noun ("bureau de Paris").
GENITIVE_PREPOSITIONS = frozenset("de d du des di del della von of".split())
# Conjunctions that join items of a list of places.
LIST_CONJUNCTIONS = frozenset("et and und y e ou or oder o".split())
# Words that open an "after X, Y and Z" list of sites a company already has.
AFTER_LIST_WORDS = frozenset("après after nach tras dopo".split())

# Acronyms and words that are capitalised but never the company an article is about.
NOT_COMPANIES = frozenset(
    "ia ai ue eu rgpd gdpr dsgvo api apis pdg ceo cto cfo coo dg ad usa uk us ong ngo "
    "europe europa afrique africa asie asia amérique america amerika américa "
    "ai act pib gdp bip pil source sources photo foto crédit credit copyright woche "
    "semaine week semana settimana "
    "reuters afp dpa ap efe ansa bloomberg lire read mehr unternehmen unternehmens firma "
    "konzern konzerns gruppe "
    "mitarbeiter mitarbeitende entreprise société groupe company group empresa compañía "
    "azienda società gruppo startup start-up european européen européenne europäische "
    "europäischen europea europeo western eastern nord sud süd north south "
    "medio oriente middle east moyen-orient oriente medio nahost naher osten asia-pacific "
    "apac emea latam".split()
)


# Regions and provinces: never a site, even when a town shares the name ("Lombardia" is
# also a town in Mexico). The list is geo's, so the gazetteer and the extractor agree.
# Points of the compass name parts of a country ("punta sul Sud", "im Norden"), not towns.
COMPASS = frozenset("nord sud est ouest north south east west süd ost norden süden osten "
                    "westen norte sur oeste este mezzogiorno midi".split())
REGIONS = frozenset(REGION_EXONYMS) | COMPASS
