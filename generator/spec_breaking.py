"""The breaking-change guard: the working spec must not break the last released one.

Every released version of the spec is kept as ``spec/released/paragon-<version>.yaml``. When
``info.version`` of ``spec/paragon.yaml`` names a released version, the working spec is compared
with that file and any breaking change fails the check. To break the API on purpose, bump
``info.version`` past the newest released file and keep that file beside it: the changes are then
listed, not refused. ``--release`` copies the working spec to its released file.

What breaks a client, by the side of the exchange it concerns:

- an operation (method and path) removed, or its ``operationId`` changed (generated clients
  name their functions after it); a documented response status or a media type removed;
- requests: a new required parameter, an optional parameter made required, a parameter removed;
  a request body made required; a new required field, or an optional one made required; a field
  removed; a ``oneOf``/``anyOf`` variant removed; a type that no longer accepts what it did;
- responses: a field removed; a field no longer required; a type that may now hold what it did
  not (``string`` becoming ``[string, "null"]`` included);
- both: an enum value (or ``const``) removed.

Schemas are compared structurally, following ``$ref`` on both sides, so renaming a component
is not a break while changing what it describes is. A named schema is compared once per
side of the exchange and its problems are reported at the schema, with the first operation that
reached it.

The rules are written here rather than left to Optic 1.0.9 (``optic diff --check``, the
3.1-aware tool on npm): Optic lets a removed enum value pass when the enum only appears in
responses ("Checks: 38/38 passed"), and this project counts it as a break, since a value a
client received before, and may have stored or may send back in a request, stops being valid.
``tests/test_spec_breaking.py`` shows each rule firing.

Run it with ``python -m generator.spec_breaking``; ``--against OLD`` compares with any file.
"""

from __future__ import annotations

import argparse
import re
import shutil
import sys
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final, Literal

from generator.spec_lint import DEFAULT_SPEC, HTTP_METHODS, load_spec

RELEASED_DIR: Final = DEFAULT_SPEC.parent / "released"
RELEASED_NAME: Final = re.compile(r"^paragon-(\d+(?:\.\d+)*)\.yaml$")
VERSION: Final = re.compile(r"^\d+(?:\.\d+)*$")
_PATH_PARAMETER: Final = re.compile(r"{([^}]+)}")

Side = Literal["request", "response"]

KINDS: Final = (
    "removed-operation",
    "changed-operation-id",
    "removed-response",
    "removed-media-type",
    "new-required-parameter",
    "removed-parameter",
    "required-request-body",
    "new-required-request-field",
    "removed-request-field",
    "removed-response-field",
    "response-field-not-required",
    "removed-enum-value",
    "removed-variant",
    "changed-type",
)


@dataclass(frozen=True, order=True)
class Break:
    """One breaking change: its kind, where it is, what changed, and the operation it reaches.

    ``site`` is empty when ``where`` is an operation itself; for a change inside a named schema it
    is the first request or response that uses the schema.
    """

    kind: str
    where: str
    detail: str
    site: str = ""

    def __str__(self) -> str:
        via = f" (in {self.site})" if self.site and self.site != self.where else ""
        return f"{self.where}: {self.detail} [{self.kind}]{via}"


def _parse_version(text: str) -> tuple[int, ...]:
    if not VERSION.match(text):
        raise ValueError(f"version {text!r} is not dotted numbers like 1.2.0")
    return tuple(int(part) for part in text.split("."))


def _resolve(spec: Mapping[str, Any], node: Any) -> tuple[Any, str | None]:
    """Follow local ``$ref`` chains; return the target and the last reference followed."""
    last: str | None = None
    seen: set[str] = set()
    while isinstance(node, dict) and isinstance(node.get("$ref"), str):
        ref: str = node["$ref"]
        if not ref.startswith("#/") or ref in seen:
            break
        seen.add(ref)
        target: Any = spec
        for token in ref[2:].split("/"):
            token = token.replace("~1", "/").replace("~0", "~")
            target = target.get(token) if isinstance(target, dict) else None
        if target is None:
            raise ValueError(f"{ref!r} does not resolve")
        last, node = ref, target
    return node, last


