"""The spec, compiled once into routes: path templates as regexes, and a validator per operation.

``load_spec()`` reads ``spec/paragon.yaml``: the copy shipped inside the wheel as package data, or
the repository's ``spec/`` in an editable checkout. ``Router`` matches a method and a path to one
operation of the spec (or says why none matches: unknown path, or a known path with a method it
does not serve). ``OperationRoute.validate_parameters`` checks the path, query and header
parameters against their schemas (JSON Schema 2020-12 with format checking) and
``OperationRoute.validate_body`` the JSON body with the pydantic model of
``generated/paragon_models`` named by the spec. Every problem becomes one line of a 400 message.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import paragon_models
import yaml
from jsonschema import Draft202012Validator
from pydantic import BaseModel, ValidationError
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from paragon_mock import safejson
from paragon_mock.errors import ApiError

__all__ = [
    "SPEC_URI",
    "BodySpec",
    "MethodNotAllowed",
    "OperationRoute",
    "Parameter",
    "Router",
    "load_spec",
    "spec_path",
    "spec_registry",
]

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
_PACKAGED_SPEC = Path(__file__).with_name("paragon.yaml")
_REPOSITORY_SPEC = Path(__file__).resolve().parents[2] / "spec" / "paragon.yaml"
_TEMPLATE_PARAMETER = re.compile(r"{([^}]+)}")
# The proxy's provider path may hold slashes (the spec's deliberate exception), every other
# path parameter is one segment.
_MULTI_SEGMENT_PARAMETERS = frozenset({"path"})
#: The URI under which ``spec_registry`` serves the spec, for ``$ref``s into it.
SPEC_URI = "urn:paragon-connect:spec"
_JSON_MEDIA_TYPE = re.compile(r"^application/(?:[\w.+-]+\+)?json\s*(?:;.*)?$", re.IGNORECASE)


def spec_path() -> Path:
    """Where the spec is: inside the installed package, or in the repository's ``spec/``."""
    for candidate in (_PACKAGED_SPEC, _REPOSITORY_SPEC):
        if candidate.is_file():
            return candidate
    raise FileNotFoundError(
        "spec/paragon.yaml is neither packaged with paragon_mock nor in a repository checkout"
    )


@cache
def load_spec() -> dict[str, Any]:
    """The OpenAPI document the mock serves, parsed once."""
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    with spec_path().open(encoding="utf-8") as handle:
        data = yaml.load(handle, Loader=loader)
    if not isinstance(data, dict):
        raise ValueError("the spec does not hold an OpenAPI document")
    return data


def _resolve(spec: Mapping[str, Any], node: Any) -> Any:
    """Follow a local ``$ref`` chain to the node it names."""
    while isinstance(node, dict) and "$ref" in node:
        target: Any = spec
        for part in str(node["$ref"])[2:].split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        node = target
    return node


def _inline(spec: Mapping[str, Any], node: Any) -> Any:
    """A copy of a schema with every local ``$ref`` replaced by its target (no cycles here)."""
    node = _resolve(spec, node)
    if isinstance(node, dict):
        return {key: _inline(spec, value) for key, value in node.items()}
    if isinstance(node, list):
        return [_inline(spec, value) for value in node]
    return node


@dataclass(frozen=True)
class Parameter:
    """One path, query or header parameter of an operation and its compiled schema."""

    name: str
    location: str
    required: bool
    schema: dict[str, Any]
    validator: Draft202012Validator = field(repr=False, compare=False)
    explode_object: bool = False

    @property
    def label(self) -> str:
        """How a message names this parameter (``query.action``, ``header.X-Paragon-...``)."""
        return f"{self.location}.{self.name}"


@dataclass(frozen=True)
class BodySpec:
    """The JSON request body of an operation, its pydantic model and its JSON Schema."""

    required: bool
    schema_name: str
    model: type[BaseModel]
    validator: Draft202012Validator = field(repr=False, compare=False)


