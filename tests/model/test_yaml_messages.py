"""Broken YAML gets our message, the same from libyaml's parser and the pure-Python one.

PyYAML 6.0.4's libyaml (0.2.6) refuses nesting deeper than 1000 levels itself, with its own
words and before acuguide's limit is reached; 6.0.3's (0.2.5) does not. Whatever the parser
raised, deep nesting, tab indentation and a missing colon are told in acuguide's words, on
the line they are on.
"""

import pytest
import yaml
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from acuguide.model import yamlsafe
from acuguide.model.problems import ContentError
from acuguide.model.yaml_explain import TAB_INDENT
from acuguide.model.yamlsafe import MAX_DEPTH

DEEP = f"nested too deeply (limit {MAX_DEPTH})"
WITH_LIBYAML = pytest.mark.skipif("libyaml" not in yamlsafe.PARSERS,
                                  reason="PyYAML was built without libyaml")
SLOW_EXAMPLES = settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])


def said(text: str) -> str:
    """The one problem compose() finds in ``text`` with the parser in use, or 'composed'."""
    try:
        yamlsafe.compose(text, "f.yaml")
    except ContentError as err:
        [problem] = err.problems
        return str(problem)
    return "composed"


def said_by_each(text: str) -> dict[str, str]:
    outcomes = {}
    for name in yamlsafe.PARSERS:
        with yamlsafe.using_parser(name):
            outcomes[name] = said(text)
    return outcomes


def said_by_both(text: str) -> str:
    """What compose() says of ``text``, checked to be the same with both parsers."""
    outcomes = said_by_each(text)
    assert outcomes["libyaml"] == outcomes["python"], outcomes
    return outcomes["python"]


# Deep nesting.


def block_maps(depth: int) -> str:
    return "".join(" " * i + "a:\n" for i in range(depth))


def block_lists(depth: int) -> str:
    return "".join(" " * i + "-\n" for i in range(depth))


@pytest.mark.parametrize(("text", "line"), [
    ("[" * 25 + "]" * 25, 1),
    ("[" * 30 + "]" * 30, 1),
    ("[" * 999 + "]" * 999, 1),
    ("[" * 1000 + "]" * 1000, 1),  # libyaml 0.2.6 refuses from here on, by itself
    ("[" * 5000 + "]" * 5000, 1),
    ("[" * 100_000 + "]" * 100_000, 1),  # once crashed libyaml's recursive composer
    ("[" * 5000, 1),  # never closed
    ("{a: " * 1100 + "1" + "}" * 1100, 1),
    ("title: x\nsteps: " + "{a: " * 1100 + "1" + "}" * 1100 + "\n", 2),
    ("[\n" * 30 + "]\n" * 30, 25),
    ("[\n" * 1200 + "]\n" * 1200, 25),  # libyaml 0.2.6 stops on line 1001
    (block_maps(30), 25),
    (block_maps(1200), 25),  # libyaml 0.2.6 stops on line 1000
    (block_lists(30), 25),
    (block_lists(1200), 25),
    ("- " * 30 + "x\n", 1),
    ("- " * 100_000 + "x\n", 1),
    ("? " * 30 + "x\n", 1),
    ("a: &a 1\nb: " + "[" * 30 + "*a" + "]" * 30 + "\n", 2),  # an alias: the event builder
])
def test_deep_nesting_is_refused_on_the_line_of_the_first_level_too_many(parser, text, line):
    assert said(text) == f"f.yaml:{line}: {DEEP}"


@pytest.mark.parametrize("text", [
    "[" * MAX_DEPTH + "]" * MAX_DEPTH,
    block_maps(MAX_DEPTH),
    block_lists(MAX_DEPTH),
    "- " * MAX_DEPTH + "x\n",
])
def test_nesting_up_to_the_limit_is_composed(parser, text):
    assert said(text) == "composed"


