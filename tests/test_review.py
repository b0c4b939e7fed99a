"""Accepting reviewed candidates goes through the loader's validation."""

from __future__ import annotations

from atlas.articles import load_articles
from atlas.dataset import SEED_ARTICLES
from atlas.extract import extract
from dashboard.review import REVIEW_NAME, accepted_events, candidates_frame


def test_only_ticked_rows_are_accepted_and_edits_are_validated():
    articles = load_articles([SEED_ARTICLES])
    frame = candidates_frame(extract(articles["openai-munich-2025"]))
    assert list(frame.columns)[:3] == ["accept", "company", "city"]
    events, problems = accepted_events(frame, articles)
    assert (events, problems) == ([], [])
    munich = frame.index[frame["city"] == "Munich"][0]
    frame.loc[munich, "accept"] = True
    events, problems = accepted_events(frame, articles)
    assert problems == []
    assert [(e.city, e.status.value) for e in events] == [("Munich", "opened")]
    assert events[0].quote in articles["openai-munich-2025"].text
    frame.loc[munich, "date"] = "2025-02-30"
    events, problems = accepted_events(frame, articles)
    assert events == []
    assert (problems[0].file, problems[0].row, problems[0].field) == (REVIEW_NAME, 2, "date")