@dataclass(frozen=True)
class OperationRoute:
    """One operation of the spec, ready to validate requests."""

    operation_id: str
    method: str
    path_template: str
    tag: str
    statuses: frozenset[int]
    parameters: tuple[Parameter, ...]
    body: BodySpec | None
    # The query parameter carrying the user token, for a page a browser opens (no header).
    token_query: str | None = None

    def validate_path(self, path_params: Mapping[str, str]) -> dict[str, Any]:
        """Check the path parameters; raise a 400 listing every problem."""
        problems: list[str] = []
        values: dict[str, Any] = {}
        for parameter in self.parameters:
            if parameter.location == "path":
                raw = path_params.get(parameter.name, "")
                problems += _problems(parameter, raw)
                values[parameter.name] = raw
        if problems:
            raise ApiError(400, problems)
        return values

    def validate_parameters(
        self, query: Mapping[str, list[str]], headers: Mapping[str, str]
    ) -> tuple[dict[str, Any], dict[str, str]]:
        """Check query and header parameters; return them converted, or raise a 400."""
        problems: list[str] = []
        query_values: dict[str, Any] = {}
        header_values: dict[str, str] = {}
        declared_query = {p.name for p in self.parameters if p.location == "query"}
        for parameter in self.parameters:
            if parameter.location == "query":
                if parameter.explode_object:
                    # A form-exploded object takes every query parameter not declared otherwise.
                    obj = {k: v[-1] for k, v in query.items() if k not in declared_query}
                    if obj or parameter.required:
                        problems += _schema_problems(parameter, obj)
                    query_values[parameter.name] = obj
                    continue
                raws = query.get(parameter.name)
                if not raws:
                    if parameter.required:
                        problems.append(f"{parameter.label}: required, but missing")
                    continue
                if len(raws) > 1:
                    problems.append(f"{parameter.label}: given {len(raws)} times; give it once")
                    continue
                converted, problem = _convert(parameter, raws[0])
                if problem:
                    problems.append(problem)
                    continue
                problems += _schema_problems(parameter, converted)
                query_values[parameter.name] = converted
            elif parameter.location == "header":
                raw = headers.get(parameter.name.lower())
                if raw is None:
                    if parameter.required:
                        problems.append(f"{parameter.label}: required, but missing")
                    continue
                problems += _schema_problems(parameter, raw)
                header_values[parameter.name] = raw
        if problems:
            raise ApiError(400, problems)
        return query_values, header_values

    def validate_body(self, raw: bytes, content_type: str | None) -> Any:
        """Parse and check the JSON body; return it as plain data (None when absent)."""
        if self.body is None:
            return None
        if not raw.strip():
            if self.body.required:
                raise ApiError(400, ["body: required, but the request has none"])
            return None
        if self.tag == "proxy" and (content_type or "").strip().lower() == "auto":
            # SDK 2.4.0's request() sends `Content-Type: auto`: the proxy infers the type, JSON
            # when the body parses as JSON, else the text as it is.
            try:
                return safejson.loads(raw)
            except safejson.JsonLimitError as exc:
                # JSON all the same: recorded, it could not be served back as JSON.
                raise ApiError(400, [f"body: {exc}"]) from None
            except ValueError:
                return raw.decode("utf-8", errors="replace")
        if content_type is None or not _JSON_MEDIA_TYPE.match(content_type):
            raise ApiError(
                400,
                [f"body: Content-Type must be application/json, not {content_type or 'missing'}"],
            )
        try:
            data = safejson.loads(raw)
        except safejson.JsonLimitError as exc:
            raise ApiError(400, [f"body: {exc}"]) from None
        except ValueError as exc:
            raise ApiError(400, [f"body: not valid JSON ({exc})"]) from None
        try:
            # Strict, so that "1" is not taken for 1 nor "true" for true: the spec's JSON Schema
            # does not coerce, and neither may the mock.
            self.body.model.model_validate_json(raw, strict=True)
        except ValidationError as exc:
            raise ApiError(400, _pydantic_problems(exc)) from None
        # The generated models accept an explicit null for every optional field, while the
        # spec's schemas do not: the spec's own JSON Schema has the last word.
        problems = [
            f"body{''.join(f'.{part}' for part in error.absolute_path)}: {error.message}"
            for error in self.body.validator.iter_errors(data)
        ]
        if problems:
            raise ApiError(400, problems)
        return data


def _pydantic_problems(exc: ValidationError) -> list[str]:
    problems = []
    for error in exc.errors(include_url=False):
        location = ".".join(str(part) for part in ("body", *error["loc"]))
        problems.append(f"{location}: {error['msg']}")
    return problems or ["body: does not match the schema"]


def _problems(parameter: Parameter, raw: str) -> list[str]:
    converted, problem = _convert(parameter, raw)
    if problem:
        return [problem]
    return _schema_problems(parameter, converted)


def _convert(parameter: Parameter, raw: str) -> tuple[Any, str | None]:
    """Turn a parameter's wire text into the JSON value its schema describes."""
    declared = parameter.schema.get("type")
    if declared == "boolean":
        if raw in ("true", "false"):
            return raw == "true", None
        return None, f"{parameter.label}: expected true or false, got {raw!r}"
    if declared == "integer":
        try:
            return int(raw), None
        except ValueError:
            return None, f"{parameter.label}: expected an integer, got {raw!r}"
    return raw, None


def _schema_problems(parameter: Parameter, value: Any) -> list[str]:
    problems = []
    for error in parameter.validator.iter_errors(value):
        where = "".join(f".{part}" for part in error.absolute_path)
        problems.append(f"{parameter.label}{where}: {error.message}")
    # A JsonObjectString (contentMediaType application/json) that fits its schema is not refused
    # here even when it is not JSON: the schema is all a client can go by, so such a request fits
    # the spec, and its handler reads the value leniently (see operations/oauth.py).
    return problems


class MethodNotAllowed(Exception):
    """The path is known but not with this method; ``allowed`` lists the methods it serves."""

    def __init__(self, allowed: list[str]) -> None:
        super().__init__(", ".join(allowed))
        self.allowed = allowed


@dataclass(frozen=True)
class _PathEntry:
    template: str
    regex: re.Pattern[str]
    operations: dict[str, OperationRoute]


