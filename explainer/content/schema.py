"""Validate a YAML mapping node against a declared schema, with positions for every problem.

A schema is a dict of :class:`Key` declarations. :func:`validate` returns the plain Python
values of the keys that passed, and reports every problem (unknown key with "did you mean",
missing required key, wrong type, bad date, value outside a fixed set) to the diagnostics, in
the order of the file. A hint shows the wrong value written the right way where that is clear
(``date: 2023-05-05`` for ``5/5/2023``, ``tags: [syria]`` for ``tags: syria``), and a misspelt
key is not reported a second time as the required key it was meant to be.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from explainer.content.datehints import ISO_DATE, date_hint
from explainer.core.diagnostics import Diagnostics, closest, did_you_mean
from explainer.core.urls import URL

TYPE_NAMES = {dict: "a set of keys", list: "a list", bool: "true/false", str: "text"}
TIMESTAMP = "tag:yaml.org,2002:timestamp"
UNKNOWN_TAG = re.compile(r"could not determine a constructor for the tag '(.+?)'")
STANDARD_TAG = "tag:yaml.org,2002:"


@dataclass(frozen=True)
class Key:
    """One front-matter key: its type, whether it is required, and how to fix it when missing."""

    kind: str  # str | date | bool | int | url | enum | list[str] | map | list[map] | named[map]
    #            | named[date]
    required: bool = False
    hint: str | None = None
    choices: tuple[str, ...] = ()
    fields: Mapping[str, Key] = field(default_factory=dict)


@dataclass(frozen=True)
class Checked:
    """The values that passed validation and the (line, col) of each key's value."""

    values: dict[str, Any]
    where: dict[str, tuple[int, int]]


TAG_HINT = "remove the tag: values are text, dates, true/false, numbers, lists and sets of keys"


def _tagged(node: yaml.Node, tagged: dict[int, str]) -> tuple[yaml.Node, str] | None:
    """The first node under ``node`` (itself included) that was written with a tag."""
    if not tagged:
        return None
    stack = [node]
    while stack:
        current = stack.pop()
        if id(current) in tagged:
            return current, tagged[id(current)]
        if isinstance(current, yaml.SequenceNode):
            stack.extend(reversed(current.value))
        elif isinstance(current, yaml.MappingNode):
            for key, value in reversed(current.value):
                stack.extend((value, key))
    return None


class _Context:
    def __init__(self, path: Path, loader: yaml.SafeLoader, offset: int, diags: Diagnostics):
        self.path, self.loader, self.offset, self.diags = path, loader, offset, diags
        self.positions: dict[str, tuple[int, int]] = {}  # every key's value, nested ones too

    def pos(self, node: yaml.Node) -> tuple[int, int]:
        return node.start_mark.line + self.offset, node.start_mark.column + 1

    def error(self, node: yaml.Node, message: str, hint: str | None = None) -> None:
        line, col = self.pos(node)
        self.diags.error(self.path, line, col, message, hint)

    def construct(self, node: yaml.Node, name: str) -> tuple[bool, Any]:
        tagged = _tagged(node, getattr(self.loader, "tagged", {}))
        if tagged is not None:
            written = tagged[1].replace(STANDARD_TAG, "!!", 1)
            self.error(tagged[0], f"'{name}' has the tag '{written}', which Explainer does not "
                       "read", hint=TAG_HINT)
            return False, None
        try:
            return True, self.loader.construct_object(node, deep=True)
        except yaml.MarkedYAMLError as exc:
            self._unreadable(node, name, exc)
        except (ValueError, yaml.YAMLError) as exc:
            if node.tag == TIMESTAMP:
                self.error(node, f"'{name}' is not a real date: '{node.value}' ({exc})",
                           hint="check the month and the day; dates are written YYYY-MM-DD")
            else:
                self.error(node, f"'{name}' cannot be read: {exc}")
        return False, None

    def _unreadable(self, node: yaml.Node, name: str, exc: yaml.MarkedYAMLError) -> None:
        """A value YAML cannot make (an unknown tag, a list as a key), where the problem is."""
        mark = exc.problem_mark or node.start_mark
        line, col = mark.line + self.offset, mark.column + 1
        tag = UNKNOWN_TAG.search(exc.problem or "")
        if tag is None:
            self.diags.error(self.path, line, col, f"'{name}' cannot be read: {exc.problem}")
            return
        written = tag.group(1).replace(STANDARD_TAG, "!!", 1)
        self.diags.error(self.path, line, col, f"'{name}' has the tag '{written}', which "
                         "Explainer does not read", hint=TAG_HINT)


