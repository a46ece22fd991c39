"""House rules for ``spec/paragon.yaml`` that a structural validator does not check.

openapi-spec-validator proves the document is well-formed OpenAPI 3.1. This lint adds the rules
that keep the spec usable by every generator and consistent for every reader:

- every operation has a unique camelCase ``operationId``, exactly one declared tag, a summary,
  a description and its own ``security``;
- every operation documents the shared error statuses, all with the ``ErrorEnvelope`` schema,
  and a ``Retry-After`` header on 429 and 503;
- request and response bodies, and every object schema, are named under ``components/schemas``
  (generators name inline objects after the operation, which makes unstable, ugly names);
- no schema is named after a built-in type of a common target language;
- every ``discriminator`` sits on a ``oneOf`` of references whose tag property is required and
  carries a ``const`` equal to its mapping key, so generators that ignore discriminators still
  pick the right variant;
- request bodies and successful JSON responses carry examples.

Run it with ``python -m generator.spec_lint [SPEC]``; it prints one line per problem and exits
non-zero when there is any.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import yaml

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SPEC = REPO_ROOT / "spec" / "paragon.yaml"

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
REQUIRED_ERROR_STATUSES = ("400", "401", "403", "404", "422", "429", "500")
RETRY_AFTER_STATUSES = ("429", "503")
ERROR_SCHEMA_REF = "#/components/schemas/ErrorEnvelope"
CAMEL_CASE = re.compile(r"^[a-z][a-zA-Z0-9]*$")
PATH_TEMPLATE = re.compile(r"{([^}]+)}")

# Names that collide with a built-in or standard-library type in Python, TypeScript, Go, Java,
# C# or Swift; generators rename or shadow them (openapi-generator turns ``Error`` into
# ``ModelError``), so the spec avoids them.
RESERVED_SCHEMA_NAMES = frozenset(
    {
        "Any",
        "Array",
        "Boolean",
        "Bool",
        "Byte",
        "Char",
        "Class",
        "Context",
        "Date",
        "DateTime",
        "Decimal",
        "Dict",
        "Double",
        "Enum",
        "Error",
        "Event",
        "Exception",
        "File",
        "Float",
        "Function",
        "Int",
        "Integer",
        "Interface",
        "List",
        "Long",
        "Map",
        "Null",
        "Number",
        "Object",
        "Promise",
        "Record",
        "Request",
        "Response",
        "Set",
        "String",
        "Struct",
        "Symbol",
        "Time",
        "Tuple",
        "Type",
        "Uuid",
        "Void",
    }
)

# Keywords under which a JSON Schema holds sub-schemas; examples and other values are skipped.
_SCHEMA_MAP_KEYWORDS = ("properties", "patternProperties", "$defs", "dependentSchemas")
_SCHEMA_LIST_KEYWORDS = ("allOf", "anyOf", "oneOf", "prefixItems")
_SCHEMA_KEYWORDS = (
    "items",
    "additionalProperties",
    "unevaluatedProperties",
    "unevaluatedItems",
    "contains",
    "not",
    "if",
    "then",
    "else",
    "propertyNames",
    "contentSchema",
)


def load_spec(path: Path) -> dict[str, Any]:
    """Read a YAML spec into plain Python data."""
    with path.open(encoding="utf-8") as handle:
        data = yaml.safe_load(handle)
    if not isinstance(data, dict):
        raise ValueError(f"{path} does not hold an OpenAPI document (top level is not a mapping)")
    return data


def lint(spec: Mapping[str, Any]) -> list[str]:
    """Return every rule the spec breaks, one readable line each (empty when clean)."""
    problems: list[str] = []
    problems += _check_operations(spec)
    problems += _check_schema_names(spec)
    problems += _check_inline_objects(spec)
    problems += _check_discriminators(spec)
    return problems


def iter_operations(spec: Mapping[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """Yield ``(path, method, operation)`` for every operation, in document order."""
    for path, item in (spec.get("paths") or {}).items():
        for method in HTTP_METHODS:
            operation = item.get(method)
            if isinstance(operation, dict):
                yield path, method, operation


def resolve(spec: Mapping[str, Any], node: Any) -> Any:
    """Follow local ``$ref`` pointers until a concrete node is reached."""
    seen: set[str] = set()
    while isinstance(node, dict) and "$ref" in node:
        ref = node["$ref"]
        if not isinstance(ref, str) or not ref.startswith("#/") or ref in seen:
            return node
        seen.add(ref)
        target: Any = spec
        for part in ref[2:].split("/"):
            part = part.replace("~1", "/").replace("~0", "~")
            if not isinstance(target, dict) or part not in target:
                return node
            target = target[part]
        node = target
    return node


def _check_operations(spec: Mapping[str, Any]) -> list[str]:
    problems: list[str] = []
    declared_tags = {tag.get("name") for tag in spec.get("tags") or [] if isinstance(tag, dict)}
    seen_ids: dict[str, str] = {}
    for path, method, operation in iter_operations(spec):
        where = f"{method.upper()} {path}"
        operation_id = operation.get("operationId")
        if not operation_id:
            problems.append(f"{where}: no operationId")
        else:
            if not CAMEL_CASE.match(operation_id):
                problems.append(f"{where}: operationId {operation_id!r} is not camelCase")
            if operation_id in seen_ids:
                other = seen_ids[operation_id]
                problems.append(f"{where}: operationId {operation_id!r} is also used by {other}")
            seen_ids[operation_id] = where
        tags = operation.get("tags") or []
        if len(tags) != 1:
            problems.append(f"{where}: has {len(tags)} tags; exactly one is required")
        for tag in tags:
            if tag not in declared_tags:
                problems.append(f"{where}: tag {tag!r} is not declared under the top-level tags")
        for field in ("summary", "description"):
            if not str(operation.get(field) or "").strip():
                problems.append(f"{where}: no {field}")
        if not operation.get("security"):
            problems.append(f"{where}: no security declared on the operation")
        problems += _check_path_parameters(spec, path, where, operation)
        problems += _check_bodies(spec, where, operation)
        problems += _check_error_responses(spec, where, operation)
    return problems


def _check_path_parameters(
    spec: Mapping[str, Any], path: str, where: str, operation: Mapping[str, Any]
) -> list[str]:
    item = spec["paths"][path]
    declared = set()
    for parameter in [*(item.get("parameters") or []), *(operation.get("parameters") or [])]:
        resolved = resolve(spec, parameter)
        if isinstance(resolved, dict) and resolved.get("in") == "path":
            declared.add(resolved.get("name"))
    return [
        f"{where}: path parameter {{{name}}} is not declared"
        for name in PATH_TEMPLATE.findall(path)
        if name not in declared
    ]


def _media_schema_problem(spec: Mapping[str, Any], label: str, media: Any) -> list[str]:
    if not isinstance(media, dict) or "schema" not in media:
        return [f"{label}: no schema"]
    schema = media["schema"]
    ref = schema.get("$ref", "") if isinstance(schema, dict) else ""
    if not ref.startswith("#/components/schemas/"):
        return [f"{label}: the schema is not a reference to a named schema under components"]
    return []


def _check_bodies(spec: Mapping[str, Any], where: str, operation: Mapping[str, Any]) -> list[str]:
    problems: list[str] = []
    body = resolve(spec, operation.get("requestBody"))
    if isinstance(body, dict):
        for media_type, media in (body.get("content") or {}).items():
            label = f"{where}: request body {media_type}"
            problems += _media_schema_problem(spec, label, media)
            if isinstance(media, dict) and not (media.get("examples") or "example" in media):
                problems.append(f"{label}: no example")
    for status, response in (operation.get("responses") or {}).items():
        resolved = resolve(spec, response)
        if not isinstance(resolved, dict):
            continue
        for media_type, media in (resolved.get("content") or {}).items():
            label = f"{where}: response {status} {media_type}"
            problems += _media_schema_problem(spec, label, media)
            has_example = isinstance(media, dict) and (media.get("examples") or "example" in media)
            if str(status).startswith("2") and not has_example:
                problems.append(f"{label}: no example")
    return problems


def _check_error_responses(
    spec: Mapping[str, Any], where: str, operation: Mapping[str, Any]
) -> list[str]:
    problems: list[str] = []
    responses = {
        str(status): response for status, response in (operation.get("responses") or {}).items()
    }
    for status in REQUIRED_ERROR_STATUSES:
        if status not in responses:
            problems.append(f"{where}: no {status} response")
    for status, response in responses.items():
        if status[:1] not in ("4", "5"):
            continue
        resolved = resolve(spec, response)
        content = resolved.get("content") if isinstance(resolved, dict) else None
        schema = ((content or {}).get("application/json") or {}).get("schema") or {}
        if not isinstance(schema, dict) or schema.get("$ref") != ERROR_SCHEMA_REF:
            problems.append(f"{where}: response {status} does not use {ERROR_SCHEMA_REF}")
        if status in RETRY_AFTER_STATUSES:
            headers = (resolved.get("headers") or {}) if isinstance(resolved, dict) else {}
            if "Retry-After" not in headers:
                problems.append(f"{where}: response {status} has no Retry-After header")
    return problems


def _check_schema_names(spec: Mapping[str, Any]) -> list[str]:
    schemas = (spec.get("components") or {}).get("schemas") or {}
    return [
        f"components/schemas/{name}: named after a built-in type of a common target language"
        for name in schemas
        if name in RESERVED_SCHEMA_NAMES
    ]


def _is_object_schema(schema: Mapping[str, Any]) -> bool:
    declared = schema.get("type")
    types = declared if isinstance(declared, list) else [declared]
    return "object" in types or "properties" in schema


def _walk_schema(schema: Any, where: str, *, named: bool) -> Iterator[str]:
    """Yield the locations of object schemas that are not a named component themselves."""
    if not isinstance(schema, dict) or "$ref" in schema:
        return
    if not named and _is_object_schema(schema):
        yield where
    for keyword in _SCHEMA_MAP_KEYWORDS:
        for key, sub in (schema.get(keyword) or {}).items():
            yield from _walk_schema(sub, f"{where}/{keyword}/{key}", named=False)
    for keyword in _SCHEMA_LIST_KEYWORDS:
        for index, sub in enumerate(schema.get(keyword) or []):
            yield from _walk_schema(sub, f"{where}/{keyword}/{index}", named=False)
    for keyword in _SCHEMA_KEYWORDS:
        if isinstance(schema.get(keyword), dict):
            yield from _walk_schema(schema[keyword], f"{where}/{keyword}", named=False)


def _schemas_outside_components(spec: Mapping[str, Any]) -> Iterator[tuple[str, Any]]:
    """Yield every schema written in a parameter, header, body or response."""

    def from_parameters(parameters: Any, where: str) -> Iterator[tuple[str, Any]]:
        for index, parameter in enumerate(parameters or []):
            if isinstance(parameter, dict) and "schema" in parameter:
                yield f"{where}/parameters/{index}/schema", parameter["schema"]

    def from_content(content: Any, where: str) -> Iterator[tuple[str, Any]]:
        for media_type, media in (content or {}).items():
            if isinstance(media, dict) and "schema" in media:
                yield f"{where}/content/{media_type}/schema", media["schema"]

    def from_response(response: Any, where: str) -> Iterator[tuple[str, Any]]:
        if not isinstance(response, dict):
            return
        yield from from_content(response.get("content"), where)
        for name, header in (response.get("headers") or {}).items():
            if isinstance(header, dict) and "schema" in header:
                yield f"{where}/headers/{name}/schema", header["schema"]

    for path, item in (spec.get("paths") or {}).items():
        yield from from_parameters(item.get("parameters"), f"paths/{path}")
        for method, operation in ((m, item.get(m)) for m in HTTP_METHODS):
            if not isinstance(operation, dict):
                continue
            where = f"paths/{path}/{method}"
            yield from from_parameters(operation.get("parameters"), where)
            body = operation.get("requestBody")
            if isinstance(body, dict):
                yield from from_content(body.get("content"), f"{where}/requestBody")
            for status, response in (operation.get("responses") or {}).items():
                yield from from_response(response, f"{where}/responses/{status}")
    components = spec.get("components") or {}
    for name, parameter in (components.get("parameters") or {}).items():
        if isinstance(parameter, dict) and "schema" in parameter:
            yield f"components/parameters/{name}/schema", parameter["schema"]
    for name, header in (components.get("headers") or {}).items():
        if isinstance(header, dict) and "schema" in header:
            yield f"components/headers/{name}/schema", header["schema"]
    for name, body in (components.get("requestBodies") or {}).items():
        if isinstance(body, dict):
            yield from from_content(body.get("content"), f"components/requestBodies/{name}")
    for name, response in (components.get("responses") or {}).items():
        yield from from_response(response, f"components/responses/{name}")


def _check_inline_objects(spec: Mapping[str, Any]) -> list[str]:
    problems = [
        f"{where}: inline object schema; name it under components/schemas"
        for location, schema in _schemas_outside_components(spec)
        for where in _walk_schema(schema, location, named=False)
    ]
    schemas = (spec.get("components") or {}).get("schemas") or {}
    for name, schema in schemas.items():
        problems += [
            f"{where}: inline object schema; name it under components/schemas"
            for where in _walk_schema(schema, f"components/schemas/{name}", named=True)
        ]
    return problems


def _check_discriminators(spec: Mapping[str, Any]) -> list[str]:
    problems: list[str] = []
    schemas = (spec.get("components") or {}).get("schemas") or {}
    for name, schema in schemas.items():
        if not isinstance(schema, dict) or "discriminator" not in schema:
            continue
        where = f"components/schemas/{name}"
        tag = schema["discriminator"].get("propertyName")
        mapping: dict[str, str] = schema["discriminator"].get("mapping") or {}
        variants = schema.get("oneOf")
        if not variants:
            problems.append(f"{where}: discriminator without oneOf")
            continue
        refs = [
            variant["$ref"]
            for variant in variants
            if isinstance(variant, dict) and isinstance(variant.get("$ref"), str)
        ]
        if len(refs) != len(variants):
            problems.append(f"{where}: every oneOf variant of a discriminated union must be a $ref")
            continue
        if sorted(mapping.values()) != sorted(refs):
            problems.append(
                f"{where}: discriminator mapping does not list exactly the oneOf variants"
            )
        for key, ref in mapping.items():
            variant = resolve(spec, {"$ref": ref})
            label = f"{where}: variant {ref.rsplit('/', 1)[-1]}"
            if not isinstance(variant, dict):
                problems.append(f"{label} does not resolve")
                continue
            if tag not in (variant.get("required") or []):
                problems.append(f"{label} does not require the tag property {tag!r}")
            tag_schema = (variant.get("properties") or {}).get(tag)
            if not isinstance(tag_schema, dict) or tag_schema.get("const") != key:
                problems.append(f"{label}: property {tag!r} needs const {key!r}")
    return problems


def main(argv: list[str] | None = None) -> int:
    """Lint the spec named on the command line; return the process exit code."""
    parser = argparse.ArgumentParser(
        prog="python -m generator.spec_lint", description=__doc__.splitlines()[0]
    )
    parser.add_argument("spec", nargs="?", type=Path, default=DEFAULT_SPEC, help="the spec to lint")
    args = parser.parse_args(argv)
    problems = lint(load_spec(args.spec))
    for problem in problems:
        print(problem)
    if problems:
        print(f"{len(problems)} problem(s) in {args.spec}", file=sys.stderr)
        return 1
    print(f"{args.spec}: the house rules hold")
    return 0


if __name__ == "__main__":
    sys.exit(main())
