"""Running the extractor on one invented sentence, shared by the rule tests."""

from __future__ import annotations

from collections.abc import Callable

from atlas.dates import PartialDate
from atlas.extract import extract
from atlas.model import Article

Found = set[tuple[str, str, str]]
Pairs = set[tuple[str, str]]


def probes(default_published: str) -> tuple[Callable[..., Found], Callable[..., Pairs]]:
    """`found(text, language[, published])` -> {(city, status, date)} and `pairs(...)` ->
    {(city, status)}, for an article published on `default_published` unless given."""

    def found(text: str, language: str, published: str = default_published) -> Found:
        article = Article(id="t", title="t", text=text, language=language,
                          published=PartialDate.parse(published))
        return {(c.city, c.status.value, c.date.iso()) for c in extract(article)}

    def pairs(text: str, language: str, published: str = default_published) -> Pairs:
        return {(city, status) for city, status, _date in found(text, language, published)}

    return found, pairs