def _operations(spec: Mapping[str, Any]) -> dict[tuple[str, str], tuple[str, dict[str, Any]]]:
    """Operations by (METHOD, path with its parameters unnamed), with the path as written."""
    found: dict[tuple[str, str], tuple[str, dict[str, Any]]] = {}
    for path, item in (spec.get("paths") or {}).items():
        for method in HTTP_METHODS:
            if isinstance(item.get(method), dict):
                found[(method.upper(), _PATH_PARAMETER.sub("{}", path))] = (path, item)
    return found


def _parameters(
    spec: Mapping[str, Any], path: str, item: Mapping[str, Any], method: str
) -> dict[tuple[str, str], dict[str, Any]]:
    """The operation's effective parameters by (in, name); path ones by their position."""
    positions = {name: str(index) for index, name in enumerate(_PATH_PARAMETER.findall(path))}
    effective: dict[tuple[str, str], dict[str, Any]] = {}
    for raw in [*(item.get("parameters") or []), *(item[method].get("parameters") or [])]:
        parameter, _ = _resolve(spec, raw)
        if not isinstance(parameter, dict):
            continue
        location, name = str(parameter.get("in")), str(parameter.get("name"))
        if location == "path":
            name = f"#{positions.get(name, name)}"
        elif location == "header":
            name = name.lower()
        effective[(location, name)] = parameter
    return effective


def _types(spec: Mapping[str, Any], schema: Any, depth: int = 0) -> frozenset[str] | None:
    """The JSON types a schema allows, or None when it allows any."""
    schema, _ = _resolve(spec, schema)
    if not isinstance(schema, dict) or depth > 20:
        return None
    declared = schema.get("type")
    if isinstance(declared, str):
        return frozenset({declared})
    if isinstance(declared, list):
        return frozenset(str(t) for t in declared)
    variants = schema.get("oneOf") or schema.get("anyOf")
    if variants:
        union: set[str] = set()
        for variant in variants:
            types = _types(spec, variant, depth + 1)
            if types is None:
                return None
            union |= types
        return frozenset(union)
    values = [schema["const"]] if "const" in schema else schema.get("enum")
    if values:
        return frozenset(_json_type(value) for value in values)
    return None


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    return "array" if isinstance(value, list) else "object"


def _covers(wide: frozenset[str] | None, narrow: frozenset[str] | None) -> bool:
    """True when every value of the ``narrow`` types is also one of the ``wide`` types."""
    if wide is None:
        return True
    if narrow is None:
        return False
    return all(t in wide or (t == "integer" and "number" in wide) for t in narrow)


def _values(schema: Mapping[str, Any]) -> list[Any] | None:
    if "const" in schema:
        return [schema["const"]]
    values = schema.get("enum")
    return list(values) if isinstance(values, list) else None


def _variant_key(spec: Mapping[str, Any], variant: Any, index: int) -> str:
    _, ref = _resolve(spec, variant)
    return ref.rsplit("/", 1)[-1] if ref else f"#{index}"


