"""Declarative field specs that validate YAML nodes (with lines) and emit JSON Schema.

Here the base, the scalars (text, numbers and durations, booleans) and ``validate_bytes``;
the specs that hold others (lists, mappings, maps) are in ``schema_shapes``. One definition
serves both: the loader checks hand-written files with it, and
``acuguide schema`` publishes the same rules for editors.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import yaml

from acuguide.model.durations import EXAMPLES, duration_pattern, parse_duration
from acuguide.model.problems import ContentError, Problem
from acuguide.model.yaml_decode import MAX_BYTES, decode
from acuguide.model.yamlsafe import collector_paused, compose

_CORE = "tag:yaml.org,2002:"
NULL_TAG = _CORE + "null"
_STR = _CORE + "str"
NOT_BLANK = r"\S"  # a text must have something in it besides spaces
INVALID: Any = object()  # a value that failed; the problem is already recorded
# Converts resolved scalar nodes (ints in any YAML 1.1 notation, floats, booleans) to values;
# it is never asked to construct anything else.
_SCALARS = yaml.constructor.SafeConstructor()


class Record(dict[str, Any]):
    """A validated mapping that remembers the line of itself and of each key."""

    def __init__(self, line: int) -> None:
        super().__init__()
        self.line = line
        self.lines: dict[str, int] = {}


@dataclass
class Context:
    """Where problems are collected while one file is checked."""

    file: str
    problems: list[Problem] = field(default_factory=list)

    def report(self, node: yaml.Node, path: str, message: str) -> Any:
        self.problems.append(Problem(self.file, node.start_mark.line + 1, path, message))
        return INVALID


def describe_node(node: yaml.Node) -> str:
    """What a node is, for a message: 'a list', 'nothing', "'text'", '42'."""
    if isinstance(node, yaml.MappingNode):
        return "a mapping"
    if isinstance(node, yaml.SequenceNode):
        return "a list"
    if node.tag == _CORE + "null":
        return "nothing"
    return repr(node.value) if node.tag == _CORE + "str" else str(node.value)


def suggest(word: str, choices: list[str] | tuple[str, ...]) -> str:
    """"; did you mean 'seconds'?" for a near miss among ``choices``, else ""."""
    close = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)
    return f"; did you mean '{close[0]}'?" if close else ""


class Spec:
    """Base of all field specs."""

    description = ""

    def check(self, node: yaml.Node, ctx: Context, path: str) -> Any:
        """Return the node's value, or record a problem and return INVALID."""
        raise NotImplementedError

    def json(self) -> dict[str, Any]:
        """Return this spec as JSON Schema."""
        raise NotImplementedError


def _not_text(node: yaml.ScalarNode) -> str:
    """Why a plain scalar that YAML reads as something else is not text, and what to write."""
    kinds = {"int": "a number", "float": "a number", "bool": "true or false",
             "timestamp": "a date"}
    kind = kinds.get(node.tag.removeprefix(_CORE), "not text")
    return f"must be text (got {kind}, {node.value}); put it in quotes: \"{node.value}\""


@dataclass
class Text(Spec):
    """A string; ``choices`` makes it an enumeration, ``convert`` checks and maps it.

    The text as written must match ``pattern`` (searched, as JSON Schema does; by default it
    must not be blank); ``rule`` says what to write instead of the text it is given.
    """

    description: str = ""
    choices: tuple[str, ...] = ()
    max_length: int = 4000
    convert: Callable[[str], Any] | None = None  # raises ValueError(message)
    examples: tuple[str, ...] = ()
    pattern: str = NOT_BLANK
    rule: Callable[[str], str] | None = None

    def check(self, node: yaml.Node, ctx: Context, path: str) -> Any:
        if not isinstance(node, yaml.ScalarNode) or node.tag == NULL_TAG:
            return ctx.report(node, path, f"must be text (got {describe_node(node)})")
        if node.tag != _STR:
            return ctx.report(node, path, _not_text(node))
        written = str(node.value)
        value = written.strip()
        if not value:
            return ctx.report(node, path, "must not be empty")
        if len(written) > self.max_length:
            return ctx.report(node, path, f"is longer than {self.max_length} characters")
        if self.choices and written not in self.choices:
            return ctx.report(
                node,
                path,
                f"must be one of {', '.join(self.choices)} (got '{value}'"
                f"{suggest(value, self.choices)})",
            )
        if not re.search(self.pattern, written):
            rule = self.rule(written) if self.rule else f"must match {self.pattern}"
            return ctx.report(node, path, rule)
        if self.convert is not None:
            try:
                return self.convert(value)
            except ValueError as err:
                return ctx.report(node, path, str(err))
        return value

    def json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"type": "string", "minLength": 1, "maxLength": self.max_length}
        if self.choices:
            out["enum"] = list(self.choices)
        else:
            out["pattern"] = self.pattern
        if self.examples:
            out["examples"] = list(self.examples)
        if self.description:
            out["description"] = self.description
        return out


