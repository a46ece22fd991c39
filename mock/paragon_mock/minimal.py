"""The ``minimal`` response mode: every JSON answer cut down to what the spec guarantees.

``paragon-mock serve --responses minimal`` plays a less generous Paragon, so that code can be
tested against answers that carry only what ``spec/paragon.yaml`` promises. Each answer keeps
only the properties its response schema marks ``required``, recursively (through ``$ref``, array
``items``, maps given by ``additionalProperties: <schema>`` and ``oneOf``/``anyOf`` unions), and
every object that declares ``properties`` and allows others gains one property no client knows
(``mockExtra``). Schemas without structure (``{}``, free-form maps) are kept as they are, as
are map entries: they are data, not properties.

The spec is walked once: ``MinimalResponses`` compiles the schema of every (operation, status)
into a reducer, a small closure that builds the reduced copy without looking at the spec again.
A schema with nothing to reduce compiles to ``None``, so its answers are not walked at all.
Reducers never change what they are given; they build new dicts and lists.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from functools import cache
from typing import Any, Literal, get_args
from urllib.parse import quote

from jsonschema import Draft202012Validator

from paragon_mock.routes import HTTP_METHODS, SPEC_URI, load_spec, spec_registry

__all__ = [
    "EXTRA_PROPERTY",
    "EXTRA_VALUES",
    "RESPONSE_MODES",
    "MinimalResponses",
    "Reducer",
    "ResponseMode",
    "minimal_responses",
]

#: ``full`` answers with everything the mock knows; ``minimal`` with only what the spec requires,
#: plus a property no client knows.
ResponseMode = Literal["full", "minimal"]
RESPONSE_MODES: tuple[ResponseMode, ...] = get_args(ResponseMode)
Reducer = Callable[[Any], Any]

#: The property added to objects that allow unknown ones.
EXTRA_PROPERTY = "mockExtra"
#: Its value: the first of these that the object's ``additionalProperties`` accepts.
EXTRA_VALUES: tuple[Any, ...] = (
    {"note": "a property this client does not know"},
    "a property this client does not know",
)
# The envelope of errors that no operation answers (unknown path, wrong method, injected faults).
_ERROR_ENVELOPE = "#/components/schemas/ErrorEnvelope"
_JSON_TYPES: dict[type, str] = {
    dict: "object",
    list: "array",
    str: "string",
    bool: "boolean",
    int: "integer",
    float: "number",
    type(None): "null",
}


class MinimalResponses:
    """The reducers of every JSON response of a spec, by operation and status."""

    def __init__(self, spec: Mapping[str, Any]) -> None:
        compiler = _Compiler(spec)
        self._reducers: dict[tuple[str, int], Reducer | None] = {}
        for template, item in (spec.get("paths") or {}).items():
            for method in HTTP_METHODS:
                operation = item.get(method)
                if not isinstance(operation, dict):
                    continue
                for status, found in (operation.get("responses") or {}).items():
                    response, pointer = compiler.locate(
                        found, f"#/paths/{_escape(template)}/{method}/responses/{status}"
                    )
                    media = ((response or {}).get("content") or {}).get("application/json")
                    if isinstance(media, dict) and "schema" in media:
                        pointer = f"{pointer}/content/application~1json/schema"
                        key = (str(operation["operationId"]), int(status))
                        self._reducers[key] = compiler.compile(media["schema"], pointer)
        self._error = compiler.compile({"$ref": _ERROR_ENVELOPE}, _ERROR_ENVELOPE)

    def __repr__(self) -> str:
        return f"MinimalResponses({len(self._reducers)} responses)"

    def reduce(self, operation_id: str | None, status: int, body: Any) -> Any:
        """The minimal form of ``body``, an answer of the operation (None: of no operation)."""
        if operation_id is None:
            reducer = self._error
        else:
            fallback = self._error if status >= 400 else None
            reducer = self._reducers.get((operation_id, status), fallback)
        return body if reducer is None else reducer(body)


@cache
def minimal_responses() -> MinimalResponses:
    """The reducers of the spec the mock serves, compiled once per process."""
    return MinimalResponses(load_spec())


class _Compiler:
    """Turns schemas into reducers; each ``$ref`` is compiled once."""

    def __init__(self, spec: Mapping[str, Any]) -> None:
        self._spec = spec
        self._registry = spec_registry(spec)
        self._by_ref: dict[str, Reducer | None] = {}
        # A recursive schema reaches its own $ref while it is compiled: the inner use then calls
        # the finished reducer through this cell.
        self._compiling: dict[str, list[Reducer | None]] = {}

    def locate(self, node: Any, pointer: str) -> tuple[Any, str]:
        """Follow a local ``$ref`` chain: the node it ends at, and that node's pointer."""
        while isinstance(node, dict) and "$ref" in node:
            pointer = str(node["$ref"])
            node = self._spec
            for part in pointer.removeprefix("#/").split("/"):
                node = node[part.replace("~1", "/").replace("~0", "~")]
        return node, pointer

    def compile(self, schema: Any, pointer: str) -> Reducer | None:
        """The reducer of a schema found at ``pointer``; None when it reduces nothing."""
        if not isinstance(schema, dict):
            return None
        if "$ref" in schema:
            return self._compile_ref(str(schema["$ref"]))
        for keyword in ("oneOf", "anyOf"):
            if isinstance(schema.get(keyword), list):
                return self._union(schema, keyword, pointer)
        if isinstance(schema.get("allOf"), list):
            return self._all_of(schema["allOf"], pointer)
        if isinstance(schema.get("properties"), dict):
            return self._object(schema, pointer)
        additional = schema.get("additionalProperties")
        if isinstance(additional, dict):
            return _map(self.compile(additional, f"{pointer}/additionalProperties"))
        if isinstance(schema.get("items"), dict):
            return _array(self.compile(schema["items"], f"{pointer}/items"))
        return None

    def _compile_ref(self, ref: str) -> Reducer | None:
        if ref in self._by_ref:
            return self._by_ref[ref]
        pending = self._compiling.get(ref)
        if pending is not None:
            return _deferred(pending)
        cell: list[Reducer | None] = [None]
        self._compiling[ref] = cell
        reducer = self.compile(*self.locate({"$ref": ref}, ref))
        cell[0] = reducer
        del self._compiling[ref]
        self._by_ref[ref] = reducer
        return reducer

    def _ref_to(self, pointer: str) -> dict[str, str]:
        return {"$ref": f"{SPEC_URI}{quote(pointer, safe='#/~')}"}

    def _validator(self, schema: dict[str, Any]) -> Draft202012Validator:
        return Draft202012Validator(
            schema, registry=self._registry, format_checker=Draft202012Validator.FORMAT_CHECKER
        )

    def _object(self, schema: dict[str, Any], pointer: str) -> Reducer:
        properties: dict[str, Any] = schema["properties"]
        kept = tuple(
            (
                name,
                self.compile(properties.get(name), f"{pointer}/properties/{_escape(name)}"),
            )
            for name in schema.get("required") or ()
        )
        extra = self._extra(schema, pointer, len(kept))

        def reduce(value: Any) -> Any:
            if not isinstance(value, dict):
                return value
            reduced = {
                name: value[name] if reducer is None else reducer(value[name])
                for name, reducer in kept
                if name in value
            }
            if extra is not None:
                reduced[extra[0]] = extra[1]
            return reduced

        return reduce

    def _extra(self, schema: dict[str, Any], pointer: str, kept: int) -> tuple[str, Any] | None:
        """The unknown property to add to this object, if its schema allows one."""
        if schema.get("additionalProperties") is False:
            return None
        if schema.get("unevaluatedProperties") is False:
            return None
        if kept + 1 > schema.get("maxProperties", kept + 1):
            return None
        name = EXTRA_PROPERTY
        while name in schema["properties"]:
            name += "_"
        # The keywords that judge an undeclared property, pointing into the spec; {name: value}
        # alone is checked against them.
        judge: dict[str, Any] = {}
        for keyword in ("additionalProperties", "propertyNames"):
            if keyword in schema:
                judge[keyword] = self._ref_to(f"{pointer}/{keyword}")
        patterns = schema.get("patternProperties")
        if isinstance(patterns, dict):
            judge["patternProperties"] = {
                pattern: self._ref_to(f"{pointer}/patternProperties/{_escape(pattern)}")
                for pattern in patterns
            }
        checker = self._validator(judge)
        for value in EXTRA_VALUES:
            if checker.is_valid({name: value}):
                return name, value
        return None

    def _all_of(self, branches: list[Any], pointer: str) -> Reducer | None:
        """An object made of several (IntegrationAccount): what each branch keeps, together."""
        reducers = [
            reducer
            for index, branch in enumerate(branches)
            if (reducer := self.compile(branch, f"{pointer}/allOf/{index}")) is not None
        ]
        if not reducers:
            return None

        def reduce(value: Any) -> Any:
            if not isinstance(value, dict):
                return value
            reduced: dict[str, Any] = {}
            for reducer in reducers:
                part = reducer(value)
                if isinstance(part, dict):
                    reduced.update(part)
            return reduced

        return reduce

    def _union(self, schema: dict[str, Any], keyword: str, pointer: str) -> Reducer | None:
        variants: list[Any] = schema[keyword]
        choices = tuple(
            _Choice(
                types=_declared_types(self.locate(variant, pointer)[0]),
                validator=self._validator(self._ref_to(f"{pointer}/{keyword}/{index}")),
                reducer=self.compile(variant, f"{pointer}/{keyword}/{index}"),
            )
            for index, variant in enumerate(variants)
        )
        if all(choice.reducer is None for choice in choices):
            return None
        by_tag: dict[str, Reducer | None] = {}
        discriminator = schema.get("discriminator")
        tag_property = None
        if isinstance(discriminator, dict):
            tag_property = str(discriminator["propertyName"])
            # Without a mapping, a variant's tag is the name of the schema its $ref names.
            for variant in variants:
                if isinstance(variant, dict) and "$ref" in variant:
                    ref = str(variant["$ref"])
                    by_tag[ref.rsplit("/", 1)[-1]] = self._compile_ref(ref)
            for tag, target in (discriminator.get("mapping") or {}).items():
                # A mapping names a schema by reference, or by its name alone.
                ref = str(target) if "/" in str(target) else f"#/components/schemas/{target}"
                by_tag[str(tag)] = self._compile_ref(ref)

        def reduce(value: Any) -> Any:
            if tag_property is not None and isinstance(value, dict):
                tag = value.get(tag_property)
                if isinstance(tag, str) and tag in by_tag:
                    reducer = by_tag[tag]
                    if reducer is None:
                        return value
                    reduced = reducer(value)
                    # OpenAPI expects the discriminator's property in every tagged value, even
                    # where the variant does not list it as required.
                    if isinstance(reduced, dict) and tag_property not in reduced:
                        reduced = {tag_property: tag, **reduced}
                    return reduced
            choice = _pick(choices, value)
            if choice is None or choice.reducer is None:
                return value
            return choice.reducer(value)

        return reduce


