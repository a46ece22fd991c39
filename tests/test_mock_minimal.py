"""The minimal response mode: answers cut down to what the spec requires, and still valid.

The walk runs a realistic sequence of operations against the in-process app in minimal mode and
validates every answer against the schema the spec documents for its status. Reads are made
twice, minimal then full (switching with ``PATCH /_mock/settings``), to show that the minimal
answer only leaves things out. The reducer's own rules are checked on a small spec of their own.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Iterator
from typing import Any
from urllib.parse import quote

import httpx
import hypothesis
import pytest
import schemathesis
from jsonschema import Draft202012Validator
from paragon_mock import DEFAULT_PROJECT_ID, create_app, dev_token
from paragon_mock.minimal import EXTRA_PROPERTY, EXTRA_VALUES, MinimalResponses
from paragon_mock.routes import SPEC_URI, MethodNotAllowed, load_spec, spec_path, spec_registry
from schemathesis import Case
from schemathesis.checks import content_type_conformance, response_schema_conformance
from schemathesis.config import SchemathesisConfig

from tests.mock_client import MockClient

SPEC = load_spec()
REGISTRY = spec_registry(SPEC)
SLACK_CREDENTIAL = "4f2d8b6e-1c3a-4e5f-8a7b-9c0d1e2f3a4b"
SLACK_WORKFLOW = "2248335c-671c-47e4-b9a0-3641a9f2d301"
LEAD_CREATED = "85eb6607-c0e6-4baf-9bcd-a8bc17bf119e"
STRIPE = "6f3c5e1a-52a4-4c8e-9d0b-7f1e2a3b4c5d"
SHOPIFY = "8b3e3659-3742-4aa4-85b2-378f92890c50"
SETTING = "1f7474a5-8b8e-4c25-8d44-29f20aec3fe4"


def _required(schema_name: str) -> set[str]:
    return set(SPEC["components"]["schemas"][schema_name].get("required", []))


def _validator(pointer: str) -> Draft202012Validator:
    return Draft202012Validator(
        {"$ref": f"{SPEC_URI}{quote(pointer, safe='#/~')}"},
        registry=REGISTRY,
        format_checker=Draft202012Validator.FORMAT_CHECKER,
    )


def _documented(operation_id: str | None, status: int) -> Draft202012Validator:
    """The validator of the schema the spec gives this operation's answer with this status."""
    if operation_id is None:
        return _validator("#/components/schemas/ErrorEnvelope")
    for template, item in SPEC["paths"].items():
        for method, operation in item.items():
            if isinstance(operation, dict) and operation.get("operationId") == operation_id:
                escaped = template.replace("~", "~0").replace("/", "~1")
                response = operation["responses"][str(status)]
                pointer = response.get("$ref", f"#/paths/{escaped}/{method}/responses/{status}")
                return _validator(f"{pointer}/content/application~1json/schema")
    raise LookupError(operation_id)


def _only_leaves_out(minimal: Any, full: Any, where: str = "body") -> None:
    """Every value of the minimal answer is the full answer's, bar the added unknown property."""
    if isinstance(minimal, dict):
        assert isinstance(full, dict), where
        for key, value in minimal.items():
            if key == EXTRA_PROPERTY:
                assert key not in full, where
                assert value in EXTRA_VALUES, where
                continue
            assert key in full, f"{where}.{key} is not in the full answer"
            _only_leaves_out(value, full[key], f"{where}.{key}")
    elif isinstance(minimal, list):
        assert isinstance(full, list) and len(minimal) == len(full), where
        for index, (small, large) in enumerate(zip(minimal, full, strict=True)):
            _only_leaves_out(small, large, f"{where}[{index}]")
    else:
        assert minimal == full, where


