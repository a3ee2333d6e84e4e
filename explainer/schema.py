"""Validate a YAML mapping node against a declared schema, with positions for every problem.

A schema is a dict of :class:`Key` declarations. :func:`validate` returns the plain Python
values of the keys that passed, and reports every problem (unknown key with "did you mean",
missing required key, wrong type, bad date, value outside a fixed set) to the diagnostics.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from explainer.diagnostics import Diagnostics, did_you_mean

URL = re.compile(r"^https?://[^\s/$.?#][^\s]*$", re.IGNORECASE)
TYPE_NAMES = {dict: "a set of keys", list: "a list", bool: "true/false", str: "text"}


@dataclass(frozen=True)
class Key:
    """One front-matter key: its type, whether it is required, and how to fix it when missing."""

    kind: str  # str | date | bool | int | url | enum | list[str] | map | list[map]
    required: bool = False
    hint: str | None = None
    choices: tuple[str, ...] = ()
    fields: Mapping[str, Key] = field(default_factory=dict)


@dataclass(frozen=True)
class Checked:
    """The values that passed validation and the (line, col) of each key's value."""

    values: dict[str, Any]
    where: dict[str, tuple[int, int]]


class _Context:
    def __init__(self, path: Path, loader: yaml.SafeLoader, offset: int, diags: Diagnostics):
        self.path, self.loader, self.offset, self.diags = path, loader, offset, diags

    def pos(self, node: yaml.Node) -> tuple[int, int]:
        return node.start_mark.line + self.offset, node.start_mark.column + 1

    def error(self, node: yaml.Node, message: str, hint: str | None = None) -> None:
        line, col = self.pos(node)
        self.diags.error(self.path, line, col, message, hint)

    def construct(self, node: yaml.Node) -> tuple[bool, Any]:
        try:
            return True, self.loader.construct_object(node, deep=True)
        except (ValueError, yaml.YAMLError) as exc:
            self.error(node, f"cannot read this value: {exc}")
            return False, None


def validate(path: Path, node: yaml.MappingNode | None, loader: yaml.SafeLoader | None,
             offset: int, schema: Mapping[str, Key], diags: Diagnostics,
             missing_at: tuple[int, int] = (1, 1)) -> Checked:
    """Check a mapping node against a schema; offset is the file line of the node's line 0."""
    if node is None or loader is None:
        node = yaml.MappingNode("tag:yaml.org,2002:map", [])
        loader = yaml.SafeLoader("")
    ctx = _Context(path, loader, offset, diags)
    return _mapping(ctx, node, schema, "", missing_at)


def _mapping(ctx: _Context, node: yaml.MappingNode, schema: Mapping[str, Key], prefix: str,
             missing_at: tuple[int, int]) -> Checked:
    values: dict[str, Any] = {}
    where: dict[str, tuple[int, int]] = {}
    invalid: set[str] = set()
    for key_node, value_node in node.value:
        name = str(key_node.value)
        if name in where:
            ctx.error(key_node, f"key '{prefix}{name}' appears twice",
                      hint="keep only one of them")
            continue
        where[name] = ctx.pos(value_node)
        if name not in schema:
            ctx.error(key_node, f"unknown key '{prefix}{name}'",
                      hint=did_you_mean(name, schema, prefix))
            continue
        ok, value = _value(ctx, value_node, schema[name], prefix + name)
        if not ok:
            invalid.add(name)
        elif value is not None:
            values[name] = value
    for name, key in schema.items():
        if key.required and name not in invalid and values.get(name) in (None, "", []):
            if name in where:
                line, col = where[name]
                message = f"'{prefix}{name}' is empty"
            else:
                line, col = ctx.pos(node) if node.value else missing_at
                message = f"missing required key '{prefix}{name}'"
            ctx.diags.error(ctx.path, line, col, message, hint=key.hint)
    return Checked(values, where)


def _describe(value: Any) -> str:
    for kind, name in TYPE_NAMES.items():
        if isinstance(value, kind):
            return name
    return type(value).__name__


