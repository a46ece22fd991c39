"""The mock behaves like Paragon: state that changes, the reference's examples, clear errors."""

from __future__ import annotations

import asyncio
import base64
from typing import Any

import httpx
import pytest
import yaml
from paragon_mock import DEFAULT_PROJECT_ID, create_app, dev_token, serve_in_thread
from paragon_mock.routes import load_spec, spec_path

from tests.conftest import OPERATION_TABLE, SPEC_PATH
from tests.mock_client import MockClient

SALESFORCE = "1a7b3c9d-2e4f-4a6b-8c0d-1e2f3a4b5c6d"
SLACK = "2f08e65f-d924-42ab-9618-b6023d82ffbd"
STRIPE = "6f3c5e1a-52a4-4c8e-9d0b-7f1e2a3b4c5d"
SLACK_WORKFLOW = "2248335c-671c-47e4-b9a0-3641a9f2d301"
LEAD_CREATED = "85eb6607-c0e6-4baf-9bcd-a8bc17bf119e"
HUBSPOT_DEAL = "e528c08c-da7d-4e02-ba9e-ec9eae26f90c"


@pytest.fixture
def client() -> MockClient:
    return MockClient(user="test-user")


@pytest.fixture
def xyz() -> MockClient:
    return MockClient(user="xyz")


def _install_stripe(client: MockClient, **extra: Any) -> dict[str, Any]:
    response = client.post(
        "{p}/sdk/credentials",
        json={"integrationId": STRIPE, "payload": {"API_KEY": "sk_test_1"}, **extra},
    )
    assert response.status_code == 201, response.text
    body: dict[str, Any] = response.json()
    return body


# -- the spec ----------------------------------------------------------------------------------


def test_the_served_spec_is_the_repositorys() -> None:
    assert load_spec() == yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8"))
    assert spec_path().name == "paragon.yaml"


def test_every_operation_has_a_handler() -> None:
    app = create_app()
    routed = {route.operation_id for route in app.mock.router}
    assert routed == {entry.operation_id for entry in OPERATION_TABLE}
    assert routed <= set(app.mock.handlers)


# -- the SDK reference's examples --------------------------------------------------------------


def test_integration_metadata_matches_the_reference(client: MockClient) -> None:
    integrations = client.get("{p}/sdk/integrations").json()
    metadata = [
        {"type": i["type"], "name": i["name"], "brandColor": i["brandColor"]}
        for i in integrations
        if i["isActive"]
    ][:3]
    assert metadata == [
        {"type": "salesforce", "name": "Salesforce", "brandColor": "#057ACF"},
        {"type": "hubspot", "name": "Hubspot", "brandColor": "#F67600"},
        {"type": "slack", "name": "Slack", "brandColor": "#4A154B"},
    ]
    types = {i["type"] for i in integrations}
    assert {"shopify", "jira", "googledrive", "box", "onedrive", "sharepoint"} <= types
    assert any(i["authenticationType"] == "basic" for i in integrations)


def test_slack_integration_config_matches_the_reference(client: MockClient) -> None:
    slack = next(i for i in client.get("{p}/sdk/integrations").json() if i["type"] == "slack")
    values = slack["configs"][0]["values"]
    assert values["description"] == "Send notifications to Slack"
    assert values["overview"].startswith("Connect your Slack workspace to receive notifications")
    assert values["sharedMeta"]["inputs"] == [
        {
            "id": "2d5662c9-6750-46c2-8588-2ac904532efb",
            "title": "Channel",
            "type": "DYNAMIC_ENUM",
            "required": False,
            "sourceType": "channels",
        }
    ]
    assert slack["workflows"][0]["id"] == SLACK_WORKFLOW
    assert slack["workflows"][0]["description"] == "Send Slack Notification"
    meta = values["workflowMeta"][SLACK_WORKFLOW]
    assert meta == {
        "id": SLACK_WORKFLOW,
        "inputs": [],
        "infoText": "Send a Slack notification when a Task is created",
        "defaultEnabled": False,
    }


