"""Which capitalised names in a sentence are the cities where a company has a site.

A name is a candidate only when the sentence puts it in a "where" slot: after a
locative preposition ("à", "in", "nach", "en", "a"), after a site noun and "de/di/of"
("bureau de Paris"), before a site noun ("its Paris office"), in a list coordinated
with such a name ("à Bruxelles, New York et Singapour"), or in an opening
"Après Dublin, Paris et Bruxelles" list. It must then resolve through `geo.resolve` to a
populated place; countries, regions, continents and names like "Station F" do not.
Names that contain an institution or venue word ("Université Technique de Munich",
"Silicon Valley", "Web Summit") are rejected whole, never split into a city.
Rejected options ("rather than Berlin"), travel ("Altman visited Tokyo") and the venue of
an announcement ("lors du salon VivaTech à Paris") are recognised by the nearest
trigger word before the name, and so is the place where something was said
("teilte ... in Frankfurt mit", "said in London"). Further slots: a capitalised site noun
before the names ("an den Standorten Berlin, Leipzig und Wien"), list introducers ("dont
Paris, Marseille et Annecy", "entre Bordeaux et Lyon"; a list with a non-city in it is a
list of regions), a site noun with adjectives ("bureau commercial de Lille") or a pronoun
standing for one ("como las de Alicante"), "from X" with a verb of moving a site, and
"X-based". A bigger place right after a city (", en Barcelona") only locates it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from atlas.extract.lexicon import (
    AFTER_LIST_WORDS,
    ALL_MONTHS,
    ALL_WEEKDAYS,
    FUNCTION_WORDS,
    GENITIVE_PREPOSITIONS,
    INSTITUTION_WORDS,
    LIST_CONJUNCTIONS,
    LOCATIVE_PREPOSITIONS,
    REGIONS,
    SITE_NOUNS,
    SITE_PHRASES,
)
from atlas.extract.status import COMPANY_NOUNS_DE

_TOKEN = re.compile(r"[^\W\d_][\w'’\-&.]*[\w]|[^\W\d_]|\d[\w]*")
_ELISION = re.compile(r"^((?:[dlDLjJnNsScCmM]|[Qq]u|[Aa]ll|[Dd]ell|[Nn]ell|[Ss]ull|[Dd]all)['’])"
                      r"(?=[^\W\d_])")
_DEPARTMENT = re.compile(r"R&D|I\+D|R&S|F&E|IT|HR|RH")
_CONNECTORS = frozenset("de del della di da am im an der sur upon".split())
# Articles inside a place name ("Ejea de los Caballeros") and, capitalised after the
# sentence's first word, at its start ("El Burgo de Ebro", "L'Aquila", "La Rochelle").
_INNER_ARTICLES = frozenset("los las la le les".split())
_NAME_ARTICLES = frozenset("El La Le Les Los Las L Il Lo".split())
_SITE_PHRASE_END = re.compile(
    "(?:" + "|".join(re.escape(p) for p in SITE_PHRASES) + r")\s+(?:de|d['’]|di|del|of|von)\s*$",
    re.IGNORECASE)
_LIST_GAP = re.compile(r"^\s*(?:,\s*(?:(?P<c1>(?!(?:de|di|d|of|von|in|à|a|en|im|au|ad)\s)\w+)\s+)?|"
                       r"\s+(?P<c2>\w+)\s+)"
                       r"(?:(?:now|also|soon|aussi|désormais|bientôt|ahora|también|pronto|ora|"
                       r"anche|presto|jetzt|auch|bald)\s+)?"
                       r"(?:(?:in|à|a|en|im|de|di|of|von|ad|au|d['’])\s*)?$")
_REJECTED = re.compile(
    r"(?:(?:rather\s+than|instead\s+of|plutôt\s+qu['’]|plutôt\s+que|au\s+lieu\s+d['’]|"
    r"au\s+lieu\s+de|statt|anstatt|anstelle\s+von|en\s+lugar\s+de|en\s+vez\s+de|"
    r"invece\s+di|invece\s+che|anziché|piuttosto\s+che|écartant|descartando|scartando|"
    r"frente\s+a|al\s+posto\s+di|versus|vs\.?)"
    r"(?:\s+[\w'’]+){0,4}?"
    r"|et\s+non(?:\s+pas)?|and\s+not|not|nicht|y\s+no|e\s+non)"
    r"\s*(?:(?:in|à|a|en|im|nach|to|au|ad)\s+)?$", re.IGNORECASE)
_TRAVEL = re.compile(
    r"(?<!\w)(?:visit(?:ed|s|ing)?|trip\s+to|travel(?:l)?ed\s+to|flew\s+to|tour(?:ed)?|"
    r"s['’]est\s+rendue?|se\s+rendra|a\s+visité|visite|en\s+visite|de\s+passage|voyage|"
    r"besuchte|besucht|reiste|Reise|zu\s+Besuch|Besuchs?|visitó|visitará|visita|viajó|viaje|gira|"
    r"ha\s+visitato|si\s+è\s+recat[oa]|in\s+visita|in\s+viaggio|commut\w*|pendel\w*|"
    # a career: where a person worked before ("after nine years at X in Hong Kong")
    r"years\s+at|joins?\s+from|comes\s+from|previously\s+at|formerly\s+at|worked\s+(?:at|for)|passée?\s+par|"
    r"a\s+travaillé|après\s+\w+\s+ans\s+chez|zuvor\s+bei|war\s+zuvor|vorher\s+bei|"
    r"trabajó\s+en|tras\s+\w+\s+años\s+en|ha\s+lavorato|dopo\s+\w+\s+anni\s+(?:in|da|presso))"
    r"(?!\w)", re.IGNORECASE)
# "Moody's Analytics", "S&P": a possessive before an organisation word, or an ampersand,
# makes a firm's name, never a place.
_ORG_WORDS = frozenset(
    "analytics group bank capital partners ratings holdings investors investor corporation "
    "corp inc ltd llc consulting securities management ventures labs research services "
    "solutions technologies foods markets global".split())


def _firm_name(run: NameRun, text: str) -> bool:
    if "&" in run.text:
        return True
    following = re.match(r"['’]s\s+([A-Z][\w-]*)", text[run.end:])
    return bool(following and following.group(1).lower() in _ORG_WORDS)
_VENUE = re.compile(
    r"(?<!\w)(?:conférences?|conferences?|salon|sommet|summit|forum|congrès|keynote|"
    r"Konferenz|Pressekonferenz|Messe|Gipfel|congreso|conferencia|cumbre|feria|evento|"
    r"événement|event|conferenza|fiera|vertice|rueda\s+de\s+prensa|speaking|s['’]exprimant|"
    r"intervenant|sprach|hablando|parlando|intervenendo|incontro|riunione|encuentro|acto|"
    r"reunión|réunion|meeting|rencontre|Treffen|Veranstaltung|Versammlung|markets\s+day|"
    r"investor\s+day|Kapitalmarkttag|journée\s+investisseurs)(?!\w)",
    re.IGNORECASE)
# "outside London", "hors de Paris": the place a site is not in.
_OUTSIDE = re.compile(r"(?<!\w)(?:outside(?:\s+of)?|beyond|hors\s+de|außerhalb(?:\s+von)?|"
                      r"fuera\s+de|fuori\s+(?:da|di))\s+$", re.IGNORECASE)
# A speaker's city: "wie ein Unternehmenssprecher in Düsseldorf bestätigte", "a spokesman
# in Paris said".
_SPEAKER = re.compile(
    r"(?<!\w)(?:\w*[Ss]precher(?:in)?|spokes(?:man|woman|person)|porte-parole|portavoz|"
    r"portavoce|analyst|analyste|analista|Analyst(?:in)?)(?:\s+[\w'’.-]+){0,6}?\s+"
    r"(?:in|à|a|en)\s+$", re.IGNORECASE)
# A reporting verb a few words before "in X": where something was said, not a site
# ("teilte das Unternehmen am Dienstag in Frankfurt mit", "said in London on Monday").
_REPORTED = re.compile(
    r"(?<!\w)(?:teilte|mitteilte|sagte|erklärte|said|told|added|declared|a\s+déclaré|"
    r"a\s+indiqué|a\s+expliqué|a\s+précisé|ha\s+detto|ha\s+dichiarato|ha\s+spiegato|dijo|"
    r"ha\s+señalado|ha\s+explicado|declaró|explicó)"
    r"(?:\s+[\w'’.]+){0,4}?\s+(?:in|à|a|en)\s+$", re.IGNORECASE)
# Words that introduce a list of places the sentence's sites are in ("dont Paris",
# "including Paris", "entre Bordeaux et Lyon").
_LIST_INTRO = frozenset("dont notamment including incl entre between zwischen darunter "
                        "tra fra incluidas incluidos including".split())
# "from X" with a verb of moving a site: the city the site left.
_FROM = frozenset("from von desde depuis".split())
# "de"/"da" mean "from" only in "de X à Y" ("transféré son siège de Paris à Lyon").
_FROM_PAIRED = frozenset("de da".split())
# "the offices, like those of X" ("las de", "celles de", "quelle di"): a site noun implied.
_PRONOUN_GENITIVE = frozenset("las los celle celles celui ceux quelle quelli quella quello "
                              "those".split())
_PRONOUN_ADJECTIVE = re.compile(r"(?<!\w)(?:quell[oaie]|quelli|celles?|ceux|celui|those|"
                                r"l[oa]s)\s+[a-zà-ÿ]+\s+(?:di|de|of|d['’])\s*$", re.IGNORECASE)
_ORDINAL = re.compile(r"(?<!\w)(?:deuxième|troisième|quatrième|cinquième|second|third|fourth|"
                      r"fifth|zweite[nrs]?|dritte[nrs]?|vierte[nrs]?|segund[oa]|tercer[oa]?|"
                      r"cuart[oa]|terz[oa]|quart[oa])(?!\w)", re.IGNORECASE)
# "<City>-based <noun>" and "The San Jose, California-based company".
_BASED_ADJ = re.compile(r"(?<![\w-])([A-ZÀ-Þ][\w'’.]*(?:[ -][A-ZÀ-Þ][\w'’.]*)*)"
                        r"(?:,\s+[A-ZÀ-Þ][\w.]*(?:\s+[A-ZÀ-Þ][\w.]*)?)?-(?:based|headquartered)(?!\w)")


# "das Unternehmen aus München", "der Hersteller aus Ulm": a definite firm noun with
# "aus" names the seat of the firm the article speaks of ("ein Zulieferer aus Ulm" is
# another firm).
_FIRM_FROM = re.compile(rf"(?<!\w)(?:das|der|die|dem|den|des)\s+(?:[\w-]+\s+)?"
                        rf"(?:\w*(?:{COMPANY_NOUNS_DE})s?)\s+aus\s+$", re.IGNORECASE)


@dataclass(frozen=True)
class NameRun:
    """A run of capitalised words (with connectors like 'de', 'am'), offsets in the sentence."""

    start: int
    end: int
    text: str
    prev_word: str     # the word just before, lower case ('' at sentence start)
    prev_prev: str     # the word before that
    first_in_sentence: bool


@dataclass(frozen=True)
class PlaceMention:
    """A city the sentence names in a site slot, with the place it resolved to."""

    start: int
    end: int
    text: str
    place: Any
    after_list: bool = False
    moved_from: bool = False  # "moved its headquarters from X": the site left X
    based: bool = False       # "the X-based company": the seat of a company


def _tokens(text: str) -> list[tuple[int, int, str]]:
    tokens: list[tuple[int, int, str]] = []
    for match in _TOKEN.finditer(text):
        start, word = match.start(), match.group(0)
        elision = _ELISION.match(word)
        if elision:
            cut = elision.end()
            tokens.append((start, start + cut - 1, word[:cut - 1]))
            start, word = start + cut, word[cut:]
        word = re.sub(r"['’]s$", "", word)  # possessive: "OpenAI's"
        tokens.append((start, start + len(word), word))
    return tokens


def _is_cap(word: str) -> bool:
    return word[:1].isupper()


def _mid(text: str, token: tuple[int, int, str]) -> bool:
    """Whether the token stands inside a sentence (not after a colon, quote or dash)."""
    before = text[:token[0]].rstrip()
    return bool(before) and before[-1] not in ":«\"“'‘—–-([>"


def name_runs(text: str) -> list[NameRun]:
    """Maximal runs of capitalised words, leading function words removed."""
    tokens = _tokens(text)
    runs: list[NameRun] = []
    i = 0
    while i < len(tokens):
        if not _is_cap(tokens[i][2]) or _DEPARTMENT.fullmatch(tokens[i][2]):
            i += 1  # "centre de R&D de Meylan": the department is no name
            continue
        j = i
        while j + 1 < len(tokens):
            gap = text[tokens[j][1]:tokens[j + 1][0]]
            nxt = tokens[j + 1][2]
            if (gap == " " or (gap in ("'", "’") and tokens[j][2] == "L")) and _is_cap(nxt):
                j += 1  # "Sesto Fiorentino", "L'Aquila"
                continue
            if (gap == " " and nxt in ("de", "di") and j + 3 < len(tokens)
                    and tokens[j + 2][2] in _INNER_ARTICLES
                    and text[tokens[j + 1][1]:tokens[j + 2][0]] == " "
                    and text[tokens[j + 2][1]:tokens[j + 3][0]] == " "
                    and _is_cap(tokens[j + 3][2])):
                j += 3  # "Ejea de los Caballeros", "Alcalá de la Selva"
                continue
            if (gap == " " and nxt in _CONNECTORS and j + 2 < len(tokens)
                    and text[tokens[j + 1][1]:tokens[j + 2][0]] == " "
                    and _is_cap(tokens[j + 2][2])):
                j += 2
                continue
            break
        k = i
        while k <= j and not (k > 0 and k < j and tokens[k][2] in _NAME_ARTICLES) and (
                          # a lone capitalised word inside a sentence is a name ("lascia
                          # Como"), even when it spells a function word elsewhere
                          (tokens[k][2].lower() in FUNCTION_WORDS
                           and (k == 0 or k < j or not _mid(text, tokens[k])))
                          or tokens[k][2].lower() in ALL_MONTHS
                          or tokens[k][2].lower() in ALL_WEEKDAYS
                          or tokens[k][2] in _CONNECTORS
                          # German nouns are capitalised: "an den Standorten Berlin"
                          or (k < j and tokens[k][2].lower() in SITE_NOUNS)):
            k += 1
        # "München am Mittwoch", "Berlin im Mai": a date after the connector ends the name
        while j >= k and (tokens[j][2] in _CONNECTORS or (
                j > k and (tokens[j][2].lower() in ALL_WEEKDAYS
                           or tokens[j][2].lower() in ALL_MONTHS)
                and tokens[j - 1][2] in _CONNECTORS)):
            j -= 1
        if k <= j:
            prev = tokens[k - 1][2].lower() if k > 0 else ""
            prev_prev = tokens[k - 2][2].lower() if k > 1 else ""
            start, end = tokens[k][0], tokens[j][1]
            runs.append(NameRun(start, end, text[start:end], prev, prev_prev, k == 0))
        i = max(j, i) + 1
    return runs


def is_institution(name: str) -> bool:
    """True when a capitalised run names an institution, venue or landmark."""
    return any(w.lower() in INSTITUTION_WORDS for w in re.split(r"[\s\-]+", name))


_WHERE_FOLLOWS = re.compile(r",\s*(?:où|where|wo|donde|dove|dont|whose|deren|dessen|cuya|cuyo|"
                            r"la\s+cui|il\s+cui)\s+(?:[\w'’]+\s+){0,4}?(?:l['’]|d['’])?"
                            r"(?:ouv[re]|open|eröffn|abr|apr|inaugur)", re.IGNORECASE)


# A German adjective of country or region before a town: "im chinesischen Taicang".
_ADJECTIVE_OF_PLACE = re.compile(
    r"(?<!\w)(?:im\s+(?:nahe\s+)?(?:gelegenen|benachbarten|nahen)|in\s+(?:nearby|neighbouring|"
    r"neighboring)|nella\s+(?:vicina|vicinissima)|nel\s+vicino|en\s+la\s+(?:vecina|cercana)|"
    r"dans\s+la\s+(?:ville\s+)?voisine\s+de|à\s+(?:la\s+)?voisine)\s+$", re.IGNORECASE)
_LEAVE_BEFORE = re.compile(r"(?<!\w)(?:pulls?\s+out\s+of|pulled\s+out\s+of|withdraws?\s+from|"
                           r"exit\s+from|sortie\s+de|salida\s+de|uscita\s+da|"
                           r"quitte|quittent|a\s+quitté|quittera|leaves|is\s+leaving|"
                           r"will\s+leave|verlässt|verließ|lascia|ha\s+lasciato|lascerà|deja|"
                           r"dejará|chosen|picks|picked|chooses|choisi|choisit|elegido|elige|"
                           r"eligió|scelto|sceglie|wählt)\s+$", re.IGNORECASE)
_COPULAS = frozenset("sind ist waren sont est étaient are is were son es eran sono è erano".split())
_COUNTRY_ADJECTIVE_DE = re.compile(r"[a-zäöü]+(?:ischen|ländischen)")


def _slotted(run: NameRun, text: str) -> bool:
    if run.prev_word in LOCATIVE_PREPOSITIONS or run.prev_word in _LIST_INTRO:
        return True
    if run.prev_prev in ("im", "in", "ins") and _COUNTRY_ADJECTIVE_DE.fullmatch(run.prev_word):
        return True  # "im chinesischen Taicang", "im indischen Pune"
    if _ADJECTIVE_OF_PLACE.search(text[:run.start]):
        return True  # "im nahe gelegenen Jülich", "in nearby Reading", "nella vicina Monza"
    if _LEAVE_BEFORE.search(text[:run.start]):
        return True  # "lascia Como", "has chosen Paris": the verb's object is the city
    if run.prev_word in _COPULAS and any(
            w in SITE_NOUNS for w in re.findall(r"[^\W\d_]+", text[max(0, run.start - 50):
                                                                   run.start].lower())):
        return True  # "Weitere Standorte sind Kassel und Fulda"
    if run.prev_word == "aus" and _FIRM_FROM.search(text[:run.start]):
        return True  # "das Unternehmen aus München": the firm's seat
    if _FIRM_OF.search(text[:run.start]):
        return True  # "l'operatore di Rovato", "il gruppo di Mountain View"
    if run.prev_word in SITE_NOUNS and re.search(r"[^\W\d_]\s+$", text[:run.start]):
        return True  # "an den Standorten Berlin, Leipzig und Wien", "Den Standort Dresden"
    if run.prev_word in GENITIVE_PREPOSITIONS and _PRONOUN_ADJECTIVE.search(text[:run.start]):
        return True  # "in quello francese di Blois", "celle, plus petite, de Lille"
    if run.prev_word in GENITIVE_PREPOSITIONS and run.prev_prev in _PRONOUN_GENITIVE and any(
            w in SITE_NOUNS for w in re.findall(r"[^\W\d_]+", text[:run.start].lower())):
        return True
    if run.prev_word in GENITIVE_PREPOSITIONS and (
            run.prev_prev in SITE_NOUNS or _SITE_PHRASE_END.search(text[:run.start])):
        return True
    if run.prev_word in GENITIVE_PREPOSITIONS:
        # one or two adjectives between: "son petit bureau commercial de Lille"
        words = re.findall(r"[^\W\d_]+", text[max(0, run.start - 60):run.start])[:-1]
        for n in (1, 2):
            if (len(words) > n and words[-1 - n].lower() in SITE_NOUNS
                    and all(w.islower() for w in words[-n:])):
                return True
    if _WHERE_FOLLOWS.match(text[run.end:]):
        return True  # "la volta di Dubai, dove il marchio aprirà un negozio"
    following = re.match(r"\s+([^\W\d_]+)", text[run.end:])
    return bool(following and following.group(1).lower() in SITE_NOUNS
                and (following.group(1).islower() or following.group(1) == "HQ"))


def in_site_slot(run: NameRun, text: str) -> bool:
    """Whether the sentence puts the name in a "where" slot (see the module docstring)."""
    return _slotted(run, text)


# "Cracovia (Polonia) y Campinas (Brasil)": a bracket locating an item of a list.
_BRACKETED = re.compile(r"^\s*\([^()]{1,40}\)")
_IN_BRACKETS = re.compile(r"\s*\([^()]{1,40}\)")
# A relative clause on one name of a list, the list going on after it.
_WHERE_INSERT_PART = re.compile(r"^,\s*(?i:where|où|donde|dove|wo)\s[^,;:()A-ZÀ-Þ]*(?=,)")


def _list_members(runs: list[NameRun], first: int, text: str) -> list[int]:
    """Indexes of runs forming a list that starts at `first` ("X, Y et Z").

    The list ends with the item after a conjunction; a comma-only sequence is not a
    list ("Après Dublin, Munich complète ..." names one earlier site, not two).
    """
    members = [first]
    k = first
    while k + 1 < len(runs):
        nxt = k + 1
        # "Cracovia (Polonia) y Campinas (Brasil)": a bracketed name locates an item
        while nxt < len(runs) and _IN_BRACKETS.fullmatch(
                text[runs[k].end:runs[nxt].end] + text[runs[nxt].end:runs[nxt].end + 1]):
            nxt += 1
        if nxt >= len(runs):
            break
        between = _BRACKETED.sub("", text[runs[k].end:runs[nxt].start])
        # "en Madrid, donde está su sede central, Barcelona y Valencia" / "..., y en X"
        between = _WHERE_INSERT_PART.sub("", between)
        gap = _LIST_GAP.match(between)
        if not gap:
            break
        conj = (gap.group("c1") or gap.group("c2") or "").lower()
        if conj and conj not in LIST_CONJUNCTIONS:
            break
        members.append(nxt)
        k = nxt
        if conj:
            return members
    return [first]


def _blocked(text: str, start: int, triggers: list[tuple[int, int, bool]]) -> bool:
    """Whether the nearest trigger before `start` is a travel or venue word."""
    before = [t for t in triggers if t[1] <= start]
    return bool(before) and before[-1][2]


Resolver = Callable[[str], Any]
# Offices open in towns, not hamlets; a tiny namesake is likelier a common noun
# ("Zukunft") or a surname than the site of an office.
MIN_POPULATION = 10_000
# A name of several words is rarely a common noun or a surname, and data centres and
# plants sit in small towns ("Villanueva de Gállego", "El Burgo de Ebro").
MIN_POPULATION_LONG_NAME = 1_000
# geo's confidence below which even the home country's reading of a name is no place.
AMBIGUOUS_HOME_CONFIDENCE = 0.3


@lru_cache(maxsize=20000)
def geo_resolve(name: str) -> Any:
    """The populated place `name` resolves to through `geo`, or None.

    `geo.lookup` is geo's public exact-name lookup for scanning text: memoised, no typo
    search, no exception, and its first reading is what `geo.resolve` would answer.
    """
    import geo

    places = geo.lookup(name)
    if not places:
        return None
    place = places[0]
    floor = MIN_POPULATION_LONG_NAME if re.search(r"[\s-]", name.strip()) else MIN_POPULATION
    if getattr(place, "confidence", 1.0) < 0.5 or getattr(place, "population", 0) < floor:
        return None
    return place


@lru_cache(maxsize=20000)
def small_town_resolve(name: str) -> Any:
    """A town too small for `geo_resolve` (down to MIN_POPULATION_LONG_NAME), for a name a
    site noun governs: plants, warehouses and data centres sit in small towns, and a
    name right after "usine de" or "Werk in" is a place, not a common noun."""
    import geo

    places = geo.lookup(name)
    if not places:
        return None
    place = places[0]
    if (getattr(place, "confidence", 1.0) < 0.5
            or getattr(place, "population", 0) < MIN_POPULATION_LONG_NAME):
        return None
    return place


def _part_of_run(run: NameRun, resolver: Resolver) -> tuple[NameRun, Any]:
    """For a run joined by a connector that is no place as a whole, the city in it: the
    head before "im"/"am" ("Kempten im Allgäu"), else the tail after "de"/"di" (a venue
    named after its city: "Yorkdale de Toronto")."""
    words = run.text.split(" ")
    cuts = [i for i, w in enumerate(words) if w in _CONNECTORS and 0 < i < len(words) - 1]
    if not cuts and getattr(resolver, "home", None) == "DE":
        # German capitalises the noun after a town: "in Racibórz Waschmittel her"
        for n in range(len(words) - 1, 0, -1):
            head = " ".join(words[:n])
            if (place := resolver(head)) is not None:
                return NameRun(run.start, run.start + len(head), head, run.prev_word,
                               run.prev_prev, run.first_in_sentence), place
        return run, None
    if not cuts:
        return run, None
    head = " ".join(words[:cuts[0]])
    if words[cuts[0]] in ("im", "am", "an") and (place := resolver(head)) is not None:
        return NameRun(run.start, run.start + len(head), head, run.prev_word, run.prev_prev,
                       run.first_in_sentence), place
    for cut in cuts:  # "Zara de Jerez de la Frontera": the longest tail that is a place
        tail = " ".join(words[cut + 1:])
        if (place := resolver(tail)) is not None and resolver(head) is None:
            start = run.end - len(tail)
            return NameRun(start, run.end, tail, words[cut], words[cut - 1], False), place
    if (place := resolver(head)) is not None:  # "la sede di Roma di Corvo"
        return NameRun(run.start, run.start + len(head), head, run.prev_word, run.prev_prev,
                       run.first_in_sentence), place
    return run, None


_FIRM_OF = re.compile(r"(?<!\w)(?:l['’]operatore|l['’]azienda|la\s+società|il\s+gruppo|"
                      r"la\s+compagnia)\s+di\s*$", re.IGNORECASE)
_SEAT_BEFORE = re.compile(r"(?:basée?s?\s+à|based\s+in|headquartered\s+in|mit\s+Sitz\s+in|"
                          r"con\s+sede(?:\s+\w+)?\s+(?:en|a|in)|siège\s+(?:social\s+)?à|"
                          r"sitzt\s+in)\s+$", re.IGNORECASE)


def _site_governs(run: NameRun, text: str) -> bool:
    """Whether a site noun governs the name: "usine de Dax", "centre de distribution de
    X", "Werk in X", "plant in X"."""
    before = text[:run.start]
    if _SEAT_BEFORE.search(before):
        return True  # "con sede en Noáin", "mit Sitz in Ditzingen"
    if run.prev_word in GENITIVE_PREPOSITIONS:
        return run.prev_prev in SITE_NOUNS or bool(_SITE_PHRASE_END.search(before))
    if run.prev_word in LOCATIVE_PREPOSITIONS:
        # the site noun right before the preposition (one adjective may stand between)
        words = re.findall(r"[^\W\d_]+", before.lower())[-3:-1]
        if any(w in SITE_NOUNS for w in words):
            return True
    # "à Morez, dans le Jura, où se trouvent le siège et l'usine"
    where = re.match(r"(?:\s*,[^,;:]{0,30})?\s*,\s*(?:où|where|wo|donde|dove)\s([^,;:.]{0,60})",
                     text[run.end:])
    return bool(where) and any(w in SITE_NOUNS
                               for w in re.findall(r"[^\W\d_]+", where.group(1).lower()))


