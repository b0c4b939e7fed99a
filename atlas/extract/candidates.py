"""From an article to candidate events: the pipeline and its dating and merging rules.

Rules, stated once (the tests pin each of them):

* Reference date. The article's publication date when the front matter gives it.
  Otherwise what the text proves: "less than a year after <anchor>" bounds it, and a
  past day-month without a year ("activé ... le 6 février") is placed on its first
  occurrence after that lower bound and raises it. The reference is kept at the
  precision the bounds support (day, month, year or unknown).
* Event date. The date expression nearest to the city in its sentence, resolved against
  the reference date and the anchors. Without one, a sentence inherits the date of the
  previous sentence of the same paragraph when it continues the same announcement: it
  opens with an anaphora ("Cette décision", "The move", "Dies", "Esta", "Questa", "Il/It")
  or says "also/simultanément/gleichzeitig". A date after the article's reference date is
  not inherited: it is the date of a plan, not of the announcement. Otherwise the event
  takes the reference date's year: the article places it in that year, the text gives no
  month or day. An `existing` site takes a date only from its own clause, never inherited,
  and only its year. A date with another city's clause between it and the city is that
  city's. A plan dated only by its announcement ("said on Monday it would build") takes the
  nearest later date of its sentence, else of the next sentence when that one takes up the
  site ("The plant is due to open in 2027").
* Status. The nearest strong cue, weak (noun) cues when no verb speaks; cities in an
  opening "Après X, Y et Z" list, or in the clause a relative date refers to ("après
  s'être implanté à Paris"), are sites that already exist.
* Merging. Per city (same resolved place): when a strong cue speaks for it, weak
  mentions are references to the same site and are dropped; then one event per
  status, the best-evidenced sentence kept. An `existing` mention of a city that an
  anchor already places for the same company is dropped: it only confirms a known site.
* Subject and scope. A seat ("based in", "con sede en", "X-based") belongs to the name
  nearest it, so an investor's seat is no event; a site named without a verb must sit in
  the city's own clause; a plan the city's clause calls shelved or dropped is no event; a
  verb of moving a site opens where it went and closes where it left (moving staff to a
  city is nothing); an option the company weighs ("is considering", "estudia", "prüft",
  "valuta", "envisage") is no event; giving up a site closes it, giving up a plan is no
  event; link and caption lines ("Read more:", "Photo:") are not read; a sentence whose
  subject is the site just reported ("The new office,
  in Manhattan's ...") adds no city.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from atlas.dates import PartialDate
from atlas.extract.company import DEMONYM, PERSON_TITLES, detect_company, is_country
from atlas.extract.dates import DateMention, Kind, Window, find_dates, relative_window, resolve
from atlas.extract.lexicon import NOT_COMPANIES, SITE_NOUNS, SITE_NOUNS_BY_LANGUAGE, SITE_PHRASES
from atlas.extract.places import PlaceMention, Resolver, find_places, name_runs, resolver_for
from atlas.extract.sentences import Sentence, split_sentences
from atlas.extract.status import (
    ABANDON,
    ADVERB_CUES,
    CONSIDER,
    MOVE,
    SEAT,
    Cue,
    cue_for,
    find_cues,
    is_future,
)
from atlas.model import Article, Event, SiteKind, Status


@dataclass(frozen=True)
class CandidateEvent:
    """An event the extractor proposes, with the evidence and how sure it is.

    `quote == article.text[span[0]:span[1]]`, always: a reviewer can jump to it.
    """

    company: str
    city: str
    country: str
    place: Any
    date: PartialDate
    status: Status
    site_kind: SiteKind
    quote: str
    span: tuple[int, int]
    confidence: float
    article_id: str = ""
    note: str = field(default="", compare=False)

    def to_event(self) -> Event:
        """The candidate as an events-table row (what a reviewer accepts)."""
        return Event(company=self.company, city=self.city, status=self.status,
                     article_id=self.article_id, quote=self.quote, date=self.date,
                     country=self.country, site_kind=self.site_kind, note=self.note)


@dataclass
class _Found:
    candidate: CandidateEvent
    key: str
    strong: bool


_CONTINUES = re.compile(
    r"^(?:Cette|Ce|Ces|Cet|Elle|Il|Ils|Elles|L['’]entreprise|La société|Le groupe|Celle-ci|"
    r"Par ailleurs|En outre|De plus|This|These|That|It|They|The company|The move|The group|"
    r"Dies|Diese|Dieser|Dieses|Das Unternehmen|Der Konzern|Damit|Zudem|Außerdem|Esta|Este|"
    r"Estos|Estas|Esto|La empresa|La compañía|El grupo|Además|Questa|Questo|Questi|Queste|"
    r"L['’]azienda|La società|Il gruppo|Inoltre)(?!\w)")
_ALSO = re.compile(r"(?<!\w)(?:simultan\w*|also|aussi|également|auch|gleichzeitig|también|"
                   r"anche|contemporaneamente|at the same time|en même temps|al mismo tiempo)"
                   r"(?!\w)", re.IGNORECASE)
_SITE_WORD = re.compile(r"[^\W\d_][\w\-]*")
_BASED = re.compile(r"(?:basée?s?|based|headquartered|mit\s+Sitz|con\s+sede)\b", re.IGNORECASE)
re_clause = re.compile(r"[,;:()]")
_SITE_PHRASE = re.compile(
    r"(?<!\w)(?:" + "|".join(re.escape(p) for p in sorted(SITE_PHRASES, key=len, reverse=True))
    + r")(?!\w)")


# Lines that are no part of the story: links to other stories, captions, credits,
# bylines ("Read more: Rival opens in Berlin", "Photo: the Lyon office").
_NOT_TEXT = re.compile(
    r"^\W*(?:Read\s+(?:more|also)|See\s+also|Related|Lire\s+aussi|À\s+lire\s+aussi|"
    r"A\s+lire\s+aussi|Voir\s+aussi|Mehr\s+zum\s+Thema|Lesen\s+Sie\s+auch|Auch\s+interessant|"
    r"Leer\s+más|Lea\s+también|Lee\s+también|Lee\s+más|Le\s+puede\s+interesar|Leggi\s+anche|Potrebbe\s+interessarti|"
    r"Photo|Foto|Bild|Image|Crédit|Credit|Légende|Caption|Par|By|Von|Por|Di)\b\s*[:|–—]",
    re.IGNORECASE)


# A question states nothing: an interviewer's "Un ufficio a Roma?" is no site.
_QUESTION = re.compile(r"\?\s*[»”\"]?\s*$")


def _fold(name: str) -> str:
    from geo import fold

    return fold(name)


def _place_key(name: str, place: Any) -> str:
    geonameid = getattr(place, "geonameid", None)
    return f"id:{geonameid}" if geonameid is not None else f"name:{_fold(name)}"


def _site_kind(text: str, start: int, end: int, language: str = "") -> tuple[SiteKind, bool]:
    """Kind of the site noun nearest to the city, and whether the sentence has one."""
    by_language = SITE_NOUNS_BY_LANGUAGE.get(language, {})
    lowered = text.lower()
    hits: list[tuple[int, str]] = []
    for match in _SITE_PHRASE.finditer(lowered):
        hits.append((match.start(), SITE_PHRASES[match.group(0)]))
    for match in _SITE_WORD.finditer(lowered):
        kind = by_language.get(match.group(0)) or SITE_NOUNS.get(match.group(0))
        if kind and not any(h[0] <= match.start() < h[0] + 30 for h in hits):
            hits.append((match.start(), kind))
    if not hits:
        return SiteKind.OFFICE, False
    position, kind = min(hits, key=lambda h: min(abs(h[0] - start), abs(h[0] - end)))
    del position
    return SiteKind(kind), True


@dataclass
class _Context:
    """What one article knows while its sentences are read."""

    article: Article
    language: str
    company: str
    anchors: list[tuple[Event, str]]
    resolver: Resolver
    reference: PartialDate = field(default_factory=PartialDate)
    window: Window = field(default_factory=Window)
    seen_strong: bool = False  # a strong event was found in an earlier sentence
    previous_announces: bool = False  # the date inherited is that of an announcement

    def anchor_for(self, mention: DateMention, keys: list[str]) -> Event | None:
        """The earlier event a relative date refers to: the named city's, else the latest."""
        dated = [(e, k) for e, k in self.anchors if e.date.known]
        if not dated:
            return None
        named = [(e, k) for e, k in dated if k in keys]
        if named:
            return min(named, key=lambda ek: ek[0].date)[0]
        return max(dated, key=lambda ek: ek[0].date)[0]

    def latest_anchor_date(self) -> PartialDate | None:
        dated = [e.date for e, _k in self.anchors if e.date.known]
        return max(dated) if dated else None


def _clause_keys(text: str, mention: DateMention, places: list[PlaceMention]) -> list[str]:
    if mention.clause is None:
        return []
    lo, hi = mention.clause
    return [_place_key(p.text, p.place) for p in places if lo <= p.start and p.end <= hi]


def _reference(ctx: _Context, parsed: list[tuple[Sentence, list[Cue], list[DateMention],
                                                  list[PlaceMention]]]) -> None:
    """Fix the article's reference date (see the module docstring)."""
    if ctx.article.published.known:
        ctx.reference = ctx.article.published
        ctx.window = Window.of(ctx.article.published)
        return
    window = Window()
    for sentence, _cues, dates, places in parsed:
        for mention in dates:
            if mention.kind is Kind.RELATIVE_AFTER:
                anchor = ctx.anchor_for(mention, _clause_keys(sentence.text, mention, places))
                if anchor is not None:
                    window = window.intersect(relative_window(mention, anchor.date))
    if window.lo is not None:
        for _sentence, cues, dates, _places in parsed:
            if is_future("", cues):
                continue
            for mention in dates:
                if mention.kind in (Kind.DAY_MONTH, Kind.MONTH):
                    placed = resolve(mention, PartialDate(), window=window)
                    span = placed.span()
                    if span and (window.lo is None or span[0] > window.lo):
                        window = window.intersect(Window(span[0], None))
    ctx.window = window
    ctx.reference = window.to_partial()


def _distance(text: str, mention: DateMention, start: int, end: int) -> float:
    """How far a date is from a city; a date after the city behind a comma belongs to
    a later clause ("son site de Marseille, ouvert en 2015")."""
    if mention.end <= start:
        return float(start - mention.end)
    gap = text[end:mention.start]
    return (mention.start - end) + (500.0 if re_clause.search(gap) else 0.0)


# "set up in 2021", "opened in 2015", "ouvert en 2018": a site's history in a participle.
_SET_UP_BEFORE = re.compile(r"(?<!\w)(?:set\s+up|opened|built|ouverte?s?|inaugurée?s?|"
                            r"abiert[oa]s?|inaugurad[oa]s?|apert[oaie]|inaugurat[oaie])\s+"
                            r"(?:in|en|nel|nell['’]|im)\s*$", re.IGNORECASE)
_FOUNDED = re.compile(r"(?<!\w)(?:fondée?s?|founded|established|gegründet|fundad[oa]s?|"
                      r"fondat[oaie]|créée?s?|nata|nato|creada|creado|seit|depuis|since|desde|"
                      r"dal|entstanden)(?:\s+\w+){0,2}\s*$", re.IGNORECASE)


# "abierto en 2022", "ouvert en 2015": the history of a site that now exists.
_HISTORY = re.compile(r"(?<!\w)(?:abiert[oa]s?|apert[oaie]|ouverte?s?|opened|eröffnet|"
                      r"inaugur\w+)(?:\s+\w+){0,2}\s*$", re.IGNORECASE)


