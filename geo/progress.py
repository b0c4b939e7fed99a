"""A dependency-free progress bar on stderr for long batch runs.

Why: ``resolve_many(..., progress=True)`` over a few thousand names is fast
(cached lookups), but a cold run with many unknown names (typo suggestions) can
take seconds; the bar appears only once a run has been going for
:data:`DELAY` seconds, so quick calls stay silent.  On a terminal it redraws
one line in place; otherwise (logs, CI) it prints a line every 10 %.
"""

from __future__ import annotations

import sys
import time
from typing import TextIO

DELAY = 0.5       # seconds before anything is shown
REFRESH = 0.1     # minimum seconds between terminal redraws
WIDTH = 30        # characters of the bar itself


class Progress:
    """``update(done)`` after each item, ``close()`` at the end (or use ``with``)."""

    def __init__(self, total: int, label: str = "geocoding", *, enabled: bool = True,
                 delay: float | None = None, stream: TextIO | None = None) -> None:
        self.total = total
        self.label = label
        self.enabled = enabled and total > 0
        self.delay = DELAY if delay is None else delay
        self.stream = stream if stream is not None else sys.stderr
        self.started = time.perf_counter()
        self.shown = False
        self.done = 0
        self._last_draw = 0.0
        self._last_decile = -1
        self._tty = bool(getattr(self.stream, "isatty", lambda: False)())

    def __enter__(self) -> Progress:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def line(self) -> str:
        """The current status: "geocoding [#####.....] 50/100 (50%) 1,234/s"."""
        frac = self.done / self.total if self.total else 1.0
        filled = round(frac * WIDTH)
        elapsed = max(time.perf_counter() - self.started, 1e-9)
        return (f"{self.label} [{'#' * filled}{'.' * (WIDTH - filled)}] "
                f"{self.done}/{self.total} ({frac:.0%}) {self.done / elapsed:,.0f}/s")

    def update(self, done: int) -> None:
        self.done = done
        if not self.enabled:
            return
        now = time.perf_counter()
        if now - self.started < self.delay:
            return
        if self._tty:
            if not self.shown or now - self._last_draw >= REFRESH or done == self.total:
                self.stream.write("\r" + self.line())
                self.stream.flush()
                self._last_draw = now
                self.shown = True
            return
        decile = int(10 * done / self.total)
        if decile > self._last_decile:
            self._last_decile = decile
            self.stream.write(self.line() + "\n")
            self.stream.flush()
            self.shown = True

    def close(self) -> None:
        """Finish the line (only if something was shown)."""
        if not self.shown:
            return
        if self._tty:
            self.stream.write("\r" + self.line() + "\n")
        elif self._last_decile < 10:
            self.stream.write(self.line() + "\n")
        self.stream.flush()
        self.shown = False