# The country most places named in an article of each language are in ("Orléans" in a
# French article is the French city, not the Canadian suburb that geo ranks first).
HOME_COUNTRY = {"fr": "FR", "de": "DE", "es": "ES", "it": "IT"}


@lru_cache(maxsize=20000)
def _home_resolve(name: str, home: str) -> Any:
    place = geo_resolve(name)
    if place is not None:
        return place
    import geo

    places = geo.lookup(name)
    if not places:
        return None
    first = places[0]
    if getattr(first, "country_code", "") == home:
        # the home reading, rejected as ambiguous ("Cáceres" in Spain and Brazil): an
        # article in the home language means the home town
        if (getattr(first, "population", 0) >= MIN_POPULATION
                and getattr(first, "confidence", 0.0) >= AMBIGUOUS_HOME_CONFIDENCE):
            return first
        return None
    candidates = [first, *getattr(first, "alternatives", ())]
    if not any(getattr(c, "country_code", "") == home
               and getattr(c, "population", 0) >= MIN_POPULATION for c in candidates):
        return None
    hinted = geo.lookup(name, home)
    if not hinted or getattr(hinted[0], "country_code", "") != home:
        return None
    return hinted[0] if getattr(hinted[0], "population", 0) >= MIN_POPULATION else None


def resolver_for(language: str) -> Resolver:
    """`geo_resolve`, with the article language's country preferred for a name that is
    too ambiguous to resolve on its own."""
    home = HOME_COUNTRY.get(language)
    if home is None:
        return geo_resolve

    def resolve(name: str) -> Any:
        return _home_resolve(name, home)

    resolve.home = home  # type: ignore[attr-defined]  # find_places admits small towns there
    return resolve