_LIST_JOIN = re.compile(r"\s*(?:,|and|or|et|ou|und|oder|y|o|e)?\s*(?:(?:in|à|a|en|au|im)\s+)?",
                        re.IGNORECASE)


def _other_city_between(text: str, places: list[PlaceMention], city: PlaceMention,
                        mention: DateMention) -> bool:
    """Whether another city of the sentence, not listed with this one, stands between
    the city and a date after it."""
    if mention.start < city.end:
        return False
    last = city
    for other in places:
        if city.end <= other.start and other.end <= mention.start:
            if not _LIST_JOIN.fullmatch(text[last.end:other.start]):
                return True
            last = other
    return False


def _founding_date(text: str, mention: DateMention) -> bool:
    """"fondato nel 1921 a Biella", "1998 gegründet": the company's founding year (or
    the start of a state) dates no closing, plan or existing site (an opening may be a
    founding: "hat eine Tochter gegründet")."""
    return bool(_FOUNDED.search(text[max(0, mention.start - 40):mention.start])
                or re.match(r"\s+(?:gegründet|als\s+\w+\s+\w+\s+(?:entstanden|gegründet)|"
                            r"in\s+Betrieb\s+genommen|eröffnet)", text[mention.end:])
                or _SET_UP_BEFORE.search(text[max(0, mention.start - 30):mention.start]))


def _date_for(ctx: _Context, sentence: Sentence, cues: list[Cue], dates: list[DateMention],
              places: list[PlaceMention], city: PlaceMention,
              same_clause: bool = False, opening: bool = True) -> tuple[PartialDate, str]:
    """The date of the event at `city` from its own sentence, and how it was found.

    With `same_clause`, only a date not separated from the city by a comma counts (an
    existing site is a state at the article's time; a date elsewhere in the sentence
    dates something else).
    """
    usable = [m for m in dates
              if not (m.clause and m.clause[0] <= city.start and city.end <= m.clause[1])]
    if not opening:
        usable = [m for m in usable if not _founding_date(sentence.text, m)]
    if same_clause:
        usable = [m for m in usable if not re_clause.search(
            sentence.text[min(m.end, city.end):max(m.start, city.start)])
            and not _HISTORY.search(sentence.text[max(0, m.start - 30):m.start])]
    # "abrió una tienda en Sevilla y estudia abrir en Lisboa en 2026": a date with
    # another city's clause between it and the city is that city's
    usable = [m for m in usable if not _other_city_between(sentence.text, places, city, m)]
    if not usable:
        return PartialDate(), ""
    mention = min(usable, key=lambda m: _distance(sentence.text, m, city.start, city.end))
    anchor: PartialDate | None = None
    how = f"date from '{mention.text}'"
    if mention.kind is Kind.RELATIVE_AFTER:
        event = ctx.anchor_for(mention, _clause_keys(sentence.text, mention, places))
        if event is not None:
            anchor = event.date
            how += f" after {event.city} {event.date.iso()}"
    elif mention.kind is Kind.RELATIVE_NOW and not ctx.reference.known:
        anchor = ctx.latest_anchor_date()
    value = resolve(mention, ctx.reference, future=is_future(sentence.text, cues),
                    anchor=anchor, window=ctx.window)
    return value, how


def _tag_line(text: str) -> bool:
    """A line of keywords ("Calderon, Swindon, manufacturing, Boston, R&D, layoffs"): four
    or more comma-separated items of at most three words, no sentence."""
    items = [i.strip() for i in re.split(r"[,|·•]", text.rstrip(". ")) if i.strip()]
    return len(items) >= 5 and all(len(i.split()) <= 3 for i in items)


def extract(article: Article, *, anchors: Sequence[Event] = (),
            resolver: Resolver | None = None) -> list[CandidateEvent]:
    """Propose the site events an article states, each with its verbatim sentence.

    `anchors` are events already known (usually from earlier articles); they date
    relative expressions ("moins d'un an après s'être implanté à Paris") and stop an
    "existing" mention from repeating a site they already place. `resolver` replaces
    `geo.resolve` (tests, or a gazetteer with a country bias).
    """
    language = article.language or ""
    resolve_place: Resolver = resolver or resolver_for(language)
    sentences = split_sentences(article.text)
    parsed = []
    for sentence in sentences:
        if (sentence.dateline or _NOT_TEXT.match(sentence.text) or _QUESTION.search(sentence.text)
                or _tag_line(sentence.text)):
            parsed.append((sentence, [], [], []))
            continue
        cues = find_cues(sentence.text, language)
        dates = find_dates(sentence.text, language)
        has_site = _site_kind(sentence.text, 0, 0, language)[1]
        about_sites = has_site or any(c.text.lower() not in ADVERB_CUES for c in cues)
        places = (find_places(sentence.text, [(c.start, c.end) for c in cues], resolve_place)
                  if (about_sites or re.match(r"\W*(?:Après|After|Nach|Tras|Dopo|Después)",
                                                   sentence.text)) else [])
        parsed.append((sentence, cues, dates, places))
    company = detect_company(((s.text, any(c.strong for c in cues))
                              for s, cues, _d, _p in parsed), resolve_place,
                             title=article.title)
    anchor_events = [e for e in anchors
                     if not company or e.company.casefold() == company.casefold()]
    keyed = [(e, _place_key(e.city, resolve_place(e.city))) for e in anchor_events]
    ctx = _Context(article, language, company, keyed, resolve_place)
    _reference(ctx, parsed)

    found: list[_Found] = []
    previous: tuple[int, PartialDate, str] | None = None  # paragraph, date, how
    for position, (sentence, cues, dates, places) in enumerate(parsed):
        inherited: tuple[PartialDate, str] | None = None
        if (not dates and previous is not None and previous[0] == sentence.paragraph
                and (_CONTINUES.match(sentence.text) or _ALSO.search(sentence.text))):
            inherited = (previous[1], previous[2] + " (inherited from the previous sentence)")
        following = None
        if position + 1 < len(parsed) and parsed[position + 1][0].paragraph == sentence.paragraph:
            following = parsed[position + 1]
        for city, status, kind in _site_list(sentence.text, resolve_place):
            found.append(_listed(ctx, sentence, city, status, kind))
        for city in places:
            item = _candidate(ctx, sentence, cues, dates, places, city, inherited, following)
            if item is not None:
                found.append(item)
        ctx.seen_strong = ctx.seen_strong or any(f.strong for f in found)
        previous = None
        if dates:
            anchor_city = places[0] if places else PlaceMention(0, 0, "", None)
            value, how = _date_for(ctx, sentence, cues, dates, places, anchor_city)
            if value.known and not _after_reference(value, ctx.reference):
                previous = (sentence.paragraph, value, how)
                ctx.previous_announces = any(c.status is Status.ANNOUNCED and c.strong
                                             for c in cues)
        elif inherited is not None:
            previous = (sentence.paragraph, *inherited)
    return _merge(found, {k for _e, k in keyed})


# A labelled list of sites, as in fact boxes and "Standorte im Überblick" bullets:
# "Offices: Stockholm, Copenhagen, New York", "Hubs: Hamburg, Erfurt (neu)",
# "In Planung: Regensburg". A label names sites (a site noun) or a status; a marker in
# brackets after a name gives that name's status or kind.
_LIST_LINE = re.compile(r"^\W*(?P<label>[^\W\d][^:.!?]{0,50}?)\s*:\s*(?P<items>[^:]+?)\s*\.?$")
_ITEM = re.compile(r"^\s*(?P<name>[A-ZÀ-Þ][\w'’.\- ]*?)\s*(?:\((?P<marker>[^)]*)\))?\s*$")
_ITEM_SPLIT = re.compile(r"\s*[,;]\s*|\s+(?:and|et|und|y|e)\s+")
_MARK_PLANNED = re.compile(r"(?<!\w)(?:in\s+Planung|geplant|planned|coming\s+soon|upcoming|"
                           r"prévue?s?|à\s+venir|en\s+projet|previst[oa]s?|en\s+proyecto|"
                           r"in\s+programma|\d{4})(?!\w)", re.IGNORECASE)
_MARK_OPENED = re.compile(r"(?<!\w)(?:neu|new|nouvelle|nouveau|nuev[oa]|nuov[oa]|opened|"
                          r"eröffnet|ouverte?|abiert[oa]|apert[oa])(?!\w)", re.IGNORECASE)
_MARK_CLOSED = re.compile(r"(?<!\w)(?:geschlossen|closed|closing|fermée?|cerrad[oa]|"
                          r"chius[oa])(?!\w)", re.IGNORECASE)
_MARK_HQ = re.compile(r"(?<!\w)(?:zentrale|hauptsitz|headquarters|hq|siège|sede\s+central|"
                      r"sede\s+centrale|head\s+office)(?!\w)", re.IGNORECASE)


def _marker_status(text: str) -> Status | None:
    for pattern, status in ((_MARK_CLOSED, Status.CLOSED), (_MARK_PLANNED, Status.PLANNED),
                            (_MARK_OPENED, Status.OPENED)):
        if pattern.search(text):
            return status
    return None


def _site_list(text: str, resolver: Resolver) -> list[tuple[PlaceMention, Status, SiteKind]]:
    """Cities of a labelled list of sites (see _LIST_LINE), each with its status (the
    marker's, else the label's, else existing) and kind (headquarters when the label or
    marker says so)."""
    line = _LIST_LINE.match(text)
    if not line:
        return []
    label = line.group("label")
    words = [w.lower() for w in _SITE_WORD.findall(label)]
    label_status = _marker_status(label)
    if not (any(w in SITE_NOUNS for w in words) or _SITE_PHRASE.search(label.lower())
            or label_status is Status.PLANNED):
        return []
    out = []
    offset = line.start("items")
    items = line.group("items")
    pos = 0
    for piece in _ITEM_SPLIT.split(items):
        at = items.find(piece, pos)
        pos = at + len(piece)
        item = _ITEM.match(piece)
        if not item:
            continue
        name = item.group("name")
        place = resolver(name)
        if place is None:
            continue
        marker = item.group("marker") or ""
        status = _marker_status(marker) or label_status or Status.EXISTING
        hq = _MARK_HQ.search(marker) or (not marker and _MARK_HQ.search(label))
        kind = SiteKind.HEADQUARTERS if hq else SiteKind(_site_kind(label, 0, 0)[0])
        start = offset + at + item.start("name")
        out.append((PlaceMention(start, start + len(name), name, place), status, kind))
    return out


def _listed(ctx: _Context, sentence: Sentence, city: PlaceMention, status: Status,
            kind: SiteKind) -> _Found:
    """The event of a city in a labelled site list, dated with the reference year."""
    date = PartialDate(ctx.reference.year) if ctx.reference.known else PartialDate()
    candidate = CandidateEvent(
        company=ctx.company, city=city.text, country=getattr(city.place, "country_code", "")
        or "", place=city.place, date=date, status=status, site_kind=kind,
        quote=sentence.text, span=(sentence.start, sentence.end), confidence=0.7,
        article_id=ctx.article.id, note="in a labelled list of sites; year of the article's "
        "reference date")
    return _Found(candidate, _place_key(city.text, city.place), True)


def _after_reference(value: PartialDate, reference: PartialDate) -> bool:
    """A date after the article's own time is a plan's date, not the announcement's."""
    value_span, reference_span = value.span(), reference.span()
    return bool(value_span and reference_span and value_span[0] > reference_span[1])