def test_salesforce_data_source_and_account_types_match_the_reference(client: MockClient) -> None:
    salesforce = next(
        i for i in client.get("{p}/sdk/integrations").json() if i["type"] == "salesforce"
    )
    config = salesforce["sdkIntegrationConfig"]
    assert [(t["id"], t["accountDescription"]) for t in config["accountTypes"]] == [
        ("default", "Production Account"),
        ("sandbox", "Sandbox Account"),
    ]
    assert config["dataSources"]["customObjectMapping"] == {
        "type": "FIELD_MAPPER_DATA_SOURCE",
        "id": "customObjectMapping",
        "title": "Field Mapping",
        "subtitle": "Allows users to define a field mapping",
        "recordSource": {
            "type": "DYNAMIC_DATA_SOURCE",
            "title": "Record Type",
            "cacheKey": "recordTypes",
        },
        "fieldSource": {
            "type": "DYNAMIC_DATA_SOURCE",
            "title": "Field",
            "cacheKey": "cachedFields",
        },
    }


def test_pre_and_post_options_of_shopify_and_jira(client: MockClient) -> None:
    by_type = {i["type"]: i for i in client.get("{p}/sdk/integrations").json()}
    # Where SDK 2.4.0 reads pre-OAuth inputs: authConfigInputs (oauthInputs it never reads).
    assert by_type["shopify"]["sdkIntegrationConfig"]["authConfigInputs"][0]["id"] == "SHOP_NAME"
    assert by_type["jira"]["sdkIntegrationConfig"]["postOauthInputs"][0]["id"] == "JIRA_CLOUD_ID"


def test_get_user_matches_the_reference(xyz: MockClient) -> None:
    user = xyz.get("{p}/sdk/me").json()
    assert user["userId"] == "xyz"
    salesforce = user["integrations"]["salesforce"]
    assert salesforce["credentialId"] == "00987654-56a7-49b1-8d23-456789abcdef"
    assert salesforce["credentialStatus"] == "VALID"
    assert salesforce["enabled"] is True
    assert salesforce["providerData"] == {"instanceURL": "https://mycompany.my.salesforce.com"}
    assert salesforce["providerId"] == "1234567890"
    assert salesforce["configuredWorkflows"] == {}
    assert user["integrations"]["shopify"] == {
        "configuredWorkflows": {},
        "enabled": False,
        "allCredentials": [],
        "allConfigurations": [],
    }


def test_the_rest_credential_example_is_listed(xyz: MockClient) -> None:
    credentials = {c["id"]: c for c in xyz.get("{p}/sdk/credentials").json()}
    example = credentials["00da4146-7ac4-4253-a8f7-96849b8137d9"]
    assert example["providerId"] == "50150244515"
    assert example["personaId"] == "0563109f-5e71-46c5-8483-1ac8c0913d6c"
    assert example["config"]["configuredWorkflows"] == {
        "3eb95154-3c7b-413c-bf14-ba367d95b53f": {
            "enabled": True,
            "settings": {"example-input-id": "example value"},
        }
    }
    assert "accountAuth" not in example


def test_field_options_search_matches_the_reference(xyz: MockClient) -> None:
    response = xyz.post(
        "{p}/sdk/actions",
        json={
            "action": "slack",
            "sourceKey": "channels",
            "paginationParameters": {"pageCursor": 0, "search": "general"},
        },
    )
    assert response.status_code == 200
    assert response.json() == {
        "output": {
            "records": [{"type": "OPTION", "label": "#general", "value": "general"}],
            "nextPageCursor": "dGVhbTpDMDUxWjlNSzk4Vw==",
            "nestedData": [],
        }
    }


def test_field_options_page_with_next_page_cursor(xyz: MockClient) -> None:
    seen: list[str] = []
    cursor: Any = 0
    pages = 0
    while cursor is not None:
        body = xyz.post(
            "{p}/sdk/actions",
            json={
                "action": "slack",
                "sourceKey": "channels",
                "paginationParameters": {"pageCursor": cursor},
            },
        ).json()["output"]
        seen += [record["value"] for record in body["records"]]
        cursor = body["nextPageCursor"]
        pages += 1
    assert pages == 2
    assert len(seen) == len(set(seen)) == 8
    assert "general-help" in seen
    bad = xyz.post(
        "{p}/sdk/actions",
        json={
            "action": "slack",
            "sourceKey": "channels",
            "paginationParameters": {"pageCursor": base64.b64encode(b"team:nope").decode()},
        },
    )
    assert bad.status_code == 404  # the page it names was never issued


