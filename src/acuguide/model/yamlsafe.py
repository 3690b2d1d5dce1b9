"""Safe YAML reading: bytes to a node tree with line marks, refusing anything risky.

Routine files are written by hand and may come from anywhere, so this never constructs
Python objects from tags: it builds plain YAML nodes from the parser's events (no
recursion, so absurd nesting cannot exhaust the stack; libyaml's own composer builds them
for untagged text, stopped at the depth limit), keeps every node's line for error
messages, and refuses what a routine file never needs: other tags, several documents,
deep nesting, huge files and alias bombs.

What a broken file is told does not depend on which PyYAML or libyaml is installed:
libyaml only speeds up the files it accepts. When it refuses one, the pure-Python parser
reads the file again and gives the account (see ``compose``), and the common mistakes
(nesting too deep, tabs for indentation, a missing colon) are put in our own words.
"""

# The libyaml event and mark types are not the ones the PyYAML stubs declare.
# mypy: disable-error-code="arg-type,no-untyped-call,union-attr"
from __future__ import annotations

import contextlib
import gc
import operator
import re
from collections.abc import Iterator
from typing import Any

import yaml

from acuguide.model.problems import ContentError, refusal
from acuguide.model.yaml_bombs import refuse_bombs
from acuguide.model.yaml_explain import ParseError, explain, tabs_made_spaces

try:  # libyaml's parser is ~10x faster than the pure-Python one.
    from yaml import CSafeLoader as _CSafeLoader
except ImportError:  # pragma: no cover - PyYAML built without libyaml
    _CSafeLoader = None  # type: ignore[assignment,misc]

MAX_DEPTH = 24
MAX_EVENTS = 100_000
MAX_ALIASES = 200

# The parsers compose() can use; tests run every message past each of them.
PARSERS = ("libyaml", "python") if _CSafeLoader is not None else ("python",)
_parser = PARSERS[0]

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
_SCALAR = yaml.ScalarNode


class _Resolver:
    """PyYAML's safe resolver with a shortcut for plain scalars, which are nearly all strings."""

    def resolve(self, kind: Any, value: Any, implicit: Any) -> Any:
        if kind is not _SCALAR or not implicit[0]:
            return super().resolve(kind, value, implicit)  # type: ignore[misc]
        if value and value[0] not in _MAYBE_NOT_STR:
            return _STR
        key = (value, True)
        tag = _RESOLVED.get(key)
        if tag is None:
            tag = super().resolve(kind, value, implicit)  # type: ignore[misc]
            if len(value) < 40 and len(_RESOLVED) < 8192:
                _RESOLVED[key] = tag
        return tag


class _PythonLoader(_Resolver, yaml.SafeLoader):
    """The pure-Python parser: the reference for what a refused file is told."""


if _CSafeLoader is not None:

    class _EventLoader(_Resolver, _CSafeLoader):
        """libyaml's parser, for the event builder."""

    class _ComposingLoader(_EventLoader):
        """libyaml's own composer (a third faster than the event builder), kept shallow.

        The composer recurses in C (100,000 levels crashed it here), so it is stopped as
        soon as a collection would be nested deeper than MAX_DEPTH: every node it composes
        is resolved once on the way down (``compose`` gives it no tagged text) and ascended
        once on the way up, so the nodes being composed are kept on a stack. PyYAML's own
        hooks for path resolvers, which are not used here, are replaced by C callables:
        cheaper than the Python methods they replace.
        """

        descend_resolver = staticmethod(operator.is_)  # type: ignore[assignment]  # a no-op

        def __init__(self, stream: str) -> None:
            super().__init__(stream)
            self._open: list[Any] = []  # the kind of each node being composed, outermost first
            self._push = self._open.append
            self.ascend_resolver = self._open.pop  # type: ignore[method-assign]

        def resolve(self, kind: Any, value: Any, implicit: Any) -> Any:
            self._push(kind)
            if kind is _SCALAR:
                if implicit[0] and value and value[0] not in _MAYBE_NOT_STR:
                    return _STR
            elif len(self._open) > MAX_DEPTH:
                raise _TooDeep
            return _Resolver.resolve(self, kind, value, implicit)


class _TooDeep(Exception):
    """libyaml's composer met a collection nested deeper than MAX_DEPTH."""


@contextlib.contextmanager
def using_parser(name: str) -> Iterator[None]:
    """Make ``compose`` use ``name`` (one of PARSERS) meanwhile; the default is the first."""
    global _parser
    if name not in PARSERS:
        raise ValueError(f"parser {name!r} is not available; have {', '.join(PARSERS)}")
    previous, _parser = _parser, name
    try:
        yield
    finally:
        _parser = previous


# Tags must be checked and aliases counted, which only the event builder does.
_RISKY = re.compile(r"[!*]")