_CANCEL = re.compile(
    r"(?<!\w)(?:auf\s+Eis\s+gelegt|gestoppt|verworfen|aufgegeben|abgesagt|on\s+hold|shelved|"
    r"scrapped|abandoned|cancell?ed|ruled\s+out|suspendu|abandonnée?s?|annulée?s?|renoncé|"
    r"écarté(?:e|s|es)?|descartad[oa]s?|descartó|descartaron|descarta|suspendid[oa]s?|"
    r"cancelad[oa]s?|renunció|in\s+attesa|sospes[oa]|accantonat[oa]|abbandonat[oa]|"
    r"scartat[oa]|scartato|auf\s+Eis|nicht\s+weiterverfolgt|not\s+(?:being\s+)?pursued|"
    r"no\s+longer\s+(?:being\s+)?pursued|plus\s+d['’]actualité|ya\s+no\s+se\s+contempla|"
    r"non\s+più\s+in\s+programma)(?!\w)", re.IGNORECASE)
# "The new office, in Manhattan's Flatiron district, ...": a sentence whose subject is
# the site already reported only describes where it is.
_KNOWN_SITE_SUBJECT = re.compile(
    r"^(?:The|This|Le|La|L['’]|Ce|Cette|Der|Die|Das|El|Il|Lo)\s+(?:new|nouveau|nouvelle|neue[ns]?|"
    r"nuev[oa]|nuov[oa]\s+)?\s*[^\W\d_]+\s*,", re.IGNORECASE)


_CONTRAST = re.compile(r"(?<!\w)(?:mentre|while|whereas|tandis|während|mientras|but|mais|aber|"
                       r"pero|ma|and|et|und|y|e|o)(?!\w)", re.IGNORECASE)
_SEGMENT_BREAK = re.compile(r"[;:()]|,(?!\s*(?:où|where|wo|donde|dove|in\s+dem|dans\s+lequel|"
                            r"dont(?=\s+[A-ZÀ-Þ\d]|\s+(?:celles|ceux|celle|celui)\b)|including|notamment|such\s+as|like|comme|como|come|wie|darunter|"
                            r"tra\s+cui)\b)")


def _site_in_clause(text: str, city: PlaceMention) -> bool:
    """Whether a site noun stands in the city's own clause (for a site named without a
    verb): "Tidewell, which is listed in Stockholm, also runs studios" has none."""
    lowered = text.lower()
    spots = [(m.start(), m.end()) for m in _SITE_PHRASE.finditer(lowered)]
    spots += [(m.start(), m.end()) for m in _SITE_WORD.finditer(text)
              if m.group(0).lower() in SITE_NOUNS]
    # "vom Beratungshaus Datacenter Insights in München": a site word followed by more
    # of a name is another organisation's name, no site ("Weitere Standorte" is one)
    names = [r for r in name_runs(text) if " " in r.text and not (r.start <= city.start < r.end)]
    spots = [(lo, hi) for lo, hi in spots if not any(
        r.start <= lo and hi <= r.end and any(
            w.lower() not in SITE_NOUNS for w in text[hi:r.end].split()) for r in names)]
    for lo, hi in spots:
        gap = text[hi:city.start] if hi <= city.start else text[city.end:lo]
        gap = re.sub(r"\([^()]{1,40}\)", " ", gap)  # "in Charlotte (North Carolina), im ..."
        if hi <= city.start and (_SITE_APPOSITION.fullmatch(gap) or _SITE_APPOSITION.fullmatch(
                _NAMES_BEFORE.sub(" ", gap))):
            return True  # "au siège du groupe, à Lyon", "usines du groupe, à Tarare et à X"
        # "offices in London, Berlin and Madrid": names of a list are no break
        gap = _LIST_TAIL.sub(" ", gap) if hi > city.start else _NAMES_BEFORE.sub(" ", gap)
        if not _SEGMENT_BREAK.search(gap):
            return True
    return False


_SITE_APPOSITION = re.compile(r"(?:\s+[^\W\d_]+){0,3}\s*,\s*(?:à|in|en|a|au|im)\s+")
_LIST_TAIL = re.compile(r"^\s*(?:(?:,\s*|\s(?:et|and|und|y|e|o|or|ou|oder)\s+)(?:(?:in|à|a|en|im|"
                        r"de|di|of|von|ad|au)\s+)?[A-ZÀ-Þ][\w'’-]*(?:\s+[A-ZÀ-Þ][\w'’-]*)*)+")


def _destination_site(text: str, city: PlaceMention) -> bool:
    """"transférée vers le site de Tours": the city names a site that receives what
    moves, one that already exists."""
    words = re.findall(r"[^\W\d_]+", text[max(0, city.start - 50):city.start].lower())
    if words and re.fullmatch(r"[a-zäöüß]+(?:ischen|ländischen)", words[-1]):
        words = words[:-1]  # "im tschechischen Pilsen"
    # "vers l'usine polonaise d'Olsztyn": one adjective may stand between
    if len(words) >= 2 and words[-1] in ("de", "d", "di", "of", "von", "del", "du", "im",
                                         "in") and (
            words[-2] in SITE_NOUNS or (len(words) >= 3 and words[-3] in SITE_NOUNS)):
        return True
    # "transférée dans l'usine du groupe à Brno": a site the verb sends things into, then
    # its town (not "la sede da Milano a Verona", where the site is what moves)
    match = _INTO_SITE.search(text, max(0, city.start - 60), city.start)
    return bool(match and match.group(1).lower() in SITE_NOUNS
                and not any(w in _NEW_WORDS for w in words[-5:]))


_INTO_SITE = re.compile(
    r"(?<!\w)(?:dans|vers|into|to|nach|in|en|al|nello|nella|verso)\s+(?:(?:l['’]|le|la|les|the|das|"
    r"den|its|son|sa|ses|su|sus|il|lo|seine?n?|ihre?n?)\s*)?(?:[^\W\d_]+\s+){0,3}?([^\W\d_]+)"
    r"(?:\s+[^\W\d_]+)?(?:\s+(?:du|de|of|des|del|della)\s+(?:groupe|group|gruppo|grupo|"
    r"Konzerns?))?,?\s+(?:à|a|in|en|im)\s+$", re.IGNORECASE)
_EXISTING_ADJ = re.compile(r"(?<!\w)(?:bestehenden?|existing|existants?|existantes|existentes?|"
                           r"esistent[ei]|actuales|attuali)\s+(?:[^\W\d_]+\s+){0,4}?(?:in|im|à|a|"
                           r"en|de|di|of)\s+(?:[a-zäöüß]+ischen\s+)?(?:[A-ZÀ-Þ][\w-]*\s+"
                           r"(?:und|and|et|y|e)\s+(?:im\s+|in\s+)?(?:[a-zäöüß]+ischen\s+)?)?$",
                           re.IGNORECASE)
_NEW_WORDS = frozenset("new nouvelle nouveau nouveaux nouvelles neue neuen neues neuer nueva nuevo "
                       "nuevas nuevos nuova nuovo nuove nuovi".split())
_WHERE_CLAUSE = re.compile(r"^,\s*(?:où|where|wo|donde|dove)\s[^,;:]*,", re.IGNORECASE)


# What a plan is called: giving one of these up drops a plan, not a site.
_PLAN_NOUN = re.compile(
    r"(?<!\w)(?:plans?|project|projects|idea|option|expansion|Plan|Pläne[n]?|Projekt\w*|"
    r"Vorhaben|Idee|Ausbau\w*|Erweiterung\w*|projets?|idée|option|extension|proyectos?|"
    r"planes|idea|opción|ampliación|progett[oi]|piano|piani|idea|opzione|ampliamento)(?!\w)",
    re.IGNORECASE)


def _gives_up_site(text: str, match: re.Match[str], city: PlaceMention,
                   cues: list[Cue] | None = None) -> bool:
    """"Den Standort in Mannheim hat Quenta aufgegeben", "abandonne son site de Lyon":
    a verb of giving up whose object is a site (not a plan, and no plan verb in the
    sentence) closes that site."""
    if not ABANDON.fullmatch(match.group(0)):
        return False
    if _PLAN_NOUN.search(text) or any(c.status is Status.PLANNED and c.strong
                                       and not c.generic for c in cues or ()):
        return False
    lo, hi = min(match.start(), city.start), max(match.end(), city.end)
    window = text[max(0, lo - 40):hi].lower()
    return any(w in SITE_NOUNS for w in re.findall(r"[^\W\d_]+", window)) or any(
        p in window for p in SITE_PHRASES)


# A plan denied: "rien n'est décidé", "ma oggi non è nei piani", "no está previsto",
# "not on the cards", "ist nicht geplant", "per ora no".
_DENIED = re.compile(
    r"(?<!\w)(?:rien\s+n['’]est\s+(?:encore\s+)?(?:décidé|fait|acté)|(?:n['’]est|ne\s+sont)\s+pas\s+"
    r"(?:au\s+programme|prévue?s?|d['’]actualité)|pas\s+pour\s+(?:l['’]instant|le\s+moment)|"
    r"not\s+on\s+the\s+cards|no\s+plans?\b|(?:is|are)\s+not\s+planned|nothing\s+(?:has\s+been|is)\s+"
    r"decided|not\s+for\s+now|(?:ist|sind)\s+(?:derzeit\s+|noch\s+)?nicht\s+geplant|kein\s+Thema|"
    r"no\s+(?:está|están)\s+(?:previst[oa]s?|en\s+los\s+planes)|nada\s+está\s+decidido|"
    r"non\s+(?:è|sono)\s+(?:nei\s+piani|in\s+programma|previst[oaie])|per\s+ora\s+no|"
    r"niente\s+è\s+deciso)(?!\w)", re.IGNORECASE)


def _cancelled(text: str, city: PlaceMention, cues: list[Cue] | None = None) -> bool:
    """Whether the city's own clause says the plan was shelved, dropped or denied."""
    for match in _DENIED.finditer(text):
        if 0 <= match.start() - city.end <= 100 and "." not in text[city.end:match.start()] \
                and ";" not in text[city.end:match.start()]:
            return True  # "Toronto sans doute, mais rien n'est décidé"
        if 0 <= city.start - match.end() <= 40:
            return True  # "no plans for Berlin"
    for match in _CANCEL.finditer(text):
        if _gives_up_site(text, match, city, cues):
            continue
        if match.start() >= city.end:
            # "A New York, dove nel 2019 era stato aperto un temporary store, il progetto
            # ... è stato accantonato": the relative clause does not end the city's clause
            gap = _WHERE_CLAUSE.sub(" ", text[city.end:match.start()])
            gap = re.sub(r"[,;]?\s*(?:aber|but|mais|pero|ma)\s*$", " ", gap)  # "geprüft, aber
            # verworfen"
            # "..., opción que finalmente descartó": the option named just before
            if not re.search(r"[;:]", gap) and not find_cues(gap) and not _CONTRAST.search(gap):
                return True
        elif city.start - match.end() <= 40:
            return True
    return False


# Names of a list before the city ("considering Porto, Braga or Lisbon"): not a break.
_NAMES_BEFORE = re.compile(r"(?:[A-ZÀ-Þ][\w'’-]*(?:\s+[A-ZÀ-Þ][\w'’-]*)*\s*(?:,|\s(?:and|or|et|"
                           r"ou|y|o|und|oder|e))\s*(?:(?:in|im|à|a|en|au|ad|de|di|of|von)\s+"
                           r"(?:[a-zäöüß]+(?:ischen|ländischen)\s+)?)?)+$")
