"""Safe YAML reading: bytes to a node tree with line marks, refusing anything risky.

Routine files are written by hand and may come from anywhere, so this never constructs
Python objects from tags: it builds plain YAML nodes from the parser's events (no
recursion, so absurd nesting cannot exhaust the stack), keeps every node's line for error
messages, and refuses what a routine file never needs: other tags, several documents,
deep nesting, huge files and alias bombs.
"""

# The libyaml event and mark types are not the ones the PyYAML stubs declare.
# mypy: disable-error-code="arg-type,no-untyped-call,union-attr"
from __future__ import annotations

import contextlib
import gc
import re
from collections.abc import Iterator
from typing import Any

import yaml

from acuguide.model.problems import ContentError, Problem

try:  # libyaml's parser is ~10x faster; the pure-Python one behaves the same.
    from yaml import CSafeLoader as _BaseLoader
except ImportError:  # pragma: no cover - PyYAML built without libyaml
    from yaml import SafeLoader as _BaseLoader  # type: ignore[assignment]

MAX_BYTES = 256 * 1024
MAX_DEPTH = 24
MAX_EVENTS = 100_000
MAX_ALIASES = 200

_CORE = "tag:yaml.org,2002:"
# "merge" is let through so that the checker can say merge keys are not supported.
_PLAIN = ("str", "int", "float", "bool", "null", "seq", "map", "timestamp", "merge")
ALLOWED_TAGS = frozenset(_CORE + name for name in _PLAIN)

# Implicit tags of short plain scalars (keys, small numbers, names) seen before.
_RESOLVED: dict[tuple[str, bool], str] = {}
# A plain scalar can only resolve to something other than a string (null, bool, int, float,
# merge, value) if it is empty or starts with one of these; PyYAML's resolver is asked then.
_MAYBE_NOT_STR = frozenset("yYnNtTfFoO~-+.0123456789=<")
_STR = _CORE + "str"


class _Loader(_BaseLoader):
    """libyaml's safe loader with a faster implicit-tag resolver for plain scalars."""

    def resolve(self, kind: Any, value: Any, implicit: Any) -> Any:
        if kind is not yaml.ScalarNode or not implicit[0]:
            return super().resolve(kind, value, implicit)
        if value and value[0] not in _MAYBE_NOT_STR:
            return _STR
        key = (value, True)
        tag = _RESOLVED.get(key)
        if tag is None:
            tag = super().resolve(kind, value, implicit)
            if len(value) < 40 and len(_RESOLVED) < 8192:
                _RESOLVED[key] = tag
        return tag


def decode(data: bytes, file: str, max_bytes: int = MAX_BYTES) -> str:
    """Return ``data`` as text, or raise ContentError for oversized, binary or non-UTF-8 data."""
    if len(data) > max_bytes:
        raise ContentError(
            [Problem(file, None, "", f"file is {len(data):,} bytes; the limit is {max_bytes:,}")]
        )
    nul = data.find(b"\x00")
    if nul >= 0:
        line = data.count(b"\n", 0, nul) + 1
        raise ContentError([Problem(file, line, "", "contains a NUL byte: not a text file")])
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        line = data.count(b"\n", 0, err.start) + 1
        byte = data[err.start]
        raise ContentError(
            [Problem(file, line, "", f"is not UTF-8 text (byte 0x{byte:02x}); save it as UTF-8")]
        ) from None




_RISKY = re.compile(r"[!*?]|-[ \t]+-[ \t]|^[ \t]{200}", re.MULTILINE)
# libyaml's composer recurses in C: nesting 100,000 deep crashed it here, 20,000 did not.
# Text with fewer brackets than this cannot nest deeper than this in flow style.
_FAST_BRACKETS = 4096