class Walk:
    """A client of the in-process mock that validates every answer it gets."""

    def __init__(self) -> None:
        self.app = create_app(seed=3, responses="minimal")
        self.client = MockClient(self.app, user="xyz")
        self.answers: list[tuple[str | None, int]] = []

    def call(self, method: str, url: str, **kwargs: Any) -> httpx.Response:
        response = self.client.request(method, url, **kwargs)
        try:
            matched = self.app.mock.router.match(method, response.request.url.path)
        except MethodNotAllowed:
            matched = None
        operation_id = None if matched is None else matched[0].operation_id
        self.answers.append((operation_id, response.status_code))
        if response.content:
            body = response.json()
            errors = [
                f"{'/'.join(map(str, error.absolute_path))}: {error.message}"
                for error in _documented(operation_id, response.status_code).iter_errors(body)
            ]
            assert not errors, (operation_id, response.status_code, errors)
        return response

    def both(self, method: str, url: str, **kwargs: Any) -> tuple[Any, Any]:
        """The minimal and the full answer to the same request, checked against each other."""
        minimal = self.call(method, url, **kwargs)
        self.settings(responses="full")
        full = self.client.request(method, url, **kwargs)
        self.settings(responses="minimal")
        assert minimal.status_code == full.status_code
        _only_leaves_out(minimal.json(), full.json())
        assert minimal.json() != full.json(), f"{url}: nothing was left out or added"
        return minimal.json(), full.json()

    def settings(self, **changes: Any) -> None:
        answer = self.client.patch("/_mock/settings", json=changes)
        assert answer.status_code == 200, answer.text


@pytest.fixture
def walk() -> Iterator[Walk]:
    walk = Walk()
    yield walk
    walk.client.close()


def test_a_realistic_walk_answers_only_what_the_spec_requires(walk: Walk) -> None:
    me, full_me = walk.both("GET", "{p}/sdk/me")
    assert set(me) == _required("ConnectUser") | {EXTRA_PROPERTY}
    # The integrations map keeps every entry (they are data), and adds none.
    assert set(me["integrations"]) == set(full_me["integrations"])
    assert {"salesforce", "hubspot", "slack"} <= set(me["integrations"])
    for state in me["integrations"].values():
        assert set(state) == _required("IntegrationState") | {EXTRA_PROPERTY}
    walk.call("PATCH", "{p}/sdk/me", json={"meta": {"Name": "Sean V", "plan": "pro"}})

    integrations, _ = walk.both("GET", "{p}/sdk/integrations")
    assert all(set(i) <= _required("Integration") | {EXTRA_PROPERTY} for i in integrations)

    credentials, _ = walk.both("GET", "{p}/sdk/credentials")
    assert all(set(c) <= _required("Credential") | {EXTRA_PROPERTY} for c in credentials)
    walk.both("GET", "{p}/sdk/credentials?integration=slack&includeAccountAuth=true")
    credential, _ = walk.both("GET", f"{{p}}/sdk/credentials/{SLACK_CREDENTIAL}")
    assert credential["id"] == SLACK_CREDENTIAL
    walk.call(
        "PATCH",
        f"{{p}}/sdk/credentials/{SLACK_CREDENTIAL}",
        json={"config": {"sharedSettings": {SETTING: "general"}}},
    )

    enabled = walk.call("POST", f"{{p}}/sdk/workflows/{SLACK_WORKFLOW}").json()
    assert set(enabled) == _required("WorkflowState") | {EXTRA_PROPERTY}
    walk.call("DELETE", f"{{p}}/sdk/workflows/{SLACK_WORKFLOW}")

    page, _ = walk.both(
        "POST",
        "{p}/sdk/actions",
        json={
            "action": "slack",
            "sourceKey": "channels",
            "paginationParameters": {"pageCursor": 0, "search": "general"},
        },
    )
    assert len(page["output"]["records"]) == 1
    walk.both(
        "POST",
        "{p}/sdk/actions",
        json={
            "action": "salesforce",
            "sourceKey": "cachedFields",
            "parameters": [{"key": "recordTypes", "source": {"type": "VALUE", "value": "Contact"}}],
        },
    )

    receipt = walk.call(
        "POST",
        f"/v2/projects/{DEFAULT_PROJECT_ID}/sdk/events/trigger",
        json={"name": "Contact Created", "payload": {"name": "Brandon"}},
    )
    assert receipt.status_code == 201
    walk.call("POST", f"{{p}}/sdk/workflows/{LEAD_CREATED}")
    # Schemas without structure (the workflow's Response step, the provider's answer) are
    # passed on untouched.
    answered = walk.call(
        "POST", f"{{p}}/sdk/triggers/{LEAD_CREATED}", json={"email": "bowie@example.com"}
    )
    assert answered.json() == {"status": "created", "email": "bowie@example.com"}
    proxied = walk.call(
        "POST", "{p}/sdk/proxy/slack/chat.postMessage", json={"channel": "C1", "text": "hi"}
    )
    assert proxied.json() == {"output": {"ok": True}}
    failed = walk.call(
        "POST", "{p}/sdk/proxy/slack/conversations.create", json={"name": "general"}
    ).json()
    assert set(failed) == _required("ErrorEnvelope") | {EXTRA_PROPERTY}

    nonce = "nonce-minimal-0001"
    built = walk.call(
        "GET",
        f"/v2/projects/{DEFAULT_PROJECT_ID}/sdk/actions/build-oauth",
        params={
            "action": "shopify",
            "integrationId": SHOPIFY,
            "oauthMetaKeyId": nonce,
            "endUserSuppliedValues": json.dumps({"SHOP_NAME": "my-shop"}),
        },
    )
    assert built.status_code == 200, built.text
    walk.call("GET", f"{{p}}/sdk/actions/session-id/{nonce}")
    walk.call("DELETE", f"{{p}}/sdk/actions/session-id/{nonce}")

    created = walk.call(
        "POST", "{p}/sdk/credentials", json={"integrationId": STRIPE, "payload": {"API_KEY": "k"}}
    )
    assert created.status_code == 201

    unknown = walk.call("GET", "{p}/sdk/credentials/00000000-0000-4000-8000-000000000000")
    assert unknown.status_code == 404
    assert set(unknown.json()) == _required("ErrorEnvelope") | {EXTRA_PROPERTY}
    bad = walk.call("PATCH", f"{{p}}/sdk/credentials/{SLACK_CREDENTIAL}", json={"config": 1})
    assert bad.status_code == 400
    anonymous = walk.call("GET", "{p}/sdk/me", headers={"Authorization": ""})
    assert anonymous.status_code == 401
    assert walk.call("GET", "/nowhere").status_code == 404
    assert walk.call("PUT", "{p}/sdk/me").status_code == 405
    walk.client.post("/_mock/faults", json={"mode": "429", "path": "*/sdk/me", "count": 1})
    assert walk.call("GET", "{p}/sdk/me").status_code == 429

    statuses = {status for _, status in walk.answers}
    assert {200, 201, 204, 400, 401, 404, 405, 429, 502} <= statuses


