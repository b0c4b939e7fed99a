"""Partial dates: a day, a month, a year, or nothing known.

News often gives only "2025" or "en février". Such a date is a span, not a point:
`2025` covers 1 Jan to 31 Dec 2025. The span is what window filtering uses (see
`atlas.timeline`), so a vague date never pretends to a precision it lacks.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from functools import cached_property

MONTHS_SHORT = ("Jan", "Feb", "Mar", "Apr", "May", "Jun",
                "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")

_PATTERN = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


class Precision(StrEnum):
    DAY = "day"
    MONTH = "month"
    YEAR = "year"
    UNKNOWN = "unknown"


class DateFormatError(ValueError):
    """The text is not YYYY, YYYY-MM, YYYY-MM-DD or empty."""


@dataclass(frozen=True, order=True)
class PartialDate:
    """A calendar date known to day, month or year precision, or not at all."""

    year: int | None = None
    month: int | None = None
    day: int | None = None

    @classmethod
    def parse(cls, text: str | None) -> PartialDate:
        """Read `YYYY`, `YYYY-MM`, `YYYY-MM-DD` or empty; anything else is an error."""
        text = (text or "").strip()
        if not text:
            return cls()
        match = _PATTERN.match(text)
        if not match:
            raise DateFormatError(
                f"'{text}' is not a date; write YYYY, YYYY-MM, YYYY-MM-DD or leave it empty"
            )
        year, month, day = (int(g) if g else None for g in match.groups())
        if month is not None and not 1 <= month <= 12:
            raise DateFormatError(f"'{text}' has month {month}; months run from 01 to 12")
        if day is not None:
            last = calendar.monthrange(year, month)[1]
            if not 1 <= day <= last:
                raise DateFormatError(f"'{text}' has day {day}; that month has {last} days")
        return cls(year, month, day)

    @property
    def precision(self) -> Precision:
        if self.year is None:
            return Precision.UNKNOWN
        if self.month is None:
            return Precision.YEAR
        if self.day is None:
            return Precision.MONTH
        return Precision.DAY

    @property
    def known(self) -> bool:
        return self.year is not None

    def span(self) -> tuple[date, date] | None:
        """First and last calendar day this date may mean; None when unknown."""
        return self._span

    @cached_property
    def _span(self) -> tuple[date, date] | None:
        # Memoised: window filtering asks every event for its span on every rerun.
        if self.year is None:
            return None
        if self.month is None:
            return date(self.year, 1, 1), date(self.year, 12, 31)
        if self.day is None:
            last = calendar.monthrange(self.year, self.month)[1]
            return date(self.year, self.month, 1), date(self.year, self.month, last)
        exact = date(self.year, self.month, self.day)
        return exact, exact

    def iso(self) -> str:
        """The canonical text form, the one the events table stores."""
        if self.year is None:
            return ""
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    def label(self) -> str:
        """Human form at the date's own precision: '9 Oct 2024', 'Oct 2024', '2025'."""
        return self._label

    @cached_property
    def _label(self) -> str:
        if self.year is None:
            return "date unknown"
        if self.month is None:
            return str(self.year)
        if self.day is None:
            return f"{MONTHS_SHORT[self.month - 1]} {self.year}"
        return f"{self.day} {MONTHS_SHORT[self.month - 1]} {self.year}"

    def __str__(self) -> str:
        return self.iso()