def test_field_mapping_fields_depend_on_the_record_type(xyz: MockClient) -> None:
    def fields(parameters: list[dict[str, Any]]) -> Any:
        return xyz.post(
            "{p}/sdk/actions",
            json={"action": "salesforce", "sourceKey": "cachedFields", "parameters": parameters},
        )

    contact = fields([{"key": "recordTypes", "source": {"type": "VALUE", "value": "Contact"}}])
    assert [o["value"] for o in contact.json()["output"]] == [
        "FirstName",
        "LastName",
        "Email",
        "Phone",
    ]
    assert fields([]).status_code == 409  # the first input's choice is missing
    compound = xyz.post(
        "{p}/sdk/actions", json={"action": "salesforce", "sourceKey": "customObjectMapping"}
    )
    assert compound.status_code == 409  # load its inputs' sources instead
    assert "recordTypes" in compound.json()["message"]


def test_field_options_need_the_integration_installed(client: MockClient) -> None:
    response = client.post("{p}/sdk/actions", json={"action": "slack", "sourceKey": "channels"})
    assert response.status_code == 404
    assert "not installed" in response.json()["message"]


# -- install, read, update, uninstall ----------------------------------------------------------


def test_install_read_update_uninstall(client: MockClient) -> None:
    credential = _install_stripe(client)
    assert credential["status"] == "VALID"
    assert client.get(f"{{p}}/sdk/credentials/{credential['id']}").json()["id"] == credential["id"]
    me = client.get("{p}/sdk/me").json()
    assert me["integrations"]["stripe"]["credentialId"] == credential["id"]

    patched = client.patch(
        f"{{p}}/sdk/credentials/{credential['id']}",
        json={"config": {"sharedSettings": {"a": 1}}},
    )
    assert patched.json()["config"]["sharedSettings"] == {"a": 1}
    patched = client.patch(
        f"{{p}}/sdk/credentials/{credential['id']}",
        json={"config": {"sharedSettings": {"b": 2}}},
    )
    assert patched.json()["config"]["sharedSettings"] == {"a": 1, "b": 2}
    assert client.get("{p}/sdk/me").json()["integrations"]["stripe"]["sharedSettings"] == {
        "a": 1,
        "b": 2,
    }

    assert client.delete(f"{{p}}/sdk/integrations/{STRIPE}").status_code == 204
    assert client.get(f"{{p}}/sdk/credentials/{credential['id']}").status_code == 404
    assert client.get("{p}/sdk/me").json()["integrations"]["stripe"]["enabled"] is False
    again = client.delete(f"{{p}}/sdk/integrations/{STRIPE}")
    assert again.status_code == 404


def test_installing_twice_needs_allow_multiple_credentials(client: MockClient) -> None:
    _install_stripe(client)
    twice = client.post(
        "{p}/sdk/credentials", json={"integrationId": STRIPE, "payload": {"API_KEY": "k"}}
    )
    assert twice.status_code == 409
    assert "allowMultipleCredentials" in twice.json()["message"]
    second = _install_stripe(
        client, installOptions={"allowMultipleCredentials": True, "externalId": "acct-2"}
    )
    assert second["externalId"] == "acct-2"
    listed = client.get("{p}/sdk/credentials").json()
    assert len([c for c in listed if c["integrationId"] == STRIPE]) == 2


def test_install_refuses_oauth_integrations_missing_inputs_and_unknown_ones(
    client: MockClient,
) -> None:
    oauth = client.post("{p}/sdk/credentials", json={"integrationId": SLACK, "payload": {}})
    assert oauth.status_code == 409
    missing = client.post("{p}/sdk/credentials", json={"integrationId": STRIPE, "payload": {}})
    assert missing.status_code == 409
    assert "API_KEY" in missing.json()["message"]
    unknown = client.post(
        "{p}/sdk/credentials",
        json={"integrationId": "11111111-2222-4333-8444-555555555555", "payload": {}},
    )
    assert unknown.status_code == 404