# A comma a weighing verb reaches across: "prüft, ob ...", "is weighing whether ...".
_OPTION_COMMA = re.compile(r",\s*(?:ob|whether|if|si|se|wo|where|où|dove|donde)\b",
                           re.IGNORECASE)


def _considered(text: str, city: PlaceMention, cue: Cue | None) -> bool:
    """Whether the city is an option the company weighs ("estudia entrar en Lisboa",
    "is considering an office in Lisbon", "erwägt, in Wien ein Büro zu eröffnen"): a
    weighing verb before it in its clause, and no verb of a done deed governing it.
    The guideline makes considered options no event."""
    if cue is not None and cue.end <= city.start and any(
            cue.end <= m.start() for m in CONSIDER.finditer(text, cue.end, city.start)):
        pass  # "employs 9,000 people, had looked at sites in San Diego": the weighing wins
    elif cue is not None and cue.strong and cue.status not in (Status.PLANNED,
                                                               Status.ANNOUNCED):
        return False
    after = CONSIDER.search(text, city.end, min(len(text), city.end + 30))
    if after and not re.search(r"[,;:.]", text[city.end:after.start()].replace("«", "")):
        return True  # "Un bureau à Tokyo « pourrait avoir du sens plus tard »"
    for match in CONSIDER.finditer(text, 0, city.start):
        gap = text[match.end():city.start]
        if len(gap) > 120:
            continue
        gap = _OPTION_COMMA.sub(" ", _NAMES_BEFORE.sub(" ", gap))
        if re.search(r"[,;:()]", gap) or _CONTRAST.search(gap):
            continue
        return True
    return False


def _describes_known_site(text: str) -> bool:
    match = _KNOWN_SITE_SUBJECT.match(text)
    return bool(match and match.group(0).rstrip(" ,").split()[-1].lower() in SITE_NOUNS)


def _owned_by_company(ctx: _Context, text: str, start: int, end: int,
                      after: bool = False) -> bool:
    """Whether the seat at [start, end) belongs to the article's company, not to an
    investor or another firm: the organisation named nearest before it ("Blue Ridge
    Partners, con sede en Nueva York") or, for "X-based", right after it ("Boston-based
    Harbor Street Ventures")."""
    if not ctx.company:
        return True
    owner = ""
    if after:
        if re.match(r"-(?:based|headquartered)\s+(?:[a-z][\w-]*\s+){0,3}?(?:company|firm|group|"
                    r"startup|start-up|consultancy|"
                    r"scale-up|lab|maker|business|bank|manufacturer)\b", text[end:]):
            return True  # "the Seattle-based company said"
        following = re.match(r"-(?:based|headquartered)\s+(?:(?!(?:said|says|told|on|in|at|"
                             r"has|had|is|was|will|would)\s)[a-z][\w-]*\s+){0,3}?"
                             r"([A-ZÀ-Þ][\w&.'’-]*(?:\s+[A-ZÀ-Þ][\w&.'’-]*)*)", text[end:])
        if following:
            owner = following.group(1)
        elif re.match(r"-(?:based|headquartered)\s+(?:[a-z][\w-]*\s*){1,3}(?:,|\s+(?:said|says|"
                      r"told|has|had|is|was|will|would|plans|announced))", text[end:]) and not \
                re.match(r"-(?:based|headquartered)\s+(?:[a-z][\w-]*\s+){0,2}?(?:investor|fund|"
                         r"rival|competitor|customer|client|partner|supplier|bank)", text[end:]):
            return True  # "the London-based fintech said": the sentence's own company
    if not owner:
        lead = text[_clause_start(text, start):start]
        if _SELF_NOUN_BEFORE.search(text, max(0, start - 40), start):
            return True  # "..., l'entreprise basée à San Francisco emploie"
        indefinite = _INDEFINITE_FIRM.search(text, max(0, start - 60), start)
        if indefinite and (_has_site_word(indefinite.group(0))
                           or _NEW_UNIT.search(indefinite.group(0))
                           or re.search(r"\s(?:y|and|et|und|e|ed)\s", indefinite.group(0))):
            indefinite = None  # "una filial con sede en Lima": the company's own unit
        if _OTHERS_BEFORE_SEAT.search(lead) or indefinite:
            return False  # "deux groupes de transport basés à Laval", "un spécialiste
            # américain de l'analyse de données basé à Chicago"
        before = [r for r in name_runs(text[:start])
                  if ctx.resolver(r.text) is None and not r.text.isupper()
                  and not is_country(r.text) and not _DEMONYM.search(r.text)]
        # "Founded in 2014 and headquartered in Toronto": a capitalised verb opening the
        # sentence names no owner
        before = [r for r in before if start - r.end <= 80 and not (
            r.first_in_sentence and " " not in r.text and find_cues(r.text.lower()))]
        if ctx.language == "de":
            # "Das Familienunternehmen mit Sitz in Ditzingen": a common noun after an
            # article describes the company; "der Fonds Hafenblick Capital" names a firm;
            # "Bislang bündelte ...": a capitalised adverb opens the sentence
            before = [r for r in before if (" " in r.text or r.prev_word not in _DE_ARTICLES)
                      and not (r.first_in_sentence and " " not in r.text)]
            before = [_drop_descriptor(r) for r in before]
        owner = before[-1].text if before else ""
    if not owner:
        return True
    folded = owner.casefold()
    company = ctx.company.casefold()
    return (company in folded or folded in company or folded in NOT_COMPANIES
            or owner.split()[0].casefold() in NOT_COMPANIES)


# Other firms right before a seat: "deux groupes de transport basés à", "startups, most of
# them based in".
_OTHERS_BEFORE_SEAT = re.compile(
    r"(?:(?<![\w-])(?:companies|firms|groups|startups|start-ups|players|lenders|banks|"
    r"entreprises|sociétés|groupes|Konzerne|Firmen|empresas|compañías|grupos|aziende|imprese|"
    r"gruppi|fondo|fund|fonds|Fonds|investor|investisseur|inversor|investitore|socio|partner|"
    r"partenaire|proveedor|supplier|fournisseur|fornitore)(?:\s+[^\W\d_]+){0,3}|"
    r"(?:many|most|some|several|all|few)\s+of\s+(?:them|which)|"
    r"dont\s+(?:beaucoup|la\s+plupart|certaine?s|plusieurs)|viele\s+davon|"
    r"(?:muchas|muchos|la\s+mayoría)\s+de\s+(?:ellas|ellos)|"
    r"(?:molte|molti|gran\s+parte)\s+(?:delle|dei)\s+quali)\s*$", re.IGNORECASE)
_INDEFINITE_FIRM = re.compile(r"(?<!\w)(?:un|une|a|an|ein|eine|einen|einem|una|uno)\s+"
                              r"(?:[^\W\d_'’-]+[\s'’-]+){1,8}?$", re.IGNORECASE)
# The company referred to by a common noun right before its seat.
_SELF_NOUN_BEFORE = re.compile(
    r"(?<!\w)(?:l['’]entreprise|la\s+société|la\s+start-up|le\s+groupe|la\s+firme|"
    r"the\s+(?:company|firm|group|startup|start-up)|das\s+Unternehmen|der\s+Konzern|"
    r"die\s+Firma|la\s+(?:compañía|empresa|firma)|el\s+grupo|l['’]azienda|"
    r"la\s+società|il\s+gruppo)\s*,?\s*$", re.IGNORECASE)
_DE_ARTICLES = frozenset("der die das den dem des ein eine einem einer eines vom zum zur "
                         "beim".split())


def _drop_descriptor(run: Any) -> Any:
    """"Fonds Hafenblick Capital" -> a run for "Hafenblick Capital": German capitalises
    the common noun before a firm's name."""
    first, _sep, rest = run.text.partition(" ")
    if rest and run.prev_word in _DE_ARTICLES:
        return replace(run, text=rest, start=run.start + len(first) + 1)
    return run


_SUBJECT_BREAK = re.compile(r"[,;:()]|(?<!\w)(?:while|whereas|but|and|tandis|mais|et|mientras|"
                            r"pero|y|mentre|ma|e|während|aber|und)(?!\w)", re.IGNORECASE)
_REPORTING = re.compile(r"(?<!\w)(?:said|says|told|stated|added|according|dit|déclaré|explique|"
                        r"indique|précise|affirme|sagte|sagt|erklärte|dijo|explicó|afirmó|señaló|"
                        r"asegura|detto|spiegato|spiega|dichiarato|afferma)(?!\w)", re.IGNORECASE)


_APPOSITION = re.compile(r"(?<=[\w.])\s*,\s*(?:a|an|the|un|une|le|la|l['’]|un|una|el|il|lo|uno)"
                         r"(?:\s+[^\s,;:()]+){1,4},(?=\s*[^\W\d_]+)")


def _relative_of_other(ctx: _Context, text: str, pos: int) -> bool:
    """Whether `pos` lies in a relative clause on another organisation named before it
    ("Tim, che ha investito in nuovi data center, tra cui quello di Rozzano"). German
    capitalises nouns ("Menschen, die meisten davon"), so it is not read."""
    if not ctx.company or ctx.language == "de":
        return False
    for match in _RELATIVE_OPEN.finditer(text, max(0, pos - 160), pos):
        runs = name_runs(text[:match.start()])
        if not runs or runs[-1].end != len(text[:match.start()].rstrip()):
            continue
        name = runs[-1].text
        if (_same_firm(ctx, name) or ctx.resolver(name) is not None or is_country(name)
                or _DEMONYM.search(name) or ";" in text[match.end():pos]):
            continue
        return True
    return False


_RELATIVE_OPEN = re.compile(r",\s*(?:che|qui|que|which|dont|whose|cuya|cuyo|il\s+cui|la\s+cui)\s",
                            re.IGNORECASE)
_WHICH = re.compile(r"\s*(?:which|that|que|qui|che)\s", re.IGNORECASE)


def _other_subject_de(ctx: _Context, text: str, pos: int) -> str:
    """German capitalises nouns, so only the plain case is read: a sentence that opens
    with another firm's name and its verb ("Bosch hatte ... in Dresden eröffnet")."""
    inverted = _de_inverted_subject(ctx, text, pos)
    if inverted:
        return inverted
    breaks = [m.end() for m in re.finditer(r",\s*(?:und|aber|doch)\s+|;\s*", text[:pos])]
    lo = breaks[-1] if breaks else 0
    runs = [r for r in name_runs(text[:pos]) if r.start >= lo]
    if not runs or not (runs[0].first_in_sentence or runs[0].start == lo):
        return ""
    run = runs[0]
    verb = re.match(r"\s+([a-zäöüß]+)\s+(\S+)", text[run.end:])
    name = run.text
    if not verb or verb.group(1) in FUNCTION_WORDS_DE_AFTER_NAME \
            or not _DE_FINITE_SINGULAR.fullmatch(verb.group(1)):
        return ""  # "Nicht betroffen sind ...": no finite verb of a firm
    after = verb.group(2)
    if after[:1].isupper() or after.lower() in _DE_SUBJECT_WORDS:
        return ""  # "Insgesamt beschäftigt Kelvitec", "Heute eröffnet das Unternehmen"
    if (name.casefold() in NOT_COMPANIES or name.split()[0].casefold() in NOT_COMPANIES
            or {w.casefold() for w in name.split()} & {w.casefold() for w in ctx.company.split()}
            or ctx.resolver(name) is not None or is_country(name)
            or any(w.lower() in SITE_NOUNS for w in name.split())):
        return ""
    body = ctx.article.text
    return name if body.count(name) < body.count(ctx.company) else ""