class Router:
    """Every operation of the spec, matched by method and path."""

    def __init__(self, spec: Mapping[str, Any]) -> None:
        self._entries: list[_PathEntry] = []
        self.operations: dict[str, OperationRoute] = {}
        for template, item in (spec.get("paths") or {}).items():
            operations: dict[str, OperationRoute] = {}
            for method in HTTP_METHODS:
                operation = item.get(method)
                if isinstance(operation, dict):
                    route = _compile_operation(spec, template, method, item, operation)
                    operations[method.upper()] = route
                    self.operations[route.operation_id] = route
            self._entries.append(_PathEntry(template, _template_regex(template), operations))
        # The proxy's catch-all path parameter must not shadow the other paths.
        self._entries.sort(key=lambda entry: "{path}" in entry.template)

    def __iter__(self) -> Iterator[OperationRoute]:
        return iter(self.operations.values())

    def match(self, method: str, path: str) -> tuple[OperationRoute, dict[str, str]] | None:
        """The operation and path parameters for a request, None for an unknown path.

        Raises:
            MethodNotAllowed: the path is known, the method is not.

        """
        for entry in self._entries:
            found = entry.regex.match(path)
            if found is None:
                continue
            route = entry.operations.get(method)
            if route is None:
                raise MethodNotAllowed(sorted(entry.operations))
            return route, found.groupdict()
        return None


def _template_regex(template: str) -> re.Pattern[str]:
    pattern = ""
    position = 0
    for found in _TEMPLATE_PARAMETER.finditer(template):
        pattern += re.escape(template[position : found.start()])
        name = found.group(1)
        segment = ".+" if name in _MULTI_SEGMENT_PARAMETERS else "[^/]+"
        pattern += f"(?P<{name}>{segment})"
        position = found.end()
    pattern += re.escape(template[position:])
    # DOTALL: a provider path may hold any character, a decoded newline included.
    return re.compile(f"^{pattern}$", re.DOTALL)


def _compile_operation(
    spec: Mapping[str, Any],
    template: str,
    method: str,
    item: Mapping[str, Any],
    operation: Mapping[str, Any],
) -> OperationRoute:
    declared: dict[tuple[str, str], dict[str, Any]] = {}
    for raw in [*(item.get("parameters") or []), *(operation.get("parameters") or [])]:
        resolved = _resolve(spec, raw)
        declared[(resolved["in"], resolved["name"])] = resolved
    parameters = []
    for (location, name), resolved in declared.items():
        schema = _inline(spec, resolved.get("schema") or {})
        explode_object = (
            location == "query"
            and schema.get("type") == "object"
            and resolved.get("style", "form") == "form"
            and resolved.get("explode", True)
        )
        parameters.append(
            Parameter(
                name=name,
                location=location,
                required=bool(resolved.get("required", location == "path")),
                schema=schema,
                explode_object=explode_object,
                validator=Draft202012Validator(
                    schema, format_checker=Draft202012Validator.FORMAT_CHECKER
                ),
            )
        )
    return OperationRoute(
        operation_id=str(operation["operationId"]),
        method=method.upper(),
        path_template=template,
        tag=str((operation.get("tags") or [""])[0]),
        statuses=frozenset(int(status) for status in operation.get("responses") or {}),
        parameters=tuple(parameters),
        body=_body_spec(spec, operation),
        token_query=_token_query(spec, operation),
    )


def _token_query(spec: Mapping[str, Any], operation: Mapping[str, Any]) -> str | None:
    """The query parameter of an apiKey-in-query security scheme the operation accepts."""
    schemes = (spec.get("components") or {}).get("securitySchemes") or {}
    for requirement in operation.get("security", spec.get("security")) or []:
        for name in requirement:
            scheme = schemes.get(name) or {}
            if scheme.get("type") == "apiKey" and scheme.get("in") == "query":
                return str(scheme["name"])
    return None


def _body_spec(spec: Mapping[str, Any], operation: Mapping[str, Any]) -> BodySpec | None:
    body = _resolve(spec, operation.get("requestBody"))
    if not isinstance(body, dict):
        return None
    media = (body.get("content") or {}).get("application/json")
    if not isinstance(media, dict):
        return None
    ref = str((media.get("schema") or {}).get("$ref", ""))
    name = ref.rsplit("/", 1)[-1]
    model = getattr(paragon_models, name, None)
    if not (isinstance(model, type) and issubclass(model, BaseModel)):
        raise LookupError(f"paragon_models has no model {name!r} for the request body of {ref}")
    validator = Draft202012Validator(
        {"$ref": f"{SPEC_URI}{ref}"},
        registry=spec_registry(spec),
        format_checker=Draft202012Validator.FORMAT_CHECKER,
    )
    return BodySpec(
        required=bool(body.get("required")), schema_name=name, model=model, validator=validator
    )


def spec_registry(spec: Mapping[str, Any]) -> Registry[Any]:
    """A registry holding the spec at ``SPEC_URI``, so ``{"$ref": SPEC_URI + "#/..."}`` works."""
    resource: Resource[Any] = Resource.from_contents(dict(spec), default_specification=DRAFT202012)
    registry: Registry[Any] = Registry().with_resource(SPEC_URI, resource)
    return registry
