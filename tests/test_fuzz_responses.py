"""Property-based proof that the client survives whatever a server answers.

For every operation of ``spec/paragon.yaml`` and every response it documents, hypothesis draws
the answer that the public functions of ``Paragon`` and ``AsyncParagon`` receive through
``httpx.MockTransport`` (``tests/fuzz_operations.py`` holds the table of which public call
reaches which operation, and the good answers every other request gets). Each drawn answer is
sent to both flavours, and both must keep the same contract:

1. **Schema-valid bodies** of a documented response, drawn from the response's schema (every
   ``$ref`` resolved): as drawn (``valid``), with only the required properties, recursively
   (``minimal``), with unknown properties added to every object the schema leaves open
   (``extra``), and with unknown enum values and discriminator tags (``unknown``: a tag such as
   ``"NEW_KIND"``, which makes the body invalid on purpose, as a newer Paragon would send it).
   A 2xx answer must come back as the call's typed result (a ``Credential``, a list of
   ``Integration``, an ``AuthenticatedUser``...); a documented error status with a valid error
   envelope must raise the matching ``ParagonError`` subclass (``NotFoundError`` for 404,
   ``RateLimitError`` for 429, ``InternalServerError`` for 5xx, ``ProxyRequestError`` for any
   failed ``request()``).
2. **Anything else**: arbitrary JSON (``{}``, ``null``, ``[1, 2, 3]``, deep nesting, valid bodies
   with one value broken), and bodies that are not JSON at all (random bytes, HTML, nothing,
   truncated JSON), with 2xx, 3xx, 4xx and 5xx statuses, documented or not. The call returns or
   raises a ``ParagonError``, and nothing else: no bare ``KeyError``, ``TypeError``,
   ``ValueError``, ``RecursionError`` or httpx exception. An error status must still raise the
   error of its status. One test sends a 100,000-deep nested array.

How the bodies are drawn: leaves (strings with their formats and patterns, numbers, booleans,
enums, nullable values) come from ``hypothesis_jsonschema.from_schema``; objects with declared
properties, maps and arrays are composed here from those leaf strategies, once per schema, and
free-form JSON (settings, metadata, the proxy's answer) from a small JSON strategy.
hypothesis-jsonschema alone rebuilds the strategies of nested objects at every draw, which
costs a fifth of a second per ``ConnectUser`` body, too slow for this many cases. Every drawn
body is checked against its schema with jsonschema before it is sent, so the composition cannot
drift from the spec unnoticed. ``minimal``, ``extra`` and ``unknown`` start from *full* bodies
(every optional property, one item per array and map), so that even the few examples of the
tests session reach every field the client reads.

Speed and reproducibility: the ``tests`` session runs a few examples per case, derandomized,
without a database, in about a minute. ``nox -s fuzz`` sets ``PARAGON_FUZZ_EXAMPLES`` to run
many more, with random seeds (hypothesis prints how to reproduce a failure).
"""

from __future__ import annotations

import copy
import json
import os
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache
from typing import Any, Final

import httpx
import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from hypothesis_jsonschema import from_schema
from jsonschema import Draft202012Validator
from jsonschema.protocols import Validator
from paragon_connect import (
    APIStatusError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    InternalServerError,
    NotFoundError,
    ParagonError,
    PermissionDeniedError,
    ProxyRequestError,
    RateLimitError,
    UnprocessableEntityError,
)

from generator.spec_lint import resolve
from tests.conftest import SPEC_DATA
from tests.fuzz_operations import (
    BASE_URL,
    FLAVOURS,
    OPERATION_IDS,
    OPERATIONS,
    ROUTER,
    SLACK_CREDENTIAL,
    SLACK_WORKFLOW,
    Answer,
    Driver,
    Outcome,
    Unreachable,
    drivers,
    good_answer,
    json_answer,
    match,
    operation,
    run,
)

# -- hypothesis settings -------------------------------------------------------------------------

_LONG_RUN = os.environ.get("PARAGON_FUZZ_EXAMPLES")


