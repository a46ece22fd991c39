"""The SDK reference's example payloads, kept verbatim in ``tests/reference/``, are accepted.

Each file of ``tests/reference/`` is one example payload of Paragon's SDK reference, copied
character for character: a JavaScript object literal, read with json5 after the few repairs that
``manifest.yaml`` lists where the reference's text is not JSON5. The manifest says what each
payload must match:

- a component schema of ``spec/paragon.yaml`` (JSON Schema 2020-12, formats asserted), resolved
  through a registry of the whole spec, as the mock validates requests;
- for SDK arguments with no schema of their own, the requests ``Paragon`` sends for them to the
  in-process mock: each must reach the operations the manifest names, with a path and a JSON body
  that the operation's parameters and ``requestBody`` schema accept;
- for ``{ authenticated: false }``, what ``Paragon().get_user()`` returns before ``authenticate()``.

Spec examples that present themselves as one of these payloads must equal it: the spec must
describe what the reference shows, not a corrected copy of it.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from typing import Any, Final, Literal

import httpx
import json5
import pytest
import yaml
from jsonschema import Draft202012Validator, ValidationError
from paragon_connect import Paragon, ParagonError
from paragon_mock import DEFAULT_PROJECT_ID, create_app, dev_token
from paragon_mock.routes import SPEC_URI, MethodNotAllowed, OperationRoute, Router, spec_registry

from tests.clients import BASE_URL, make_flavour
from tests.conftest import REPO_ROOT, SPEC_DATA

REFERENCE_DIR: Final = REPO_ROOT / "tests" / "reference"
MANIFEST_PATH: Final = REFERENCE_DIR / "manifest.yaml"
SCHEMA_POINTER: Final = "/components/schemas/"
# The reference's user: getUser()'s "xyz", who has Salesforce and Slack connected in the mock.
USER_ID: Final = "xyz"
# jsonschema checks `uri` and `date-time` only when rfc3986-validator and rfc3339-validator can be
# imported; test_formats_are_checked makes sure they can, so no wrong value passes in silence.
FORMAT_CHECKER: Final = Draft202012Validator.FORMAT_CHECKER
REGISTRY: Final = spec_registry(SPEC_DATA)


# -- the manifest ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class TextEdit:
    """An exact replacement in a payload's text, made before parsing it."""

    find: str
    replace: str
    why: str


@dataclass(frozen=True)
class ClientCall:
    """How to hand SDK arguments to the client, and the operations it must call with them."""

    call: str
    payload: Literal["argument", "keywords"]
    sends: tuple[str, ...]
    args: tuple[Any, ...] = ()
    before: tuple[tuple[str, tuple[Any, ...]], ...] = ()
    body_holds: tuple[tuple[str, str], ...] = ()
    # Where `args` and `before` come from, since the payload alone does not make the call.
    why: str = ""


@dataclass(frozen=True)
class Entry:
    """One payload of the corpus and what it must match."""

    file: str
    function: str
    kind: str
    what: str
    schema: str | None = None
    items: str | None = None
    client: ClientCall | None = None
    returned_by: str | None = None
    repairs: tuple[TextEdit, ...] = ()
    placeholders: tuple[TextEdit, ...] = ()
    # JSON pointers to the spec's examples that present themselves as this payload.
    spec_examples: tuple[str, ...] = ()

    def verbatim(self) -> str:
        """The file's text, as the reference has it."""
        return (REFERENCE_DIR / self.file).read_text(encoding="utf-8")

    def text(self, *, skip: TextEdit | None = None, placeholders: bool = True) -> str:
        """The text after the repairs (all but ``skip``) and, unless told not to, placeholders."""
        text = self.verbatim()
        for edit in (*self.repairs, *(self.placeholders if placeholders else ())):
            if edit is not skip:
                text = text.replace(edit.find, edit.replace)
        return text

    def payload(self) -> Any:
        """The parsed payload."""
        return json5.loads(self.text())


def _edits(raw: list[dict[str, str]] | None) -> tuple[TextEdit, ...]:
    return tuple(TextEdit(edit["find"], edit["replace"], edit["why"]) for edit in raw or [])


