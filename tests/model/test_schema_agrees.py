"""One corpus of routine files, judged by the loader and by the published JSON Schema.

Wherever a JSON Schema can say it, the two must agree. What only the loader can know (point
codes, clashing ids, the file's name, what YAML keeps quiet about) is marked loader-only:
those files the loader refuses and the schema must let through, so the marks stay honest.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import jsonschema
import pytest
import yaml

from acuguide import resources
from acuguide.model.content import builtin_routines, id_clash, parse_routine
from acuguide.model.problems import ContentError
from acuguide.model.routine import routine_schema
from acuguide.model.yaml_decode import decode

TESTS = Path(__file__).parents[1]
BAD = TESTS / "bad_routines"
README = TESTS.parent / "README.md"
STEP = "  - point: SP6\n    seconds: 60\n"
HEAD = "title: T\nsummary: S\n"


@dataclass(frozen=True)
class Entry:
    """One file of the corpus: its name, its bytes, and why only the loader refuses it."""

    name: str
    data: bytes
    loader_only: str = ""  # why a schema cannot refuse it
    builtin: bool = False


def routine(head: str = HEAD, step: str = STEP, *, extra: str = "") -> str:
    return f"{head}{extra}steps:\n{step}"


def seconds(value: str, field: str = "seconds") -> str:
    if field == "seconds":
        return routine(step=f"  - point: SP6\n    seconds: {value}\n")
    return routine(step=f"  - point: SP6\n    seconds: 60\n    {field}: {value}\n")


def breathing(value: str) -> str:
    return routine(step=f"  - point: SP6\n    seconds: 60\n    breathing: {{inhale: {value}, "
                        "exhale: 6}\n")


INLINE: dict[str, str | bytes] = {
    # good
    "ok-durations": routine(step="".join(
        f"  - area: calf\n    seconds: {v}\n" for v in
        ("90s", "2m", "1m30s", "'1:30'", "2 min", "1.5m", "'60:00'", "59m 59.5s", "3600",
         "0.5", "'007'"))),
    "ok-pauses": routine(extra="defaults: {prepare: 0, switch: '10s', rest: 10m}\n",
                         step="  - point: SP6\n    seconds: 60\n    rest: '0:00'\n"
                              "    prepare: 0s\n"),
    "ok-breathing": breathing("'4s'"),
    "ok-defaults-seconds": routine(extra="defaults: {seconds: 45}\n",
                                   step="  - point: SP6\n  - hold: left-thumb\n"),
    "ok-every-step-seconds": routine(step=STEP + "  - area: heel\n    seconds: 2m\n"),
    "ok-quoted-number-title": routine(head='title: "2024"\nsummary: S\n'),
    "ok-single-texts": routine(extra="cautions: Careful.\nnotes: A note.\ntips: A tip.\n"),
    "ok-id": routine(head="id: calves-2\n" + HEAD),
    "ok-crlf-utf8-bom": "\ufeff".encode() + routine().replace("\n", "\r\n").encode(),
    "ok-utf16": routine().encode("utf-16"),
    "ok-utf32": routine().encode("utf-32"),
    "ok-300-steps": routine(step="  - {point: SP6, seconds: 1}\n" * 300),
    # ids
    "id-upper": routine(head="id: Calves\n" + HEAD),
    "id-underscore": routine(head="id: night_calves\n" + HEAD),
    "id-leading-hyphen": routine(head="id: -calves\n" + HEAD),
    "id-space": routine(head="id: my calves\n" + HEAD),
    "id-too-long": routine(head=f"id: {'a' * 61}\n" + HEAD),
    "id-number": routine(head="id: 42\n" + HEAD),
    # text that is not text, or blank
    "title-bool": routine(head="title: yes\nsummary: S\n"),
    "title-float": routine(head="title: 1.5\nsummary: S\n"),
    "summary-date": routine(head="title: T\nsummary: 2024-05-01\n"),
    "instruction-number": seconds("5", "instruction"),
    "caution-number": routine(extra="cautions: [3]\n"),
    "blank-title": routine(head='title: "   "\nsummary: S\n'),
    "blank-instruction": seconds('" "', "instruction"),
    "blank-tip": routine(extra='tips: ["ok", "  "]\n'),
    "empty-source": routine(extra='source: ""\n'),
    "title-too-long": routine(head=f"title: {'x' * 121}\nsummary: S\n"),
    # seconds: every step, or the defaults
    "one-step-without-seconds": routine(step=STEP + "  - area: heel\n"),
    "defaults-without-seconds": routine(extra="defaults: {prepare: 5}\n",
                                        step="  - point: SP6\n"),
    # durations
    "seconds-empty": seconds('""'),
    "seconds-spaces": seconds('"  "'),
    "seconds-0s": seconds("0s"),
    "seconds-0-00": seconds("'0:00'"),
    "seconds-0m": seconds("0m"),
    "seconds-zero": seconds("0"),
    "seconds-61m": seconds("61m"),
    "seconds-90-00": seconds("'90:00'"),
    "seconds-3601": seconds("3601"),
    "seconds-3601s": seconds("3601s"),
    "seconds-1m90s": seconds("1m90s"),
    "seconds-1e3": seconds("1e3"),
    "seconds-bool": seconds("true"),
    "seconds-negative-text": seconds("'-5'"),
    "rest-11m": seconds("11m", "rest"),
    "rest-601": seconds("'601'", "rest"),
    "rest-negative": seconds("-1", "rest"),
    "prepare-10-01": seconds("'10:01'", "prepare"),
    "inhale-21s": breathing("21s"),
    "inhale-0": breathing("'0'"),
    "inhale-minutes": breathing("1m"),
    # the step limit
    "301-steps": routine(step="  - {point: SP6, seconds: 1}\n" * 301),
    # encodings: refused before any schema could look
    "utf16-without-bom": routine().encode("utf-16-le"),
    "nul-byte": b"title: T\x00\n",
}
LOADER_ONLY: dict[str, tuple[str, str | bytes]] = {
    "unknown-point-code": ("point codes", routine(step="  - point: SP99\n    seconds: 60\n")),
    "midline-both-sides": ("point codes", routine(
        step="  - point: GV20\n    seconds: 60\n    sides: left\n")),
    "clash-builtin-id": ("id clashes", routine(head="id: rls-evening\n" + HEAD)),
    "clash-builtin-name": ("id clashes", routine()),  # read as rls-evening.yaml
    "file-name-no-id": ("the file's name", routine()),  # read as "My Routine.yaml"
    "seconds-nan": ("JSON has no NaN", seconds(".nan")),
    "merge-key-in-steps": ("YAML merges merge keys", routine(
        step="  - &first {point: SP6, seconds: 60}\n  - <<: *first\n    sides: left\n")),
}
FILE_NAMES = {"clash-builtin-name": "rls-evening.yaml", "file-name-no-id": "My Routine.yaml"}
# Bad files whose mistake is one only the loader sees.
BAD_LOADER_ONLY = {
    "unknown-point": "point codes", "misspelt-pinyin": "point codes",
    "out-of-range": "point codes", "midline-sides": "point codes",
    "duplicate-key": "YAML keeps the last of duplicate keys",
}


def corpus() -> list[Entry]:
    entries = [Entry(Path(name).stem, resources.read_bytes(name), builtin=True)
               for name in resources.listing("data/routines", ".yaml")]
    example = re.search(r"```yaml\n(.*?)```", README.read_text(), re.S)
    assert example, "README has no yaml example"
    entries.append(Entry("readme-example", example[1].encode()))
    entries += [Entry(p.stem, p.read_bytes(), BAD_LOADER_ONLY.get(p.stem, ""))
                for p in sorted(BAD.glob("*.yaml"))]
    entries += [Entry(k, v if isinstance(v, bytes) else v.encode()) for k, v in INLINE.items()]
    entries += [Entry(k, v if isinstance(v, bytes) else v.encode(), why)
                for k, (why, v) in LOADER_ONLY.items()]
    return entries


CORPUS = corpus()


@pytest.fixture(scope="module")
def validator(atlas_module):
    schema = routine_schema(atlas_module).json()
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


@pytest.fixture(scope="module")
def atlas_module():
    from acuguide.model.content import builtin_atlas

    return builtin_atlas()


@pytest.fixture(scope="module")
def builtins(atlas_module):
    return builtin_routines(atlas_module)


def loader_accepts(entry: Entry, atlas, builtins) -> bool:
    file = FILE_NAMES.get(entry.name, f"{entry.name}.yaml")
    try:
        loaded = parse_routine(entry.data, file, atlas)
    except ContentError:
        return False
    return entry.builtin or id_clash(loaded, builtins) is None


def schema_accepts(entry: Entry, validator) -> bool:
    try:
        value = yaml.safe_load(decode(entry.data, entry.name))
    except (ContentError, yaml.YAMLError, RecursionError):
        return False  # not YAML (or not text) at all: nothing for a schema to accept
    return validator.is_valid(value)


def test_the_corpus_is_large_and_covers_good_and_bad_files():
    assert len(CORPUS) >= 40
    assert len({e.name for e in CORPUS}) == len(CORPUS)
    assert sum(1 for e in CORPUS if e.name.startswith("ok-")) >= 10


@pytest.mark.parametrize("entry", CORPUS, ids=lambda e: e.name)
def test_the_loader_and_the_schema_agree(entry, atlas_module, builtins, validator):
    by_loader = loader_accepts(entry, atlas_module, builtins)
    by_schema = schema_accepts(entry, validator)
    if entry.loader_only:
        assert (by_loader, by_schema) == (False, True), (
            f"{entry.name} is marked loader-only ({entry.loader_only}): the loader should "
            f"refuse it and the schema let it through")
    else:
        assert by_loader == by_schema, (
            f"{entry.name}: the loader {'accepts' if by_loader else 'refuses'} it, the schema "
            f"{'accepts' if by_schema else 'refuses'} it")
    if entry.builtin or entry.name.startswith(("ok-", "readme")):
        assert by_loader, f"{entry.name} should be a good routine"