def _value(ctx: _Context, node: yaml.Node, key: Key, name: str) -> tuple[bool, Any]:
    if key.kind == "map":
        if not isinstance(node, yaml.MappingNode):
            return _null_or_wrong(ctx, node, name, "a set of keys", key)
        checked = _mapping(ctx, node, key.fields, name + ".", ctx.pos(node))
        return True, checked.values
    if key.kind == "list[map]":
        return _list_of_maps(ctx, node, key, name)
    ok, value = ctx.construct(node)
    if not ok or value is None:
        return ok, None
    return _scalar(ctx, node, key, name, value)


def _null_or_wrong(ctx: _Context, node: yaml.Node, name: str, wanted: str,
                   key: Key) -> tuple[bool, Any]:
    ok, value = ctx.construct(node)
    if ok and value in (None, ""):
        return True, None
    ctx.error(node, f"'{name}' must be {wanted}, not {_describe(value)}", hint=key.hint)
    return False, None


def _list_of_maps(ctx: _Context, node: yaml.Node, key: Key, name: str) -> tuple[bool, Any]:
    if not isinstance(node, yaml.SequenceNode):
        return _null_or_wrong(ctx, node, name, "a list", key)
    items = []
    for index, item in enumerate(node.value):
        label = f"{name}[{index + 1}]"
        if not isinstance(item, yaml.MappingNode):
            ctx.error(item, f"'{label}' must be a set of keys", hint=key.hint)
            continue
        items.append(_mapping(ctx, item, key.fields, label + ".", ctx.pos(item)).values)
    return True, items


def _scalar(ctx: _Context, node: yaml.Node, key: Key, name: str, value: Any) -> tuple[bool, Any]:
    checker = _CHECKERS[key.kind]
    result, problem = checker(value, key)
    if problem:
        ctx.error(node, problem.format(name=name, value=value), hint=key.hint)
        return False, None
    return True, result


def _as_text(value: Any, key: Key) -> tuple[Any, str | None]:
    if isinstance(value, bool | list | dict):
        return None, "'{name}' must be text, not " + _describe(value)
    if isinstance(value, dt.date):
        return value.isoformat(), None
    return str(value).strip(), None


def _as_date(value: Any, key: Key) -> tuple[Any, str | None]:
    if isinstance(value, dt.datetime):
        return value.date(), None
    if isinstance(value, dt.date):
        return value, None
    return None, "'{name}' must be a date written YYYY-MM-DD, not '{value}'"


def _as_int(value: Any, key: Key) -> tuple[Any, str | None]:
    if isinstance(value, int) and not isinstance(value, bool) and value >= 0:
        return value, None
    return None, "'{name}' must be a whole number, not '{value}'"


def _as_bool(value: Any, key: Key) -> tuple[Any, str | None]:
    if isinstance(value, bool):
        return value, None
    return None, "'{name}' must be true or false, not '{value}'"


def _as_url(value: Any, key: Key) -> tuple[Any, str | None]:
    if isinstance(value, str) and URL.match(value.strip()):
        return value.strip(), None
    return None, "'{name}' must be a web address starting with http:// or https://, not '{value}'"


def _as_enum(value: Any, key: Key) -> tuple[Any, str | None]:
    if isinstance(value, str) and value.strip() in key.choices:
        return value.strip(), None
    hint = did_you_mean(str(value), key.choices)
    extra = f" ({hint})" if hint else ""
    return None, "'{name}' must be one of " + ", ".join(key.choices) + ", not '{value}'" + extra


def _as_text_list(value: Any, key: Key) -> tuple[Any, str | None]:
    if not isinstance(value, list):
        return None, "'{name}' must be a list, not " + _describe(value)
    texts = []
    for item in value:
        if isinstance(item, list | dict) or item is None:
            return None, "every item of '{name}' must be text"
        texts.append(item.isoformat() if isinstance(item, dt.date) else str(item).strip())
    return texts, None


_CHECKERS = {
    "str": _as_text, "date": _as_date, "bool": _as_bool, "int": _as_int, "url": _as_url,
    "enum": _as_enum, "list[str]": _as_text_list,
}