def _plain(text: str) -> bool:
    """True if ``text`` has no tags, aliases or complex keys and cannot nest deeply.

    Such text is composed by libyaml directly (a third faster); anything else goes through
    the event builder, which enforces every limit exactly. Block nesting needs an indent per
    level and flow nesting a bracket per level, so both stay far below what libyaml survives.
    """
    brackets = text.count("[") + text.count("{")
    return brackets < _FAST_BRACKETS and not _RISKY.search(text)


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector while content loads.

    Loading allocates tens of thousands of short-lived objects and makes no cycles worth
    collecting meanwhile; the collector's passes over them cost a quarter of the loading
    time (measured in benchmarks/bench_load.py).
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def compose(text: str, file: str) -> yaml.Node | None:
    """Parse one YAML document into nodes, or raise ContentError naming the line."""
    loader = _Loader(text)
    try:
        with collector_paused():
            return loader.get_single_node() if _plain(text) else _build(loader, file)
    except yaml.MarkedYAMLError as err:
        mark = err.problem_mark or err.context_mark
        line = mark.line + 1 if mark else None
        problem = str(err.problem)
        if "another document" in problem or "expected a single document" in problem:
            problem = "only one YAML document per file"
        else:
            problem = f"not valid YAML: {problem}"
        raise ContentError([Problem(file, line, "", problem)]) from None
    except yaml.YAMLError as err:
        raise ContentError([Problem(file, None, "", f"not valid YAML: {err}")]) from None
    finally:
        loader.dispose()


def _refuse(file: str, mark: yaml.Mark | None, message: str) -> ContentError:
    return ContentError([Problem(file, mark.line + 1 if mark else None, "", message)])


def _build(loader: _Loader, file: str) -> yaml.Node | None:
    # The hot loop of loading: one pass over the parser's events, scalars first.
    root: yaml.Node | None = None
    stack: list[list[Any]] = []  # [node, is_mapping, pending mapping key]
    anchors: dict[str, yaml.Node] = {}
    documents = events = aliases = 0
    scalar_event, scalar_node = yaml.ScalarEvent, yaml.ScalarNode
    get_event = loader.get_event

    while True:
        event = get_event()
        events += 1
        kind = type(event)
        if kind is scalar_event:
            tag = event.tag
            if tag is None or tag == "!":
                tag = loader.resolve(scalar_node, event.value, event.implicit)
            if tag not in ALLOWED_TAGS:
                raise _bad_tag(file, event, tag)
            node: yaml.Node = scalar_node(tag, event.value, event.start_mark, event.end_mark,
                                          style=event.style)
            if event.anchor:
                anchors[event.anchor] = node
        elif kind is yaml.SequenceStartEvent or kind is yaml.MappingStartEvent:
            if len(stack) >= MAX_DEPTH:
                raise _refuse(file, event.start_mark, f"nested too deeply (limit {MAX_DEPTH})")
            node_kind = yaml.SequenceNode if kind is yaml.SequenceStartEvent else yaml.MappingNode
            tag = event.tag
            if tag is None or tag == "!":
                tag = loader.resolve(node_kind, None, event.implicit)
            if tag not in ALLOWED_TAGS:
                raise _bad_tag(file, event, tag)
            node = node_kind(tag, [], event.start_mark, None, flow_style=event.flow_style)
            if event.anchor:
                anchors[event.anchor] = node
        elif kind is yaml.SequenceEndEvent or kind is yaml.MappingEndEvent:
            stack.pop()[0].end_mark = event.end_mark
            continue
        elif kind is yaml.AliasEvent:
            aliases += 1
            if aliases > MAX_ALIASES:
                raise _refuse(file, event.start_mark, f"too many aliases (limit {MAX_ALIASES})")
            if event.anchor not in anchors:
                raise _refuse(file, event.start_mark, f"unknown alias '*{event.anchor}'")
            node = anchors[event.anchor]
        elif kind is yaml.StreamEndEvent:
            return root
        else:  # stream and document boundaries
            if kind is yaml.DocumentStartEvent:
                documents += 1
                if documents > 1:
                    raise _refuse(file, event.start_mark, "only one YAML document per file")
            continue
        if events > MAX_EVENTS:
            raise _refuse(file, event.start_mark, f"too many YAML nodes (limit {MAX_EVENTS:,})")
        # Attach the node to its parent.
        if not stack:
            root = node
        else:
            top = stack[-1]
            if not top[1]:
                top[0].value.append(node)
            elif top[2] is None:
                top[2] = node
            else:
                top[0].value.append((top[2], node))
                top[2] = None
        if kind is yaml.SequenceStartEvent or kind is yaml.MappingStartEvent:
            stack.append([node, kind is yaml.MappingStartEvent, None])


def _bad_tag(file: str, event: Any, tag: str) -> ContentError:
    shown = tag.replace(_CORE, "!!")
    return _refuse(file, event.start_mark, f"tag '{shown}' is not allowed: routine files are "
                   "plain data")
