"""The context of a quote: the paragraph it sits in, split around it for highlighting."""

from __future__ import annotations

from dataclasses import dataclass

from atlas.model import Article


@dataclass(frozen=True)
class Excerpt:
    before: str
    quote: str
    after: str
    start: int  # offset of the quote in the article text, -1 when not found

    @property
    def found(self) -> bool:
        return self.start >= 0


def excerpt(article: Article, quote: str, *, max_context: int = 600) -> Excerpt:
    """The quote with the rest of its paragraph (bounded, on word boundaries)."""
    text = article.text
    at = text.find(quote)
    if at < 0:
        return Excerpt("", quote, "", -1)
    para_start = text.rfind("\n", 0, at) + 1
    para_end = text.find("\n", at + len(quote))
    para_end = len(text) if para_end < 0 else para_end
    before = text[para_start:at]
    after = text[at + len(quote):para_end]
    if len(before) > max_context:
        cut = before[-max_context:]
        before = "…" + cut[cut.find(" ") + 1:]
    if len(after) > max_context:
        cut = after[:max_context]
        after = cut[: cut.rfind(" ")] + "…"
    return Excerpt(before.lstrip(), quote, after.rstrip(), at)