def _plain(text: str) -> bool:
    """True if ``text`` has no tags or aliases, so libyaml's composer may build its nodes."""
    return not _RISKY.search(text)


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
    """Parse one YAML document into nodes, or raise ContentError naming the line.

    libyaml reads the text first when it is the parser in use. If its parser refuses the
    text, the pure-Python parser reads it again: its nodes are used if it accepts the text
    (libyaml 0.2.6 refuses some that 0.2.5 accepts), and otherwise its error is explained.
    The one thing libyaml allows and the pure-Python scanner does not, a tab between tokens,
    is made a space for it first, as far as libyaml read. Our own refusals (tags, aliases,
    depth, documents, size) come from the same events with either parser, as they are.
    """
    with collector_paused():
        refused = None
        if _parser == "libyaml":
            try:
                return _compose_libyaml(text, file)
            except ParseError as err:
                refused = err
        return _compose_python(text, file, refused)


def _compose_libyaml(text: str, file: str) -> yaml.Node | None:
    if _plain(text):
        composer = _ComposingLoader(text)
        try:
            return composer.get_single_node()
        except _TooDeep:
            pass  # the event builder finds the line
        except yaml.YAMLError as err:
            raise ParseError(err) from None
        finally:
            composer.dispose()
    loader = _EventLoader(text)
    try:
        return _build(loader, file)
    finally:
        loader.dispose()


def _compose_python(text: str, file: str, refused: ParseError | None) -> yaml.Node | None:
    read = text
    if refused is not None and isinstance(refused.error, yaml.MarkedYAMLError):
        # libyaml read up to where it stopped, taking a tab between tokens as a space, as
        # the pure-Python scanner does not: made a space, both stop at the same mistake.
        mark = refused.error.problem_mark or refused.error.context_mark
        if mark is not None:
            read = tabs_made_spaces(text, mark.line, mark.column)
    try:
        node = _read_python(read, file)
    except ParseError as error:
        raise ContentError([explain(error, text, file, MAX_DEPTH)]) from None
    if read != text:  # only those tabs stopped the pure-Python parser: libyaml's mistake
        assert refused is not None
        raise ContentError([explain(refused, text, file, MAX_DEPTH)])
    return node


def _read_python(text: str, file: str) -> yaml.Node | None:
    loader = None
    try:
        loader = _PythonLoader(text)  # its reader checks every character first
        return _build(loader, file)
    except yaml.YAMLError as err:
        raise ParseError(err) from None
    finally:
        if loader is not None:
            loader.dispose()


def _build(loader: Any, file: str) -> yaml.Node | None:  # noqa: C901
    # The hot loop of loading: one pass over the parser's events, scalars first. Kept in one
    # function on purpose: a call per event would cost a quarter of the load time.
    root: yaml.Node | None = None
    stack: list[list[Any]] = []  # [node, is_mapping, pending mapping key]
    anchors: dict[str, yaml.Node] = {}
    documents = events = aliases = 0
    scalar_event, scalar_node = yaml.ScalarEvent, yaml.ScalarNode
    get_event = loader.get_event
    kind: Any = None
    node: Any = None

    try:
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
                node = scalar_node(tag, event.value, event.start_mark, event.end_mark,
                                   style=event.style)
                if event.anchor:
                    anchors[event.anchor] = node
            elif kind is yaml.SequenceStartEvent or kind is yaml.MappingStartEvent:
                if len(stack) >= MAX_DEPTH:
                    raise refusal(file, event.start_mark,
                                  f"nested too deeply (limit {MAX_DEPTH})")
                node_kind = (yaml.SequenceNode if kind is yaml.SequenceStartEvent
                             else yaml.MappingNode)
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
                    raise refusal(file, event.start_mark,
                                  f"too many aliases (limit {MAX_ALIASES})")
                if event.anchor not in anchors:
                    raise refusal(file, event.start_mark, f"unknown alias '*{event.anchor}'")
                node = anchors[event.anchor]
            elif kind is yaml.StreamEndEvent:
                if aliases and root is not None:
                    refuse_bombs(root, file, MAX_EVENTS)
                return root
            else:  # stream and document boundaries
                if kind is yaml.DocumentStartEvent:
                    documents += 1
                    if documents > 1:
                        raise refusal(file, event.start_mark, "only one YAML document per file")
                continue
            if events > MAX_EVENTS:
                raise refusal(file, event.start_mark,
                              f"too many YAML nodes (limit {MAX_EVENTS:,})")
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
    except yaml.YAMLError as err:
        item = node if (kind is scalar_event and node.style is None
                        and (not stack or not stack[-1][1])) else None
        raise ParseError(err, item) from None


def _bad_tag(file: str, event: Any, tag: str) -> ContentError:
    shown = tag.replace(_CORE, "!!")
    return refusal(file, event.start_mark, f"tag '{shown}' is not allowed: routine files are "
                   "plain data")