def _settings(examples: int) -> settings:
    """A few derandomized examples per case in the tests session; many random ones in `fuzz`."""
    slow = [HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much]
    # No "explain" phase: it reruns every failure many times to annotate it.
    phases = [Phase.explicit, Phase.generate, Phase.shrink]
    if _LONG_RUN:
        return settings(
            max_examples=int(_LONG_RUN),
            deadline=None,
            database=None,
            suppress_health_check=slow,
            phases=phases,
            print_blob=True,
        )
    return settings(
        max_examples=examples,
        deadline=None,
        database=None,
        derandomize=True,
        suppress_health_check=slow,
        phases=phases,
    )


VALID_SETTINGS: Final = _settings(3)
ERROR_SETTINGS: Final = _settings(2)
ANY_SETTINGS: Final = _settings(4)


# -- the spec's response schemas ---------------------------------------------------------------

# Keywords that annotate a schema; the others constrain values (``discriminator`` is kept: the
# ``unknown`` variant reads it, and jsonschema ignores it).
_ANNOTATIONS: Final = frozenset(
    {"description", "summary", "title", "example", "examples", "deprecated", "contentMediaType"}
)
_SCHEMA_MAPS: Final = ("properties", "patternProperties", "$defs")
_SCHEMA_LISTS: Final = ("oneOf", "anyOf", "allOf", "prefixItems")
_SCHEMA_VALUES: Final = ("items", "additionalProperties", "not", "contains", "propertyNames")


_inlined: dict[str, Any] = {}


def inline(schema: Any) -> Any:
    """A schema with every ``$ref`` replaced by its target and its annotations dropped.

    A component is inlined once and shared by every place that refers to it, so that the
    strategies and validators made for it (cached by identity) serve all of them.
    """
    if isinstance(schema, dict) and isinstance(schema.get("$ref"), str) and len(schema) == 1:
        ref = schema["$ref"]
        if ref not in _inlined:
            _inlined[ref] = inline(resolve(SPEC_DATA, schema))
        return _inlined[ref]
    schema = resolve(SPEC_DATA, schema)
    if not isinstance(schema, dict):
        return schema
    result: dict[str, Any] = {}
    for key, value in schema.items():
        if key in _SCHEMA_MAPS:
            result[key] = {name: inline(sub) for name, sub in value.items()}
        elif key in _SCHEMA_LISTS:
            result[key] = [inline(sub) for sub in value]
        elif key in _SCHEMA_VALUES:
            result[key] = inline(value)
        elif key not in _ANNOTATIONS:
            result[key] = copy.deepcopy(value)
    if "allOf" in result and all(_is_object(branch) for branch in result["allOf"]):
        return _merged(result)
    return result


def _merged(schema: dict[str, Any]) -> dict[str, Any]:
    """An ``allOf`` of objects (IntegrationAccount) as the one object it describes.

    The strategies compose objects from their properties; the merged schema has the union of
    the branches' properties and required names, and accepts the same bodies when, as in the
    spec, the branches share no property and close no object.
    """
    merged: dict[str, Any] = {k: v for k, v in schema.items() if k != "allOf"}
    properties: dict[str, Any] = {}
    required: list[str] = []
    for branch in schema["allOf"]:
        assert branch.get("additionalProperties") is not False, "a closed branch of an allOf"
        overlap = set(properties) & set(branch.get("properties", {}))
        assert not overlap, f"allOf branches share {sorted(overlap)}"
        properties.update(branch.get("properties", {}))
        required += [name for name in branch.get("required", ()) if name not in required]
        merged.update(
            {k: v for k, v in branch.items() if k not in ("properties", "required", "type")}
        )
    merged.update(type="object", properties=properties, required=required)
    return merged


@dataclass(frozen=True)
class Documented:
    """One documented response of an operation: its status and its JSON schema (if any)."""

    status: int
    schema: Any  # None for a response without a body (204, triggerWorkflow's 202)


@cache
def documented(operation_id: str) -> tuple[Documented, ...]:
    responses = operation(operation_id)["responses"]
    result = []
    for status, response in responses.items():
        content = (resolve(SPEC_DATA, response).get("content") or {}).get("application/json")
        result.append(
            Documented(int(status), None if content is None else inline(content["schema"]))
        )
    return tuple(result)


def schema_of(operation_id: str, status: int) -> Any:
    (found,) = [d.schema for d in documented(operation_id) if d.status == status]
    return found


_validators: dict[int, tuple[Any, Validator]] = {}