def find_places(text: str, status_positions: list[tuple[int, int]],
                resolver: Resolver = geo_resolve) -> list[PlaceMention]:
    """Cities the sentence puts in a site slot, minus rejected options, travel and venues.

    `status_positions` are the spans of status cues; they compete with travel and venue
    words for the name they govern. Besides the slots of the module docstring: "after X
    and Y" after an ordinal ("son troisième bureau après Paris et Nantes"), "from X" with
    a verb of moving a site, and "X-based". A place named right after another one and
    containing it or around it ("Sant Cugat del Vallès, en Barcelona", "Austin, Texas")
    only locates the first.
    """
    runs = name_runs(text)
    if not runs:
        return []
    from atlas.extract.status import MOVE

    moving = MOVE.search(text)
    triggers = [(s, e, False) for s, e in status_positions]
    triggers += [(m.start(), m.end(), True) for m in _TRAVEL.finditer(text)]
    triggers += [(m.start(), m.end(), True) for m in _VENUE.finditer(text)]
    triggers.sort(key=lambda t: t[1])
    chosen: dict[int, bool | None] = {}  # run index -> after_list (None: rejected)
    moved_from: set[int] = set()
    intro_lists: list[list[int]] = []  # "entre X et Y", "dont X, Y et Z"
    lists: list[list[int]] = []  # other lists: "en Galicia, Asturias y León"
    for idx, run in enumerate(runs):
        if idx in chosen:
            continue
        after_list = run.prev_word in AFTER_LIST_WORDS and (
            run.first_in_sentence or text[:run.start].strip().lower()
            in ("après", "after", "nach", "tras", "dopo", "después de")
            or bool(_ORDINAL.search(text[max(0, run.start - 60):run.start])))
        from_site = bool(
            moving and moving.end() <= run.start
            and (run.prev_word in _FROM or (
                run.prev_word in _FROM_PAIRED
                and re.match(r"\s+(?:à|a|au|in|nach|en)\s+[A-ZÀ-Þ]", text[run.end:])))
            and _has_site_noun(text[moving.end():run.start]))
        if not (after_list or from_site or _slotted(run, text)):
            continue
        members = _list_members(runs, idx, text)
        if _OUTSIDE.search(text[max(0, run.start - 20):run.start]) \
                or _REJECTED.search(text[max(0, run.start - 40):run.start]) \
                or _REPORTED.search(text[max(0, run.start - 80):run.start]) \
                or _SPEAKER.search(text[max(0, run.start - 60):run.start]):
            for m in members:
                chosen[m] = None
            continue
        for m in members:
            chosen.setdefault(m, after_list)
            if from_site:
                moved_from.add(m)
        if run.prev_word in _LIST_INTRO:
            intro_lists.append(members)
        elif len(members) > 1:
            lists.append(members)
    for members in intro_lists:
        # "tra Marche, Abruzzo e Puglia": a list with a name that is no city is a list
        # of regions (or people), even when one of them is also a town's name.
        if any(resolver(runs[m].text) is None for m in members):
            for m in members:
                chosen[m] = None
    for members in lists:
        if _region_list([runs[m].text for m in members], resolver):
            for m in members:
                chosen[m] = None
    mentions: list[PlaceMention] = []
    for idx, after_list in sorted(chosen.items()):
        if after_list is None:
            continue
        run = runs[idx]
        if mentions and re.fullmatch(r"\s*\(\s*(?:[\w'’]+\s+)?", text[mentions[-1].end:run.start]):
            continue  # "Arteixo (A Coruña)": a bracket locating the place just named
        if is_institution(run.text) or (run.text.isupper() and len(run.text) > 1) \
                or _firm_name(run, text) or run.text.lower() in REGIONS:
            continue
        if not after_list and idx not in moved_from and _blocked(text, runs[idx].start,
                                                                 triggers):
            continue
        bare = run
        run = _with_qualifier(run, text, resolver)
        qualified = run is not bare
        place = resolver(run.text)
        if place is None:
            run, place = _part_of_run(run, resolver)  # "Kempten im Allgäu", "Yorkdale de Toronto"
        if qualified and (_same_place(place, small_town_resolve(bare.text))
                          or "(" not in getattr(place, "matched", "(")):
            # "Mendavia (Navarra)", "Santa Clara (California)": the bracket only locates
            # the town (its place is kept); "Frankfurt (Oder)" is the name itself
            run = bare
        if place is None and _site_governs(run, text):
            place = small_town_resolve(run.text)  # "centro di distribuzione di Spilamberto"
            home = getattr(resolver, "home", None)
            if place is not None and home and getattr(place, "country_code", "") != home:
                place = None  # "oficinas de Oracle" is no Arizona town in a Spanish article
        if place is None:
            continue
        if mentions and _locates_previous(text, mentions[-1], run, place):
            continue
        mentions.append(PlaceMention(run.start, run.end, run.text, place, after_list,
                                     moved_from=idx in moved_from))
    for match in _BASED_ADJ.finditer(text):
        name, start = match.group(1), match.start(1)
        while " " in name and name.split(" ", 1)[0].lower() in FUNCTION_WORDS:
            first = name.split(" ", 1)[0]
            name, start = name[len(first) + 1:], start + len(first) + 1
        if is_institution(name) or any(m.start <= start < m.end for m in mentions):
            continue
        place = resolver(name)
        if place is not None:
            mentions.append(PlaceMention(start, start + len(name), name, place, based=True))
    return sorted(mentions, key=lambda m: m.start)