# schemathesis draws requests for every operation, errors included; each minimal answer must
# still match its documented schema.
MINIMAL_SCHEMA = schemathesis.openapi.from_path(
    spec_path(),
    config=SchemathesisConfig.from_dict(
        {
            "parameters": {"projectId": DEFAULT_PROJECT_ID},
            "generation": {"max-examples": 4},
            # The coverage phase's exhaustive cases test the request validation, which minimal
            # mode does not change; drawn requests, valid and not, reach every answer.
            "phases": {"coverage": {"enabled": False}, "stateful": {"enabled": False}},
        }
    ),
)
MINIMAL_SCHEMA.app = create_app(seed=7, responses="minimal")


@MINIMAL_SCHEMA.parametrize()
@hypothesis.settings(deadline=None)
def test_every_minimal_answer_matches_its_schema(case: Case[Any]) -> None:
    response = case.call(headers={"Authorization": f"Bearer {dev_token('xyz')}"})
    case.validate_response(response, checks=[response_schema_conformance, content_type_conformance])


def test_full_mode_is_unchanged_and_the_mode_switches_at_run_time() -> None:
    client = MockClient(create_app(seed=1), user="xyz")
    full = client.get("{p}/sdk/me").content
    assert client.get("/_mock/settings").json()["responses"] == "full"
    client.patch("/_mock/settings", json={"responses": "minimal"})
    minimal = client.get("{p}/sdk/me").json()
    assert EXTRA_PROPERTY in minimal
    assert set(minimal) == _required("ConnectUser") | {EXTRA_PROPERTY}
    client.patch("/_mock/settings", json={"responses": "full"})
    # The cached /sdk/me bytes follow the mode.
    assert client.get("{p}/sdk/me").content == full
    assert EXTRA_PROPERTY not in client.get("{p}/sdk/me").text


def test_reset_returns_to_the_mode_chosen_at_start() -> None:
    minimal = MockClient(create_app(seed=1, responses="minimal"), user="xyz")
    minimal.patch("/_mock/settings", json={"responses": "full"})
    assert minimal.post("/_mock/reset").status_code == 200
    assert minimal.get("/_mock/settings").json()["responses"] == "minimal"
    assert EXTRA_PROPERTY in minimal.get("{p}/sdk/me").json()

    full = MockClient(create_app(seed=1), user="xyz")
    full.patch("/_mock/settings", json={"responses": "minimal"})
    full.post("/_mock/reset")
    assert full.get("/_mock/settings").json()["responses"] == "full"