def validator(schema: Any) -> Validator:
    """A 2020-12 validator of a (inlined) schema, made once per schema object."""
    entry = _validators.get(id(schema))
    if entry is None or entry[0] is not schema:
        checker = Draft202012Validator.FORMAT_CHECKER
        entry = _validators[id(schema)] = (
            schema,
            Draft202012Validator(schema, format_checker=checker),
        )
    return entry[1]


def _is_object(schema: Any) -> bool:
    return isinstance(schema, dict) and (schema.get("type") == "object" or "properties" in schema)


def _branch(schema: dict[str, Any], value: Any) -> Any:
    """The ``oneOf`` branch a valid value follows (None when it follows none)."""
    for branch in schema["oneOf"]:
        if validator(branch).is_valid(value):
            return branch
    return None


def _has(schema: Any, test: Callable[[dict[str, Any]], bool]) -> bool:
    """Whether a schema or one of its sub-schemas passes ``test``."""
    if not isinstance(schema, dict):
        return False
    if test(schema):
        return True
    subs: list[Any] = [schema.get(key) for key in _SCHEMA_VALUES]
    for key in _SCHEMA_MAPS:
        subs += list((schema.get(key) or {}).values())
    for key in _SCHEMA_LISTS:
        subs += schema.get(key) or []
    return any(_has(sub, test) for sub in subs)


def _has_tags(schema: Any) -> bool:
    return _has(schema, lambda s: "enum" in s or "discriminator" in s)


# -- schema-valid bodies --------------------------------------------------------------------------

# Names of unknown properties: plain new ones, and some that collide with what generated
# models call their own attributes.
_EXTRA_NAMES: Final = st.sampled_from(
    ["newField", "x-paragon-next", "additional_properties", "to_dict", "__class__", "type_", ""]
) | st.text(max_size=10)
_JSON_SCALARS: Final = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**70), max_value=2**70)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=16)
)


