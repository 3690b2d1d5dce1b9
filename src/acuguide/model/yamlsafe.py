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

import yaml

from acuguide.model.problems import ContentError, Problem

try:  # libyaml's parser is ~10x faster; the pure-Python one behaves the same.
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - PyYAML built without libyaml
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

MAX_BYTES = 256 * 1024
MAX_DEPTH = 24
MAX_EVENTS = 100_000
MAX_ALIASES = 200

_CORE = "tag:yaml.org,2002:"
# "merge" is let through so that the checker can say merge keys are not supported.
_PLAIN = ("str", "int", "float", "bool", "null", "seq", "map", "timestamp", "merge")
ALLOWED_TAGS = frozenset(_CORE + name for name in _PLAIN)


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


def compose(text: str, file: str) -> yaml.Node | None:
    """Parse one YAML document into nodes, or raise ContentError naming the line."""
    loader = _Loader(text)
    try:
        return _build(loader, file)
    except yaml.MarkedYAMLError as err:
        mark = err.problem_mark or err.context_mark
        line = mark.line + 1 if mark else None
        raise ContentError([Problem(file, line, "", f"not valid YAML: {err.problem}")]) from None
    except yaml.YAMLError as err:
        raise ContentError([Problem(file, None, "", f"not valid YAML: {err}")]) from None
    finally:
        loader.dispose()


def _refuse(file: str, mark: yaml.Mark | None, message: str) -> ContentError:
    return ContentError([Problem(file, mark.line + 1 if mark else None, "", message)])


def _build(loader: _Loader, file: str) -> yaml.Node | None:
    root: yaml.Node | None = None
    stack: list[list[object]] = []  # [node, pending mapping key]
    anchors: dict[str, yaml.Node] = {}
    documents = events = aliases = 0

    def attach(node: yaml.Node) -> None:
        nonlocal root
        if not stack:
            root = node
            return
        parent, key = stack[-1]
        if isinstance(parent, yaml.SequenceNode):
            parent.value.append(node)
        elif key is None:
            stack[-1][1] = node
        else:
            assert isinstance(parent, yaml.MappingNode)
            parent.value.append((key, node))
            stack[-1][1] = None

    def check_tag(event: yaml.NodeEvent, tag: str) -> None:
        if tag not in ALLOWED_TAGS:
            shown = tag.replace(_CORE, "!!")
            message = f"tag '{shown}' is not allowed: routine files are plain data"
            raise _refuse(file, event.start_mark, message)

    while True:
        event = loader.get_event()
        events += 1
        if events > MAX_EVENTS:
            raise _refuse(file, event.start_mark, f"too many YAML nodes (limit {MAX_EVENTS:,})")
        if isinstance(event, yaml.StreamEndEvent):
            return root
        if isinstance(event, yaml.DocumentStartEvent):
            documents += 1
            if documents > 1:
                raise _refuse(file, event.start_mark, "only one YAML document per file")
        elif isinstance(event, yaml.AliasEvent):
            aliases += 1
            if aliases > MAX_ALIASES:
                raise _refuse(file, event.start_mark, f"too many aliases (limit {MAX_ALIASES})")
            if event.anchor not in anchors:
                raise _refuse(file, event.start_mark, f"unknown alias '*{event.anchor}'")
            attach(anchors[event.anchor])
        elif isinstance(event, yaml.ScalarEvent):
            tag = event.tag
            if tag in (None, "!"):
                tag = loader.resolve(yaml.ScalarNode, event.value, event.implicit)
            check_tag(event, tag)
            node: yaml.Node = yaml.ScalarNode(
                tag, event.value, event.start_mark, event.end_mark, style=event.style
            )
            if event.anchor:
                anchors[event.anchor] = node
            attach(node)
        elif isinstance(event, (yaml.SequenceStartEvent, yaml.MappingStartEvent)):
            if len(stack) >= MAX_DEPTH:
                raise _refuse(file, event.start_mark, f"nested too deeply (limit {MAX_DEPTH})")
            kind = yaml.SequenceNode if isinstance(event, yaml.SequenceStartEvent) else (
                yaml.MappingNode
            )
            tag = event.tag
            if tag in (None, "!"):
                tag = loader.resolve(kind, None, event.implicit)
            check_tag(event, tag)
            node = kind(tag, [], event.start_mark, None, flow_style=event.flow_style)
            if event.anchor:
                anchors[event.anchor] = node
            attach(node)
            stack.append([node, None])
        elif isinstance(event, (yaml.SequenceEndEvent, yaml.MappingEndEvent)):
            finished = stack.pop()[0]
            assert isinstance(finished, yaml.Node)
            finished.end_mark = event.end_mark
