"""The control surface under /_mock/ and its own small spec."""

from __future__ import annotations

import copy
from typing import Any

import jwt
import yaml
from openapi_spec_validator import validate
from openapi_spec_validator.validation.validators import OpenAPIV31SpecValidator
from paragon_mock import DEFAULT_PROJECT_ID, SECOND_PROJECT_ID, create_app
from paragon_mock.control import CONTROL_SPEC_PATH
from paragon_mock.fixtures import DEFAULT_FIXTURE_PATH

from tests.mock_client import MockClient

CONTROL_SPEC: dict[str, Any] = yaml.safe_load(CONTROL_SPEC_PATH.read_text(encoding="utf-8"))


def test_the_control_spec_is_valid_openapi_and_every_path_is_served() -> None:
    validate(CONTROL_SPEC, cls=OpenAPIV31SpecValidator)
    app = create_app()
    served = {
        (method, route.path)  # type: ignore[attr-defined]
        for route in app.control_app.routes
        for method in (route.methods or ())  # type: ignore[attr-defined]
        if method != "HEAD"
    }
    described = {
        (method.upper(), path)
        for path, item in CONTROL_SPEC["paths"].items()
        for method in item
        if method in ("get", "post", "put", "patch", "delete")
    }
    assert described == served


def test_the_spec_is_served_and_unknown_control_paths_answer_the_envelope() -> None:
    client = MockClient(user=None)
    assert client.get("/_mock/openapi.yaml").text == CONTROL_SPEC_PATH.read_text(encoding="utf-8")
    unknown = client.get("/_mock/nowhere")
    assert unknown.status_code == 404
    assert unknown.json()["code"] == "1404"
    wrong = client.get("/_mock/reset")
    assert wrong.status_code == 405


def test_tokens_are_minted_for_any_user_and_project() -> None:
    client = MockClient(user=None)
    minted = client.post("/_mock/tokens", json={"userId": "zoe", "ttlSeconds": 60})
    assert minted.status_code == 201
    token = minted.json()["token"]
    assert (
        client.get("{p}/sdk/me", headers={"Authorization": f"Bearer {token}"}).json()["userId"]
        == "zoe"
    )
    other = client.post(
        "/_mock/tokens", json={"userId": "zoe", "projectId": SECOND_PROJECT_ID}
    ).json()
    assert jwt.decode(other["token"], options={"verify_signature": False})["aud"].endswith(
        SECOND_PROJECT_ID
    )
    expired = client.post("/_mock/tokens", json={"userId": "zoe", "ttlSeconds": -5}).json()["token"]
    assert (
        client.get("{p}/sdk/me", headers={"Authorization": f"Bearer {expired}"}).status_code == 401
    )
    assert client.post("/_mock/tokens", json={}).status_code == 400
    assert (
        client.post("/_mock/tokens", json={"userId": "z", "projectId": "nope"}).status_code == 404
    )


def test_reset_and_load_another_fixture() -> None:
    client = MockClient(user="xyz")
    client.delete("{p}/sdk/integrations/2f08e65f-d924-42ab-9618-b6023d82ffbd")
    assert client.get("{p}/sdk/me").json()["integrations"]["slack"]["enabled"] is False
    assert client.post("/_mock/reset").json()["status"] == "reset"
    assert client.get("{p}/sdk/me").json()["integrations"]["slack"]["enabled"] is True

    document = yaml.safe_load(DEFAULT_FIXTURE_PATH.read_text(encoding="utf-8"))
    smaller = copy.deepcopy(document)
    smaller["projects"][0]["integrations"] = smaller["projects"][0]["integrations"][:1]
    smaller["projects"][0]["credentials"] = smaller["projects"][0]["credentials"][:1]
    loaded = client.put("/_mock/fixture", json=smaller)
    assert loaded.status_code == 200
    assert list(client.get("{p}/sdk/me").json()["integrations"]) == ["salesforce"]
    as_yaml = client.put(
        "/_mock/fixture",
        content=yaml.safe_dump(document).encode(),
        headers={"Content-Type": "application/yaml"},
    )
    assert as_yaml.status_code == 200
    assert len(client.get("{p}/sdk/integrations").json()) == len(
        document["projects"][0]["integrations"]
    )
    broken = client.put("/_mock/fixture", json={"projects": []})
    assert broken.status_code == 400
    assert "projects" in broken.json()["message"]


def test_records_can_be_listed_and_cleared() -> None:
    client = MockClient(user="recorder")
    client.post(
        f"/v2/projects/{DEFAULT_PROJECT_ID}/sdk/events/trigger", json={"name": "a", "payload": {}}
    )
    assert len(client.get("/_mock/records").json()["records"]) == 1
    assert client.get("/_mock/records?kind=bogus").status_code == 400
    assert client.delete("/_mock/records").status_code == 204
    assert client.get("/_mock/records").json()["records"] == []


def test_settings() -> None:
    client = MockClient(user=None)
    assert client.get("/_mock/settings").json() == {
        "oauthSessionTtlSeconds": 600,
        "responses": "full",
    }
    assert client.patch("/_mock/settings", json={"oauthSessionTtlSeconds": 5}).json() == {
        "oauthSessionTtlSeconds": 5,
        "responses": "full",
    }
    assert client.patch("/_mock/settings", json={"responses": "minimal"}).json() == {
        "oauthSessionTtlSeconds": 5,
        "responses": "minimal",
    }
    assert client.patch("/_mock/settings", json={"oauthSessionTtlSeconds": -1}).status_code == 400
    assert client.patch("/_mock/settings", json={}).status_code == 400
    assert client.patch("/_mock/settings", json={"responses": None}).status_code == 400
    # A reset returns to the fixture's settings and to the response mode chosen at start.
    client.post("/_mock/reset")
    assert client.get("/_mock/settings").json() == {
        "oauthSessionTtlSeconds": 600,
        "responses": "full",
    }
    assert client.get("/_mock/health").json() == {"status": "ok"}
