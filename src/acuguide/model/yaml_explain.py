"""What a YAML parser's error means, in our words, with the line it is about.

Both PyYAML's parsers word the common mistakes differently, and differently from version to
version (libyaml 0.2.6 stops deep nesting itself): the loader (``yamlsafe``) hands every
parser error here, so a person is told the same thing whichever parser read the file.
"""

# The libyaml mark types are not the ones the PyYAML stubs declare.
# mypy: disable-error-code="union-attr"
from __future__ import annotations

import re

import yaml

from acuguide.model.problems import Problem

# What PyYAML and libyaml count as line breaks, so that marks' lines index these lines.
_LINE_BREAK = re.compile("\r\n|[\r\n\x85\u2028\u2029]")
_LINE_BREAK_KEPT = re.compile(f"({_LINE_BREAK.pattern})")
# A line's indentation: spaces and tabs, and the indicators of compact nested nodes.
_INDENT = re.compile(r"(?:[ \t]|[-?:](?=[ \t]))*")
TAB_INDENT = "tabs cannot indent YAML; indent with spaces"


class ParseError(Exception):
    """A parser's error, and the plain scalar it had just read if it was a list item or a root.

    A key that lost its colon reads as such a scalar running on into the next line.
    """

    def __init__(self, error: yaml.YAMLError, item: yaml.ScalarNode | None = None) -> None:
        super().__init__(str(error))
        self.error = error
        self.item = item


def tabs_made_spaces(text: str, line: int, column: int) -> str:
    """``text`` with the tabs after each line's indentation, up to line:column, made spaces.

    Lines and columns stay the same; a tab in the indentation stays a tab.
    """
    parts = _LINE_BREAK_KEPT.split(text)  # lines, with the breaks between them
    for number in range(min(line + 1, (len(parts) + 1) // 2)):
        where = parts[2 * number]
        start = _INDENT.match(where).end()
        end = len(where) if number < line else max(start, column)
        if "\t" in where[start:end]:
            parts[2 * number] = where[:start] + where[start:end].replace("\t", " ") + where[end:]
    return "".join(parts)


def explain(error: ParseError, text: str, file: str, max_depth: int) -> Problem:
    """Say in our words what a parser's error means, naming the line it is about."""
    err = error.error
    if not isinstance(err, yaml.MarkedYAMLError):
        if isinstance(err, yaml.reader.ReaderError) and isinstance(err.character, int):
            at = len(_LINE_BREAK.findall(text, 0, err.position)) + 1
            return Problem(file, at, "", f"not valid YAML: the character "
                           f"U+{err.character:04X} is not allowed")
        return Problem(file, None, "", f"not valid YAML: {err}")
    problem = str(err.problem)
    mark = err.problem_mark or err.context_mark
    line: int | None = mark.line + 1 if mark else None
    if "nesting depth" in problem:  # libyaml 0.2.6 and later stop at 1000 levels themselves
        return Problem(file, line, "", f"nested too deeply (limit {max_depth})")
    if problem == "could not find expected ':'" and err.context_mark is not None:
        # A key with no colon: the context is where it starts, the problem the next line.
        return _missing_colon(file, text, err.context_mark)
    item = error.item
    if (problem.startswith("mapping values are not allowed") and item is not None
            and mark is not None and item.start_mark.line < mark.line):
        # A list item or a whole document ran on into the next line's "key:", so the line it
        # started on lacks the colon: "- point SP6" then "  seconds: 60".
        return _missing_colon(file, text, item.start_mark)
    tab = _tab_at(text, mark)
    if tab == "indentation":
        return Problem(file, line, "", TAB_INDENT)
    if tab == "between tokens":  # libyaml allows it; only the pure-Python scanner refuses it
        return Problem(file, line, "", "a tab cannot be used here; use spaces")
    return Problem(file, line, "", f"not valid YAML: {problem}")


def _tab_at(text: str, mark: yaml.Mark | None) -> str | None:
    """Whether a parser stopped at a tab in a line's indentation, or between tokens."""
    if mark is None:
        return None
    lines = _LINE_BREAK.split(text)
    where = lines[mark.line] if mark.line < len(lines) else ""
    indent = _INDENT.match(where).group()
    if "\t" in indent and mark.column <= len(indent):
        return "indentation"
    return "between tokens" if where[mark.column:mark.column + 1] == "\t" else None


def _missing_colon(file: str, text: str, mark: yaml.Mark) -> Problem:
    lines = _LINE_BREAK.split(text)
    where = lines[mark.line][mark.column:] if mark.line < len(lines) else ""
    said = re.split(r"[ \t]#", where, maxsplit=1)[0].strip()
    if len(said) > 40:
        said = said[:39] + "…"
    return Problem(file, mark.line + 1, "", f"missing ':' in '{said}' (write key: value)"
                   if said else "missing ':' (write key: value)")
