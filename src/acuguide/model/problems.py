"""Problems found in content files, each naming the file, the line and the field."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol


@dataclass(frozen=True)
class Problem:
    """One thing wrong with one file: ``file:line: field.path: message``."""

    file: str
    line: int | None
    path: str
    message: str

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        return f"{where}: {self.path}: {self.message}" if self.path else f"{where}: {self.message}"


class ContentError(Exception):
    """Raised when a file cannot be used; carries every problem found in it."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("\n".join(str(p) for p in problems))
        self.problems = problems


class Mark(Protocol):
    """Where a YAML parser is in a file (PyYAML's ``Mark``): ``line`` counts from 0."""

    line: int


def refusal(file: str, mark: Mark | None, message: str) -> ContentError:
    """One problem with no field, at a parser's mark (its line, counted from 1)."""
    return ContentError([Problem(file, mark.line + 1 if mark else None, "", message)])
