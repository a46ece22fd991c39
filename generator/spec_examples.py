"""Every example in ``spec/paragon.yaml`` is valid against the schema it illustrates.

Spectral's example rules check media-type, parameter and header examples, but not the
``examples`` keyword inside schemas, where OpenAPI 3.1 (JSON Schema 2020-12) keeps them and
where this spec illustrates its component schemas: with Spectral 6.16.3 a schema example that
breaks a ``pattern``, a ``minItems``, a ``const`` or a ``format: uri`` passes. This check finds
every example of the document and validates it with the OpenAPI 3.1 schema dialect (JSON Schema
2020-12 plus OpenAPI's formats):

- ``example`` and ``examples`` of request bodies and responses (media types), inline or under
  ``components``, with ``$ref`` examples followed to ``components/examples``, against the media
  type's schema;
- ``example`` and ``examples`` of parameters and headers, against their schema;
- ``examples`` (and the older ``example``) written inside any schema, at any depth, against that
  schema.

An example is checked where it is used, so a component example referred to from two bodies is
checked against both schemas. ``format`` is asserted (uuid, date-time, uri, ...), as clients and
the mock parse those values.

With ``--models`` it also parses every response example with the pydantic models that
datamodel-code-generator made (``paragon_models``, which the mock uses), as JSON text, the way a
response body arrives: the models must accept every answer the spec shows.

Run it with ``python -m generator.spec_examples [--models] [SPEC]``; it prints one line per
invalid example and exits non-zero when there is any.
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from types import ModuleType
from typing import Any, Final

import pydantic
from openapi_schema_validator import OAS31Validator, oas31_format_checker
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from generator.spec_lint import (
    DEFAULT_SPEC,
    HTTP_METHODS,
    SCHEMA_KEYWORDS,
    SCHEMA_LIST_KEYWORDS,
    SCHEMA_MAP_KEYWORDS,
    load_spec,
)

# The document is registered under this URI, so every schema is addressed as a JSON pointer into
# it and the document's own "#/components/..." references resolve as they do in the spec.
SPEC_URI: Final = "urn:paragon-connect:spec"
MODELS_MODULE: Final = "paragon_models"
SCHEMA_REF_PREFIX: Final = "#/components/schemas/"


@dataclass(frozen=True)
class _Unusable:
    """Stands for an example that cannot be validated, with the reason."""

    reason: str


@dataclass(frozen=True)
class Example:
    """One example and the schema it must match.

    ``schema_pointer`` is a JSON pointer into the document (``/paths/.../schema``).
    ``in_response`` is set for examples of response bodies; ``schema_ref`` is the media type's
    ``$ref`` to a named schema, when it has one.
    """

    where: str
    value: Any
    schema_pointer: str
    in_response: bool = False
    schema_ref: str | None = None


def _escape(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


def _pointer(*tokens: str) -> str:
    return "".join("/" + _escape(token) for token in tokens)


def _follow(spec: Mapping[str, Any], node: Any) -> tuple[Any, tuple[str, ...] | None]:
    """Follow one local ``$ref``; return the target and its location (None when not a ref)."""
    if not (isinstance(node, dict) and isinstance(node.get("$ref"), str)):
        return node, None
    ref: str = node["$ref"]
    if not ref.startswith("#/"):
        raise ValueError(f"only local references are supported, not {ref!r}")
    tokens = tuple(t.replace("~1", "/").replace("~0", "~") for t in ref[2:].split("/"))
    target: Any = spec
    for token in tokens:
        if not isinstance(target, dict) or token not in target:
            raise ValueError(f"{ref!r} does not resolve")
        target = target[token]
    return target, tokens


def _examples_of(
    spec: Mapping[str, Any], holder: Mapping[str, Any], where: str
) -> Iterator[tuple[str, Any]]:
    """Yield ``(label, value)`` for the ``example`` and each of the ``examples`` of a holder."""
    if "example" in holder:
        yield f"{where}: example", holder["example"]
    for name, entry in (holder.get("examples") or {}).items():
        example, ref = _follow(spec, entry)
        label = f"{where}: example {name!r}"
        if ref is not None:
            label += f" ({'/'.join(ref)})"
        if not isinstance(example, dict):
            yield label, _Unusable("is not an Example Object")
        elif "value" in example:
            yield label, example["value"]
        else:
            # An externalValue cannot be checked offline; an example with neither says nothing.
            yield label, _Unusable("has no inline `value` to check")


def _walk_schemas(schema: Any, tokens: tuple[str, ...]) -> Iterator[tuple[tuple[str, ...], Any]]:
    """Yield ``(location, schema)`` for a schema and every schema nested in it."""
    if not isinstance(schema, dict):
        return
    yield tokens, schema
    for keyword in SCHEMA_MAP_KEYWORDS:
        for key, sub in (schema.get(keyword) or {}).items():
            yield from _walk_schemas(sub, (*tokens, keyword, key))
    for keyword in SCHEMA_LIST_KEYWORDS:
        for index, sub in enumerate(schema.get(keyword) or []):
            yield from _walk_schemas(sub, (*tokens, keyword, str(index)))
    for keyword in SCHEMA_KEYWORDS:
        if isinstance(schema.get(keyword), dict):
            yield from _walk_schemas(schema[keyword], (*tokens, keyword))


def _schema_examples(schema: Any, tokens: tuple[str, ...]) -> Iterator[Example]:
    for location, sub in _walk_schemas(schema, tokens):
        where = "/".join(location)
        if "example" in sub:
            yield Example(f"{where}: example", sub["example"], _pointer(*location))
        examples = sub.get("examples")
        if isinstance(examples, list):
            for index, value in enumerate(examples):
                yield Example(f"{where}: examples[{index}]", value, _pointer(*location))


def _with_schema(
    spec: Mapping[str, Any],
    holder: Mapping[str, Any],
    tokens: tuple[str, ...],
    where: str,
    *,
    in_response: bool = False,
) -> Iterator[Example]:
    """The examples of a parameter, header or media type, and of the schema it holds."""
    schema = holder.get("schema")
    if schema is None:
        for label, _ in _examples_of(spec, holder, where):
            yield Example(label, _Unusable("has no schema to check it against"), "")
        return
    schema_ref = schema.get("$ref") if isinstance(schema, dict) else None
    for label, value in _examples_of(spec, holder, where):
        yield Example(
            label,
            value,
            _pointer(*tokens, "schema"),
            in_response=in_response,
            schema_ref=schema_ref if isinstance(schema_ref, str) else None,
        )
    yield from _schema_examples(schema, (*tokens, "schema"))


def _content(
    spec: Mapping[str, Any],
    content: Any,
    tokens: tuple[str, ...],
    where: str,
    *,
    in_response: bool,
) -> Iterator[Example]:
    for media_type, media in (content or {}).items():
        if isinstance(media, dict):
            yield from _with_schema(
                spec,
                media,
                (*tokens, "content", media_type),
                f"{where} {media_type}",
                in_response=in_response,
            )


def _response(
    spec: Mapping[str, Any], response: Any, tokens: tuple[str, ...], where: str
) -> Iterator[Example]:
    """A response written in place; a ``$ref`` response is checked once, under components."""
    if not isinstance(response, dict) or "$ref" in response:
        return
    yield from _content(spec, response.get("content"), tokens, where, in_response=True)
    for name, header in (response.get("headers") or {}).items():
        if isinstance(header, dict) and "$ref" not in header:
            yield from _with_schema(
                spec, header, (*tokens, "headers", name), f"{where} header {name}"
            )


def _parameters(
    spec: Mapping[str, Any], parameters: Any, tokens: tuple[str, ...], where: str
) -> Iterator[Example]:
    for index, parameter in enumerate(parameters or []):
        if isinstance(parameter, dict) and "$ref" not in parameter:
            label = f"{where}: parameter {parameter.get('name')!r}"
            yield from _with_schema(spec, parameter, (*tokens, "parameters", str(index)), label)


def iter_examples(spec: Mapping[str, Any]) -> Iterator[Example]:
    """Yield every example of the document with the location of the schema it must match."""
    for path, item in (spec.get("paths") or {}).items():
        item_tokens = ("paths", path)
        yield from _parameters(spec, item.get("parameters"), item_tokens, path)
        for method in HTTP_METHODS:
            operation = item.get(method)
            if not isinstance(operation, dict):
                continue
            tokens = (*item_tokens, method)
            where = f"{method.upper()} {path}"
            yield from _parameters(spec, operation.get("parameters"), tokens, where)
            body = operation.get("requestBody")
            if isinstance(body, dict) and "$ref" not in body:
                yield from _content(
                    spec,
                    body.get("content"),
                    (*tokens, "requestBody"),
                    f"{where}: request body",
                    in_response=False,
                )
            for status, response in (operation.get("responses") or {}).items():
                yield from _response(
                    spec,
                    response,
                    (*tokens, "responses", str(status)),
                    f"{where}: response {status}",
                )
    components = spec.get("components") or {}
    for name, parameter in (components.get("parameters") or {}).items():
        if isinstance(parameter, dict):
            yield from _with_schema(
                spec, parameter, ("components", "parameters", name), f"components/parameters/{name}"
            )
    for name, header in (components.get("headers") or {}).items():
        if isinstance(header, dict):
            yield from _with_schema(
                spec, header, ("components", "headers", name), f"components/headers/{name}"
            )
    for name, body in (components.get("requestBodies") or {}).items():
        if isinstance(body, dict):
            yield from _content(
                spec,
                body.get("content"),
                ("components", "requestBodies", name),
                f"components/requestBodies/{name}",
                in_response=False,
            )
    for name, response in (components.get("responses") or {}).items():
        yield from _response(
            spec, response, ("components", "responses", name), f"components/responses/{name}"
        )
    for name, schema in (components.get("schemas") or {}).items():
        yield from _schema_examples(schema, ("components", "schemas", name))


def _validator_factory(spec: Mapping[str, Any]) -> Callable[[str], Any]:
    resource: Resource[Any] = Resource.from_contents(spec, default_specification=DRAFT202012)
    registry: Registry[Any] = Registry().with_resource(SPEC_URI, resource)

    @cache
    def validator_for(pointer: str) -> Any:
        return OAS31Validator(
            {"$ref": f"{SPEC_URI}#{pointer}"},
            registry=registry,
            format_checker=oas31_format_checker,
        )

    return validator_for


def check_examples(spec: Mapping[str, Any]) -> list[str]:
    """Return one line per example that does not match its schema (empty when all do)."""
    validator_for = _validator_factory(spec)
    problems: list[str] = []
    for example in iter_examples(spec):
        if isinstance(example.value, _Unusable):
            problems.append(f"{example.where}: {example.value.reason}")
            continue
        errors = sorted(
            validator_for(example.schema_pointer).iter_errors(example.value),
            key=lambda error: (list(error.absolute_path), error.message),
        )
        problems += [f"{example.where}: {error.json_path}: {error.message}" for error in errors]
    return problems


def model_problems(example: Example, models: ModuleType) -> list[str]:
    """Parse one response example with the pydantic model of its schema; return the failures."""
    if example.schema_ref is None or not example.schema_ref.startswith(SCHEMA_REF_PREFIX):
        return [f"{example.where}: the body has no named schema to pick a model by"]
    name = example.schema_ref.removeprefix(SCHEMA_REF_PREFIX)
    model = getattr(models, name, None)
    if not (isinstance(model, type) and issubclass(model, pydantic.BaseModel)):
        return [f"{example.where}: {models.__name__} has no model {name}"]
    try:
        # As JSON text, the way a response body arrives: dates are strings, numbers are numbers.
        model.model_validate_json(json.dumps(example.value))
    except pydantic.ValidationError as error:
        return [
            f"{example.where}: {name}.{'.'.join(str(part) for part in detail['loc'])}: "
            f"{detail['msg']}"
            for detail in error.errors()
        ]
    return []


def check_response_examples_with_models(
    spec: Mapping[str, Any], models_module: str = MODELS_MODULE
) -> list[str]:
    """Parse every response example with the pydantic model of its schema; return the failures."""
    models = importlib.import_module(models_module)
    problems: list[str] = []
    for example in iter_examples(spec):
        if example.in_response and not isinstance(example.value, _Unusable):
            problems += model_problems(example, models)
    return problems


def main(argv: list[str] | None = None) -> int:
    """Check the examples of the spec named on the command line; return the exit code."""
    parser = argparse.ArgumentParser(
        prog="python -m generator.spec_examples", description=__doc__.splitlines()[0]
    )
    parser.add_argument(
        "spec", nargs="?", type=Path, default=DEFAULT_SPEC, help="the spec to check"
    )
    parser.add_argument(
        "--models",
        action="store_true",
        help=f"also parse every response example with the pydantic models of {MODELS_MODULE}",
    )
    args = parser.parse_args(argv)
    spec = load_spec(args.spec)
    count = sum(1 for _ in iter_examples(spec))
    problems = check_examples(spec)
    if args.models:
        problems += check_response_examples_with_models(spec)
    for problem in problems:
        print(problem)
    if problems:
        print(f"{len(problems)} invalid example(s) in {args.spec}", file=sys.stderr)
        return 1
    checked_by = (
        "its schema and, for responses, the pydantic models" if args.models else "its schema"
    )
    print(f"{args.spec}: all {count} examples match {checked_by}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