def _de_inverted_subject(ctx: _Context, text: str, pos: int) -> str:
    """"In Szeged baut Autohaus Nord seit 2012 Fahrzeuge": after a place opening the
    clause, the verb, then its subject, another firm."""
    match = re.match(r"\W*(?:In|Im)\s+[A-ZÀ-Þ][\w-]*\s+([a-zäöüß]+)\s+"
                     r"([A-ZÀ-Þ][\w&.-]*(?:\s+[A-ZÀ-Þ][\w&.-]*)*)", text)
    if not match or match.end() > pos + 60 or not _DE_FINITE_SINGULAR.fullmatch(match.group(1)):
        return ""
    name = match.group(2)
    if (not ctx.company or {w.casefold() for w in name.split()}
            & {w.casefold() for w in ctx.company.split()} or name.casefold() in NOT_COMPANIES
            or name.split()[0].casefold() in NOT_COMPANIES or ctx.resolver(name) is not None):
        return ""
    return name


# A German finite verb in the third person singular ("hat", "hatte", "baut", "will").
_DE_FINITE_SINGULAR = re.compile(r"[a-zäöüß]+(?:t|te)|ist|war|will|wird|soll|kann|muss|gab|"
                                 r"nahm|bekam|kam|ging|zog|ließ")
# Words that open a German subject after the verb (the first word was then no subject).
_DE_SUBJECT_WORDS = frozenset("der die das den dem ein eine einer es er sie man wir ich ihr "
                              "dieser diese dieses jener unser unsere".split())
# Lower-case words after a sentence-initial name that are no verb of that name.
FUNCTION_WORDS_DE_AFTER_NAME = frozenset("und oder in im am an auf aus bei mit nach von vor zu "
                                         "als wie für über".split())


# What follows a firm's name opening a sentence: an apposition or an auxiliary ("OpenAI,
# headquartered in ...", "Bridgestone a fermé", "Google has opened").
_FIRM_AFTER = re.compile(r"\s*,|\s+(?:a|ont|avait|est|has|had|is|was|will|ha|hanno|aveva|è|han|"
                         r"había|es|fue|hat|hatte|ist|war|wird)\s")


def _named_elsewhere(body: str, name: str) -> bool:
    """Whether `name` stands capitalised inside some sentence of the article (after a
    lower-case word or a comma), as a firm's name does and a sentence's first word not."""
    return re.search(r"(?:[a-zà-ÿ,;]|\d)\s+" + re.escape(name) + r"(?!\w)", body) is not None


def _other_subject(ctx: _Context, text: str, pos: int) -> str:
    """The organisation that is the subject of the clause ending at `pos`, when it is not
    the article's company ("Revolut moved its headquarters to Paris", "Tod's ha rinnovato
    la boutique di Shanghai"); '' otherwise. German capitalises every noun (and an
    article of unknown language may be German), so only fr, en, es and it are read."""
    if ctx.company and ctx.language == "de":
        return _other_subject_de(ctx, text, pos)
    if not ctx.company or ctx.language not in ("fr", "en", "es", "it"):
        return ""
    # "Norvia, a Danish insurer, opened": the apposition does not end the subject
    original = text
    text = _APPOSITION.sub(lambda m: " " * len(m.group(0)), text)
    breaks = [m.end() for m in _SUBJECT_BREAK.finditer(text, 0, pos)]
    # "Vantor, which runs a lab in Pune": the relative clause's subject is the name
    # before it
    while len(breaks) > 1 and _WHICH.match(text, breaks[-1]):
        breaks.pop()
    if breaks and _WHICH.match(text, breaks[-1]):
        breaks = []
    lo = breaks[-1] if breaks else 0
    runs = [r for r in name_runs(text[:pos]) if r.start >= lo
            and not re.search(r"-[a-z]+$", r.text)]  # "a Paris-founded startup"
    if not runs:
        return ""
    run = runs[-1]
    gap = text[run.end:pos]
    first = gap.split()[0].lower() if gap.split() else ""
    if (len(gap.split()) > 6 or re.search(r"[A-ZÀ-Þ]", gap) or _REPORTING.search(gap)
            or first in SITE_NOUNS or _DEMONYM.search(run.text)
            or PERSON_TITLES.search(text[:run.start]) or run.prev_word in _NOT_SUBJECT_BEFORE):
        return ""
    name = re.sub(r"^[\w-]+(?:-based|['’]s)\s+", "", run.text)
    if run.first_in_sentence and " " not in name and not _named_elsewhere(
            ctx.article.text, name) and not _FIRM_AFTER.match(original, run.end) and (
            original[run.end:pos].strip()):  # "Mango abre en Madrid": right before its verb
        return ""  # "Parte delle risorse servirà", "Cuenta con": a capitalised first word
    tail = re.split(r"\s(?:de|di|del|of|von|da)\s", name)[-1]
    if tail != name and (ctx.resolver(tail) is not None or is_country(tail)):
        return ""  # "Fuera de España ya cuenta con ...": a place phrase, not a firm
    words = {w.casefold() for w in name.split()}
    right_before = not original[run.end:pos].strip()  # "Mango abre": the verb's subject
    if (not name or words & {w.casefold() for w in ctx.company.split()}
            or name.casefold() in NOT_COMPANIES or name.split()[0].casefold() in NOT_COMPANIES
            or words & set(SITE_NOUNS) or (not right_before and _is_city(ctx.resolver(name)))):
        return ""
    body = ctx.article.text
    if body.count(name) >= body.count(ctx.company):
        return ""  # as present as the company: the detection may have missed, keep it
    return name


# Other agents as the subject of a verb: their sites are not the company's.
_OTHER_AGENT = re.compile(
    r"(?<![\w-])(?:clients?|customers?|rivals?|competitors?|concurrents?|Kunden|Wettbewerber|"
    r"Konkurrenten|Konkurrenz|clientes|competidores|rivales|clienti|concorrenti|rivali|"
    # firms in general, in the plural: "software groups have set up centres in ..."
    r"companies|firms|groups|startups|start-ups|players|lenders|banks|insurers|fintechs|"
    r"providers|suppliers|Anbietern|Dienstleistern|Zulieferern|prestataires|"
    r"fournisseurs|proveedores|fornitori|"
    r"entreprises|sociétés|groupes|Konzerne|Firmen|Start-ups|empresas|compañías|grupos|"
    r"aziende|imprese|gruppi|(?:mehrere|viele|andere|einige|zahlreiche)\s+[A-ZÄÖÜ]\w+)"
    r"(?![\w-])",
    re.IGNORECASE)


_CLAUSE_MARK = re.compile(r"[,;:()«»“”\"]")


# A headcount goal: a staffing verb in the infinitive after a verb of planning.
_STAFF_TARGET = re.compile(
    r"(?:expects?|plans?|aims?|wants?|hopes?|intends?)\s+to\s+(?:employ|hire)$|"
    r"(?:prévoit|compte|vise|souhaite)\s+d['’](?:employer|embaucher)$|"
    r"(?:prevé|espera|quiere|planea)\s+(?:emplear|contratar)$|"
    r"(?:prevede|punta\s+a|conta\s+di)\s+(?:impiegare|assumere)$", re.IGNORECASE)


def _other_agent(text: str, lo: int, hi: int) -> bool:
    """Whether clients, customers or rivals are a subject in text[lo:hi] (not "for its
    customers", the object of a preposition), or the antecedent of a relative clause
    opening at `lo` ("mit zwei Anbietern, die Callcenter in Istanbul betreiben")."""
    if _REL_PRONOUN.match(text, lo) and _OTHER_AGENT.search(text, max(0, lo - 30), lo):
        return True
    for match in _OTHER_AGENT.finditer(text, lo, hi):
        before = re.findall(r"[^\W\d_]+", text[max(0, match.start() - 25):match.start()])
        if not set(w.lower() for w in before[-2:]) & _AGENT_OBJECT:
            return True
    return False


_REL_PRONOUN = re.compile(r"\s*(?:die|der|das|which|who|that|qui|que|che)\s", re.IGNORECASE)
_AGENT_OBJECT = frozenset("for pour für para per to à a with avec mit con of de des di von "
                          "serving serves sert bedient atiende serve".split())


def _clause_start(text: str, pos: int) -> int:
    breaks = [m.end() for m in _CLAUSE_MARK.finditer(text, 0, pos)]
    return breaks[-1] if breaks else 0


# A name after these is a place or an agent ("fondata da Carla Vela"), not a subject.
_NOT_SUBJECT_BEFORE = frozenset(
    "à a au aux en in im nach at to ad de d du des di del della von of by par da por".split())


# "its first Italian branch": a nationality adjective, not a firm.
_DEMONYM = DEMONYM


# What an announcement about a site names: an opening, a new site, a plan.
_NEWS_OBJECT = re.compile(
    r"(?<!\w)(?:ouvertures?|openings?|aperturas?|Eröffnung\w*|implantation|création|creación|"
    r"creazione|new|nouve(?:au|lle|aux|lles)|nuev[oa]s?|nuov[oa]|nuove|neue[nrs]?|open\w*|ouvrir|"
    r"abrir|aprire|eröffnen|launch\w*|lancement|plans?|projets?|proyectos?|progett[oi]|"
    r"invest\w*|inversi\w*|hub|expansion|arrivée|llegada|arrivo|installation|construction|"
    r"construcción|costruzione|Bau|fermeture|closure|cierre|chiusura|Schließung|transfert|"
    r"move|déménagement|traslado|trasferimento|Umzug)"
    r"(?!\w)", re.IGNORECASE)
def _announces_site(text: str, cue: Cue, city: PlaceMention) -> bool:
    """Whether an announcement's object, between it and the city, is a site or its news:
    an opening word anywhere, or a site noun among the first words ("annuncia nuovi
    uffici a Parigi"), not a room the announcement was made in."""
    gap = text[cue.end:city.start]
    if _NEWS_OBJECT.search(gap):
        return True
    first = re.findall(r"[^\W\d_]+", gap.lower())[:5]
    return any(w in SITE_NOUNS for w in first)


# A passive or future passive before a verb of moving: the site itself moves away.
_PASSIVE_BEFORE = re.compile(r"(?<!\w)(?:sarà|saranno|è\s+stat[oa]|will\s+be|would\s+be|"
                             r"has\s+been|is\s+being|wird|werden|sera|seront|será|serán)\s+$",
                             re.IGNORECASE)


def _moved_away(text: str, cues: list[Cue], city: PlaceMention) -> Cue | None:
    """"Il laboratorio di Pisa sarà trasferito", "The York lab will be relocated": a verb
    of moving in the passive after the site's city closes the site there."""
    for c in cues:
        if (c.start >= city.end and MOVE.fullmatch(c.text)
                and _PASSIVE_BEFORE.search(text, 0, c.start)
                and not re.search(r"[,;:]", text[city.end:c.start])
                and len(text[city.end:c.start].split()) <= 6):
            return c
    return None


def _where_site(text: str, cues: list[Cue], city: PlaceMention) -> Cue | None:
    """An existing-site cue in a where-clause after the city ("à Morez, dans le Jura, où se
    trouvent le siège et l'usine")."""
    match = re.search(r",\s*(?:où|where|wo|donde|dove)\s", text[city.end:city.end + 60])
    if not match:
        return None
    lo = city.end + match.end()
    for c in cues:
        if c.start >= lo and c.status is Status.EXISTING and c.strong and "," not in text[lo:
                                                                                       c.start]:
            return c
    return None