def test_a_property_the_request_asks_for_is_kept() -> None:
    # listCredentials promises accountAuth when asked for it (includeAccountAuth=true), which
    # `required` cannot say; a file picker cannot work without it.
    client = MockClient(create_app(seed=1, responses="minimal"), user="xyz")
    asked = client.get("{p}/sdk/credentials?integration=slack&includeAccountAuth=true")
    assert asked.status_code == 200
    account = asked.json()
    assert account["accountAuth"]["OAUTH_ACCESS_TOKEN"]
    required = _required("Integration") | _required("IntegrationAccountInfo")
    assert set(account) == required | {EXTRA_PROPERTY, "accountAuth"}
    _documented("listCredentials", 200).validate(account)
    plain = client.get("{p}/sdk/credentials?integration=slack").json()
    assert "accountAuth" not in plain
    listed = client.get("{p}/sdk/credentials?includeAccountAuth=true").json()
    assert listed and all(item["accountAuth"]["OAUTH_ACCESS_TOKEN"] for item in listed)
    lean = _required("Credential") | {EXTRA_PROPERTY, "accountAuth"}
    assert all(set(item) == lean for item in listed)


def test_an_unknown_mode_is_refused() -> None:
    client = MockClient(user=None)
    refused = client.patch("/_mock/settings", json={"responses": "tiny"})
    assert refused.status_code == 400
    assert "responses" in str(refused.json()["message"])
    with pytest.raises(ValueError, match="responses must be one of full, minimal"):
        create_app(responses="tiny")  # type: ignore[arg-type]


# -- the reducer's rules, on a spec of their own ------------------------------------------------

NOTE = EXTRA_VALUES[0]


def _tiny_spec(schema: dict[str, Any], **components: Any) -> dict[str, Any]:
    return {
        "openapi": "3.1.0",
        "paths": {
            "/thing": {
                "get": {
                    "operationId": "getThing",
                    "responses": {
                        "200": {"content": {"application/json": {"schema": schema}}},
                        "404": {"$ref": "#/components/responses/Problem"},
                    },
                }
            }
        },
        "components": {
            "responses": {
                "Problem": {
                    "content": {
                        "application/json": {
                            "schema": {"$ref": "#/components/schemas/ErrorEnvelope"}
                        }
                    }
                }
            },
            "schemas": {
                "ErrorEnvelope": {
                    "type": "object",
                    "required": ["message"],
                    "properties": {"message": {"type": "string"}, "code": {"type": "string"}},
                },
                **components,
            },
        },
    }


def _reduce(spec: dict[str, Any], body: Any, status: int = 200) -> Any:
    given = copy.deepcopy(body)
    reduced = MinimalResponses(spec).reduce("getThing", status, body)
    assert body == given, "the reducer changed what it was given"
    return reduced


def test_objects_keep_required_properties_and_gain_an_unknown_one() -> None:
    spec = _tiny_spec(
        {
            "type": "object",
            "required": ["id", "inner"],
            "properties": {
                "id": {"type": "string"},
                "name": {"type": "string"},
                "inner": {
                    "type": "object",
                    "required": ["a"],
                    "properties": {"a": {"type": "integer"}, "b": {"type": "integer"}},
                    "additionalProperties": False,
                },
            },
        }
    )
    body = {"id": "1", "name": "n", "inner": {"a": 1, "b": 2}}
    assert _reduce(spec, body) == {"id": "1", "inner": {"a": 1}, EXTRA_PROPERTY: NOTE}
    assert _reduce(spec, {"code": "1404", "message": "no"}, 404) == {
        "message": "no",
        EXTRA_PROPERTY: NOTE,
    }


def test_maps_keep_their_entries_and_reduce_each_value() -> None:
    spec = _tiny_spec(
        {"type": "object", "additionalProperties": {"$ref": "#/components/schemas/State"}},
        State={
            "type": "object",
            "required": ["enabled"],
            "properties": {"enabled": {"type": "boolean"}, "extra": {"type": "string"}},
        },
    )
    body = {"slack": {"enabled": True, "extra": "x"}, "jira": {"enabled": False}}
    assert _reduce(spec, body) == {
        "slack": {"enabled": True, EXTRA_PROPERTY: NOTE},
        "jira": {"enabled": False, EXTRA_PROPERTY: NOTE},
    }


def test_free_form_schemas_are_left_as_they_are() -> None:
    for schema in ({}, {"type": "object", "additionalProperties": True}, {"type": "array"}):
        body = {"anything": [1, {"goes": True}]} if schema.get("type") != "array" else [1, "a"]
        assert _reduce(_tiny_spec(schema), body) == body


