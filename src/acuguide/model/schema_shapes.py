"""The field specs that hold others: lists, mappings with named fields, and maps.

With the scalars in ``acuguide.model.schema`` they make the rules a routine or data file is
checked by, and the JSON Schema published for editors.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

import yaml

from acuguide.model.schema import (
    INVALID,
    NULL_TAG,
    Context,
    Record,
    Spec,
    describe_node,
    suggest,
)


@dataclass
class ListOf(Spec):
    """A list of items; with ``single`` a lone item stands for a list of one."""

    item: Spec
    description: str = ""
    min_items: int = 0
    max_items: int = 500
    single: bool = False
    too_many: str = ""  # what a list over max_items is told, after how many it has

    def check(self, node: yaml.Node, ctx: Context, path: str) -> Any:
        if not isinstance(node, yaml.SequenceNode):
            if self.single and isinstance(node, yaml.ScalarNode):
                value = self.item.check(node, ctx, path)
                return INVALID if value is INVALID else [value]
            return ctx.report(node, path, f"must be a list (got {describe_node(node)})")
        if len(node.value) < self.min_items:
            return ctx.report(node, path, f"must have at least {self.min_items} item(s)")
        if len(node.value) > self.max_items:
            return ctx.report(node, path, f"has {len(node.value)} items; "
                              f"{self.too_many or f'at most {self.max_items} are allowed'}")
        values = [self.item.check(child, ctx, f"{path}[{i}]")
                  for i, child in enumerate(node.value)]
        return INVALID if any(v is INVALID for v in values) else values

    def json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"type": "array", "items": self.item.json()}
        if self.min_items:
            out["minItems"] = self.min_items
        out["maxItems"] = self.max_items
        if self.single:
            out = {"anyOf": [out, self.item.json()]}
        if self.description:
            out["description"] = self.description
        return out


@dataclass
class Field:
    """One key of an object."""

    spec: Spec
    required: bool = False


@dataclass
class Obj(Spec):
    """A mapping with known keys; unknown and duplicate keys are errors."""

    fields: dict[str, Field]
    description: str = ""
    one_of: tuple[str, ...] = ()  # exactly one of these keys must be given
    # Rules across fields that the loader checks elsewhere, as JSON Schema (e.g. "anyOf").
    json_rules: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self._required = [k for k, f in self.fields.items() if f.required]

    def check(self, node: yaml.Node, ctx: Context, path: str) -> Any:
        if not isinstance(node, yaml.MappingNode):
            where = path or "(top level)"
            return ctx.report(node, where, f"must be a mapping (got {describe_node(node)})")
        record = Record(node.start_mark.line + 1)
        ok = True
        for key_node, value_node in node.value:
            key = key_node.value if isinstance(key_node, yaml.ScalarNode) else None
            where = f"{path}.{key}" if path else str(key)
            if not isinstance(key, str) or key_node.tag == NULL_TAG:
                ctx.report(key_node, path or "(top level)", "keys must be plain text")
                ok = False
                continue
            if key in record.lines:
                first = record.lines[key]
                ctx.report(key_node, where, f"duplicate key (first given at line {first})")
                ok = False
                continue
            record.lines[key] = key_node.start_mark.line + 1
            if key not in self.fields:
                hint = "; YAML merge keys are not supported" if key == "<<" else suggest(
                    key, tuple(self.fields)
                )
                ctx.report(key_node, where, f"unknown field{hint}")
                ok = False
                continue
            value = self.fields[key].spec.check(value_node, ctx, where)
            if value is INVALID:
                ok = False
            else:
                record[key] = value
        missing = [k for k in self._required if k not in record.lines]
        for key in missing:
            ctx.report(node, path or "(top level)", f"missing required field '{key}'")
        given = [k for k in self.one_of if k in record.lines]
        if self.one_of and len(given) != 1:
            choices = " or ".join(f"'{k}'" for k in self.one_of)
            detail = "none given" if not given else f"got {', '.join(given)}"
            ctx.report(node, path or "(top level)", f"needs exactly one of {choices} ({detail})")
            ok = False
        return record if ok and not missing else INVALID

    def json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "type": "object",
            "properties": {k: f.spec.json() for k, f in self.fields.items()},
            "additionalProperties": False,
        }
        required = [k for k, f in self.fields.items() if f.required]
        if required:
            out["required"] = required
        if self.one_of:
            out["oneOf"] = [{"required": [k]} for k in self.one_of]
        out.update(self.json_rules)
        if self.description:
            out["description"] = self.description
        return out


@dataclass
class MapOf(Spec):
    """A mapping from names matching ``key`` to values of one spec (e.g. code -> point)."""

    value: Spec
    key: str = r"^[A-Za-z0-9][A-Za-z0-9-]*$"
    description: str = ""

    def check(self, node: yaml.Node, ctx: Context, path: str) -> Any:
        if not isinstance(node, yaml.MappingNode):
            return ctx.report(node, path, f"must be a mapping (got {describe_node(node)})")
        record = Record(node.start_mark.line + 1)
        ok = True
        for key_node, value_node in node.value:
            key = str(key_node.value) if isinstance(key_node, yaml.ScalarNode) else ""
            where = f"{path}.{key}" if path else key
            if not re.match(self.key, key):
                ctx.report(key_node, where or path, "is not a valid name")
                ok = False
            elif key in record.lines:
                first = record.lines[key]
                ctx.report(key_node, where, f"duplicate key (first given at line {first})")
                ok = False
            else:
                record.lines[key] = key_node.start_mark.line + 1
                value = self.value.check(value_node, ctx, where)
                ok = ok and value is not INVALID
                record[key] = value
        return record if ok else INVALID

    def json(self) -> dict[str, Any]:
        return {
            "type": "object",
            "propertyNames": {"pattern": self.key},
            "additionalProperties": self.value.json(),
        }