@dataclass
class _Comparison:
    """The state of one comparison: what was found, and which schema pairs were already seen."""

    old: Mapping[str, Any]
    new: Mapping[str, Any]
    breaks: list[Break] = field(default_factory=list)
    seen: set[tuple[str, str, str]] = field(default_factory=set)

    def add(self, kind: str, where: str, detail: str, site: str = "") -> None:
        self.breaks.append(Break(kind, where, detail, site))

    def schema(self, old: Any, new: Any, side: Side, where: str, site: str) -> None:
        """Compare two schemas; ``where`` names the place, ``site`` the operation it serves."""
        old, old_ref = _resolve(self.old, old)
        new, new_ref = _resolve(self.new, new)
        if old_ref is not None and new_ref is not None:
            key = (old_ref, new_ref, side)
            if key in self.seen:
                return
            self.seen.add(key)
            where = new_ref[2:]
        if not isinstance(old, dict) or not isinstance(new, dict):
            return
        self._type(old, new, side, where, site)
        self._enum(old, new, where, site)
        self._properties(old, new, side, where, site)
        for keyword in ("items", "additionalProperties", "contains", "propertyNames", "not"):
            if isinstance(old.get(keyword), dict) and isinstance(new.get(keyword), dict):
                label = {"items": "[]", "additionalProperties": ".*"}.get(keyword, f"/{keyword}")
                self.schema(old[keyword], new[keyword], side, f"{where}{label}", site)
        for keyword in ("oneOf", "anyOf", "allOf"):
            self._variants(old, new, keyword, side, where, site)

    def _type(
        self, old: Mapping[str, Any], new: Mapping[str, Any], side: Side, where: str, site: str
    ) -> None:
        old_types, new_types = _types(self.old, old), _types(self.new, new)
        breaking = (
            not _covers(new_types, old_types)
            if side == "request"
            else not _covers(old_types, new_types)
        )
        if breaking:
            before = sorted(old_types) if old_types is not None else "any type"
            after = sorted(new_types) if new_types is not None else "any type"
            self.add("changed-type", where, f"{side} type changed from {before} to {after}", site)

    def _enum(self, old: Mapping[str, Any], new: Mapping[str, Any], where: str, site: str) -> None:
        old_values, new_values = _values(old), _values(new)
        if old_values is None or new_values is None:
            return
        for value in old_values:
            if value not in new_values:
                self.add("removed-enum-value", where, f"enum value {value!r} removed", site)

    def _properties(
        self, old: Mapping[str, Any], new: Mapping[str, Any], side: Side, where: str, site: str
    ) -> None:
        old_props: Mapping[str, Any] = old.get("properties") or {}
        new_props: Mapping[str, Any] = new.get("properties") or {}
        old_required = set(old.get("required") or [])
        new_required = set(new.get("required") or [])
        for name in old_props:
            if name not in new_props:
                kind = "removed-response-field" if side == "response" else "removed-request-field"
                self.add(kind, f"{where}.{name}", f"{side} field removed", site)
        if side == "response":
            for name in sorted(old_required - new_required):
                if name in new_props:
                    self.add(
                        "response-field-not-required", f"{where}.{name}", "no longer required", site
                    )
        else:
            for name in sorted(new_required - old_required):
                detail = "became required" if name in old_props else "new required field"
                self.add("new-required-request-field", f"{where}.{name}", detail, site)
        for name, old_sub in old_props.items():
            if name in new_props:
                self.schema(old_sub, new_props[name], side, f"{where}.{name}", site)

    def _variants(
        self,
        old: Mapping[str, Any],
        new: Mapping[str, Any],
        keyword: str,
        side: Side,
        where: str,
        site: str,
    ) -> None:
        old_list, new_list = old.get(keyword) or [], new.get(keyword) or []
        if not old_list or not new_list:
            return
        new_by_key = {_variant_key(self.new, v, i): v for i, v in enumerate(new_list)}
        for index, variant in enumerate(old_list):
            key = _variant_key(self.old, variant, index)
            if key in new_by_key:
                self.schema(variant, new_by_key[key], side, f"{where}<{keyword}:{key}>", site)
            elif side == "request" and keyword != "allOf":
                self.add("removed-variant", where, f"{keyword} variant {key} removed", site)

    def content(self, old: Any, new: Any, side: Side, where: str) -> None:
        old_content: Mapping[str, Any] = old or {}
        new_content: Mapping[str, Any] = new or {}
        for media_type, old_media in old_content.items():
            new_media = new_content.get(media_type)
            if new_media is None:
                self.add("removed-media-type", where, f"media type {media_type} removed")
            elif isinstance(old_media, dict) and isinstance(new_media, dict):
                label = f"{where} {media_type}"
                self.schema(old_media.get("schema"), new_media.get("schema"), side, label, label)

    def operation(self, key: tuple[str, str], old_path: str, new_path: str) -> None:
        method = key[0].lower()
        old_item, new_item = self.old["paths"][old_path], self.new["paths"][new_path]
        old_op, new_op = old_item[method], new_item[method]
        where = f"{key[0]} {new_path}"
        if old_op.get("operationId") != new_op.get("operationId"):
            detail = (
                f"operationId {old_op.get('operationId')!r} became {new_op.get('operationId')!r}"
            )
            self.add("changed-operation-id", where, detail)
        self._parameters(old_path, old_item, new_path, new_item, method, where)
        old_body, _ = _resolve(self.old, old_op.get("requestBody"))
        new_body, _ = _resolve(self.new, new_op.get("requestBody"))
        old_required = isinstance(old_body, dict) and bool(old_body.get("required"))
        if isinstance(new_body, dict) and new_body.get("required") and not old_required:
            self.add("required-request-body", where, "the request body became required")
        if isinstance(old_body, dict) and isinstance(new_body, dict):
            self.content(
                old_body.get("content"), new_body.get("content"), "request", f"{where} request"
            )
        new_responses = {str(s): r for s, r in (new_op.get("responses") or {}).items()}
        for status, old_response in (old_op.get("responses") or {}).items():
            new_response = new_responses.get(str(status))
            if new_response is None:
                self.add("removed-response", where, f"response {status} removed")
                continue
            old_resolved, _ = _resolve(self.old, old_response)
            new_resolved, _ = _resolve(self.new, new_response)
            if isinstance(old_resolved, dict) and isinstance(new_resolved, dict):
                self.content(
                    old_resolved.get("content"),
                    new_resolved.get("content"),
                    "response",
                    f"{where} response {status}",
                )

    def _parameters(
        self,
        old_path: str,
        old_item: Mapping[str, Any],
        new_path: str,
        new_item: Mapping[str, Any],
        method: str,
        where: str,
    ) -> None:
        old_params = _parameters(self.old, old_path, old_item, method)
        new_params = _parameters(self.new, new_path, new_item, method)
        for key, new_param in new_params.items():
            old_param = old_params.get(key)
            label = f"{where} {new_param.get('in')} parameter {new_param.get('name')}"
            if new_param.get("required") and not (old_param and old_param.get("required")):
                detail = "became required" if old_param else "new required parameter"
                self.add("new-required-parameter", label, detail)
            if old_param is not None:
                self.schema(
                    old_param.get("schema"), new_param.get("schema"), "request", label, label
                )
        for key, old_param in old_params.items():
            if key not in new_params:
                label = f"{where} {old_param.get('in')} parameter {old_param.get('name')}"
                self.add("removed-parameter", label, "parameter removed")


