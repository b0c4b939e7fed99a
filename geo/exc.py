"""Exceptions raised by :mod:`geo`.

They live in their own module so callers (CLI, dashboard, pipelines) can catch
them without importing the index machinery.
"""

from __future__ import annotations

from collections.abc import Sequence


class GeoError(Exception):
    """Base class for every error :mod:`geo` raises on purpose."""


class PlaceNotFound(GeoError, LookupError):
    """A query did not resolve to a populated place.

    It is also a :class:`LookupError` so generic ``except LookupError`` code keeps
    working.  ``suggestions`` holds display names of places the user may have
    meant (typo correction), best first; ``reason`` says why in a few words.
    """

    def __init__(self, query: str, reason: str = "no populated place with this name",
                 suggestions: Sequence[str] = ()) -> None:
        self.query = query
        self.reason = reason
        self.suggestions = list(suggestions)
        super().__init__(self._message())

    def _message(self) -> str:
        text = f"{self.query!r}: {self.reason}"
        if self.suggestions:
            text += "; did you mean " + ", ".join(self.suggestions) + "?"
        return text

    def __reduce__(self):  # keep it picklable for multiprocessing users
        return (type(self), (self.query, self.reason, tuple(self.suggestions)))


class IndexBuildError(GeoError):
    """The on-disk index could not be built (e.g. the cache dir is not writable)."""


class OnlineError(GeoError):
    """An online provider could not be set up (unknown provider, missing user agent)."""