def validate(path: Path, node: yaml.MappingNode | None, loader: yaml.SafeLoader | None,
             offset: int, schema: Mapping[str, Key], diags: Diagnostics,
             missing_at: tuple[int, int] = (1, 1)) -> Checked:
    """Check a mapping node against a schema; offset is the file line of the node's line 0."""
    if node is None or loader is None:
        node = yaml.MappingNode("tag:yaml.org,2002:map", [])
        loader = yaml.SafeLoader("")
    found = Diagnostics()
    ctx = _Context(path, loader, offset, found)
    checked = _mapping(ctx, node, schema, "", missing_at)
    diags.extend(sorted(found, key=lambda d: (d.line, d.col)))  # in the order of the file
    return Checked(checked.values, {**ctx.positions, **checked.where})


def _mapping(ctx: _Context, node: yaml.MappingNode, schema: Mapping[str, Key], prefix: str,
             missing_at: tuple[int, int]) -> Checked:
    values: dict[str, Any] = {}
    where: dict[str, tuple[int, int]] = {}
    reported: set[str] = set()  # keys with an error already (wrong value, or misspelt)
    for key_node, value_node in node.value:
        if not isinstance(key_node, yaml.ScalarNode):
            ctx.error(key_node, "this key is a list or a set of keys, not a name",
                      hint="write a name before the ':'")
            continue
        name = str(key_node.value)
        if name in where:
            ctx.error(key_node, f"key '{prefix}{name}' appears twice",
                      hint="keep only one of them")
            continue
        where[name] = ctx.positions[prefix + name] = ctx.pos(value_node)
        if name not in schema:
            reported.add(_unknown_key(ctx, key_node, name, schema, prefix))
            continue
        ok, value = _value(ctx, value_node, schema[name], prefix + name)
        if not ok:
            reported.add(name)
        elif value is not None:
            values[name] = value
    for name, key in schema.items():
        if key.required and name not in reported and values.get(name) in (None, "", []):
            _missing(ctx, name, key, prefix, where.get(name),
                     ctx.pos(node) if node.value else missing_at)
    return Checked(values, where)


def _unknown_key(ctx: _Context, key_node: yaml.Node, name: str, schema: Mapping[str, Key],
                 prefix: str) -> str:
    """Report an unknown key; the key it was probably meant to be ('' when none is close)."""
    close = closest(name, schema)
    hint = (f"did you mean '{prefix}{close}'?" if close else
            "the keys allowed here are " + ", ".join(prefix + known for known in schema))
    ctx.error(key_node, f"unknown key '{prefix}{name}'", hint=hint)
    return close or ""


def _missing(ctx: _Context, name: str, key: Key, prefix: str,
             value_at: tuple[int, int] | None, keys_at: tuple[int, int]) -> None:
    """A required key written without a value (reported at the value) or not written at all
    (reported where the keys start)."""
    if value_at is not None:
        ctx.diags.error(ctx.path, *value_at, f"'{prefix}{name}' is empty", hint=key.hint)
    else:
        ctx.diags.error(ctx.path, *keys_at, f"missing required key '{prefix}{name}'",
                        hint=key.hint)


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
    if key.kind == "named[map]":
        return _named_maps(ctx, node, key, name)
    if key.kind == "named[date]":
        return _named_dates(ctx, node, key, name)
    ok, value = ctx.construct(node, name)
    if not ok or value is None:
        return ok, None
    if isinstance(node, yaml.SequenceNode):  # where each item is, for checks made later
        for index, item in enumerate(node.value):
            ctx.positions[f"{name}[{index + 1}]"] = ctx.pos(item)
    return _scalar(ctx, node, key, name, value)