class _Choice:
    """One variant of a union: the JSON types it declares, its validator and its reducer."""

    __slots__ = ("reducer", "types", "validator")

    def __init__(
        self,
        *,
        types: frozenset[str] | None,
        validator: Draft202012Validator,
        reducer: Reducer | None,
    ) -> None:
        self.types = types
        self.validator = validator
        self.reducer = reducer


def _pick(choices: tuple[_Choice, ...], value: Any) -> _Choice | None:
    """The variant a value matches: by its JSON type when that settles it, else by validating."""
    kind = _JSON_TYPES.get(type(value))
    candidates = [
        choice
        for choice in choices
        if choice.types is None
        or kind in choice.types
        or (kind == "integer" and "number" in choice.types)
    ]
    if len(candidates) == 1:
        return candidates[0]
    return next((choice for choice in candidates if choice.validator.is_valid(value)), None)


def _declared_types(schema: Any) -> frozenset[str] | None:
    declared = schema.get("type") if isinstance(schema, dict) else None
    if isinstance(declared, str):
        return frozenset({declared})
    if isinstance(declared, list):
        return frozenset(str(kind) for kind in declared)
    return None


def _deferred(cell: list[Reducer | None]) -> Reducer:
    def reduce(value: Any) -> Any:
        reducer = cell[0]
        return value if reducer is None else reducer(value)

    return reduce


def _map(reducer: Reducer | None) -> Reducer | None:
    if reducer is None:
        return None

    def reduce(value: Any) -> Any:
        if not isinstance(value, dict):
            return value
        return {key: reducer(entry) for key, entry in value.items()}

    return reduce


def _array(reducer: Reducer | None) -> Reducer | None:
    if reducer is None:
        return None

    def reduce(value: Any) -> Any:
        if not isinstance(value, list):
            return value
        return [reducer(entry) for entry in value]

    return reduce


def _escape(name: str) -> str:
    return name.replace("~", "~0").replace("/", "~1")