def _is_region(name: str) -> bool:
    """A country, continent or region geo knows by name ("Bayern", "Wales", "Texas")."""
    try:
        from geo import country_code
        from geo.countries import is_continent, region_options
    except ImportError:
        return False
    return bool(region_options(name) or is_continent(name)
                or (len(name) > 3 and country_code(name)))


def _region_list(names: list[str], resolver: Resolver) -> bool:
    """Whether a list of names is a list of regions, not of cities: most of its names
    are no city geo knows ("en Galicia, Asturias y León": the one town among them is a
    region's namesake), or, in a pair, the other name is a region geo knows. A list with
    a single unknown name among cities ("in Köln, Bonn und Hürth") stays a list of cities.
    """
    unresolved = [n for n in names if resolver(n) is None]
    if not unresolved or len(unresolved) == len(names):
        return False
    if len(names) == 2:
        return any(_is_region(n) for n in unresolved)
    return 2 * len(unresolved) >= len(names)


def _with_qualifier(run: NameRun, text: str, resolver: Resolver) -> NameRun:
    """The run with a parenthesised qualifier that is part of the city's name
    ("Frankfurt (Oder)"), when the qualified name is a place."""
    match = re.match(r"\s?\([A-ZÀ-Þ][\w. ]{0,20}\)", text[run.end:])
    if not match:
        return run
    longer = text[run.start:run.end + match.end()]
    qualified = resolver(longer)
    if qualified is None or _same_place(qualified, resolver(run.text)):
        return run  # "Vierzon (Cher)": a département that only locates the city
    return NameRun(run.start, run.end + match.end(), longer, run.prev_word, run.prev_prev,
                   run.first_in_sentence)