@st.composite
def nestings(draw):
    """Collections nested ``depth`` deep, and the line each starts on, outermost first.

    Block mappings and lists come first, indented, then flow ones, which a block collection
    cannot be inside; the flow part goes on one line or one bracket a line.
    """
    depth = draw(st.integers(1, 2 * MAX_DEPTH))
    blocks = draw(st.integers(0, depth))
    kinds = draw(st.lists(st.sampled_from(["map", "list"]), min_size=depth, max_size=depth))
    one_line = draw(st.booleans())
    lines: list[str] = []
    starts: list[int] = []
    for level, kind in enumerate(kinds[:blocks]):
        lines.append("  " * level + ("a:" if kind == "map" else "-"))
        starts.append(len(lines))
    flow = kinds[blocks:]
    if flow:
        opening = ["{a: " if kind == "map" else "[" for kind in flow]
        closing = "".join("}" if kind == "map" else "]" for kind in reversed(flow))
        if one_line:
            if lines:
                lines[-1] += " " + "".join(opening) + "x" + closing
            else:
                lines.append("".join(opening) + "x" + closing)
            starts += [len(lines)] * len(flow)
        else:
            indent = "  " * blocks
            if not lines:
                lines.append("")  # the document starts with the first bracket
            lines[-1] += " " + opening[0] if lines[-1] else opening[0]
            starts.append(len(lines))
            for bracket in opening[1:]:
                lines.append(indent + bracket)
                starts.append(len(lines))
            lines.append(indent + "x" + closing)
    return "\n".join(lines) + "\n", starts


@WITH_LIBYAML
@SLOW_EXAMPLES
@given(nestings())
@example(("[" * (MAX_DEPTH + 1) + "x" + "]" * (MAX_DEPTH + 1) + "\n", [1] * (MAX_DEPTH + 1)))
def test_any_nesting_around_the_limit_gets_the_same_message_from_both_parsers(nesting):
    text, starts = nesting
    expected = f"f.yaml:{starts[MAX_DEPTH]}: {DEEP}" if len(starts) > MAX_DEPTH else "composed"
    assert said_by_both(text) == expected


def libyaml_refuses(*args):
    """Raise what libyaml 0.2.6 raises for nesting 1000 deep, whatever the text."""
    mark = yaml.Mark("<unicode string>", 1000, 0, 1000, None, None)
    raise yaml.scanner.ScannerError("while increasing flow level", mark,
                                    "exceeded maximum nesting depth", mark)


@WITH_LIBYAML
@pytest.mark.parametrize("path", ["composer", "event builder"])
def test_libyaml_refusing_deep_nesting_itself_still_gets_our_message_and_line(
        monkeypatch, path):
    # Whichever libyaml is installed here: this is what 0.2.6 does, wherever libyaml is used.
    if path == "composer":
        monkeypatch.setattr(yamlsafe._ComposingLoader, "get_single_node", libyaml_refuses)  # noqa: SLF001 (no public seam)
        text = block_lists(30)
    else:
        monkeypatch.setattr(yamlsafe._EventLoader, "get_event", libyaml_refuses)  # noqa: SLF001 (no public seam)
        text = block_lists(30) + "# an ! anywhere: the event builder reads the text\n"
    with yamlsafe.using_parser("libyaml"):
        assert said(text) == f"f.yaml:25: {DEEP}"


@WITH_LIBYAML
def test_text_libyaml_refuses_but_the_pure_python_parser_accepts_is_still_read(monkeypatch):
    monkeypatch.setattr(yamlsafe._ComposingLoader, "get_single_node", libyaml_refuses)  # noqa: SLF001 (no public seam)
    with yamlsafe.using_parser("libyaml"):
        node = yamlsafe.compose("title: Mine\nsteps: [a, b]\n", "f.yaml")
    assert [key.value for key, _ in node.value] == ["title", "steps"]
    assert node.value[1][1].value[1].start_mark.line == 1


# Tabs.


@pytest.mark.parametrize(("text", "line"), [
    ("\ttitle: x\n", 1),
    ("title: x\nsteps:\n\t- point: SP6\n", 3),
    ("title: x\nsteps:\n  - point: SP6\n\tseconds: 5\n", 4),
    ("title: x\nsteps:\n  - point: SP6\n  \tseconds: 5\n", 4),
    ("title: x\nsteps:\n  - point: SP6\n\t    seconds: 5\n", 4),
    ("title: x\n  \tsummary: y\n", 2),  # libyaml: "mapping values are not allowed"
    ("steps:\n-\tpoint: SP6\n", 2),
    ("steps:\n  -\tpoint: SP6\n    seconds: 5\n", 2),
    ("title: x\n\t\nsummary: y\n", 2),
    ("summary: |\n  a\n\tb\n", 3),
    ("summary: a\n\tb\ntitle: x\n", 2),
])
def test_tab_indentation_is_named_on_its_line(parser, text, line):
    assert said(text) == f"f.yaml:{line}: {TAB_INDENT}"