def find_breaking_changes(old: Mapping[str, Any], new: Mapping[str, Any]) -> list[Break]:
    """Every change of ``new`` that breaks a client written against ``old``, sorted."""
    comparison = _Comparison(old, new)
    old_operations, new_operations = _operations(old), _operations(new)
    for key, (old_path, _) in old_operations.items():
        if key not in new_operations:
            operation_id = old["paths"][old_path][key[0].lower()].get("operationId")
            comparison.add("removed-operation", f"{key[0]} {old_path}", f"{operation_id} removed")
            continue
        comparison.operation(key, old_path, new_operations[key][0])
    return sorted(set(comparison.breaks))


@dataclass(frozen=True)
class GuardResult:
    """What the guard decided: whether the spec passes, the baseline used, and the changes."""

    ok: bool
    message: str
    baseline: Path | None = None
    breaks: tuple[Break, ...] = ()


def released_specs(released_dir: Path) -> dict[tuple[int, ...], Path]:
    """The released files by version, from their names."""
    found: dict[tuple[int, ...], Path] = {}
    for path in sorted(released_dir.glob("paragon-*.yaml")):
        match = RELEASED_NAME.match(path.name)
        if match:
            found[_parse_version(match.group(1))] = path
    return found


def guard(spec_path: Path = DEFAULT_SPEC, released_dir: Path = RELEASED_DIR) -> GuardResult:
    """Compare the working spec with the released one its version calls for."""
    spec = load_spec(spec_path)
    version_text = str((spec.get("info") or {}).get("version", ""))
    try:
        version = _parse_version(version_text)
    except ValueError as error:
        return GuardResult(False, f"{spec_path}: info.version: {error}")
    released = released_specs(released_dir)
    if not released:
        return GuardResult(
            False,
            f"no released spec in {released_dir}: keep the last release there as "
            "paragon-<version>.yaml (python -m generator.spec_breaking --release)",
        )
    for released_version, path in released.items():
        declared = str((load_spec(path).get("info") or {}).get("version", ""))
        if _parse_version(declared) != released_version:
            return GuardResult(False, f"{path} declares info.version {declared!r}")
    newest = max(released)
    if version in released:
        baseline = released[version]
        breaks = tuple(find_breaking_changes(load_spec(baseline), spec))
        if breaks:
            return GuardResult(
                False,
                f"{spec_path} breaks {baseline.name} ({len(breaks)} change(s)); revert them, or "
                f"bump info.version past {version_text} and keep {baseline.name} beside it",
                baseline,
                breaks,
            )
        return GuardResult(True, f"{spec_path} keeps every promise of {baseline.name}", baseline)
    if version > newest:
        baseline = released[newest]
        breaks = tuple(find_breaking_changes(load_spec(baseline), spec))
        return GuardResult(
            True,
            f"info.version {version_text} is newer than every released spec; the "
            f"{len(breaks)} breaking change(s) against {baseline.name} are allowed",
            baseline,
            breaks,
        )
    newest_text = ".".join(str(part) for part in newest)
    return GuardResult(
        False,
        f"info.version {version_text} is neither released nor newer than the newest release "
        f"({newest_text})",
    )


