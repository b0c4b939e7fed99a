"""Errors a user can act on.

Every problem found in input names where it sits (file, row, field) so that a person
can open the file and fix it; loaders collect all problems before raising, because
fixing one error per run is a miserable loop.
"""

from __future__ import annotations

from dataclasses import dataclass


class AtlasError(Exception):
    """Base of every error this project raises on purpose; the CLI and app show its text."""


@dataclass(frozen=True)
class Problem:
    """One thing wrong with the input, located as precisely as the input allows."""

    file: str
    message: str
    row: int | None = None
    field: str | None = None

    def __str__(self) -> str:
        where = self.file
        if self.row is not None:
            where += f", row {self.row}"
        if self.field:
            where += f", field '{self.field}'"
        return f"{where}: {self.message}"


class InputError(AtlasError, ValueError):
    """Input files broke one or more rules; `problems` lists every one of them."""

    def __init__(self, problems: list[Problem]):
        self.problems = list(problems)
        lines = "\n".join(f"  - {p}" for p in self.problems)
        count = len(self.problems)
        super().__init__(f"{count} problem{'s' if count != 1 else ''} in the input:\n{lines}")
