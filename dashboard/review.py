"""Reviewing extracted candidates before they become events.

Nothing is added without the user's say: candidates go to an editable table with an
"accept" column, and accepted rows pass through the very same validation as an uploaded
events CSV, so an edit that breaks a quote or a date is reported by row and field.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Mapping, Sequence

import pandas as pd

from atlas.errors import Problem
from atlas.events import COLUMNS, parse_events_csv
from atlas.model import Article, Event

REVIEW_NAME = "review table"
REVIEW_COLUMNS = ["accept", *COLUMNS, "confidence"]


def candidates_frame(candidates: Sequence) -> pd.DataFrame:
    """One editable row per candidate; 'accept' starts unticked."""
    rows = []
    for c in candidates:
        rows.append({
            "accept": False, "company": c.company, "city": c.city, "country": c.country,
            "date": c.date.iso(), "status": c.status.value, "site_kind": c.site_kind.value,
            "article_id": c.article_id, "quote": c.quote, "note": c.note,
            "confidence": round(float(c.confidence), 2),
        })
    return pd.DataFrame(rows, columns=REVIEW_COLUMNS)


def accepted_events(frame: pd.DataFrame, articles: Mapping[str, Article]
                    ) -> tuple[list[Event], list[Problem]]:
    """The ticked rows as events, validated like an uploaded CSV (row 2 = first row)."""
    ticked = frame[frame["accept"].fillna(False).astype(bool)] if len(frame) else frame
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS)
    for _, row in ticked.iterrows():
        writer.writerow(["" if pd.isna(row[c]) else str(row[c]) for c in COLUMNS])
    return parse_events_csv(out.getvalue(), REVIEW_NAME, articles)