def _after_clause(text: str, cues: list[Cue], cue: Cue) -> Cue | None:
    """The strong cue right after the comma that ends the clause holding `cue`: the main
    verb a relative clause was inserted before."""
    comma = text.find(",", cue.end)
    if comma < 0:
        return None
    for c in cues:
        if c.start > comma and c.strong and not c.generic:
            gap = text[comma + 1:c.start]
            return c if len(gap.split()) <= 3 and not re.search(r"[,;:]", gap) else None
    return None


# A coordinated clause with a verb of its own ("y ofrece a la plantilla", "and offers its
# staff"): the first verb does not reach past it.
_OWN_VERB_CLAUSE = re.compile(
    r"\s(?:y|and|et|und|e)\s+[a-zà-ÿ]{3,}\s+(?:(?:a|al|à|aux|to)\s+)?(?:su|sus|son|sa|ses|its|"
    r"their|the|la|le|les|el|los|las|il|lo|gli|der|die|das|den|dem|seine[nm]?|ihre[nm]?)\s")
# "the company's former headquarters in Watertown", "son ancien siège de Lyon".
_FORMER = re.compile(r"(?<!\w)(?:former|previous|old|ancien(?:ne)?s?|ehemalige[nrms]?|"
                     r"bisherige[nrms]?|antigu[oa]s?|ex|vecchi[oa]|precedente)\s+(?:[^\W\d_]+\s+)?"
                     r"(?:headquarters|HQ|office|offices|plant|site|siège|bureau|usine|"
                     r"Zentrale|Hauptsitz|Sitz|Werk|Büro|Standort|sede|oficina|oficinas|fábrica|"
                     r"planta|ufficio|stabilimento)\s+(?:in|à|de|d['’]|en|a|di|von|im)\s*$",
                     re.IGNORECASE)
_WHERE_AFTER = re.compile(r"\s*,\s*(?:où|where|wo|donde|dove)\s", re.IGNORECASE)
# Verbs of production: an existing site only when the company (or a noun for it) is near.
_PRODUCE = re.compile(r"produziert|fertigt|produces|manufactures|produit|fabrique|produce|"
                      r"producono|producen|fabbrica|fabrica", re.IGNORECASE)
_COMPANY_NOUN = re.compile(
    r"(?<!\w)(?:company|group|firm|it|entreprise|groupe|société|elle|il|Unternehmen|Konzern|"
    r"Firma|Hersteller|es|er|sie|empresa|compañía|grupo|azienda|gruppo|società|"
    r"multinacional|multinazionale)(?!\w)", re.IGNORECASE)


def _company_near(ctx: _Context, text: str, cue: Cue) -> bool:
    """Whether the company (named, or a noun or pronoun for it) is the cue's neighbour,
    before it or, in German and inverted clauses, just after it."""
    around = text[max(0, cue.start - 80):cue.start] + " " + text[cue.end:cue.end + 30]
    names = [w for w in ctx.company.split() if len(w) >= 3] if ctx.company else []
    if any(n in around for n in names) or _COMPANY_NOUN.search(around):
        return True
    # Spanish and Italian drop the subject: "Fabrica en dos plantas", "e produce a Sarezzo"
    before = text[:cue.start].rstrip()
    return ctx.language in ("es", "it") and (not before or bool(
        re.search(r"(?:,|\s(?:e|y|ed))$", before)))


# A start of business still to come, after a founding: "que empezará a operar en enero".
_FUTURE_START = re.compile(
    r"(?:empezará|comenzará)\s+a\s+operar|will\s+(?:start|begin)\s+operati(?:ng|ons)|"
    r"commencera\s+(?:ses\s+activités|à\s+opérer)|inizierà\s+(?:a\s+operare|l['’]attività)|"
    r"entrerà\s+in\s+funzione|den\s+Betrieb\s+aufnehmen\s+(?:soll|wird)", re.IGNORECASE)


_OBJECT_RELATIVE = re.compile(r"([^\W\d_]+)\s+(?:que|che|qui|that|which|den|die|das)\s",
                              re.IGNORECASE)


def _verb_before_relative(text: str, cues: list[Cue], cue: Cue, language: str) -> Cue | None:
    """The strong verb whose object, a site, a relative clause holding `cue` describes:
    "cerró la filial que había abierto en São Paulo" closes it (the main clause decides)."""
    local = SITE_NOUNS_BY_LANGUAGE.get(language, {})
    for c in reversed(cues):
        if not (c.strong and c.end <= cue.start and c.status is not cue.status):
            continue
        if cue.status is Status.EXISTING and (c.generic or c.status is not Status.CLOSED):
            # "los centros que BBVA ya tiene en Madrid": a description of existing sites;
            # only closing them ("cerrará el almacén que tiene en X") is their news
            return None
        between = text[c.end:cue.start]
        rel = _OBJECT_RELATIVE.search(between)
        head = re.findall(r"[^\W\d_]+", between[:rel.end(1)].lower())[-2:] if rel else []
        if (rel and len(between[:rel.start()].split()) <= 4 and not re.search(r"[,;:]", between)
                and any(w in SITE_NOUNS or w in local for w in head)):
            return c  # "cerrará el almacén satélite que tiene alquilado en Ponferrada"
        break
    return None


# A subject that is a site followed by a relative clause: "La piccola unità produttiva che
# la Bonvicini aveva aperto a Suzhou ...", "The small unit that Corvo had opened in Leeds".
_SUBJECT_RELATIVE = re.compile(
    r"^\W*(?:[^\W\d_]+['’]?\s*){1,4}?\s(?:che|que|qu['’]|qui|that|which|den|das|die)\s",
    re.IGNORECASE)


def _main_verb_after_relative(text: str, cues: list[Cue], cue: Cue, city: PlaceMention,
                              language: str = "") -> Cue | None:
    """When the cue and the city sit in a relative clause on the sentence's subject (a
    site), the strong cue after the clause is the site's news, the relative its history
    (the guideline: the main clause decides)."""
    match = _SUBJECT_RELATIVE.match(text)
    if not match or not (match.end() <= cue.start < city.start):
        return None
    head = re.findall(r"[^\W\d_]+", text[:match.end()].lower())[:-1]
    local = SITE_NOUNS_BY_LANGUAGE.get(language, {})
    if not any(w in SITE_NOUNS or w in local for w in head):
        return None
    after = [c for c in cues if c.start > city.end and c.strong and not c.generic
             and c.status is not cue.status and "," in text[city.end:c.start]]
    return after[0] if after else None


_FOUNDING_OPENER = re.compile(r"fondée?s?|founded|gegründet|fundad[oa]s?|fondat[oaie]",
                              re.IGNORECASE)
# A subsidiary or company created: "ha costituito una società ..., con sede a Madrid".
_NEW_UNIT = re.compile(r"(?<!\w)(?:filiales?|subsidiary|subsidiaries|Tochter\w*|filial|controllata|"
                       r"società|sociedad|succursale|branch|Niederlassung|affiliate|entity|"
                       r"entité|Gesellschaft)(?!\w)", re.IGNORECASE)


_SUBSIDIARY_NOUN = re.compile(r"(?<!\w)(?:filiales?|subsidiary|subsidiaries|Tochter\w*|filial|"
                              r"controllata|succursale|branch|Niederlassung)(?!\w)", re.IGNORECASE)


def _new_unit_cue(text: str, cues: list[Cue], seat: Cue) -> Cue | None:
    """The strong opening, announcement or plan whose object is the unit seated at `seat`
    (before it, or after it when the unit is named first: "La filiale Chiesi Japan, con
    sede a Tokyo, è operativa da ieri")."""
    if _SUBSIDIARY_NOUN.search(text, max(0, seat.start - 50), seat.start):
        after = next((c for c in cues if c.start > seat.end and c.strong
                      and c.status in (Status.OPENED, Status.PLANNED)
                      and not re.search(r"[;:]", text[seat.end:c.start])), None)
        if after is not None and len(text[seat.end:after.start].split()) <= 8:
            return after
    for c in reversed(cues):
        if not c.strong or c.end > seat.start or c is seat:
            continue
        if c.status in (Status.OPENED, Status.ANNOUNCED, Status.PLANNED) and _NEW_UNIT.search(
                text, c.end, seat.start):
            return c
        return None  # "donde ya cuenta con una filial con sede en Oporto": an existing unit
    return None


# Jobs, not sites: "recrutements prévus à Rennes", "plans 40 hires in Leeds".
_HIRING = re.compile(
    r"(?<!\w)(?:recrutements?|embauches?|emplois|postes|hires|hiring|jobs|roles|positions|"
    r"Stellen|Neueinstellungen|Einstellungen|Arbeitsplätze|contrataciones|empleos|puestos|"
    r"fichajes|assunzioni|posti(?:\s+di\s+lavoro)?)(?!\w)", re.IGNORECASE)


_MOVED_THINGS = re.compile(r"(?<!\w)(?:Aufträge|Auftrag|Produktion|Fertigung|orders|output|work|"
                           r"production|commandes|producción|pedidos|produzione|ordini)(?!\w)",
                           re.IGNORECASE)


def _has_site_word(text: str) -> bool:
    lowered = text.lower()
    return any(w in SITE_NOUNS for w in re.findall(r"[^\W\d_]+", lowered)) or any(
        p in lowered for p in SITE_PHRASES)


def _hiring_only(text: str, cue: Cue, city: PlaceMention) -> bool:
    """Whether a plan cue is about hiring at the city rather than a site there: a
    hiring noun right before the cue or between it and the city, and no site noun."""
    if cue.status is not Status.PLANNED:
        return False
    lo, hi = min(cue.start, city.start), max(cue.end, city.end)
    span = text[lo:hi]
    if not (_HIRING.search(span) or _HIRING.search(text, max(0, cue.start - 25), cue.start)
            or _HIRING.search(text, hi, hi + 30)):  # "entstehen in Leipzig 25 Arbeitsplätze"
        return False
    words = re.findall(r"[^\W\d_]+", span.lower())
    return not any(w in SITE_NOUNS for w in words) and not any(
        p in span.lower() for p in SITE_PHRASES)


# "Kanzaki to move its headquarters to Amsterdam": a headline's infinitive is a plan.
_FUTURE_MOVE = re.compile(r"(?:rà|rá|ra|ront|ranno|rán)$")
_TO_BEFORE = re.compile(r"(?<!\w)(?:to|will|would|shall|va|vont|va\s+a|van\s+a)\s+$")


_OWNER_WITH = re.compile(
    r"(?P<name>[A-ZÀ-Þ][\w&.-]*(?:\s+[A-ZÀ-Þ][\w&.-]*)*),?\s+(?:mit\s+seine[mn]?|with\s+its|"
    r"avec\s+son|avec\s+sa|con\s+su|con\s+il\s+suo|con\s+la\s+sua)\s+(?:[^\W\d_]+\s+){0,2}?"
    r"[^\W\d_]+\s+(?:in|à|en|a|de|di|d['’])\s*$")
_OWNER_POSSESSIVE = re.compile(
    r"(?P<name>[A-ZÀ-Þ][\w&.-]*(?:\s+[A-ZÀ-Þ][\w&.-]*)*)['’]s?\s+(?:[a-z][\w-]*\s+){0,3}?"
    r"(?:data\s+cent(?:er|re)s?|offices?|plants?|factories|factory|sites?|labs?|hubs?|"
    r"headquarters|campus(?:es)?|warehouses?|stores?)\s+(?:in|at)\s+(?:[A-ZÀ-Þ][\w-]*\s+"
    r"(?:and|or)\s+)?$")