def test_credential_selector_by_uuid_external_id_and_ext_prefix(client: MockClient) -> None:
    first = _install_stripe(client, installOptions={"externalId": "first"})
    second = _install_stripe(
        client, installOptions={"allowMultipleCredentials": True, "externalId": "second"}
    )
    client.post(f"{{p}}/sdk/credentials/{first['id']}/configurations", json={})
    for selector, expected in (
        (second["id"], second["id"]),
        ("second", second["id"]),
        ("ext:second", second["id"]),
        ("ext:first", first["id"]),
    ):
        answer = client.get(
            "{p}/sdk/proxy/stripe/v1/balance", headers={"X-Paragon-Credential": selector}
        )
        assert answer.status_code == 200
        recorded = client.get("/_mock/records?kind=proxyCall").json()["records"][-1]
        assert recorded["credentialId"] == expected
    unknown = client.get(
        "{p}/sdk/proxy/stripe/v1/balance", headers={"X-Paragon-Credential": "ext:nope"}
    )
    assert unknown.status_code == 404
    # Uninstalling one account keeps the other.
    gone = client.delete(
        f"{{p}}/sdk/integrations/{STRIPE}", headers={"X-Paragon-Credential": "ext:first"}
    )
    assert gone.status_code == 204
    assert [c["id"] for c in client.get("{p}/sdk/credentials").json()] == [second["id"]]


def test_workflow_settings_merge_by_key(xyz: MockClient) -> None:
    credential = "4f2d8b6e-1c3a-4e5f-8a7b-9c0d1e2f3a4b"
    first = xyz.patch(
        f"{{p}}/sdk/credentials/{credential}",
        json={
            "config": {
                "workflowSettings": {SLACK_WORKFLOW: {"enabled": False, "settings": {"x": 1}}}
            }
        },
    )
    assert first.status_code == 200
    second = xyz.patch(
        f"{{p}}/sdk/credentials/{credential}",
        json={
            "config": {
                "configuredWorkflows": {SLACK_WORKFLOW: {"enabled": True, "settings": {"y": 2}}}
            }
        },
    )
    state = second.json()["config"]["workflowSettings"][SLACK_WORKFLOW]
    assert state == {"enabled": True, "settings": {"x": 1, "y": 2}}
    other = xyz.patch(
        f"{{p}}/sdk/credentials/{credential}",
        json={"config": {"workflowSettings": {LEAD_CREATED: {"enabled": True}}}},
    )
    assert other.status_code == 409


def test_enable_and_disable_workflow_change_the_user_state(xyz: MockClient) -> None:
    disabled = xyz.delete(f"{{p}}/sdk/workflows/{SLACK_WORKFLOW}")
    assert disabled.status_code == 200
    assert disabled.json()["enabled"] is False
    state = xyz.get("{p}/sdk/me").json()["integrations"]["slack"]["workflowSettings"]
    assert state[SLACK_WORKFLOW]["enabled"] is False
    enabled = xyz.post(
        f"{{p}}/sdk/workflows/{SLACK_WORKFLOW}",
        headers={"X-Paragon-Configuration-Id": "ext:team-emea"},
    )
    assert enabled.json()["configurationId"] == "3d5f7a9c-1e3b-4d6f-8a0c-2e4b6d8f0a1c"
    # The default configuration is untouched by a change to another one.
    state = xyz.get("{p}/sdk/me").json()["integrations"]["slack"]["workflowSettings"]
    assert state[SLACK_WORKFLOW]["enabled"] is False


def test_workflow_of_an_integration_not_installed_answers_404(client: MockClient) -> None:
    assert client.post(f"{{p}}/sdk/workflows/{SLACK_WORKFLOW}").status_code == 404
    assert client.post("{p}/sdk/workflows/11111111-2222-4333-8444-555555555555").status_code == 404


