"""Find date expressions in a sentence and turn them into honest PartialDates.

A mention records exactly what the text gives (day, month, year, weekday, or an offset
from "now" or from an earlier event). Resolution fills the gaps only from things that are
known: the article's reference window (its publication date, or what the text and the
anchors prove about it) and anchor events. It never creates a day the text does not
give; a month without a known year stays unknown, because PartialDate cannot hold
"February of some year" and guessing the year would be worse.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from atlas.dates import PartialDate
from atlas.extract.lexicon import LANGUAGES, MONTHS, WEEKDAYS

A = r"['’]"  # apostrophes as typed or typeset


class Kind(StrEnum):
    FULL = "full"                 # 9 octobre 2024
    MONTH_YEAR = "month-year"     # octobre 2024
    YEAR = "year"                 # 2024
    DAY_MONTH = "day-month"       # le 6 février
    MONTH = "month"               # en février
    WEEKDAY = "weekday"           # vendredi, on Friday
    RELATIVE_NOW = "relative-now"      # l'année prochaine, last year
    RELATIVE_AFTER = "relative-after"  # moins d'un an après s'être implanté à Paris


@dataclass(frozen=True)
class DateMention:
    """A date expression as the text states it; fields the text leaves out are None."""

    start: int
    end: int
    text: str
    kind: Kind
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    offset_years: int = 0
    offset_months: int = 0
    # RELATIVE_AFTER: the clause naming the earlier event, as offsets in the sentence.
    clause: tuple[int, int] | None = None
    upper_only: bool = False  # "less than a year after": the offset is a ceiling
    # RELATIVE_NOW: the precision the expression gives ("this month", "yesterday")
    offset_days: int = 0
    precision: str = "year"


@dataclass(frozen=True)
class Window:
    """Inclusive bounds on a date; None means unbounded on that side."""

    lo: date | None = None
    hi: date | None = None

    def intersect(self, other: Window) -> Window:
        lo = max((d for d in (self.lo, other.lo) if d), default=None)
        hi = min((d for d in (self.hi, other.hi) if d), default=None)
        if lo and hi and lo > hi:
            return self  # contradictory evidence: keep what we had rather than nothing
        return Window(lo, hi)

    def to_partial(self) -> PartialDate:
        """The most precise PartialDate that covers the whole window, never more."""
        if self.lo is None or self.hi is None:
            return PartialDate()
        if self.lo == self.hi:
            return PartialDate(self.lo.year, self.lo.month, self.lo.day)
        if (self.lo.year, self.lo.month) == (self.hi.year, self.hi.month):
            return PartialDate(self.lo.year, self.lo.month)
        if self.lo.year == self.hi.year:
            return PartialDate(self.lo.year)
        return PartialDate()

    @classmethod
    def of(cls, value: PartialDate) -> Window:
        span = value.span()
        return cls(*span) if span else cls()


def _alternation(words: object) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_NUMBER_WORDS = {
    "un": 1, "une": 1, "a": 1, "an": 1, "one": 1, "ein": 1, "einem": 1, "einen": 1,
    "uno": 1, "una": 1, "deux": 2, "two": 2, "zwei": 2, "dos": 2, "due": 2, "trois": 3,
    "three": 3, "drei": 3, "tres": 3, "tre": 3, "quatre": 4, "four": 4, "vier": 4,
    "cuatro": 4, "quattro": 4, "six": 6, "sechs": 6, "seis": 6, "sei": 6, "dix-huit": 18,
}
_YEAR_UNITS = r"ans?|années?|years?|jahre?n?|jahr|años?|anni|anno"
_MONTH_UNITS = r"mois|months?|monate?n?|monat|mes|meses|mesi|mese"
_LESS = r"moins\s+d['’]|moins\s+de|less\s+than|under|weniger\s+als|knapp|menos\s+de|meno\s+di"
_AFTER = r"après|after|nach|después\s+de|tras|dopo"
_RELATIVE_NOW = [
    (r"l['’]ann[ée]e\s+prochaine|l['’]an\s+prochain|next\s+year|n[äa]chste[ns]?\s+Jahr(?:es)?"
     r"|im\s+kommenden\s+Jahr|kommendes\s+Jahr|el\s+pr[óo]ximo\s+a[ñn]o|el\s+a[ñn]o\s+que\s+viene"
     r"|il\s+prossimo\s+anno|l['’]anno\s+prossimo", 1, 0),
    (r"cette\s+ann[ée]e|this\s+year|dieses\s+Jahr|diesem\s+Jahr|este\s+a[ñn]o"
     r"|quest['’]anno|questo\s+anno", 0, 0),
    (r"l['’]an\s+dernier|l['’]ann[ée]e\s+derni[èe]re|l['’]an\s+pass[ée]|last\s+year"
     r"|letzte[ns]?\s+Jahr|vergangene[ns]?\s+Jahr|im\s+Vorjahr|el\s+a[ñn]o\s+pasado"
     r"|el\s+pasado\s+a[ñn]o|l['’]anno\s+scorso|lo\s+scorso\s+anno", -1, 0),
    (r"le\s+mois\s+prochain|next\s+month|n[äa]chsten\s+Monat|el\s+pr[óo]ximo\s+mes"
     r"|il\s+prossimo\s+mese|il\s+mese\s+prossimo", 0, 1),
    # the end of the current year: a deadline in the article's year
    (r"(?:d['’]ici\s+(?:à\s+)?|avant\s+)la\s+fin\s+de\s+l['’]ann[ée]e|(?:by|before)\s+the\s+end"
     r"\s+of\s+the\s+year|by\s+year[-\s]end|bis\s+(?:zum\s+)?(?:Ende\s+des\s+Jahres|Jahresende)"
     r"|antes\s+de\s+(?:que\s+(?:termine|acabe|finalice|concluya)\s+el\s+a[ñn]o|(?:final|fin)\s+de\s+a[ñn]o)"
     r"|a\s+finales\s+de\s+(?:este\s+)?a[ñn]o|entro\s+(?:la\s+)?fine\s+(?:dell['’])?anno", 0, 0),
]
# Expressions that give the month or the day of the article's own date.
_RELATIVE_PRECISE: dict[str, list[tuple[str, int, str]]] = {
    "fr": [(r"ce\s+mois-ci|(?:au\s+)?(?:début|courant)\s+du\s+mois", 0, "month"),
           (r"(?<!avant-)hier", -1, "day")],
    "en": [(r"this\s+month|earlier\s+this\s+month", 0, "month"), (r"yesterday", -1, "day")],
    "de": [(r"(?:in\s+)?diesem\s+Monat|diesen\s+Monat", 0, "month"),
           (r"(?<!vor)gestern", -1, "day")],
    "es": [(r"este\s+mes", 0, "month"), (r"(?<!anteay)ayer", -1, "day")],
    "it": [(r"questo\s+mese|(?:nel\s+)?mese\s+in\s+corso", 0, "month"), (r"ieri", -1, "day")],
}


# "next spring", "im kommenden Frühjahr": the next such season after the article's date,
# dated by its year (month of the season's start).
_SEASONS = [
    (r"(?:(?:au|le)\s+printemps\s+prochain|(?:next|this\s+coming|the\s+coming)\s+spring"
     r"|im\s+(?:kommenden|nächsten|nachsten)\s+Frühjahr|(?:la\s+)?pr[óo]xima\s+primavera"
     r"|(?:la\s+)?prossima\s+primavera|in\s+primavera)", 3),
    (r"(?:(?:l['’]|cet\s+)?été\s+prochain|next\s+summer|im\s+(?:kommenden|nächsten)\s+Sommer"
     r"|(?:el\s+)?pr[óo]ximo\s+verano|(?:la\s+)?prossima\s+estate)", 6),
    (r"(?:(?:l['’]|à\s+l['’])automne\s+prochain|next\s+(?:autumn|fall)"
     r"|im\s+(?:kommenden|nächsten)\s+Herbst|(?:el\s+)?pr[óo]ximo\s+otoño"
     r"|(?:il\s+)?prossimo\s+autunno)", 9),
]


# Weeks relative to the article's date (offset in weeks): "la semaine dernière" is the
# calendar week before the article's, dated only as precisely as that week allows.
_RELATIVE_WEEK = [
    (r"la\s+semaine\s+(?:derni[èe]re|pass[ée]e)|last\s+week|(?:in\s+der\s+)?(?:letzten|"
     r"vergangenen)\s+Woche|letzte\s+Woche|vergangene\s+Woche|la\s+semana\s+pasada|"
     r"la\s+pasada\s+semana|la\s+settimana\s+scorsa|la\s+scorsa\s+settimana", -1),
    (r"cette\s+semaine|this\s+week|earlier\s+this\s+week|diese\s+Woche|(?:in\s+)?dieser\s+"
     r"Woche|esta\s+semana|questa\s+settimana", 0),
    (r"la\s+semaine\s+prochaine|next\s+week|n[äa]chste\s+Woche|(?:in\s+der\s+)?n[äa]chsten"
     r"\s+Woche|la\s+semana\s+(?:que\s+viene|pr[óo]xima)|la\s+pr[óo]xima\s+semana|"
     r"la\s+settimana\s+prossima|la\s+prossima\s+settimana", 1),
]


_WEEK_WORDS = ("semaine", "week", "woche", "semana", "settimana")


def week_window(reference: PartialDate, weeks: int) -> Window:
    """The days a week relative to `reference` may cover: the calendar week (Monday to
    Sunday) `weeks` away from a known day; from a month, every day it may fall on."""
    span = reference.span()
    if span is None:
        return Window()
    lo, hi = span
    if reference.precision == "day":
        monday = lo - timedelta(days=lo.weekday()) + timedelta(weeks=weeks)
        sunday = monday + timedelta(days=6)
        if weeks == 0:
            sunday = min(sunday, lo)
        return Window(monday, sunday)
    return Window(lo - timedelta(days=lo.weekday()) + timedelta(weeks=weeks),
                  hi + timedelta(days=6 - hi.weekday()) + timedelta(weeks=weeks))


class _Patterns:
    """Compiled patterns for one language (or all, when the language is unknown)."""

    def __init__(self, language: str) -> None:
        langs = (language,) if language in LANGUAGES else LANGUAGES
        self.months = {k: v for lang in langs for k, v in MONTHS[lang].items()}
        self.weekdays = {k: v for lang in langs for k, v in WEEKDAYS[lang].items()}
        m = f"(?P<month>{_alternation(self.months)})"
        day = r"(?P<day>[12]\d|3[01]|0?[1-9])(?:er|º|°|\.|st|nd|rd|th)?"
        year = r"(?P<year>(?:19|20)\d{2})(?!\d)"
        flags = re.IGNORECASE
        self.full = [
            re.compile(r"\b(?P<iso>(?P<year>(?:19|20)\d{2})-(?P<m>\d{2})-(?P<day>\d{2}))\b"),
            re.compile(rf"\b{day}\s+(?:de\s+)?{m}\b\.?(?:\s+de[l]?)?,?\s+{year}", flags),
            re.compile(rf"\b{m}\.?\s+{day},?\s+{year}", flags),
            re.compile(rf"\b(?P<day>[12]\d|3[01]|0?[1-9])[./](?P<m>1[0-2]|0?[1-9])[./]{year}"),
        ]
        self.day_month = [
            re.compile(rf"\b{day}\s+(?:de\s+)?{m}\b", flags),
            re.compile(rf"\b{m}\s+(?P<day>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\b(?!\s*[,.]?\d)",
                       flags),
        ]
        self.month_year = re.compile(rf"\b{m}\b\.?(?:\s+de[l]?)?\s+{year}", flags)
        self.month = re.compile(rf"\b{m}\b", flags)
        self.year = re.compile(r"(?<![\d.,€$£/-])\b(?P<year>(?:19|20)\d{2})\b(?![\d%]|[.,]\d)")
        self.weekday = re.compile(rf"\b(?P<weekday>{_alternation(self.weekdays)})(?!\w)", flags)
        n = rf"(?P<n>\d+|{_alternation(_NUMBER_WORDS)})"
        self.after = re.compile(
            rf"(?:(?P<less>{_LESS})\s*)?(?:{n}\s+(?P<unit>{_YEAR_UNITS}|{_MONTH_UNITS})\s+)?"
            rf"(?:plus\s+tard\s+|later\s+|später\s+|más\s+tarde\s+|più\s+tardi\s+)?"
            rf"(?P<after>{_AFTER})\b", flags)
        self.now = [(re.compile(rf"\b(?:{p})\b", flags), y, mo) for p, y, mo in _RELATIVE_NOW]
        self.seasons = [(re.compile(rf"(?<!\w)(?:{p})(?!\w)", flags), month)
                        for p, month in _SEASONS]
        self.weeks = [(re.compile(rf"\b(?:{p})\b", flags), w) for p, w in _RELATIVE_WEEK]
        # "hier" is French for yesterday and German for here: only in a known language
        self.precise = [(re.compile(rf"\b(?:{p})\b", flags), days, precision)
                        for p, days, precision in _RELATIVE_PRECISE.get(language, [])]


_CACHE: dict[str, _Patterns] = {}


def _patterns(language: str) -> _Patterns:
    if language not in _CACHE:
        _CACHE[language] = _Patterns(language)
    return _CACHE[language]


def _valid(year: int | None, month: int | None, day: int | None) -> bool:
    if month is not None and not 1 <= month <= 12:
        return False
    if day is not None and year is not None and month is not None:
        return 1 <= day <= calendar.monthrange(year, month)[1]
    return day is None or 1 <= day <= 31


def find_dates(text: str, language: str = "") -> list[DateMention]:
    """Every date expression in `text`, most specific reading first, no overlaps."""
    pats = _patterns(language)
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []

    def free(start: int, end: int) -> bool:
        return all(end <= s or start >= e for s, e in taken)

    def add(match: re.Match[str], kind: Kind, **fields: object) -> None:
        start, end = match.span()
        if not free(start, end):
            return
        found.append(DateMention(start, end, match.group(0), kind, **fields))  # type: ignore[arg-type]
        taken.append((start, end))

    def month_of(match: re.Match[str]) -> int | None:
        groups = match.groupdict()
        if groups.get("m"):
            return int(groups["m"])
        word = match.group("month")
        if word == "may" or (word == "mai" and language == "it"):
            return None  # English modal verb / Italian "never"
        return pats.months.get(word.lower())

    for pattern in pats.full:
        for match in pattern.finditer(text):
            year, month, day = int(match.group("year")), month_of(match), int(match.group("day"))
            if month and _valid(year, month, day):
                add(match, Kind.FULL, year=year, month=month, day=day)
    for match in pats.month_year.finditer(text):
        month = month_of(match)
        if month:
            add(match, Kind.MONTH_YEAR, year=int(match.group("year")), month=month)
    for pattern in pats.day_month:
        for match in pattern.finditer(text):
            month = month_of(match)
            if month and _valid(None, month, int(match.group("day"))):
                add(match, Kind.DAY_MONTH, month=month, day=int(match.group("day")))
    for pattern, days, precision in pats.precise:
        for match in pattern.finditer(text):
            add(match, Kind.RELATIVE_NOW, offset_days=days, precision=precision)
    lowered = text.lower()
    has_week = any(w in lowered for w in _WEEK_WORDS)
    for pattern, weeks in pats.weeks if has_week else ():
        for match in pattern.finditer(text):
            add(match, Kind.RELATIVE_NOW, offset_days=7 * weeks, precision="week")
    for pattern, season in pats.seasons:
        for match in pattern.finditer(text):
            add(match, Kind.RELATIVE_NOW, month=season, precision="season")
    for pattern, years, months in pats.now:
        for match in pattern.finditer(text):
            add(match, Kind.RELATIVE_NOW, offset_years=years, offset_months=months)
    for match in pats.year.finditer(text):
        add(match, Kind.YEAR, year=int(match.group("year")))
    for match in pats.month.finditer(text):
        month = month_of(match)
        if month and (match.group("month")[0].isupper() or language != "en"):
            add(match, Kind.MONTH, month=month)
    for match in pats.weekday.finditer(text):
        following = text[match.end():match.end() + 4]
        if re.match(r"[\s,]*\d", following):
            continue  # "vendredi 11 octobre": the explicit date already says it
        add(match, Kind.WEEKDAY, weekday=pats.weekdays[match.group("weekday").lower()])
    for match in pats.after.finditer(text):
        if not (match.group("n") or match.group("less")) and not _after_is_relative(text, match):
            continue
        clause_end = _clause_end(text, match.end())
        n_text = (match.group("n") or "").lower()
        count = int(n_text) if n_text.isdigit() else _NUMBER_WORDS.get(n_text, 0)
        unit = (match.group("unit") or "").lower()
        is_month = bool(unit) and re.fullmatch(_MONTH_UNITS, unit, re.IGNORECASE) is not None
        if match.group("less") and not count:
            count = 1
        start, end = match.span()
        if free(start, end):
            found.append(DateMention(
                start, end, match.group(0), Kind.RELATIVE_AFTER,
                offset_years=0 if is_month else count, offset_months=count if is_month else 0,
                clause=(end, clause_end), upper_only=bool(match.group("less")),
            ))
            taken.append((start, end))
    return sorted(found, key=lambda m: m.start)


def _after_is_relative(text: str, match: re.Match[str]) -> bool:
    """'après s'être implanté', 'after opening': a bare 'after' naming an earlier event."""
    rest = text[match.end():match.end() + 30]
    return re.match(
        r"\s+(?:s['’]être|avoir|l['’]ouverture|l['’]inauguration|opening|launching|"
        r"having|der\s+Eröffnung|dem\s+Start|haber|abrir|la\s+apertura|aver|l['’]apertura)",
        rest, re.IGNORECASE) is not None