def _same_firm(ctx: _Context, name: str) -> bool:
    """Whether `name` is the article's company: the same words, or its initials ("AWS" for
    Amazon Web Services)."""
    folded, company = name.casefold(), ctx.company.casefold()
    initials = "".join(w[0] for w in ctx.company.split() if w[:1].isupper()).casefold()
    return (company in folded or folded in company or folded in NOT_COMPANIES
            or (len(initials) >= 2 and folded == initials)
            or bool({w.casefold() for w in name.split()} & {w.casefold()
                                                            for w in ctx.company.split()}))


# "les centres de données d'AWS à Francfort", "the data centres of Azura in Frankfurt":
# a site of another organisation, named after the site noun.
_OF_OTHER_BEFORE = re.compile(
    r"(?:\s(?:de|of|von|der|des|di|del|della|und|and|et|y|e|wie|like|comme|como|come)\s+|"
    r"\ssuch\s+as\s+|\sd['’]|\sdell['’])"
    r"(?P<name>[A-ZÀ-Þ][\w&.'’-]*(?:\s+[A-ZÀ-Þ][\w&.'’-]*)*)\s+(?:à|in|en|a|im|au)\s+$")


def _other_org_site(ctx: _Context, text: str, city: PlaceMention) -> bool:
    """Whether the city locates a site of another organisation named right before it."""
    for pattern in (_OWNER_POSSESSIVE, _OWNER_WITH):
        owned = pattern.search(text, max(0, city.start - 80), city.start)
        if owned and ctx.company and not _same_firm(ctx, owned.group("name")) \
                and ctx.resolver(owned.group("name")) is None:
            return True  # "Amazon Web Services' data centers in Tokyo", "Volkswagen mit
            # seinem Werk in Zwickau"
    match = _OF_OTHER_BEFORE.search(text, max(0, city.start - 80), city.start)
    if not match or not ctx.company:
        return False
    name = match.group("name")
    folded, company = name.casefold(), ctx.company.casefold()
    if (company in folded or folded in company or folded in NOT_COMPANIES
            or name.split()[0].casefold() in NOT_COMPANIES or ctx.resolver(name) is not None
            or is_country(name)):
        return False
    words = re.findall(r"[^\W\d_]+", text[max(0, match.start() - 80):match.start()].lower())
    if re.match(r"\s(?:wie|like|comme|como|come|such)\s", match.group(0)):
        return True  # "Hersteller wie CATL in Arnstadt": firms given as examples
    # "die Werke von A in X und B in Y": a second firm of the list reaches further back
    reach = 3 if re.match(r"\s(?:de|of|von|der|des|di|del|della)\s|\sd", match.group(0)) else 8
    return any(w in SITE_NOUNS for w in words[-reach:])


def _is_city(place: Any) -> bool:
    return place is not None and getattr(place, "population", 0) >= 50_000


def _candidate(ctx: _Context, sentence: Sentence, cues: list[Cue], dates: list[DateMention],
               places: list[PlaceMention], city: PlaceMention,
               inherited: tuple[PartialDate, str] | None,
               following: tuple[Sentence, list[Cue], list[DateMention], list[PlaceMention]]
               | None = None) -> _Found | None:
    in_reference = any(m.kind is Kind.RELATIVE_AFTER and m.clause
                       and m.clause[0] <= city.start and city.end <= m.clause[1]
                       for m in dates)
    kind, has_site = _site_kind(sentence.text, city.start, city.end, ctx.language)
    cue: Cue | None = None
    if _cancelled(sentence.text, city, cues):
        return None
    if city.after_list:
        status, strong, why = Status.EXISTING, True, "listed as an earlier site"
    elif in_reference:
        status, strong, why = Status.EXISTING, True, "the earlier site a relative date refers to"
    elif city.moved_from:
        status, strong, why = Status.CLOSED, True, "the site moved away from it"
    elif city.based:
        if not _owned_by_company(ctx, sentence.text, city.start, city.end, after=True):
            return None
        status, strong, why = Status.EXISTING, True, "'-based': the company's seat"
        kind, has_site = SiteKind.HEADQUARTERS, True
    else:
        cue = cue_for(cues, city.start, city.end, sentence.text)
        own = (_OWN_VERB_CLAUSE.search(sentence.text, cue.end, city.start)
               if cue is not None and cue.end <= city.start else None)
        if own is not None:
            # "cerrará su oficina de X y ofrece a la plantilla el traslado a Y": the first
            # verb does not reach past a coordinated clause with a verb of its own
            cue = cue_for([c for c in cues if c.start >= own.end() or c.start >= city.end],
                          city.start, city.end, sentence.text)
        if cue is None:
            if not has_site or not _site_in_clause(sentence.text, city):
                return None
            if _other_subject(ctx, sentence.text, city.start) or _relative_of_other(
                    ctx, sentence.text, city.start):
                return None  # another firm's site ("Tim, che ha ... data center, tra cui
                # quello di Rozzano")
            status, strong, why = Status.EXISTING, False, "site named without a status verb"
        else:
            if not SEAT.fullmatch(cue.text) and not _BASED.match(cue.text) and (
                    _other_subject(ctx, sentence.text, min(cue.start, city.start))
                    or _other_subject(ctx, sentence.text, city.start)
                    or (cue.start < city.start and _relative_of_other(ctx, sentence.text,
                                                                      cue.start))):
                return None  # "Paris-based Pennylane opened in London": another firm
            if _other_agent(sentence.text, _clause_start(sentence.text, cue.start),
                            max(cue.start, city.start)):
                return None  # "nos clients y ont ouvert des usines à Poznan"
            if _STAFF_TARGET.search(sentence.text[max(0, cue.start - 30):cue.end]):
                return None  # "expects to employ 35 people in Singapore": a headcount goal
            outer = _verb_before_relative(sentence.text, cues, cue, ctx.language)
            if outer is not None and outer.generic:
                return None  # "assorbirà il laboratorio che il gruppo ha aperto a Pisa"
            if outer is not None:
                cue = outer  # "cerró la filial que había abierto cinco años antes en São Paulo"
            main = _main_verb_after_relative(sentence.text, cues, cue, city, ctx.language)
            if main is not None:
                cue = main  # "L'unità che Corvo aveva aperto a Suzhou nel 2016 chiuderà"
            if cue.text.lower() in ADVERB_CUES:
                # "Ein Büro in Lissabon hat Kontoria bereits im Herbst eröffnet": the verb the
                # adverb leads to is the news
                verb = next((c for c in cues if c.start > cue.end and c.strong
                             and c.text.lower() not in ADVERB_CUES and not c.generic
                             and len(sentence.text[cue.end:c.start].split()) <= 4
                             and not re.search(r"[,;:]|(?<!\w)(?:e|et|and|und|y)(?!\w)",
                                               sentence.text[cue.end:c.start])), None)
                if verb is not None:
                    cue = verb
            if cue.text.lower() in ADVERB_CUES and not _site_in_clause(sentence.text, city):
                # "À Paris, X arrivera sur un terrain déjà très occupé": the adverb is not
                # about a site; a verb beside it may be ("exploite déjà ..., à Strasbourg")
                cue = cue_for([c for c in cues if c.text.lower() not in ADVERB_CUES],
                              city.start, city.end, sentence.text)
                if cue is None:
                    return None
            if _PRODUCE.fullmatch(cue.text) and not _company_near(ctx, sentence.text, cue):
                return None  # "un distretto di aziende che tra Bologna e Modena produce"
            status, strong, why = cue.status, cue.strong, f"cue '{cue.text}'"
            if cue.start > city.end and _WHERE_AFTER.match(sentence.text, city.end):
                main = _after_clause(sentence.text, cues, cue)
                if main is not None:
                    # "Belfast, where the firm opened a centre last year, is not affected"
                    cue = main
                    status, strong, why = cue.status, cue.strong, f"cue '{cue.text}'"
                else:
                    why += " (in a where-clause)"
            if status is Status.ANNOUNCED and any(
                    c.status is Status.CLOSED and not c.strong and cue.end <= c.start < city.start
                    for c in cues):
                status, why = Status.CLOSED, why + " (a closure announced)"
            if status is Status.ANNOUNCED and cue.end <= city.start and not _announces_site(
                    sentence.text, cue, city):
                # "l'a annoncé jeudi ..., lors d'un comité réuni au siège du groupe, à Lyon":
                # the announcement is not about a site there; the site named is existing
                if not _site_in_clause(sentence.text, city):
                    return None
                status, why = Status.EXISTING, why + " (where it was announced: a site)"
            if MOVE.fullmatch(cue.text) and (
                    _where_site(sentence.text, cues, city) is not None
                    or _EXISTING_ADJ.search(sentence.text, max(0, city.start - 60), city.start)):
                # "in die bestehenden Werke in Kecskemét verlagert, wo Hallbach bereits ...
                # fertigt": work moves into a site that exists
                status, why = Status.EXISTING, why + " (an existing site things move to)"
            moved = _moved_away(sentence.text, cues, city)
            if moved is not None:
                status, why = Status.CLOSED, f"cue '{moved.text}' (the site moves away)"
            unit = _new_unit_cue(sentence.text, cues, cue) if SEAT.fullmatch(cue.text) else None
            if unit is not None:
                status, why = unit.status, why + f" (the seat of a unit: '{unit.text}')"
                kind, has_site = SiteKind.SUBSIDIARY, True
            if cue.start < 3 and _FOUNDING_OPENER.fullmatch(cue.text) and re.fullmatch(
                    r"\s+(?:à|in|en|a|im)\s+", sentence.text[cue.end:city.start]):
                return None  # "Fondé à Annecy en 1968, le groupe ...": where it began
            if _hiring_only(sentence.text, cue, city):
                return None  # "recrutements prévus à Rennes": jobs at a site, no new site
            if status is Status.OPENED and (_TO_BEFORE.search(sentence.text, 0, cue.start) or (
                    MOVE.fullmatch(cue.text) and _FUTURE_MOVE.search(cue.text))):
                status, why = Status.PLANNED, why + " (still to come)"
            if (MOVE.fullmatch(cue.text) and cue.start >= city.end
                    and _where_site(sentence.text, cues, city) is None
                    and (_HIRING.search(sentence.text, _clause_start(sentence.text, city.start),
                                        city.start) or _MOVED_THINGS.search(
                        sentence.text, _clause_start(sentence.text, city.start), city.start))
                    and not _has_site_word(sentence.text[_clause_start(sentence.text,
                                                                       city.start):city.start])):
                return None  # "dann werden ihre Arbeitsplätze nach Istanbul verlagert",
                # "wenn Aufträge nach Oława wandern"
            if MOVE.fullmatch(cue.text) and cue.end <= city.start and not _SITE_PHRASE.search(
                    sentence.text[cue.end:city.start].lower()) and not any(
                    w.lower() in SITE_NOUNS for w in _SITE_WORD.findall(
                        sentence.text[cue.end:city.start])):
                where = _where_site(sentence.text, cues, city)
                if where is None:
                    return None  # "move those roles to Dublin": no site moves there
                cue = where  # "transférée à Morez, ..., où se trouvent le siège et l'usine"
                status, strong, why = cue.status, cue.strong, f"cue '{cue.text}' (where-clause)"
            if (_BASED.match(cue.text) or SEAT.fullmatch(cue.text)) and not _owned_by_company(
                    ctx, sentence.text, cue.start, cue.end):
                return None  # "le fonds Andes Capital, con sede en Miami"
            if not has_site and _BASED.match(cue.text):
                kind, has_site = SiteKind.HEADQUARTERS, True
            if status is Status.ANNOUNCED and not has_site and not any(
                    c.status is Status.OPENED and not c.strong for c in cues):
                return None  # "shares rose in Oslo trading after the announcement"
            if MOVE.fullmatch(cue.text) and moved is None and _destination_site(sentence.text,
                                                                                city):
                status, why = Status.EXISTING, "an existing site things move to"
    if _other_org_site(ctx, sentence.text, city):
        return None  # "les centres de données d'AWS à Francfort"
    if _FORMER.search(sentence.text, max(0, city.start - 40), city.start):
        status, strong, why = Status.CLOSED, True, "a former site"  # "its former HQ in X"
    if not (city.after_list or in_reference or city.based or city.moved_from) and _considered(
            sentence.text, city, cue_for(cues, city.start, city.end, sentence.text)):
        return None  # an option weighed, not a plan
    if not (city.after_list or city.based) and _describes_known_site(sentence.text) \
            and ctx.seen_strong:
        return None
    moving = city.moved_from or (status is Status.OPENED and cue is not None
                                 and bool(MOVE.fullmatch(cue.text)))
    existing = status is Status.EXISTING
    date, how = _date_for(ctx, sentence, cues, dates, places, city, same_clause=existing,
                          opening=status is Status.OPENED)
    if not date.known and inherited is not None and not existing and (
            status is not Status.PLANNED
            or ctx.previous_announces
            or any(c.status is Status.ANNOUNCED and c.strong for c in cues)):
        # a plan takes the date of the sentence before only when that date is an
        # announcement's ("a annoncé ... Cette décision s'accompagne d'ouvertures
        # prévues", "También anunció que abrirá"); "abrió ayer ... prevé abrir otros dos"
        # dates the opening, not the plan
        date, how = inherited
    if moving and not _after_reference(date, ctx.reference):
        # "verlegt seine Zentrale von Hamburg nach Berlin. Der Umzug soll im kommenden
        # Frühjahr abgeschlossen sein": a move still to come is a plan where it goes and
        # closes where it leaves when it happens
        target = _plan_target(ctx, sentence, dates, places, city, following)
        if target is not None:
            date, how = target
            if status is Status.OPENED:
                status, why = Status.PLANNED, why + " (the move is still to come)"
    if status is Status.PLANNED and not _after_reference(date, ctx.reference):
        target = _plan_target(ctx, sentence, dates, places, city, following)
        if target is not None:
            date, how = target
    if status is Status.OPENED and not strong and _after_reference(date, ctx.reference):
        status, why = Status.PLANNED, why + " (an opening noun with a date to come)"
    if status is Status.OPENED and cue is not None and _FUTURE_START.search(
            sentence.text, city.end):
        status, why = Status.PLANNED, why + " (business starts later)"
    if existing and date.month is not None:
        # a state at the article's time: a weekday or day ("teilte ... am Mittwoch mit")
        # dates the report, not the site
        date, how = PartialDate(date.year), how + " (year only: an existing site)"
    if not date.known and ctx.reference.known:
        date = PartialDate(ctx.reference.year)
        how = "year of the article's reference date"
    place = city.place
    confidence = (0.85 if strong else 0.55) * (0.6 + 0.4 * float(getattr(place, "confidence", 1)))
    if in_reference:
        confidence *= 0.8
    if ctx.company and ctx.company in sentence.text:
        confidence += 0.05
    if getattr(place, "ambiguous", False):
        confidence -= 0.1
    candidate = CandidateEvent(
        company=ctx.company, city=city.text, country=getattr(place, "country_code", "") or "",
        place=place, date=date, status=status, site_kind=kind if has_site else SiteKind.OFFICE,
        quote=sentence.text, span=(sentence.start, sentence.end),
        confidence=round(max(0.0, min(1.0, confidence)), 2), article_id=ctx.article.id,
        note="; ".join(part for part in (why, how) if part),
    )
    return _Found(candidate, _place_key(city.text, place), strong)