def test_configurations(xyz: MockClient) -> None:
    credential = "4f2d8b6e-1c3a-4e5f-8a7b-9c0d1e2f3a4b"
    created = xyz.post(
        f"{{p}}/sdk/credentials/{credential}/configurations", json={"externalId": "team-apac"}
    )
    assert created.status_code == 201
    assert [c["externalId"] for c in created.json()["configurations"]] == [
        None,
        "team-emea",
        "team-apac",
    ]
    duplicate = xyz.post(
        f"{{p}}/sdk/credentials/{credential}/configurations", json={"externalId": "team-apac"}
    )
    assert duplicate.status_code == 409
    updated = xyz.patch(
        f"{{p}}/sdk/credentials/{credential}/configurations",
        headers={"X-Paragon-Configuration-Id": "team-apac"},
        json={"sharedSettings": {"k": "v"}},
    )
    apac = next(c for c in updated.json()["configurations"] if c["externalId"] == "team-apac")
    assert apac["sharedSettings"] == {"k": "v"}
    default_id = created.json()["configurations"][0]["id"]
    refused = xyz.delete(
        f"{{p}}/sdk/credentials/{credential}/configurations",
        headers={"X-Paragon-Configuration-Id": default_id},
    )
    assert refused.status_code == 409
    deleted = xyz.delete(
        f"{{p}}/sdk/credentials/{credential}/configurations",
        headers={"X-Paragon-Configuration-Id": "ext:team-apac"},
    )
    assert [c["externalId"] for c in deleted.json()["configurations"]] == [None, "team-emea"]
    missing_header = xyz.delete(f"{{p}}/sdk/credentials/{credential}/configurations")
    assert missing_header.status_code == 400


def test_user_metadata_is_merged_and_normalised(client: MockClient) -> None:
    client.patch("{p}/sdk/me", json={"meta": {"name": "Sean V", "plan": "pro"}})
    user = client.patch("{p}/sdk/me", json={"meta": {"email": "sean@example.com"}}).json()
    assert user["meta"] == {"Name": "Sean V", "plan": "pro", "Email": "sean@example.com"}


def test_list_credentials_with_account_auth(xyz: MockClient) -> None:
    account = xyz.get("{p}/sdk/credentials?integration=slack&includeAccountAuth=true").json()
    assert account["type"] == "slack"
    assert account["accountAuth"]["OAUTH_ACCESS_TOKEN"]
    assert xyz.get("{p}/sdk/credentials?includeAccountAuth=maybe").status_code == 400


# -- events, triggers, proxy --------------------------------------------------------------------


def test_events_are_recorded_and_start_listening_workflows(xyz: MockClient) -> None:
    response = xyz.post(
        f"/v2/projects/{DEFAULT_PROJECT_ID}/sdk/events/trigger",
        json={"name": "Contact Created", "payload": {"name": "Brandon", "email": "b@example.com"}},
    )
    assert response.status_code == 201
    receipt = response.json()
    assert receipt["name"] == "Contact Created"
    events = xyz.get("/_mock/records?kind=event&userId=xyz").json()["records"]
    assert events[-1]["payload"] == {"name": "Brandon", "email": "b@example.com"}
    runs = xyz.get("/_mock/records?kind=workflowRun").json()["records"]
    assert [r["workflowId"] for r in runs] == ["3eb95154-3c7b-413c-bf14-ba367d95b53f"]
    assert runs[0]["eventId"] == receipt["id"]


def test_request_triggered_workflows_answer_with_their_response_step(xyz: MockClient) -> None:
    body = {"email": "bowie@example.com", "first_name": "Bowie", "last_name": "Foo"}
    not_enabled = xyz.post(f"{{p}}/sdk/triggers/{LEAD_CREATED}", json=body)
    assert not_enabled.status_code == 409
    xyz.post(f"{{p}}/sdk/workflows/{LEAD_CREATED}")
    answered = xyz.post(f"{{p}}/sdk/triggers/{LEAD_CREATED}?source=signup", json=body)
    assert answered.status_code == 200
    assert answered.json() == {"status": "created", "email": "bowie@example.com"}
    trigger = xyz.get("/_mock/records?kind=workflowTrigger").json()["records"][-1]
    assert trigger["body"] == body
    assert trigger["query"] == {"source": "signup"}
    xyz.post(f"{{p}}/sdk/workflows/{HUBSPOT_DEAL}")
    accepted = xyz.post(f"{{p}}/sdk/triggers/{HUBSPOT_DEAL}", json={})
    assert accepted.status_code == 202
    assert accepted.content == b""
    app_event = xyz.post(f"{{p}}/sdk/triggers/{SLACK_WORKFLOW}", json={})
    assert app_event.status_code == 409