@pytest.mark.parametrize("text", [
    "summary: |\n  a\n  \tb\n",  # a tab in a block scalar's text
    "summary: 'a\n\tb'\n",  # and in a quoted one
    "title: 'a\tb'\n",
])
def test_tabs_inside_text_are_text(parser, text):
    assert said(text) == "composed"


@st.composite
def documents(draw, depth=0):
    """Lines of a block mapping nested up to three deep: (indent, key, value or None)."""
    keys = draw(st.lists(st.sampled_from(["title", "summary", "point", "seconds", "area",
                                          "hold", "sides", "inhale", "exhale"]),
                         min_size=1, max_size=4, unique=True))
    lines = []
    for key in keys:
        if depth < 2 and draw(st.booleans()):
            lines.append((depth, key, None))
            lines += draw(documents(depth + 1))
        else:
            lines.append((depth, key, draw(st.sampled_from(["x", "SP6", "60", "left", "a b"]))))
    return lines


def render(lines, skip=None, text_of=None):
    out = []
    for number, (depth, key, value) in enumerate(lines):
        line = "  " * depth + (f"{key}:" if value is None else f"{key}: {value}")
        out.append(text_of(line) if number == skip else line)
    return "\n".join(out) + "\n"


@WITH_LIBYAML
@settings(max_examples=150)
@given(documents(), st.data())
def test_a_tab_in_any_lines_indentation_gets_the_same_message_from_both_parsers(lines, data):
    number = data.draw(st.integers(0, len(lines) - 1))
    depth = lines[number][0]
    # Replace one indentation space with a tab, or put a tab before the key.
    at = data.draw(st.integers(0, 2 * depth))
    text = render(lines, number, lambda line: line[:at] + "\t" + line[at + (at < 2 * depth):])
    assert said_by_both(text) == f"f.yaml:{number + 1}: {TAB_INDENT}"


@WITH_LIBYAML
def test_a_tab_between_tokens_is_refused_only_by_the_pure_python_scanner():
    # libyaml takes it as a space; PyYAML's own scanner never has. That is PyYAML's limit,
    # not its version's, and a file that libyaml reads is still told its real mistake.
    assert said_by_each("title:\tx\nsteps: []\n") == {
        "libyaml": "composed",
        "python": "f.yaml:1: a tab cannot be used here; use spaces",
    }
    assert said_by_each("title:\tx\nsummary y\nsteps: []\n") == {
        "libyaml": "f.yaml:2: missing ':' in 'summary y' (write key: value)",
        "python": "f.yaml:1: a tab cannot be used here; use spaces",
    }
    deep = "seconds:\t60\nsteps:\n" + block_lists(30).replace("\n", "\n  ")
    assert said_by_each(deep)["libyaml"] == f"f.yaml:26: {DEEP}"


@WITH_LIBYAML
def test_text_read_only_once_its_tabs_are_spaces_is_libyamls_to_explain(monkeypatch):
    # The tab made a space lets the pure-Python parser through, but that is not the text.
    def refuses(*args):
        mark = yaml.Mark("<unicode string>", 20, 2, 0, None, None)
        raise yaml.scanner.ScannerError(None, None, "found what libyaml refuses", mark)

    monkeypatch.setattr(yamlsafe._ComposingLoader, "get_single_node", refuses)  # noqa: SLF001 (no public seam)
    with yamlsafe.using_parser("libyaml"):
        assert said("title:\tx\nsummary: y\nsteps: []\n") == (
            "f.yaml:3: not valid YAML: found what libyaml refuses")
        assert said("title: x\nsummary: y\nsteps: []\n") == "composed"


# A missing colon.