# Subjects that take up the site just named ("Die Anlage soll Ende 2027 in Betrieb
# gehen", "Le site, dont la mise en service est prévue pour 2027").
_SITE_SUBJECT = re.compile(
    r"^(?:The|This|Its|Le|La|L['’]|Ce|Cette|Son|Sa|Der|Die|Das|Dieser|Diese|Dieses|El|La|"
    r"Este|Esta|Su|Il|Lo|Questo|Questa)\s+(?:(?:new|first|nouveau|nouvelle|neue[ns]?|erste[ns]?|"
    r"nuev[oa]|nuov[oa]|primer[oa]?)\s+)?([^\W\d_]+)", re.IGNORECASE)
_SITE_SUBJECT_NOUNS = frozenset(
    "anlage planta plant plants facility centre center centro impianto projet project "
    "projekt proyecto progetto complexe complex campus umzug move relocation déménagement "
    "transfert traslado mudanza trasferimento trasloco".split())


def _future_dates(ctx: _Context, sentence: Sentence, dates: list[DateMention],
                  places: list[PlaceMention], start: int, end: int,
                  ) -> list[tuple[float, PartialDate, str]]:
    """Dates of the sentence after the article's own time, with their distance to
    [start, end); a date with another city between it and [start, end) binds to that
    city's clause, not to this one."""
    found = []
    for mention in dates:
        if mention.kind is Kind.RELATIVE_AFTER or _founding_date(sentence.text, mention):
            continue
        lo, hi = sorted((mention.end, start)) if mention.end <= start else (end, mention.start)
        if any(lo <= p.start and p.end <= hi for p in places) or ";" in sentence.text[lo:hi]:
            continue
        value = resolve(mention, ctx.reference, future=True, window=ctx.window)
        if value.known and _after_reference(value, ctx.reference):
            found.append((float(hi - lo), value, mention.text))
    return found


def _plan_target(ctx: _Context, sentence: Sentence, dates: list[DateMention],
                 places: list[PlaceMention], city: PlaceMention,
                 following: tuple[Sentence, list[Cue], list[DateMention], list[PlaceMention]]
                 | None) -> tuple[PartialDate, str] | None:
    """The date a plan is for, when the date nearest the city is the announcement's
    ("said on Wednesday it would build ... in Hamar, ... due to go live in 2027"): the
    nearest later date of the city's sentence, else of the next sentence when that one
    takes up the site ("Die Anlage soll Ende 2027 in Betrieb gehen")."""
    if not ctx.reference.known:
        return None
    own = _future_dates(ctx, sentence, dates, places, city.start, city.end)
    if own:
        _d, value, text = min(own, key=lambda item: item[0])
        return value, f"plan date from '{text}'"
    if following is None:
        return None
    nxt, _cues, nxt_dates, nxt_places = following
    subject = _SITE_SUBJECT.match(nxt.text)
    if not subject or (subject.group(1).lower() not in SITE_NOUNS
                       and subject.group(1).lower() not in _SITE_SUBJECT_NOUNS):
        # "verlegt seine Zentrale nach Düsseldorf. Im April 2026 sollen 150 Mitarbeiter
        # ... ziehen": the next sentence tells when the move happens
        move = MOVE.search(sentence.text)
        if not (move and _MOVE_WORDS.search(nxt.text)) or _PAST_AUX.search(
                sentence.text[max(0, move.start() - 60):move.start()]):
            return None  # "ha trasferito la sede ...": the move is done
    later = _future_dates(ctx, nxt, nxt_dates, nxt_places, 0, 0)
    if not later:
        return None
    _d, value, text = min(later, key=lambda item: item[0])
    return value, f"plan date from '{text}' (the next sentence, about the site)"


_PAST_AUX = re.compile(r"(?<!\w)(?:ha|hanno|hat|haben|hatte|hatten|a|ont|avait|has|have|had|"
                       r"han|había)(?!\w)", re.IGNORECASE)
_MOVE_WORDS = re.compile(r"(?<!\w)(?:ziehen|umziehen|Umzug|move|moving|déménag\w*|"
                         r"emménag\w*|trasloc\w*|trasferi\w*|traslad\w*|mudanza)(?!\w)",
                         re.IGNORECASE)


_PRECISION_RANK = {"day": 3, "month": 2, "year": 1, "unknown": 0}


def _strength(item: _Found) -> tuple[bool, bool, int, float]:
    """Strongest evidence first: a verb, then a date the text gives (not the fallback
    year of the article, as in a headline), then a more precise date, then confidence."""
    c = item.candidate
    from_text = "year of the article's reference date" not in c.note
    return item.strong, from_text, _PRECISION_RANK[c.date.precision.value], c.confidence


_LISTED_NOTES = ("in a labelled list", "listed as an earlier site")
# "955 à Cholet, où le groupe fabrique des pneus": a description of a site whose news the
# article tells elsewhere
_DESCRIBED = "(in a where-clause)"


def _merge(found: list[_Found], anchored: set[str]) -> list[CandidateEvent]:
    """One event per city and status (see the module docstring)."""
    strong_keys = {f.key for f in found if f.strong}
    # a list that only names sites ("Offices: ..., New York", "Dopo Bari toccherà alla
    # Sicilia") repeats a site the story opens, plans or closes: no second status
    told = {f.key for f in found if f.candidate.status is not Status.EXISTING and f.strong}
    found = [f for f in found if not (f.candidate.status is Status.EXISTING and f.key in told
                                      and (f.candidate.note.startswith(_LISTED_NOTES)
                                           or _DESCRIBED in f.candidate.note))]
    # a headline's present tense ("eröffnet Büros in Köln") for a site the body plans ("wird
    # ... Büros in Köln eröffnen"): the body's tense is the fact
    planned = {f.key for f in found if f.candidate.status is Status.PLANNED and f.strong
               and f.candidate.span[0] > 0}
    found = [f for f in found if not (f.candidate.status is Status.OPENED and f.key in planned
                                      and f.candidate.span[0] == 0)]
    best: dict[tuple[str, Status], _Found] = {}
    for item in found:
        if item.key in strong_keys and not item.strong:
            continue
        if item.candidate.status is Status.EXISTING and item.key in anchored:
            continue
        slot = (item.key, item.candidate.status)
        current = best.get(slot)
        if current is None or _strength(item) > _strength(current):
            best[slot] = item
    return sorted((f.candidate for f in best.values()), key=lambda c: c.span)


def extract_many(articles: Sequence[Article], *, anchors: Sequence[Event] = (),
                 resolver: Resolver | None = None) -> list[CandidateEvent]:
    """Extract several articles so that earlier events date the later ones.

    A first pass orders the articles by publication date, else by the earliest date
    their own text gives (undatable ones last); the second pass extracts them in that
    order, each with every event found before it as anchors.
    """
    def order_key(item: tuple[int, Article]) -> tuple[int, str, int]:
        index, article = item
        if article.published.known:
            return 0, article.published.iso(), index
        dates = [c.date for c in extract(article, anchors=anchors, resolver=resolver)
                 if c.date.known]
        return (0, min(dates).iso(), index) if dates else (1, "", index)

    ordered = [a for _i, a in sorted(enumerate(articles), key=order_key)]
    known: list[Event] = list(anchors)
    results: list[CandidateEvent] = []
    for article in ordered:
        candidates = extract(article, anchors=known, resolver=resolver)
        results.extend(candidates)
        known.extend(c.to_event() for c in candidates)
    return results