def test_the_proxy_reproduces_the_reference_and_echoes_the_rest(xyz: MockClient) -> None:
    posted = xyz.post(
        "{p}/sdk/proxy/slack/chat.postMessage",
        json={
            "channel": "CXXXXXXX0",
            "text": "This message was sent with Paragon Connect :exploding_head:",
        },
    )
    assert posted.json() == {"output": {"ok": True}}
    raw = xyz.post(
        "{p}/sdk/proxy/slack/chat.postMessage",
        json={"channel": "C1"},
        headers={"X-Paragon-Use-Raw-Response": "1"},
    )
    assert raw.json() == {"ok": True}
    echoed = xyz.put(
        "{p}/sdk/proxy/salesforce/services/data/v59.0/sobjects/Contact/1?x=y",
        json={"FirstName": "Bowie"},
    )
    assert echoed.json() == {
        "output": {
            "method": "PUT",
            "path": "services/data/v59.0/sobjects/Contact/1",
            "query": {"x": "y"},
            "body": {"FirstName": "Bowie"},
        }
    }
    failed = xyz.post("{p}/sdk/proxy/slack/conversations.create", json={"name": "general"})
    assert failed.status_code == 502
    assert failed.json()["meta"] == {
        "providerStatus": 409,
        "providerResponse": {"ok": False, "error": "name_taken"},
    }
    calls = xyz.get("/_mock/records?kind=proxyCall").json()["records"]
    assert [c["method"] for c in calls] == ["POST", "POST", "PUT", "POST"]


CONTACT_PATH = "services/data/v59.0/sobjects/Contact"


def _proxy_post(send: Any, raw_path: str) -> httpx.Response:
    """POST to the proxy with ``raw_path`` on the wire exactly as written (escapes included)."""
    url = f"/projects/{DEFAULT_PROJECT_ID}/sdk/proxy/salesforce/{raw_path}"
    response: httpx.Response = send(url, json={"LastName": "Foo"})
    # httpx sends the path as given: a "%2F" really travels as "%2F".
    assert response.request.url.raw_path == url.encode("ascii")
    return response


def _echoed_path(response: httpx.Response) -> str:
    assert response.status_code == 200, response.text
    path: str = response.json()["output"]["path"]
    return path


def test_a_percent_encoded_slash_in_the_proxy_path_is_a_slash(xyz: MockClient) -> None:
    # What the spec's `path` parameter says: real slashes (the SDK, the Python client) and the
    # `%2F` of generated clients, which percent-encode every path parameter, reach the same
    # provider path with the same result, because the path is read percent-decoded once.
    slashes = _proxy_post(xyz.post, CONTACT_PATH)
    encoded = _proxy_post(xyz.post, CONTACT_PATH.replace("/", "%2F"))
    lower = _proxy_post(xyz.post, CONTACT_PATH.replace("/", "%2f"))
    assert _echoed_path(slashes) == _echoed_path(encoded) == _echoed_path(lower) == CONTACT_PATH
    assert slashes.json() == encoded.json() == lower.json()
    calls = xyz.get("/_mock/records?kind=proxyCall").json()["records"]
    assert [call["path"] for call in calls] == [CONTACT_PATH] * 3
    # Decoded once, exactly: an encoded percent sign stays a literal "%2F", and "%3F" is a "?"
    # of the path, not the start of a query.
    assert _echoed_path(_proxy_post(xyz.post, "v1%252Fbalance")) == "v1%2Fbalance"
    question = _proxy_post(xyz.post, "search%3Fq=x")
    assert _echoed_path(question) == "search?q=x"
    assert question.json()["output"]["query"] == {}


def test_a_percent_encoded_slash_in_the_proxy_path_over_a_real_socket() -> None:
    # uvicorn decodes the path itself (ASGI's `path`); the in-process test above goes through
    # httpx's ASGI transport, so this one proves the same over loopback.
    with (
        serve_in_thread(seed=1) as server,
        httpx.Client(
            base_url=server.base_url, headers={"Authorization": f"Bearer {dev_token('xyz')}"}
        ) as http,
    ):
        slashes = _proxy_post(http.post, CONTACT_PATH)
        encoded = _proxy_post(http.post, CONTACT_PATH.replace("/", "%2F"))
    assert _echoed_path(slashes) == _echoed_path(encoded) == CONTACT_PATH
    assert slashes.json() == encoded.json()


def test_the_proxy_needs_the_integration_installed(client: MockClient) -> None:
    assert client.get("{p}/sdk/proxy/slack/conversations.list").status_code == 404
    assert client.get("{p}/sdk/proxy/nosuch/x").status_code == 404