def _same_place(a: Any, b: Any) -> bool:
    ida, idb = getattr(a, "geonameid", None), getattr(b, "geonameid", None)
    return ida is not None and ida == idb


def _has_site_noun(text: str) -> bool:
    lowered = text.lower()
    return (any(w in SITE_NOUNS for w in re.findall(r"[^\W\d_]+", lowered))
            or any(p in lowered for p in SITE_PHRASES))


# Within this distance, a bigger place named right after a city is where that city is.
_APPOSITION_KM = 40.0
_DISTRICT_KM = 15.0


def _locates_previous(text: str, previous: PlaceMention, run: NameRun, place: Any) -> bool:
    """Whether `run` is an apposition locating the previous city ("X, en Barcelona")."""
    gap = text[previous.end:run.start]
    first = previous.place
    try:
        distance = _km(first.latitude, first.longitude, place.latitude, place.longitude)
    except (AttributeError, TypeError):
        return False
    if re.fullmatch(r",\s*(?:in|en|à|a|im|nel|nella|au|dans)\s+(?:la\s+|le\s+)?", gap):
        return (distance <= _APPOSITION_KM
                and getattr(place, "population", 0) >= getattr(first, "population", 0))
    # "notre bureau de New York en septembre, à Brooklyn": a place inside the city just
    # named, set off by a comma and not joined to it as a list item, is a district of it
    return (len(gap) <= 40 and re.search(r",\s*(?:in|en|à|a|im|nel|nella|au|dans)\s+$", gap)
            is not None and not re.search(r"(?<!\w)(?:et|and|und|y|e|ou|or|o|oder)(?!\w)", gap)
            and distance <= _DISTRICT_KM
            and getattr(place, "population", 0) < getattr(first, "population", 0))


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    from math import asin, cos, radians, sin, sqrt

    dlat, dlon = radians(lat2 - lat1), radians(lon2 - lon1)
    a = sin(dlat / 2) ** 2 + cos(radians(lat1)) * cos(radians(lat2)) * sin(dlon / 2) ** 2
    return 12742.0 * asin(sqrt(a))