def _containers(size: int) -> Callable[[st.SearchStrategy[Any]], st.SearchStrategy[Any]]:
    """Lists and objects of at most ``size`` items (a def: hypothesis reads a lambda's source)."""

    def extend(inner: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
        keys = st.text(max_size=8)
        return st.lists(inner, max_size=size) | st.dictionaries(keys, inner, max_size=size)

    return extend


JSON_VALUES: Final = st.recursive(_JSON_SCALARS, _containers(4), max_leaves=16)
# Inside a valid body (free-form objects, unknown properties) small values do: bodies have many.
SMALL_JSON: Final = st.recursive(_JSON_SCALARS, _containers(2), max_leaves=3)


_MAP_KEYS: Final = st.text(max_size=12)
_leaves: dict[str, st.SearchStrategy[Any]] = {}
_composed: dict[tuple[int, bool], tuple[Any, st.SearchStrategy[Any]]] = {}


def valid_bodies(schema: Any, *, full: bool = False) -> st.SearchStrategy[Any]:
    """Bodies valid against an inlined schema, with arrays and maps of at most two items.

    ``full`` bodies have every optional property and one item in every array and map, so that
    the few examples of the tests session still meet every field the client reads.
    """
    entry = _composed.get((id(schema), full))
    if entry is not None and entry[0] is schema:
        return entry[1]
    strategy: st.SearchStrategy[Any]
    if isinstance(schema, dict) and "oneOf" in schema:
        strategy = st.one_of([valid_bodies(branch, full=full) for branch in schema["oneOf"]])
    elif _is_object(schema) and schema.get("properties"):
        properties, required = schema["properties"], set(schema.get("required", ()))
        strategy = st.fixed_dictionaries(
            {
                name: valid_bodies(sub, full=full)
                for name, sub in properties.items()
                if full or name in required
            },
            optional={
                name: valid_bodies(sub)
                for name, sub in properties.items()
                if not full and name not in required
            },
        )
    elif _is_object(schema) and isinstance(schema.get("additionalProperties"), dict):
        values = valid_bodies(schema["additionalProperties"], full=full)
        strategy = st.dictionaries(_MAP_KEYS, values, min_size=int(full), max_size=2 - int(full))
    elif isinstance(schema, dict) and schema.get("type") == "array" and "items" in schema:
        # A full body has exactly one item per array (bodies nest deep: two would double them).
        low = max(schema.get("minItems", 0), int(full))
        high = low if full else min(schema.get("maxItems", low + 2), low + 2)
        strategy = st.lists(valid_bodies(schema["items"], full=full), min_size=low, max_size=high)
    else:
        strategy = _leaf(schema)
    _composed[(id(schema), full)] = (schema, strategy)
    return strategy


def _leaf(schema: Any) -> st.SearchStrategy[Any]:
    """hypothesis-jsonschema's strategy for a value without properties or items of its own.

    A free-form object (``additionalProperties: true``) or a schema without constraints (the
    proxy's and a workflow's JSON) takes any JSON, drawn by ``SMALL_JSON``: hypothesis-jsonschema
    draws those objects slowly, and has nothing to add to them.
    """
    leaf = {key: value for key, value in schema.items() if key not in ("discriminator",)}
    if not leaf:
        return SMALL_JSON
    if _is_object(leaf) and set(leaf) <= {"type", "additionalProperties"}:
        return st.dictionaries(st.text(max_size=6), SMALL_JSON, max_size=2)
    key = json.dumps(leaf, sort_keys=True)
    if key not in _leaves:
        _leaves[key] = from_schema(leaf, custom_formats=_FORMATS)
    return _leaves[key]


# hypothesis-jsonschema knows no "uuid" format; Paragon's IDs come in either case.
_FORMATS: Final = {"uuid": st.uuids().map(str) | st.uuids().map(lambda u: str(u).upper())}


def minimal(schema: Any, value: Any) -> Any:
    """The value with only the properties its schema requires, recursively.

    Entries of a map (``additionalProperties`` with a schema) are data, not properties: they
    stay, each made minimal. A free-form object requires nothing and becomes ``{}``.
    """
    if isinstance(schema, dict) and "oneOf" in schema:
        branch = _branch(schema, value)
        return value if branch is None else minimal(branch, value)
    if isinstance(value, dict) and _is_object(schema):
        properties = schema.get("properties")
        if properties:
            required = schema.get("required", ())
            return {k: minimal(properties[k], v) for k, v in value.items() if k in required}
        extra = schema.get("additionalProperties")
        if isinstance(extra, dict):
            return {k: minimal(extra, v) for k, v in value.items()}
        return {}
    if isinstance(value, list) and isinstance(schema, dict) and "items" in schema:
        return [minimal(schema["items"], item) for item in value]
    return value


def with_extras(draw: st.DrawFn, schema: Any, value: Any) -> Any:
    """The value with an unknown property in every object its schema does not close."""
    if isinstance(schema, dict) and "oneOf" in schema:
        branch = _branch(schema, value)
        return value if branch is None else with_extras(draw, branch, value)
    if isinstance(value, dict) and _is_object(schema):
        properties = schema.get("properties") or {}
        extra = schema.get("additionalProperties", True)
        if not properties and isinstance(extra, dict):
            # A map: a new entry would be one more item, not an unknown property.
            return {k: with_extras(draw, extra, v) for k, v in value.items()}
        result = {
            k: with_extras(draw, properties[k], v) if k in properties else v
            for k, v in value.items()
        }
        if extra is not False:
            name = draw(_EXTRA_NAMES)
            while name in properties or name in result:  # known already: make it unknown
                name += "_"
            result[name] = draw(valid_bodies(extra) if isinstance(extra, dict) else SMALL_JSON)
        return result
    if isinstance(value, list) and isinstance(schema, dict) and "items" in schema:
        return [with_extras(draw, schema["items"], item) for item in value]
    return value


_UNKNOWN_TAGS: Final = ("NEW_KIND", "new-kind", "pending")


def with_unknown_tags(draw: st.DrawFn, schema: Any, value: Any) -> Any:
    """The value with some enum values and discriminator tags replaced by unknown ones."""
    holder = [copy.deepcopy(value)]
    slots: list[tuple[Any, Any]] = []
    _tag_slots({"type": "array", "items": schema}, holder, slots)
    if slots:
        chosen = draw(st.sets(st.sampled_from(range(len(slots))), min_size=1))
        for index in sorted(chosen):
            container, key = slots[index]
            container[key] = draw(
                st.sampled_from([t for t in _UNKNOWN_TAGS if t != container[key]])
            )
    return holder[0]


def _tag_slots(schema: Any, value: Any, slots: list[tuple[Any, Any]]) -> None:
    """Collect (container, key) of every enum value and discriminator tag in a valid value."""
    if not isinstance(schema, dict):
        return
    if "oneOf" in schema:
        branch = _branch(schema, value)
        tag = (schema.get("discriminator") or {}).get("propertyName")
        if tag is not None and isinstance(value, dict) and tag in value:
            slots.append((value, tag))
        _tag_slots(branch, value, slots)
        return
    children: list[tuple[Any, Any]] = []  # (key, sub-schema)
    if isinstance(value, dict):
        properties = schema.get("properties") or {}
        extra = schema.get("additionalProperties")
        for key in value:
            sub = properties.get(key, extra if isinstance(extra, dict) else None)
            if sub is not None:
                children.append((key, sub))
    elif isinstance(value, list) and "items" in schema:
        children = [(index, schema["items"]) for index in range(len(value))]
    for key, sub in children:
        item = value[key]
        if isinstance(item, str) and isinstance(sub, dict) and item in sub.get("enum", ()):
            slots.append((value, key))
        _tag_slots(sub, item, slots)


VARIANTS: Final = ("valid", "minimal", "extra", "unknown")


@st.composite
def bodies(draw: st.DrawFn, schema: Any, variant: str) -> Any:
    """A body of one variant; every one but ``unknown`` is checked against the schema.

    ``envelope`` (for error statuses) is any of ``valid``, ``minimal`` and ``extra``.
    """
    # The variants start from full bodies: every object and enum is there to strip or change.
    body = draw(valid_bodies(schema, full=variant in ("minimal", "extra", "unknown")))
    if variant == "envelope":
        variant = draw(st.sampled_from(VARIANTS[:3]))
    if variant == "minimal":
        body = minimal(schema, body)
    elif variant == "extra":
        body = with_extras(draw, schema, body)
    elif variant == "unknown":
        return with_unknown_tags(draw, schema, body)
    errors = list(validator(schema).iter_errors(body))
    assert not errors, f"harness: the {variant} body breaks its schema: {errors[0].message}"
    return body


# -- anything else -------------------------------------------------------------------------------

_SURPRISES: Final[st.SearchStrategy[Any]] = st.sampled_from(
    [
        {},
        None,
        [1, 2, 3],
        [],
        "",
        0,
        -1,
        1.5,
        True,
        "null",
        10**30,
        [[[]]],
        {"output": None},
        {"message": None, "code": None},
        {"code": 7, "status": "500", "message": {"text": 1}, "meta": [1]},
        {"": {"": {}}},
        {"a": 1, "additional_properties": {"b": 2}},
    ]
)


def _deep(depth: int) -> Any:
    value: Any = {}
    for _ in range(depth):
        value = {"output": value, "id": "x"}
    return value


@st.composite
def broken_bodies(draw: st.DrawFn, schema: Any) -> Any:
    """A full valid body with one value removed or replaced by something of another kind."""
    body = copy.deepcopy(draw(valid_bodies(schema, full=True)))
    holder = [body]
    places = list(_places(holder))
    container, key = draw(st.sampled_from(places))
    if isinstance(container, dict) and draw(st.booleans()):
        del container[key]
    else:
        container[key] = draw(_SURPRISES | JSON_VALUES)
    return holder[0]


def _places(value: Any) -> Iterator[tuple[Any, Any]]:
    items = value.items() if isinstance(value, dict) else enumerate(value)
    for key, item in list(items):
        yield value, key
        if isinstance(item, dict | list):
            yield from _places(item)


def any_json(schema: Any) -> st.SearchStrategy[Any]:
    """Arbitrary JSON: valid bodies broken in one place first, then surprises, random values."""
    choices = [_SURPRISES, JSON_VALUES, st.just(_deep(200))]
    if schema is not None:
        choices.insert(0, broken_bodies(schema))
    return st.one_of(choices)


_NOT_JSON: Final = st.sampled_from(
    [
        b"",
        b"<html><body><h1>502 Bad Gateway</h1></body></html>",
        b"\xef\xbb\xbf{}",
        b"NaN",
        b"-Infinity",
        b"{'single': 'quotes'}",
        b'{"a": 1}{"b": 2}',
        b"\xff\xfe{\x00}\x00",
        b'{"output": "\xff"}',
        b"nul",
    ]
)
_CONTENT_TYPES: Final = st.sampled_from(
    [
        ("Content-Type", "application/json"),
        ("Content-Type", "text/html; charset=utf-8"),
        ("Content-Type", "text/plain"),
        ("Content-Type", "application/json; charset=latin-1"),
        None,
    ]
)


@st.composite
def truncated_json(draw: st.DrawFn, schema: Any) -> bytes:
    body = draw(JSON_VALUES if schema is None else valid_bodies(schema))
    text = json.dumps(body).encode()
    return text[: draw(st.integers(0, max(len(text) - 1, 0)))]


def not_json(schema: Any) -> st.SearchStrategy[bytes]:
    return st.one_of(_NOT_JSON, st.binary(max_size=64), truncated_json(schema))


@st.composite
def any_answers(draw: st.DrawFn, statuses: list[int], schema: Any) -> Answer:
    status = draw(st.sampled_from(statuses))
    headers: list[tuple[str, str]] = []
    if 300 <= status < 400:
        # A redirect the client must not follow: it would take the user token elsewhere.
        headers.append(("Location", "http://elsewhere.test/projects/x/sdk/me"))
    if draw(st.sampled_from([True, True, False])):  # JSON twice as often as the rest
        body = draw(any_json(schema))
        return json_answer(status, body, *headers)
    content_type = draw(_CONTENT_TYPES)
    if content_type is not None:
        headers.append(content_type)
    return Answer(status, draw(not_json(schema)), tuple(headers))


# The statuses of the "anything else" tests, by class; each case adds its documented ones.
STATUS_CLASSES: Final = {
    "2xx": [200, 201, 202, 204, 206],
    "3xx": [301, 302, 303, 304, 307, 308],
    "4xx": [400, 401, 403, 404, 405, 408, 409, 410, 413, 418, 422, 429, 451],
    "5xx": [500, 501, 502, 503, 504, 520, 599],
}
DEEP_ARRAY: Final = b"[" * 100_000 + b"]" * 100_000


# -- expectations ----------------------------------------------------------------------------------

_STATUS_ERRORS: Final[dict[int, type[APIStatusError]]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def expected_error(driver: Driver, status: int) -> type[ParagonError] | None:
    """The error an error status must raise through this driver (None: it is a success)."""
    if status in driver.on_status:
        return driver.on_status[status]
    if driver.proxy:
        return ProxyRequestError
    if status >= 500:
        return InternalServerError
    return _STATUS_ERRORS.get(status, APIStatusError)


def _error(driver: Driver, outcome: Outcome) -> BaseException | None:
    if outcome.error is None and driver.error_of is not None:
        return driver.error_of(outcome.result)
    return outcome.error


def must_return(driver: Driver, outcome: Outcome, body: Any) -> str | None:
    """A good answer: the typed result (or the refusal the SDK's semantics call for)."""
    refusal = driver.refuses(body)
    if refusal is not None:
        if isinstance(outcome.error, refusal):
            return None
        return f"must raise {refusal.__name__}, but {outcome.describe()}"
    if outcome.error is not None:
        return f"must return its result, but {outcome.describe()}"
    try:
        driver.check(outcome.result, body)
    except AssertionError as failure:
        return f"returned the wrong result: {failure}"
    return None


def must_raise(driver: Driver, outcome: Outcome, status: int, body: Any) -> str | None:
    """An error status: the matching ParagonError (or success, where the driver says so)."""
    expected = expected_error(driver, status)
    if expected is None:
        return must_return(driver, outcome, body)
    error = _error(driver, outcome)
    if not isinstance(error, expected):
        return f"must raise {expected.__name__}, but {outcome.describe()}"
    if isinstance(error, APIStatusError) and error.status_code != status:
        return f"raised {type(error).__name__} with status_code {error.status_code}"
    return None


def must_survive(driver: Driver, outcome: Outcome, status: int) -> str | None:
    """Anything: return or raise a ParagonError; an error status raises its own error."""
    if outcome.error is not None and not isinstance(outcome.error, ParagonError):
        return f"must return or raise a ParagonError, but {outcome.describe()}"
    if status >= 400:
        return must_raise(driver, outcome, status, None)
    return None


def _kind(outcome: Outcome) -> str:
    return "returned" if outcome.error is None else type(outcome.error).__name__


def check_both(
    operation_id: str,
    driver: Driver,
    answer: Answer,
    expectation: Callable[[Outcome], str | None],
) -> None:
    """Send one answer to both flavours; each must meet the expectation, and they must agree."""
    outcomes = {flavour: run(flavour, operation_id, driver, answer) for flavour in FLAVOURS}
    problems = []
    for flavour, outcome in outcomes.items():
        assert outcome.hits, f"harness: {driver.name} never sent {operation_id}"
        assert not outcome.unmatched, (
            f"{flavour} sent requests outside the spec: {outcome.unmatched}"
        )
        problem = expectation(outcome)
        if problem is not None:
            problems.append(f"{flavour} {driver.name} <- {operation_id} {answer.status}: {problem}")
    # The answer goes into the message: it is the falsifying example, as sent.
    sent = f"answer: {answer.status} {dict(answer.headers)} {answer.content[:600]!r}"
    assert not problems, "\n".join([*problems, sent])
    kinds = {flavour: _kind(outcome) for flavour, outcome in outcomes.items()}
    assert len(set(kinds.values())) == 1, f"the flavours disagree: {kinds}"


# -- the cases -------------------------------------------------------------------------------------


def _id(operation_id: str, driver: Driver, *rest: object) -> str:
    return "-".join([operation_id, driver.name, *map(str, rest)])


def _success_cases() -> Iterator[Any]:
    for operation_id, driver in drivers():
        for response in documented(operation_id):
            if not 200 <= response.status < 300:
                continue
            if response.schema is None:
                variants: tuple[str, ...] = ("empty",)
            elif not _has(response.schema, _is_object):
                variants = ("valid",)  # any JSON: nothing to strip, extend or rename
            else:
                variants = VARIANTS if _has_tags(response.schema) else VARIANTS[:3]
            for variant in variants:
                yield pytest.param(
                    operation_id,
                    driver,
                    response.status,
                    variant,
                    id=_id(operation_id, driver, response.status, variant),
                )


def _error_cases() -> Iterator[Any]:
    for operation_id, driver in drivers():
        for response in documented(operation_id):
            if response.status >= 400:
                yield pytest.param(
                    operation_id,
                    driver,
                    response.status,
                    id=_id(operation_id, driver, response.status),
                )


def _driver_cases() -> Iterator[Any]:
    for operation_id, driver in drivers():
        yield pytest.param(operation_id, driver, id=_id(operation_id, driver))


def _any_cases() -> Iterator[Any]:
    for operation_id, driver in drivers():
        for name in STATUS_CLASSES:
            yield pytest.param(operation_id, driver, name, id=_id(operation_id, driver, name))


def _success_schema(operation_id: str) -> Any:
    """The schema of the operation's first documented 2xx body (None when it has none)."""
    for response in documented(operation_id):
        if 200 <= response.status < 300 and response.schema is not None:
            return response.schema
    return None


# -- the table covers the spec --------------------------------------------------------------------


def test_the_table_covers_every_operation_of_the_spec() -> None:
    assert set(OPERATIONS) == set(OPERATION_IDS)
    for operation_id, entry in OPERATIONS.items():
        assert entry, f"{operation_id} has neither drivers nor a reason"


@pytest.mark.parametrize(
    "operation_id", sorted(k for k, v in OPERATIONS.items() if isinstance(v, Unreachable))
)
def test_unreachable_operations_are_not_called_by_the_client(operation_id: str) -> None:
    """A public function that starts sending one of them must get a row in the table."""
    from pathlib import Path

    import paragon_connect

    tag = operation(operation_id)["tags"][0]
    name = re.sub(r"(?<!^)(?=[A-Z])", "_", operation_id).lower()
    sources = Path(paragon_connect.__file__).parent.glob("*.py")
    assert not [p.name for p in sources if f"{tag}.{name}" in p.read_text(encoding="utf-8")]


def test_the_good_answers_follow_the_spec() -> None:
    """The default answers are what a healthy Paragon sends, so they must be valid."""
    for operation_id, driver in drivers():
        for flavour in FLAVOURS:
            outcome = run(flavour, operation_id, driver, None)
            assert outcome.hits, f"{driver.name} never sent {operation_id}"
            assert outcome.error is None, f"{flavour} {driver.name}: {outcome.describe()}"
            content = outcome.answered[0].content
            driver.check(outcome.result, json.loads(content) if content else None)
    for route_id in OPERATION_IDS:
        answer = _good(route_id)
        if answer.content and ("Content-Type", "application/json") in answer.headers:
            schema = schema_of(route_id, answer.status)
            errors = list(validator(schema).iter_errors(json.loads(answer.content)))
            assert not errors, f"{route_id}: {errors[0].message} at {list(errors[0].path)}"


_PARAMETERS: Final = {"credentialId": SLACK_CREDENTIAL, "workflowId": SLACK_WORKFLOW}


def _good(operation_id: str) -> Answer:
    """The good answer of an operation, to a request with the table's IDs in its path."""
    route = ROUTER.operations[operation_id]
    path = re.sub(r"\{(\w+)\}", lambda m: _PARAMETERS.get(m.group(1), "x"), route.path_template)
    request = httpx.Request(route.method, f"{BASE_URL}{path}")
    found = match(request)
    assert found is not None and found[0] == operation_id, (operation_id, path)
    return good_answer(operation_id, found[1], request)


# -- 1. schema-valid bodies -----------------------------------------------------------------------


@pytest.mark.parametrize(("operation_id", "driver", "status", "variant"), list(_success_cases()))
def test_a_documented_success_returns_the_typed_result(
    operation_id: str, driver: Driver, status: int, variant: str
) -> None:
    if variant == "empty":
        check_both(
            operation_id, driver, Answer(status), lambda outcome: must_return(driver, outcome, None)
        )
        return
    schema = schema_of(operation_id, status)
    if driver.branch is not None:
        schema = schema["oneOf"][driver.branch]

    @VALID_SETTINGS
    @given(body=bodies(schema, variant))
    def send(body: Any) -> None:
        check_both(
            operation_id,
            driver,
            json_answer(status, body),
            lambda outcome: must_return(driver, outcome, body),
        )

    send()


@pytest.mark.parametrize(("operation_id", "driver", "status"), list(_error_cases()))
def test_a_documented_error_raises_its_error(
    operation_id: str, driver: Driver, status: int
) -> None:
    schema = schema_of(operation_id, status)

    @ERROR_SETTINGS
    @given(body=bodies(schema, "envelope"), retry_after=st.integers(0, 120))
    def send(body: Any, retry_after: int) -> None:
        # 429 and 503 document a Retry-After; max_retries=0 keeps the client from waiting.
        headers = [("Retry-After", str(retry_after))] if status in (429, 503) else []
        check_both(
            operation_id,
            driver,
            json_answer(status, body, *headers),
            lambda outcome: must_raise(driver, outcome, status, body),
        )

    send()


# -- 2. anything else ------------------------------------------------------------------------------


@pytest.mark.parametrize(("operation_id", "driver", "status_class"), list(_any_cases()))
def test_any_answer_returns_or_raises_a_paragon_error(
    operation_id: str, driver: Driver, status_class: str
) -> None:
    prefix = status_class[0]
    statuses = sorted(
        {*STATUS_CLASSES[status_class]}
        | {d.status for d in documented(operation_id) if str(d.status).startswith(prefix)}
    )

    @ANY_SETTINGS
    @given(answer=any_answers(statuses, _success_schema(operation_id)))
    def send(answer: Answer) -> None:
        check_both(
            operation_id,
            driver,
            answer,
            lambda outcome: must_survive(driver, outcome, answer.status),
        )

    send()


@pytest.mark.parametrize(("operation_id", "driver"), list(_driver_cases()))
@pytest.mark.parametrize("status", [200, 500])
def test_a_100000_deep_array_returns_or_raises_a_paragon_error(
    operation_id: str, driver: Driver, status: int
) -> None:
    answer = Answer(status, DEEP_ARRAY, (("Content-Type", "application/json"),))
    check_both(operation_id, driver, answer, lambda outcome: must_survive(driver, outcome, status))