def _null_or_wrong(ctx: _Context, node: yaml.Node, name: str, wanted: str,
                   key: Key) -> tuple[bool, Any]:
    ok, value = ctx.construct(node, name)
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


def _named_maps(ctx: _Context, node: yaml.Node, key: Key, name: str) -> tuple[bool, Any]:
    """Keys the editor names (topic slugs, say), each with a set of keys (or nothing); the
    position of ``name.<key>`` is the key's own."""
    if not isinstance(node, yaml.MappingNode):
        return _null_or_wrong(ctx, node, name, "a set of keys", key)
    entries: dict[str, dict[str, Any]] = {}
    for key_node, value_node in node.value:
        if not isinstance(key_node, yaml.ScalarNode) or not str(key_node.value).strip():
            ctx.error(key_node, f"a key of '{name}' is not a name", hint=key.hint)
            continue
        label = f"{name}.{key_node.value}"
        if key_node.value in entries:
            ctx.error(key_node, f"key '{label}' appears twice", hint="keep only one of them")
            continue
        if isinstance(value_node, yaml.MappingNode):
            checked = _mapping(ctx, value_node, key.fields, label + ".", ctx.pos(value_node))
            entries[key_node.value] = checked.values
        elif _null_or_wrong(ctx, value_node, label, "a set of keys", key)[0]:
            entries[key_node.value] = {}
        ctx.positions[label] = ctx.pos(key_node)
    return True, entries


def _named_dates(ctx: _Context, node: yaml.Node, key: Key, name: str) -> tuple[bool, Any]:
    """Keys the editor names (term slugs, say), each with a date: ``name.<key>`` is where."""
    if not isinstance(node, yaml.MappingNode):
        return _null_or_wrong(ctx, node, name, "a set of 'name: date' lines", key)
    dates: dict[str, dt.date] = {}
    for key_node, value_node in node.value:
        label = f"{name}.{getattr(key_node, 'value', '')}"
        if not isinstance(key_node, yaml.ScalarNode) or not str(key_node.value).strip():
            ctx.error(key_node, f"a key of '{name}' is not a name", hint=key.hint)
        elif key_node.value in dates:
            ctx.error(key_node, f"key '{label}' appears twice", hint="keep only one of them")
        else:
            ctx.positions[label] = ctx.pos(key_node)
            ok, value = _value(ctx, value_node, Key("date", hint=key.hint), label)
            if ok and value is not None:
                dates[str(key_node.value)] = value
    return True, dates


def _scalar(ctx: _Context, node: yaml.Node, key: Key, name: str, value: Any) -> tuple[bool, Any]:
    checker = _CHECKERS[key.kind]
    result, problem = checker(value, key)
    if problem:
        ctx.error(node, problem.format(name=name, value=value),
                  hint=_fix(key, name, node, value) or key.hint)
        return False, None
    return True, result


def _fix(key: Key, name: str, node: yaml.Node, value: Any) -> str | None:
    """A hint that shows the wrong value written the right way, when that is clear."""
    leaf = name.rsplit(".", 1)[-1]
    if key.kind == "date":
        return date_hint(leaf, str(value))
    if key.kind == "str":
        return _text_hint(leaf, node, value)
    if key.kind == "enum":
        return did_you_mean(str(value), key.choices)
    if key.kind == "list[str]" and isinstance(node, yaml.ScalarNode):
        return f"write a list in square brackets: {leaf}: [{node.value}]"
    return None


def _text_hint(leaf: str, node: yaml.Node, value: Any) -> str:
    if isinstance(value, list):
        text = ", ".join(str(item) for item in value if not isinstance(item, list | dict))
    else:
        text = node.value if isinstance(node, yaml.ScalarNode) else "..."
    return f"write it as text, in double quotes: {leaf}: {json.dumps(text, ensure_ascii=False)}"


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
    if isinstance(value, str) and ISO_DATE.match(value.strip()):  # a date written in quotes
        try:
            return dt.date.fromisoformat(value.strip()), None
        except ValueError:
            return None, "'{name}' is not a real date: '{value}'"
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
    return None, "'{name}' must be one of " + ", ".join(key.choices) + ", not '{value}'"


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