def test_the_unknown_property_respects_additional_properties() -> None:
    def shaped(additional: Any) -> dict[str, Any]:
        return _tiny_spec(
            {
                "type": "object",
                "required": ["token"],
                "properties": {"token": {"type": "string"}},
                "additionalProperties": additional,
            }
        )

    assert _reduce(shaped({"type": "string"}), {"token": "t", "x": "y"}) == {
        "token": "t",
        EXTRA_PROPERTY: EXTRA_VALUES[1],
    }
    assert _reduce(shaped({"type": "integer"}), {"token": "t"}) == {"token": "t"}
    assert _reduce(shaped(False), {"token": "t"}) == {"token": "t"}


def test_unions_pick_the_variant_by_discriminator_or_by_validating() -> None:
    option = {
        "type": "object",
        "required": ["label"],
        "properties": {"kind": {"const": "OPTION"}, "label": {"type": "string"}},
    }
    section = {
        "type": "object",
        "required": ["kind", "title"],
        "properties": {"kind": {"const": "SECTION"}, "title": {"type": "string"}},
    }
    tagged = _tiny_spec(
        {
            "type": "array",
            "items": {
                "oneOf": [
                    {"$ref": "#/components/schemas/Option"},
                    {"$ref": "#/components/schemas/Section"},
                ],
                "discriminator": {
                    "propertyName": "kind",
                    "mapping": {
                        "OPTION": "#/components/schemas/Option",
                        "SECTION": "#/components/schemas/Section",
                    },
                },
            },
        },
        Option=option,
        Section=section,
    )
    body = [{"kind": "OPTION", "label": "a", "x": 1}, {"kind": "SECTION", "title": "t", "y": 2}]
    # The tag stays even where the variant does not require it, as OpenAPI expects it there.
    assert _reduce(tagged, body) == [
        {"kind": "OPTION", "label": "a", EXTRA_PROPERTY: NOTE},
        {"kind": "SECTION", "title": "t", EXTRA_PROPERTY: NOTE},
    ]
    untagged = _tiny_spec(
        {
            "type": "object",
            "required": ["output"],
            "properties": {
                "output": {
                    "oneOf": [
                        {"type": "array", "items": {"$ref": "#/components/schemas/Section"}},
                        {"$ref": "#/components/schemas/Section"},
                        {"type": "null"},
                    ]
                }
            },
        },
        Section=section,
    )
    assert _reduce(untagged, {"output": [{"kind": "SECTION", "title": "t", "z": 0}]}) == {
        "output": [{"kind": "SECTION", "title": "t", EXTRA_PROPERTY: NOTE}],
        EXTRA_PROPERTY: NOTE,
    }
    assert _reduce(untagged, {"output": {"kind": "SECTION", "title": "t", "z": 0}}) == {
        "output": {"kind": "SECTION", "title": "t", EXTRA_PROPERTY: NOTE},
        EXTRA_PROPERTY: NOTE,
    }
    assert _reduce(untagged, {"output": None}) == {"output": None, EXTRA_PROPERTY: NOTE}
    two_objects = _tiny_spec(
        {"anyOf": [{"$ref": "#/components/schemas/Option"}, {"$ref": "#/components/schemas/B"}]},
        Option={**option, "additionalProperties": False},
        B={"type": "object", "required": ["b"], "properties": {"b": {"type": "integer"}, "c": {}}},
    )
    assert _reduce(two_objects, {"b": 1, "c": 2}) == {"b": 1, EXTRA_PROPERTY: NOTE}
    assert _reduce(two_objects, {"label": "l", "kind": "OPTION"}) == {"label": "l"}


def test_recursive_schemas_are_reduced_at_every_depth() -> None:
    spec = _tiny_spec(
        {"$ref": "#/components/schemas/Tree"},
        Tree={
            "type": "object",
            "required": ["name", "children"],
            "properties": {
                "name": {"type": "string"},
                "size": {"type": "integer"},
                "children": {"type": "array", "items": {"$ref": "#/components/schemas/Tree"}},
            },
            "additionalProperties": False,
        },
    )
    leaf = {"name": "leaf", "size": 1, "children": []}
    assert _reduce(spec, {"name": "root", "size": 2, "children": [leaf]}) == {
        "name": "root",
        "children": [{"name": "leaf", "children": []}],
    }
