"""House rules for ``spec/paragon.yaml`` that Spectral cannot express.

openapi-spec-validator proves the document is well-formed OpenAPI 3.1, and Spectral, with the
ruleset in ``.spectral.yaml``, checks every rule that looks at one node at a time (operationIds,
tags, summaries, security, error responses, named bodies, examples, schema names). This lint keeps
the two rules that need to walk or compare the document:

- every object schema is named under ``components/schemas``: a walk through the keywords that hold
  sub-schemas, at any depth, in components and in parameters, headers and bodies (examples, which
  may hold keys such as ``properties``, are not schemas and are skipped); generators name inline
  objects after the operation or the property, which makes unstable, ugly names;
- every ``discriminator`` sits on a ``oneOf`` of references whose mapping lists exactly those
  references, and each variant, followed through its ``$ref``, requires the tag property and
  carries a ``const`` equal to its mapping key, so generators that ignore discriminators still
  pick the right variant.

Run it with ``python -m generator.spec_lint [SPEC]``; it prints one line per problem and exits
non-zero when there is any.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import yaml

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SPEC = REPO_ROOT / "spec" / "paragon.yaml"

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")

# libyaml's loader reads the spec ten times faster than the pure-Python one, with the same result;
# the checks and their tests read it (and broken copies of it) many times.
_YAML_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

# Keywords under which a JSON Schema holds sub-schemas; examples and other values are skipped.
SCHEMA_MAP_KEYWORDS = ("properties", "patternProperties", "$defs", "dependentSchemas")
SCHEMA_LIST_KEYWORDS = ("allOf", "anyOf", "oneOf", "prefixItems")
SCHEMA_KEYWORDS = (
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
        data = yaml.load(handle, Loader=_YAML_LOADER)
    if not isinstance(data, dict):
        raise ValueError(f"{path} does not hold an OpenAPI document (top level is not a mapping)")
    return data


def lint(spec: Mapping[str, Any]) -> list[str]:
    """Return every rule the spec breaks, one readable line each (empty when clean)."""
    return _check_inline_objects(spec) + _check_discriminators(spec)


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
    for keyword in SCHEMA_MAP_KEYWORDS:
        for key, sub in (schema.get(keyword) or {}).items():
            yield from _walk_schema(sub, f"{where}/{keyword}/{key}", named=False)
    for keyword in SCHEMA_LIST_KEYWORDS:
        for index, sub in enumerate(schema.get(keyword) or []):
            yield from _walk_schema(sub, f"{where}/{keyword}/{index}", named=False)
    for keyword in SCHEMA_KEYWORDS:
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