def release(spec_path: Path = DEFAULT_SPEC, released_dir: Path = RELEASED_DIR) -> Path:
    """Keep the working spec as the released file of its version; refuse to overwrite one."""
    version_text = str((load_spec(spec_path).get("info") or {}).get("version", ""))
    _parse_version(version_text)
    target = released_dir / f"paragon-{version_text}.yaml"
    if target.exists() and target.read_bytes() != spec_path.read_bytes():
        raise FileExistsError(f"{target} exists and differs; bump info.version to release again")
    released_dir.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(spec_path, target)
    return target


def _print_breaks(breaks: Iterable[Break]) -> None:
    for item in breaks:
        print(f"  {item}")


def main(argv: list[str] | None = None) -> int:
    """Run the guard, a comparison or a release; return the exit code."""
    parser = argparse.ArgumentParser(
        prog="python -m generator.spec_breaking", description=__doc__.splitlines()[0]
    )
    parser.add_argument("--spec", type=Path, default=DEFAULT_SPEC, help="the working spec")
    parser.add_argument(
        "--released-dir", type=Path, default=RELEASED_DIR, help="where released specs are kept"
    )
    action = parser.add_mutually_exclusive_group()
    action.add_argument(
        "--against", type=Path, help="compare with this file and fail on any breaking change"
    )
    action.add_argument(
        "--release", action="store_true", help="keep the working spec as its version's release"
    )
    args = parser.parse_args(argv)
    if args.release:
        print(f"released {release(args.spec, args.released_dir)}")
        return 0
    if args.against is not None:
        breaks = find_breaking_changes(load_spec(args.against), load_spec(args.spec))
        _print_breaks(breaks)
        print(f"{len(breaks)} breaking change(s) of {args.spec} against {args.against}")
        return 1 if breaks else 0
    result = guard(args.spec, args.released_dir)
    _print_breaks(result.breaks)
    print(result.message, file=sys.stdout if result.ok else sys.stderr)
    return 0 if result.ok else 1


if __name__ == "__main__":
    sys.exit(main())