@dataclass
class Number(Spec):
    """A number; ``seconds`` also accepts durations such as ``2m`` or ``1:30``."""

    description: str = ""
    minimum: float | None = None
    positive: bool = False
    maximum: float | None = None
    integer: bool = False
    seconds: bool = False

    def _what(self) -> str:
        kind = "whole number" if self.integer else "number"
        if self.positive:
            kind = "positive " + kind
        return f"a {kind} of seconds" if self.seconds else f"a {kind}"

    @property
    def pattern(self) -> str:
        """What a duration written as text must match (``seconds`` only)."""
        if self.maximum is None or self.maximum != int(self.maximum) or self.minimum not in (
                None, 0):
            raise ValueError("a duration needs a whole maximum and no minimum but 0")
        return duration_pattern(int(self.maximum), positive=self.positive)

    def check(self, node: yaml.Node, ctx: Context, path: str) -> Any:
        value: float | None = None
        if isinstance(node, yaml.ScalarNode):
            if node.tag == _CORE + "int":
                value = float(_SCALARS.construct_yaml_int(node))
            elif node.tag == _CORE + "float":
                value = float(_SCALARS.construct_yaml_float(node))
            elif self.seconds and node.tag == _STR:
                return self._duration(node, ctx, path)
        if value is None or value != value:  # None or NaN
            return ctx.report(node, path, f"must be {self._what()} (got {describe_node(node)})")
        if (self.positive and value <= 0) or (self.minimum is not None and value < self.minimum):
            return ctx.report(node, path, f"must be {self._what()} (got {describe_node(node)})")
        if self.maximum is not None and value > self.maximum:
            unit = " seconds" if self.seconds else ""
            return ctx.report(node, path, f"must be at most {self.maximum:g}{unit} "
                              f"(got {value:g})")
        if self.integer and value != int(value):
            return ctx.report(node, path, f"must be {self._what()} (got {describe_node(node)})")
        return int(value) if value == int(value) else value

    def _duration(self, node: yaml.ScalarNode, ctx: Context, path: str) -> Any:
        """A duration written as text: the pattern decides, the value explains a refusal."""
        value = parse_duration(node.value)
        if value is not None and re.search(self.pattern, node.value):
            return int(value) if value == int(value) else value
        got = describe_node(node)
        if value is not None and self.maximum is not None and value > self.maximum:
            return ctx.report(node, path, f"must be at most {self.maximum:g} seconds "
                              f"(got {got}, which is {value:g})")
        if value is None or value <= 0:
            return ctx.report(node, path, f"must be {self._what()} (got {got})")
        return ctx.report(node, path, f"write it as {EXAMPLES} (got {got}): minutes before "
                          "seconds are whole, and seconds after minutes under 60")

    def json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"type": "integer" if self.integer else "number"}
        if self.positive:
            out["exclusiveMinimum"] = 0
        if self.minimum is not None:
            out["minimum"] = self.minimum
        if self.maximum is not None:
            out["maximum"] = self.maximum
        if self.seconds:
            out = {"anyOf": [out, {"type": "string", "pattern": self.pattern}]}
        if self.description:
            out["description"] = self.description
        return out


@dataclass
class Boolean(Spec):
    """``true`` or ``false``."""

    description: str = ""

    def check(self, node: yaml.Node, ctx: Context, path: str) -> Any:
        if isinstance(node, yaml.ScalarNode) and node.tag == _CORE + "bool":
            return bool(_SCALARS.construct_yaml_bool(node))
        return ctx.report(node, path, f"must be true or false (got {describe_node(node)})")

    def json(self) -> dict[str, Any]:
        return {"type": "boolean", "description": self.description}


def validate_bytes(data: bytes, file: str, spec: Spec, max_bytes: int = MAX_BYTES,
                   empty: str = "the file is empty") -> Any:
    """Decode, parse and check one YAML file; raise ContentError listing every problem.

    A file with nothing in it (or only comments, or only ``---``) is told ``empty``.
    """
    with collector_paused():
        node = compose(decode(data, file, max_bytes), file)
        if node is None or (isinstance(node, yaml.ScalarNode) and node.tag == NULL_TAG):
            raise ContentError([Problem(file, None, "", empty)])
        ctx = Context(file)
        value = spec.check(node, ctx, "")
    if ctx.problems or value is INVALID:
        raise ContentError(ctx.problems)
    return value