def _client(raw: dict[str, Any] | None) -> ClientCall | None:
    if raw is None:
        return None
    if raw["payload"] not in ("argument", "keywords"):
        raise ValueError(f"client.payload must be argument or keywords, not {raw['payload']!r}")
    return ClientCall(
        call=raw["call"],
        payload=raw["payload"],
        sends=tuple(raw["sends"]),
        args=tuple(raw.get("args") or ()),
        before=tuple(
            (step["call"], tuple(step.get("args") or ())) for step in raw.get("before") or []
        ),
        body_holds=tuple((raw.get("body_holds") or {}).items()),
        why=raw.get("why", ""),
    )


def _entry(raw: dict[str, Any]) -> Entry:
    return Entry(
        file=raw["file"],
        function=raw["function"],
        kind=raw["kind"],
        what=raw["what"],
        schema=raw.get("schema"),
        items=raw.get("items"),
        client=_client(raw.get("client")),
        returned_by=raw.get("returned_by"),
        repairs=_edits(raw.get("repairs")),
        placeholders=_edits(raw.get("placeholders")),
        spec_examples=tuple(raw.get("spec_examples") or ()),
    )


MANIFEST: Final[dict[str, Any]] = yaml.safe_load(MANIFEST_PATH.read_text(encoding="utf-8"))
ENTRY_FIELDS: Final = {field.name for field in dataclasses.fields(Entry)}
CLIENT_FIELDS: Final = {field.name for field in dataclasses.fields(ClientCall)}
ENTRIES: Final = [_entry(raw) for raw in MANIFEST["corpus"]]
WITH_SPEC_EXAMPLES: Final = [entry for entry in ENTRIES if entry.spec_examples]


def _ids(entries: list[Entry]) -> list[str]:
    return [entry.file for entry in entries]


# -- JSON pointers and schemas --------------------------------------------------------------------


def _tokens(pointer: str) -> list[str]:
    if pointer and not pointer.startswith("/"):
        raise ValueError(f"{pointer!r} is not a JSON pointer")
    return [t.replace("~1", "/").replace("~0", "~") for t in pointer.split("/")[1:]]