@pytest.mark.parametrize(("text", "line", "said_"), [
    ("title: x\nsummary y\nsteps: []\n", 2, "summary y"),
    ("title: x\nsummary y", 2, "summary y"),
    ("title: x\nsummary y   # a note\nsteps: []\n", 2, "summary y"),
    ("title: x\nsummary y\n  more: z\n", 2, "summary y"),
    ("title: x\nsteps\n  - point: SP6\n", 2, "steps"),
    ("steps:\n  - point: SP6\n    seconds 60\n  - point: LR3\n", 3, "seconds 60"),
    ("steps:\n  - point: SP6\n    seconds 60\n", 3, "seconds 60"),
    ("summary: A long text\nthat continues\nsteps: []\n", 2, "that continues"),
    # The key ran on into the next line's, as a list item or the whole document.
    ("title x\nsummary: y\n", 1, "title x"),
    ("# a comment\n---\ntitle x\nsummary: y\n", 3, "title x"),
    ("steps:\n  - point SP6\n    seconds: 5\n", 2, "point SP6"),
    ("steps:\n- point SP6\n  seconds: 5\n", 2, "point SP6"),
    ("title: x\n" + "a" * 60 + " b\nsteps: []\n", 2, "a" * 39 + "…"),
])
def test_a_missing_colon_is_named_on_the_line_it_is_missing_from(parser, text, line, said_):
    assert said(text) == f"f.yaml:{line}: missing ':' in '{said_}' (write key: value)"


@pytest.mark.parametrize(("text", "line", "problem"), [
    # A value on the next line running on into a "key:" may be a key that lost its colon
    # or text that needs quotes: the parser cannot know, so neither do we.
    ("summary:\n  A long text\n  with: colon\n", 3, "mapping values are not allowed here"),
    ("title: x\nsummary: a long\n  text: with colon\n", 3,
     "mapping values are not allowed here"),
    ("title: x\n summary: y\n", 2, "mapping values are not allowed here"),
    ("title: Broken\nsummary: [unclosed\nsteps: []\n", 3, "expected ',' or ']', but got ':'"),
    ("title: x\x07\n", 1, "the character U+0007 is not allowed"),
])
def test_other_mistakes_get_the_pure_python_parsers_words(parser, text, line, problem):
    assert said(text) == f"f.yaml:{line}: not valid YAML: {problem}"


def first_keys_of_nested_mappings(lines):
    return {n for n in range(1, len(lines)) if lines[n][0] > lines[n - 1][0]}


@WITH_LIBYAML
@settings(max_examples=150)
@given(documents(), st.data())
def test_a_colon_missing_from_any_key_gets_the_same_message_from_both_parsers(lines, data):
    # Not the first key of a nested mapping: "a:" then "  b 1" is a's value running on, so
    # the parser cannot tell the colon is missing. Nor a document of one key, which is text.
    candidates = sorted(set(range(len(lines))) - first_keys_of_nested_mappings(lines))
    if len(lines) == 1:
        candidates = []
    number = data.draw(st.sampled_from(candidates)) if candidates else None
    if number is None:
        return
    text = render(lines, number, lambda line: line.replace(":", "", 1))
    _, key, value = lines[number]
    said_ = key if value is None else f"{key} {value}"
    assert said_by_both(text) == f"f.yaml:{number + 1}: missing ':' in '{said_}' (write key: value)"


# Any text.


TOKENS = [*"ab:- \n[]{}&*!#'\"|>%@`,?.0123456789\t", "steps", "title", "a b", "- ", "  ",
          "\n  ", "\n- ", "\n\t", " \t", "[" * 12, "]" * 12, "- - - - - - ", "{a: ", "é"]
OURS = (DEEP, TAB_INDENT, "missing ':'", "a tab cannot be used here")


@WITH_LIBYAML
@settings(max_examples=400, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(TOKENS), max_size=80).map("".join))
@example("[" * 30 + "\n\tx")
@example("a:\n  - b c\n    d: e\n" + "- " * 30)
def test_what_either_parser_says_in_our_words_the_other_says_too(text):
    # The parsers differ on other broken text ("|#" is a block scalar to libyaml only; a
    # malformed tag is still a tag to libyaml, which we then refuse), so only our words are
    # compared; the pure-Python scanner also refuses tabs that libyaml takes as spaces.
    outcomes = said_by_each(text)
    if outcomes["libyaml"] != outcomes["python"] and any(
            words in outcome for outcome in outcomes.values() for words in OURS):
        assert "\t" in text, outcomes
        assert outcomes["python"].endswith(("a tab cannot be used here; use spaces",
                                            TAB_INDENT)), outcomes