def _clause_end(text: str, pos: int) -> int:
    match = re.compile(r"[,;.:]").search(text, pos)
    return match.end() - 1 if match else len(text)


def most_recent_weekday(weekday: int, reference: date) -> date:
    """The latest date on or before `reference` that falls on `weekday` (Monday = 0)."""
    return reference - timedelta(days=(reference.weekday() - weekday) % 7)


def _add_months(day: date, months: int) -> date:
    total = day.year * 12 + day.month - 1 + months
    year, month = divmod(total, 12)
    return date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def _year_for(month: int, day: int | None, reference: PartialDate, future: bool) -> int | None:
    """The year of a month (and day) given without one, from the reference date.

    A future-tense sentence points forward ("ouvrira en février" written in October means
    next February); otherwise the month is the latest one on or before the reference.
    """
    if reference.year is None:
        return None
    if reference.month is None:
        return reference.year
    ref_day = reference.day or (1 if future else 31)
    if future:
        return reference.year + (1 if (month, day or 31) < (reference.month, ref_day) else 0)
    return reference.year - (1 if (month, day or 1) > (reference.month, ref_day) else 0)


def resolve(mention: DateMention, reference: PartialDate, *, future: bool = False,
            anchor: PartialDate | None = None, window: Window | None = None) -> PartialDate:
    """The date a mention means, given the article's reference date and an anchor.

    `anchor` is the date of the earlier event a RELATIVE_AFTER mention refers to (or,
    for "next year" with no reference date, the latest anchor). `window` narrows the
    result with what the article proves about its own date.
    """
    kind = mention.kind
    if kind is Kind.FULL:
        return PartialDate(mention.year, mention.month, mention.day)
    if kind is Kind.MONTH_YEAR:
        return PartialDate(mention.year, mention.month)
    if kind is Kind.YEAR:
        return PartialDate(mention.year)
    if kind in (Kind.DAY_MONTH, Kind.MONTH):
        assert mention.month is not None
        year = _year_for(mention.month, mention.day, reference, future)
        if year is None and window is not None and window.lo is not None:
            return _first_on_or_after(mention, window.lo)
        if year is None:
            return PartialDate()
        if mention.day is not None and not _valid(year, mention.month, mention.day):
            return PartialDate(year, mention.month)
        return PartialDate(year, mention.month, mention.day)
    if kind is Kind.WEEKDAY:
        if reference.precision != "day":
            return PartialDate()
        assert mention.weekday is not None and reference.year and reference.month
        when = most_recent_weekday(mention.weekday,
                                   date(reference.year, reference.month, reference.day or 1))
        return PartialDate(when.year, when.month, when.day)
    if kind is Kind.RELATIVE_NOW:
        base = reference if reference.known else (anchor or PartialDate())
        if base.year is None:
            return PartialDate()
        if mention.precision == "day":
            if base.precision != "day":
                return PartialDate()
            assert base.month is not None and base.day is not None
            when = date(base.year, base.month, base.day) + timedelta(days=mention.offset_days)
            return PartialDate(when.year, when.month, when.day)
        if mention.precision == "season":
            if base.month is None or mention.month is None:
                return PartialDate()
            return PartialDate(base.year + (1 if base.month >= mention.month else 0))
        if mention.precision == "week":
            # the month when the whole week lies in one, else its year; never a day
            return week_window(base, mention.offset_days // 7).to_partial()
        if mention.precision == "month":
            return PartialDate(base.year, base.month) if base.month else PartialDate()
        if mention.offset_months:
            if base.month is None:
                return PartialDate()
            shifted = _add_months(date(base.year, base.month, 1), mention.offset_months)
            return PartialDate(shifted.year, shifted.month)
        return PartialDate(base.year + mention.offset_years)
    if kind is Kind.RELATIVE_AFTER:
        if anchor is None or not anchor.known:
            return PartialDate()
        result = relative_window(mention, anchor)
        if window is not None:
            result = result.intersect(window)
        return result.to_partial()
    return PartialDate()


def relative_window(mention: DateMention, anchor: PartialDate) -> Window:
    """Where "N after <anchor>" (or "less than N after") puts an event."""
    span = anchor.span()
    if span is None:
        return Window()
    lo = span[0] + timedelta(days=1) if anchor.day else span[0]
    months = mention.offset_years * 12 + mention.offset_months
    if not months:
        return Window(lo, None)
    end = _add_months(span[1], months)
    if mention.upper_only:
        return Window(lo, end)
    return Window(_add_months(span[0], months), end)


def _first_on_or_after(mention: DateMention, lo: date) -> PartialDate:
    """A day-month without a year, placed on its first occurrence on or after `lo`."""
    assert mention.month is not None
    if mention.day is None:
        year = lo.year if mention.month >= lo.month else lo.year + 1
        return PartialDate(year, mention.month)
    for year in (lo.year, lo.year + 1):
        if _valid(year, mention.month, mention.day):
            candidate = date(year, mention.month, mention.day)
            if candidate >= lo:
                return PartialDate(year, mention.month, mention.day)
    return PartialDate()