def _escape(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


def _at(document: Any, pointer: str) -> Any:
    """The value a JSON pointer names; LookupError says where it stops resolving."""
    node = document
    for depth, token in enumerate(_tokens(pointer), start=1):
        if isinstance(node, dict) and token in node:
            node = node[token]
        elif isinstance(node, list) and token.isdigit() and int(token) < len(node):
            node = node[int(token)]
        else:
            resolved = "".join(f"/{_escape(t)}" for t in _tokens(pointer)[: depth - 1])
            raise LookupError(
                f"{pointer} does not resolve: nothing at {token!r} under {resolved!r}"
            )
    return node


@cache
def _validator(pointer: str) -> Draft202012Validator:
    """A validator for the schema at ``pointer`` in the spec, its ``$ref``s resolved in the spec."""
    return Draft202012Validator(
        {"$ref": f"{SPEC_URI}#{pointer}"}, registry=REGISTRY, format_checker=FORMAT_CHECKER
    )


def _describe(error: ValidationError, where: str, indent: str = "") -> Iterator[str]:
    yield f"{indent}{where}{error.json_path[1:]}: {error.message}"
    # A oneOf only says that no branch matched; the branches' own errors say why.
    for sub in sorted(error.context or [], key=lambda e: (list(e.schema_path), e.json_path)):
        branch = sub.schema_path[0] if sub.schema_path else "?"
        yield f"{indent}    (branch {branch}) {where}{sub.json_path[1:]}: {sub.message}"


def _schema_problems(pointer: str, value: Any, where: str = "$") -> list[str]:
    """One line per way ``value`` breaks the schema at ``pointer`` (none when it matches)."""
    errors = sorted(_validator(pointer).iter_errors(value), key=lambda e: (e.json_path, e.message))
    return [line for error in errors for line in _describe(error, where)]


# -- the operations of the spec, matched by method and path --------------------------------------


ROUTER: Final = Router(SPEC_DATA)


def _route(request: httpx.Request) -> tuple[OperationRoute, dict[str, str]] | None:
    try:
        return ROUTER.match(request.method, request.url.path)
    except MethodNotAllowed:
        return None


def _pointer(route: OperationRoute) -> str:
    """Where the operation lives in the spec."""
    return f"/paths/{_escape(route.path_template)}/{route.method.lower()}"


def _followed(pointer: str) -> str:
    """The pointer itself, or where its ``$ref`` leads when the node there is a reference."""
    node = _at(SPEC_DATA, pointer)
    if isinstance(node, dict) and isinstance(node.get("$ref"), str):
        return str(node["$ref"]).removeprefix("#")
    return pointer


def _path_parameter_schemas(route: OperationRoute) -> dict[str, str]:
    """The schema pointer of each path parameter of an operation (its path item's and its own)."""
    schemas: dict[str, str] = {}
    for holder in (f"/paths/{_escape(route.path_template)}", _pointer(route)):
        for index, _ in enumerate(_at(SPEC_DATA, holder).get("parameters") or []):
            pointer = _followed(f"{holder}/parameters/{index}")
            parameter = _at(SPEC_DATA, pointer)
            if parameter["in"] == "path":
                schemas[parameter["name"]] = f"{pointer}/schema"
    return schemas


@dataclass(frozen=True)
class Sent:
    """A request the client sent: the operation it reached, its JSON body and what was wrong."""

    route: OperationRoute
    body: Any
    has_body: bool
    problems: list[str]


def _check_request(request: httpx.Request) -> Sent | str:
    """Match a request to its operation and check its path and body (a string: no operation)."""
    matched = _route(request)
    if matched is None:
        return f"{request.method} {request.url.path}: no operation of the spec serves it"
    route, path_values = matched
    label = f"{route.operation_id} ({request.method} {request.url.path})"
    problems: list[str] = []
    for name, pointer in _path_parameter_schemas(route).items():
        problems += _schema_problems(pointer, path_values[name], f"{label}: path.{name}")
    raw = request.read()
    body = json.loads(raw) if raw else None
    request_body = _at(SPEC_DATA, _pointer(route)).get("requestBody")
    if request_body is None:
        if raw:
            problems.append(f"{label}: sends a body, but the operation takes none")
    else:
        body_pointer = _followed(f"{_pointer(route)}/requestBody")
        if raw:
            schema = f"{body_pointer}/content/application~1json/schema"
            problems += _schema_problems(schema, body, f"{label}: body")
        elif _at(SPEC_DATA, body_pointer).get("required"):
            problems.append(f"{label}: sends no body, but the operation requires one")
    return Sent(route, body, bool(raw), problems)


# -- running the client on the mock ----------------------------------------------------------------


@dataclass(frozen=True)
class ClientRun:
    """What one call of the client sent, and the error it raised, if any."""

    sent: list[Sent]
    unmatched: list[str]
    failure: ParagonError | None


def _run_client(client: ClientCall, payload: Any) -> ClientRun:
    """Sign in as the reference's user on a fresh mock and make the call with the payload."""
    with make_flavour("sync", create_app(seed=7)) as flavour:
        flavour.call("authenticate", DEFAULT_PROJECT_ID, dev_token(USER_ID))
        for name, args in client.before:
            flavour.call(name, *args)
        flavour.recorder.requests.clear()
        failure: ParagonError | None = None
        try:
            if client.payload == "keywords":
                assert isinstance(payload, dict), "keyword arguments must be an object"
                flavour.call(client.call, *client.args, **payload)
            else:
                flavour.call(client.call, *client.args, payload)
        except ParagonError as error:
            # Kept, not raised: what the requests got wrong explains a refusal better.
            failure = error
        checked = [_check_request(request) for request in flavour.recorder.requests]
    return ClientRun(
        sent=[item for item in checked if isinstance(item, Sent)],
        unmatched=[item for item in checked if isinstance(item, str)],
        failure=failure,
    )


def _client_problems(client: ClientCall, payload: Any) -> list[str]:
    run = _run_client(client, payload)
    problems = [*run.unmatched, *(line for sent in run.sent for line in sent.problems)]
    reached = tuple(sent.route.operation_id for sent in run.sent)
    if reached != client.sends:
        problems.append(f"reached {list(reached)}, expected {list(client.sends)}")
    bodies = [sent.body for sent in run.sent if sent.has_body]
    for body_pointer, payload_pointer in client.body_holds:
        expected = _at(payload, payload_pointer)
        try:
            found = _at(bodies[0], body_pointer) if bodies else None
        except LookupError:
            found = None
        if found != expected:
            problems.append(
                f"the body holds {found!r} at {body_pointer or '/'}, "
                f"not the payload's {payload_pointer or '/'}: {expected!r}"
            )
    if run.failure is not None:
        problems.append(f"the call failed: {type(run.failure).__name__}: {run.failure}")
    return problems


# -- comparing spec examples with the reference ---------------------------------------------------


def _differences(spec: Any, reference: Any, where: str = "$") -> Iterator[str]:
    """Where a spec example and the reference differ, one line each, as a reader would list them."""
    if isinstance(spec, dict) and isinstance(reference, dict):
        for key in sorted(spec.keys() | reference.keys(), key=str):
            if key not in reference:
                yield f"{where}.{key}: only in the spec ({spec[key]!r})"
            elif key not in spec:
                yield f"{where}.{key}: not in the spec (the reference has {reference[key]!r})"
            else:
                yield from _differences(spec[key], reference[key], f"{where}.{key}")
    elif isinstance(spec, list) and isinstance(reference, list) and len(spec) == len(reference):
        for index, (left, right) in enumerate(zip(spec, reference, strict=True)):
            yield from _differences(left, right, f"{where}[{index}]")
    elif spec != reference or type(spec) is not type(reference):
        # repr shows what print would hide, like the reference's no-break space (\xa0).
        yield f"{where}: the spec has {spec!r}, the reference {reference!r}"


def _sent_body_for(example: str, run: ClientRun) -> Any:
    """The part of a sent body that a request body example (``.../requestBody/...``) shows."""
    tokens = _tokens(example)
    if tokens[:1] != ["paths"] or tokens[3:4] != ["requestBody"] or "value" not in tokens:
        raise ValueError(f"{example}: a client entry's spec example must be a request body example")
    template, method = tokens[1], tokens[2].upper()
    rest = tokens[tokens.index("value") + 1 :]
    for sent in run.sent:
        if sent.route.path_template == template and sent.route.method == method:
            return _at(sent.body, "".join(f"/{_escape(token)}" for token in rest))
    failed = f" (the call failed: {run.failure})" if run.failure is not None else ""
    raise LookupError(f"{example}: the client sent no request to {method} {template}{failed}")


# -- the tests ------------------------------------------------------------------------------------


def test_the_manifest_lists_every_file_once_and_every_file_exists() -> None:
    files = {
        path.name for path in REFERENCE_DIR.iterdir() if path.is_file() and path != MANIFEST_PATH
    }
    listed = [entry.file for entry in ENTRIES]
    assert sorted({name for name in listed if listed.count(name) > 1}) == [], "listed twice"
    assert sorted(files - set(listed)) == [], "files the manifest does not list"
    assert sorted(set(listed) - files) == [], "entries without their file"


def test_every_entry_says_what_it_is_and_has_one_check() -> None:
    problems: list[str] = []
    for raw in MANIFEST["corpus"]:
        name = raw.get("file", "?")
        unknown = set(raw) - ENTRY_FIELDS
        if unknown:
            problems.append(f"{name}: unknown keys {sorted(unknown)}")
        client = raw.get("client") or {}
        if set(client) - CLIENT_FIELDS:
            problems.append(f"{name}: unknown client keys {sorted(set(client) - CLIENT_FIELDS)}")
        if (client.get("args") or client.get("before")) and not str(client.get("why")).strip():
            problems.append(f"{name}: the client's args do not say where they come from (why)")
        checks = [key for key in ("schema", "items", "client", "returned_by") if key in raw]
        if len(checks) != 1:
            problems.append(f"{name}: needs exactly one of schema, items, client, returned_by")
        for key in ("function", "kind", "what"):
            if not str(raw.get(key) or "").strip():
                problems.append(f"{name}: `{key}` is empty")
        for edit in [*(raw.get("repairs") or []), *(raw.get("placeholders") or [])]:
            if not str(edit.get("why") or "").strip():
                problems.append(f"{name}: the edit of {edit.get('find')!r} does not say why")
    for item in MANIFEST["not_data"]:
        if not all(str(item.get(key) or "").strip() for key in ("snippet", "where", "why")):
            problems.append(f"not_data: {item!r} needs a snippet, where and why")
    assert problems == []


def test_formats_are_checked() -> None:
    assert {"uuid", "date-time", "uri"} <= set(FORMAT_CHECKER.checkers)
    assert _schema_problems(
        SCHEMA_POINTER + "IntegrationMetadata",
        {"type": "slack", "name": "Slack", "brandColor": "#4A154B", "icon": "no uri"},
    ) == ["$.icon: 'no uri' is not a 'uri'"]


@pytest.mark.parametrize("entry", ENTRIES, ids=_ids(ENTRIES))
def test_the_payload_parses_after_its_repairs(entry: Entry) -> None:
    verbatim = entry.verbatim()
    for edit in (*entry.repairs, *entry.placeholders):
        count = verbatim.count(edit.find)
        assert count == 1, f"{edit.find!r} occurs {count} times; an edit must name one place"
    # A repair is made only where the reference's text is not JSON5: without any one of them,
    # the text does not parse; placeholders only fill in values.
    for repair in entry.repairs:
        with pytest.raises(ValueError):
            json5.loads(entry.text(skip=repair))
    json5.loads(entry.text(placeholders=False))
    entry.payload()


@pytest.mark.parametrize("entry", ENTRIES, ids=_ids(ENTRIES))
def test_the_payload_is_accepted(entry: Entry) -> None:
    payload = entry.payload()
    if entry.schema is not None:
        problems = _schema_problems(SCHEMA_POINTER + entry.schema, payload)
    elif entry.items is not None:
        assert isinstance(payload, list), f"{entry.file} is not an array"
        problems = [
            line
            for index, item in enumerate(payload)
            for line in _schema_problems(SCHEMA_POINTER + entry.items, item, f"$[{index}]")
        ]
    elif entry.client is not None:
        problems = _client_problems(entry.client, payload)
    else:
        assert entry.returned_by is not None
        with Paragon() as client:
            result = getattr(client, entry.returned_by)()
        assert dataclasses.is_dataclass(result) and not isinstance(result, type)
        problems = [f"returned {result!r}"] if dataclasses.asdict(result) != payload else []
    assert not problems, f"{entry.function} {entry.kind} is refused:\n" + "\n".join(problems)


@pytest.mark.parametrize("entry", WITH_SPEC_EXAMPLES, ids=_ids(WITH_SPEC_EXAMPLES))
def test_spec_examples_equal_the_reference(entry: Entry) -> None:
    payload = entry.payload()
    run = _run_client(entry.client, payload) if entry.client is not None else None
    differences: list[str] = []
    for example in entry.spec_examples:
        reference = payload if run is None else _sent_body_for(example, run)
        found = list(_differences(_at(SPEC_DATA, example), reference))
        differences += [f"{example}:", *(f"  {line}" for line in found)] if found else []
    assert not differences, "\n".join(differences)


# -- the checks catch what they are for ------------------------------------------------------------


def test_a_refused_request_says_why() -> None:
    url = f"{BASE_URL}/v2/projects/{DEFAULT_PROJECT_ID}/sdk/events/trigger"
    without_name = httpx.Request("POST", url, json={"payload": {}})
    sent = _check_request(without_name)
    assert isinstance(sent, Sent)
    assert sent.route.operation_id == "triggerEvent"
    assert sent.problems == [
        f"triggerEvent (POST /v2/projects/{DEFAULT_PROJECT_ID}/sdk/events/trigger): body: "
        "'name' is a required property"
    ]
    bad_id = httpx.Request("POST", f"{BASE_URL}/projects/{DEFAULT_PROJECT_ID}/sdk/workflows/1")
    sent = _check_request(bad_id)
    assert isinstance(sent, Sent)
    assert sent.problems == [
        f"enableWorkflow (POST /projects/{DEFAULT_PROJECT_ID}/sdk/workflows/1): "
        "path.workflowId: '1' is not a 'uuid'"
    ]
    unknown = httpx.Request("GET", f"{BASE_URL}/projects/nowhere")
    assert _check_request(unknown) == "GET /projects/nowhere: no operation of the spec serves it"


def test_a_client_call_that_reaches_other_operations_is_refused() -> None:
    call = ClientCall(
        call="set_user_metadata",
        payload="argument",
        sends=("updateCredential",),
        body_holds=(("/meta", "/Name"),),
    )
    assert _client_problems(call, {"Name": "Sean V"}) == [
        "reached ['updateUserMetadata'], expected ['updateCredential']",
        "the body holds {'Name': 'Sean V'} at /meta, not the payload's /Name: 'Sean V'",
    ]


def test_differences_name_what_the_spec_adds_leaves_out_and_changes() -> None:
    spec = {"id": "00987654", "meta": {}, "email": "[email protected]"}
    reference = {"id": "987654", "authenticated": True, "email": "[email\xa0protected]"}
    assert list(_differences(spec, reference)) == [
        "$.authenticated: not in the spec (the reference has True)",
        "$.email: the spec has '[email protected]', the reference '[email\\xa0protected]'",
        "$.id: the spec has '00987654', the reference '987654'",
        "$.meta: only in the spec ({})",
    ]