# -- the pipeline's refusals --------------------------------------------------------------------


def test_unknown_routes_answer_404_and_wrong_methods_405(client: MockClient) -> None:
    unknown = client.get("/nowhere")
    assert unknown.status_code == 404
    assert unknown.json()["code"] == "1404"
    wrong = client.put("{p}/sdk/me")
    assert wrong.status_code == 405
    assert wrong.headers["allow"] == "GET, PATCH"
    assert wrong.json()["status"] == 405


def test_invalid_requests_answer_400_listing_every_problem(client: MockClient) -> None:
    response = client.patch("{p}/sdk/me", json={"meta": "nope"})
    assert response.status_code == 400
    assert isinstance(response.json()["message"], list)
    assert response.json()["message"][0].startswith("body.meta")
    nulls = client.patch("{p}/sdk/me", json={"meta": {"Email": None}})
    assert nulls.status_code == 400
    assert (
        client.post(
            "{p}/sdk/actions", content=b"{", headers={"Content-Type": "application/json"}
        ).status_code
        == 400
    )
    assert (
        client.post(
            "{p}/sdk/actions", content=b"{}", headers={"Content-Type": "text/plain"}
        ).status_code
        == 400
    )
    assert client.get("{p}/sdk/credentials/not-a-uuid").status_code == 400


# -- users never see each other ---------------------------------------------------------------


def test_users_never_see_each_others_credentials_settings_or_events() -> None:
    alice = MockClient(user="alice")
    bob_headers = alice.as_user("bob")
    credential = _install_stripe(alice)
    cid = credential["id"]
    for method, url, kwargs in (
        ("GET", f"{{p}}/sdk/credentials/{cid}", {}),
        (
            "PATCH",
            f"{{p}}/sdk/credentials/{cid}",
            {"json": {"config": {"sharedSettings": {"x": 1}}}},
        ),
        ("POST", f"{{p}}/sdk/credentials/{cid}/complete-setup", {"json": {"payload": {}}}),
        ("POST", f"{{p}}/sdk/credentials/{cid}/configurations", {"json": {}}),
    ):
        response = alice.request(method, url, headers=bob_headers, **kwargs)
        assert response.status_code == 404, (method, url, response.text)
    assert alice.get("{p}/sdk/credentials", headers=bob_headers).json() == []
    assert (
        alice.get("{p}/sdk/me", headers=bob_headers).json()["integrations"]["stripe"]["enabled"]
        is False
    )
    selected = alice.delete(
        f"{{p}}/sdk/integrations/{STRIPE}", headers={**bob_headers, "X-Paragon-Credential": cid}
    )
    assert selected.status_code == 404
    alice.post(
        f"/v2/projects/{DEFAULT_PROJECT_ID}/sdk/events/trigger", json={"name": "e", "payload": {}}
    )
    assert alice.get("/_mock/records?kind=event&userId=bob").json()["records"] == []
    # Alice's credential survived Bob's attempts untouched.
    assert alice.get(f"{{p}}/sdk/credentials/{cid}").json()["config"]["sharedSettings"] == {}


# -- concurrency --------------------------------------------------------------------------------


def test_concurrent_patches_of_different_keys_lose_nothing(xyz: MockClient) -> None:
    credential = "4f2d8b6e-1c3a-4e5f-8a7b-9c0d1e2f3a4b"

    async def patch(index: int) -> int:
        response = await xyz.client.patch(
            f"/projects/{DEFAULT_PROJECT_ID}/sdk/credentials/{credential}",
            json={"config": {"sharedSettings": {f"key-{index}": index}}},
        )
        return response.status_code

    async def all_at_once() -> list[int]:
        return list(await asyncio.gather(*(patch(i) for i in range(60))))

    assert set(xyz.run(all_at_once())) == {200}
    settings = xyz.get(f"{{p}}/sdk/credentials/{credential}").json()["config"]["sharedSettings"]
    assert {f"key-{i}" for i in range(60)} <= set(settings)
    assert settings["2d5662c9-6750-46c2-8588-2ac904532efb"] == "general"


def test_tokens_for_the_mock_work_for_any_user() -> None:
    assert dev_token("someone").count(".") == 2
