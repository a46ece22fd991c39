"""What Paragon's JavaScript SDK 2.4.0 sends and reads, point by point, against spec and mock.

Each test holds one disagreement found by driving ``@useparagon/connect`` against the mock (the
SDK's code is the evidence for the wire): the spec says it, the mock's default fixture serves
it, and the Python client follows where it is concerned. ``tests/js_sdk/`` runs the SDK itself;
these run in the ``tests`` session, without Node.
"""

from __future__ import annotations

import inspect
import re
from typing import Any

import pytest
from jsonschema import Draft202012Validator
from paragon_connect import _install_flow
from paragon_mock import create_app, dev_token
from paragon_mock.cli import _cors_origins

from tests.conftest import SPEC_DATA
from tests.mock_client import MockClient

GOOGLE_DRIVE = "630a77cb-4cff-44dc-80a4-a2e4483c41ee"
SALESFORCE = "1a7b3c9d-2e4f-4a6b-8c0d-1e2f3a4b5c6d"
STRIPE = "6f3c5e1a-52a4-4c8e-9d0b-7f1e2a3b4c5d"
STATUSBOARD = "883f1a2b-6c4d-4e5f-9a0b-1c2d3e4f5a6b"
BOX = "0f5eed65-40e6-4629-ba69-adc3ab668185"
RESOURCE = "6a2d1f0e-3b4c-4d5e-8f60-718293a4b5c6"
APP_ORIGIN = "http://localhost:3000"
# The SDK's isUUID: versions 0-5, variant 8, 9, a or b; anything else is an external ID to it.
SDK_UUID = re.compile(
    r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-5][0-9a-f]{3}-[089ab][0-9a-f]{3}-[0-9a-f]{12}$", re.I
)
UUID_SHAPE = re.compile(r"\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b", re.I)


@pytest.fixture
def xyz() -> MockClient:
    return MockClient(user="xyz")


@pytest.fixture
def newcomer() -> MockClient:
    return MockClient(user="newcomer")


def _schema(name: str) -> dict[str, Any]:
    schema: dict[str, Any] = SPEC_DATA["components"]["schemas"][name]
    return schema


def _build_oauth(client: MockClient, **query: str) -> Any:
    return client.get("/v2{p}/sdk/actions/build-oauth", params=query)


# 1 ------------------------------------------------------------------------------------------------


def test_1_every_sdk_me_entry_carries_all_credentials_and_configurations(
    newcomer: MockClient,
) -> None:
    assert {"enabled", "allCredentials"} <= set(_schema("IntegrationState")["required"])
    integrations = newcomer.get("{p}/sdk/me").json()["integrations"]
    assert integrations, "the default fixture has integrations"
    for kind, entry in integrations.items():
        assert entry["allCredentials"] == [], kind
        assert entry["allConfigurations"] == [], kind


# 2 ------------------------------------------------------------------------------------------------


def test_2_accessible_features_use_the_sdks_names(xyz: MockClient) -> None:
    features = xyz.get("{p}/sdk/me").json()["project"]["accessibleFeatures"]
    assert {"headless-cp", "dfm"} <= set(features)
    assert "headless-connect-portal" not in features


# 3 ------------------------------------------------------------------------------------------------


def test_3_the_proxy_accepts_content_type_auto(xyz: MockClient) -> None:
    response = xyz.post(
        "{p}/sdk/proxy/slack/chat.postMessage",
        content=b'{"channel":"general","text":"hi"}',
        headers={"Content-Type": "auto"},
    )
    assert response.status_code == 200, response.text


# 4 ------------------------------------------------------------------------------------------------


def test_4_a_13_character_base36_nonce_names_a_handshake(newcomer: MockClient) -> None:
    nonce = "k3x9z0a1b2c4d"  # Math.random().toString(36).substring(2, 15)
    Draft202012Validator(_schema("OAuthNonce")).validate(nonce)
    started = _build_oauth(
        newcomer, action="googledrive", integrationId=GOOGLE_DRIVE, oauthMetaKeyId=nonce
    )
    assert started.status_code == 200, started.text
    polled = newcomer.get(f"{{p}}/sdk/actions/session-id/{nonce}")
    assert polled.status_code == 200, polled.text
    assert polled.json()["connectCredentialId"] is None


# 5 ------------------------------------------------------------------------------------------------


def test_5_the_oauth_nonce_page_tells_its_opener_it_has_loaded() -> None:
    anonymous = MockClient(user=None)
    query = {
        "action": "googledrive",
        "integrationId": GOOGLE_DRIVE,
        "originForPostMessage": APP_ORIGIN,
        "userToken": dev_token("xyz"),
    }
    page = anonymous.get("{p}/sdk/actions/oauth-nonce", params=query)
    assert page.status_code == 200, page.text
    assert page.headers["content-type"].startswith("text/html")
    assert 'postMessage({ type: "oauth-nonce-loaded" }, "http://localhost:3000")' in page.text
    # The token in the query is the only credential a popup has: without it, 401.
    without = anonymous.get(
        "{p}/sdk/actions/oauth-nonce", params={k: v for k, v in query.items() if k != "userToken"}
    )
    assert without.status_code == 401
    # Nor does a header stand in for it: the spec's security for the page is the query alone.
    headed = MockClient(user="xyz").get(
        "{p}/sdk/actions/oauth-nonce", params={k: v for k, v in query.items() if k != "userToken"}
    )
    assert headed.status_code == 401
    # An origin that could break out of the script is refused, not written into it.
    hostile = anonymous.get(
        "{p}/sdk/actions/oauth-nonce",
        params={**query, "originForPostMessage": 'http://x"</script><script>alert(1)//'},
    )
    assert hostile.status_code == 400
    assert hostile.headers["content-type"] == "application/json"


# 6 ------------------------------------------------------------------------------------------------


def test_6_the_python_client_polls_every_second_as_the_sdk_does() -> None:
    assert _install_flow.DEFAULT_POLL_INTERVAL == 1.0
    defaults = [
        inspect.signature(function).parameters["poll_interval"].default
        for _, owner in inspect.getmembers(_install_flow, inspect.isclass)
        if owner.__module__ == _install_flow.__name__
        for _, function in inspect.getmembers(owner, inspect.isfunction)
        if "poll_interval" in inspect.signature(function).parameters
    ]
    # Those without a default take the flow's own, set from DEFAULT_POLL_INTERVAL.
    defaults = [d for d in defaults if d is not inspect.Parameter.empty]
    assert defaults and set(defaults) == {1.0}, defaults


# 7 ------------------------------------------------------------------------------------------------


def test_7_build_oauth_takes_the_sdks_parameters_and_action_custom(newcomer: MockClient) -> None:
    sent = _build_oauth(
        newcomer,
        action="googledrive",
        integrationId=GOOGLE_DRIVE,
        oauthMetaKeyId="a1b2c3d4e5f6g",
        userToken=dev_token("newcomer"),
        originForPostMessage=APP_ORIGIN,
        isPreviewMode="false",
        endUserSuppliedValues="{}",
        parameters="{}",
        installOptions='{"allowMultipleCredentials":false,"userProvidedIntegrationConfig":{}}',
    )
    assert sent.status_code == 200, sent.text
    custom = _build_oauth(
        newcomer, action="custom", integrationId=STATUSBOARD, oauthMetaKeyId="h7i8j9k0l1m2n"
    )
    assert custom.status_code == 200, custom.text
    # action=custom names custom integrations only: with Google Drive's ID it names none.
    wrong = _build_oauth(
        newcomer, action="custom", integrationId=GOOGLE_DRIVE, oauthMetaKeyId="o3p4q5r6s7t8u"
    )
    assert wrong.status_code == 404, wrong.text


# 8 ------------------------------------------------------------------------------------------------


def test_8_workflow_meta_entries_carry_their_id(xyz: MockClient) -> None:
    assert "id" in _schema("WorkflowMeta")["properties"]
    seen = 0
    for integration in xyz.get("{p}/sdk/integrations").json():
        for config in integration["configs"]:
            for key, meta in (config["values"].get("workflowMeta") or {}).items():
                assert meta["id"] == key, (integration["type"], key)
                seen += 1
    assert seen, "the default fixture has workflow meta"


# 9 ------------------------------------------------------------------------------------------------


def test_9_a_custom_integration_has_its_full_slug_and_input_fields(xyz: MockClient) -> None:
    (custom,) = [i for i in xyz.get("{p}/sdk/integrations").json() if i["id"] == STATUSBOARD]
    assert custom["type"] == "custom.statusboard"
    assert custom["customIntegration"]["slug"] == "custom.statusboard"
    assert [f["id"] for f in custom["customIntegration"]["inputFields"]]
    # The install creates the credential from inputFields.
    fields = custom["customIntegration"]["inputFields"]
    payload = {f["id"]: "value" for f in fields}
    body = {"integrationId": STATUSBOARD, "payload": payload}
    created = xyz.post("{p}/sdk/credentials", json=body)
    assert created.status_code == 201, created.text


# 10 -----------------------------------------------------------------------------------------------


def test_10_one_integrations_account_is_one_object(xyz: MockClient) -> None:
    account = xyz.get(
        "{p}/sdk/credentials", params={"integration": "slack", "includeAccountAuth": "true"}
    )
    assert account.status_code == 200, account.text
    body = account.json()
    assert isinstance(body, dict) and body["type"] == "slack"
    assert body["accountAuth"]["OAUTH_ACCESS_TOKEN"]
    # The SDK sends the literal "undefined" when its caller gave nothing: no token then.
    lean = xyz.get(
        "{p}/sdk/credentials", params={"integration": "slack", "includeAccountAuth": "undefined"}
    )
    assert lean.status_code == 200, lean.text
    assert "accountAuth" not in lean.json()
    missing = xyz.get("{p}/sdk/credentials", params={"integration": "box"})
    assert missing.status_code == 404, missing.text


# 11 -----------------------------------------------------------------------------------------------


def test_11_complete_install_exchanges_an_authorization_code(newcomer: MockClient) -> None:
    created = newcomer.post(
        "{p}/sdk/credentials",
        json={"code": "mock-authorization-code", "integrationId": BOX, "integrationOptions": {}},
    )
    assert created.status_code == 201, created.text
    assert created.json()["integrationId"] == BOX
    # A code for an integration without OAuth conflicts with how that integration connects.
    refused = newcomer.post(
        "{p}/sdk/credentials",
        json={"code": "x", "integrationId": STRIPE, "integrationOptions": {}},
    )
    assert refused.status_code == 409, refused.text


# 12 -----------------------------------------------------------------------------------------------


def test_12_install_integration_of_an_api_key_integration_gets_paragons_form(
    newcomer: MockClient,
) -> None:
    nonce = "v9w8x7y6z5a4b"
    started = _build_oauth(newcomer, action="stripe", integrationId=STRIPE, oauthMetaKeyId=nonce)
    assert started.status_code == 200, started.text
    form_url = started.json()["redirectUrl"].removeprefix("http://testserver")
    form = newcomer.get(form_url)
    assert form.status_code == 200
    assert 'name="API_KEY"' in form.text and 'type="password"' in form.text
    # Submitted without the key: the form again, saying what is missing.
    empty = newcomer.post(f"{form_url}/approve", content=b"API_KEY=")
    assert empty.status_code == 422 and 'role="alert">Enter ' in empty.text
    approved = newcomer.post(
        f"{form_url}/approve",
        content=b"API_KEY=rk_test_form",
        headers={"Content-Type": "application/x-www-form-urlencoded"},
    )
    assert approved.status_code == 200, approved.text
    session = newcomer.get(f"{{p}}/sdk/actions/session-id/{nonce}").json()
    credential = newcomer.get(f"{{p}}/sdk/credentials/{session['connectCredentialId']}").json()
    assert credential["integrationId"] == STRIPE
    assert "rk_test_form" not in str(credential)


# 13 -----------------------------------------------------------------------------------------------


def test_13_authentication_types_are_the_sdks(xyz: MockClient) -> None:
    assert set(_schema("AuthenticationType")["enum"]) == {
        "basic",
        "oauth",
        "oauth_client_credential",
        "service_account",
        "oauth_app",
        "impersonated_app",
    }
    kinds = {i["type"]: i["authenticationType"] for i in xyz.get("{p}/sdk/integrations").json()}
    assert kinds["stripe"] == "basic" and kinds["salesforce"] == "oauth"


# 14 -----------------------------------------------------------------------------------------------


def test_14_every_uuid_of_the_fixture_and_the_spec_is_one_to_the_sdk(xyz: MockClient) -> None:
    from paragon_mock.fixtures import DEFAULT_FIXTURE_PATH

    texts = {
        "the default fixture": DEFAULT_FIXTURE_PATH.read_text(encoding="utf-8"),
        "spec/paragon.yaml": str(SPEC_DATA),
        "GET /sdk/me": xyz.get("{p}/sdk/me").text,
    }
    for where, text in texts.items():
        bad = sorted({u for u in UUID_SHAPE.findall(text) if not SDK_UUID.match(u)})
        assert not bad, f"{where}: the SDK reads these as external IDs: {bad[:5]}"


# 15 -----------------------------------------------------------------------------------------------


def test_15_the_spec_has_the_endpoints_the_sdk_calls(xyz: MockClient) -> None:
    operations = {
        operation["operationId"]: (method, path)
        for path, item in SPEC_DATA["paths"].items()
        for method, operation in item.items()
        if isinstance(operation, dict) and "operationId" in operation
    }
    assert operations["connectResource"] == (
        "post",
        "/projects/{projectId}/sdk/resources/{resourceId}/connect",
    )
    nonce_page = ("get", "/projects/{projectId}/sdk/actions/oauth-nonce")
    assert operations["getOauthNoncePage"] == nonce_page
    (resource,) = [r for r in xyz.get("{p}/sdk/me").json()["resources"] if r["id"] == RESOURCE]
    connected = xyz.post(f"{{p}}/sdk/resources/{RESOURCE}/connect", json={"API_KEY": "k"})
    assert connected.status_code == 200, connected.text
    assert connected.json() == {"resourceId": resource["id"], "connected": True}
    unknown = xyz.post("{p}/sdk/resources/6a2d1f0e-3b4c-4d5e-8f60-000000000000/connect", json={})
    assert unknown.status_code == 404


# 16 -----------------------------------------------------------------------------------------------


def test_16_cors_lets_a_browser_app_call_the_mock() -> None:
    preflight_headers = {
        "Origin": APP_ORIGIN,
        "Access-Control-Request-Method": "PATCH",
        "Access-Control-Request-Headers": "authorization,content-type,x-paragon-credential",
    }
    client = MockClient(user="xyz")
    preflight = client.request("OPTIONS", "{p}/sdk/me", headers=preflight_headers)
    assert preflight.status_code == 200, preflight.text
    assert preflight.headers["access-control-allow-origin"] == "*"
    assert "PATCH" in preflight.headers["access-control-allow-methods"]
    allowed = preflight.headers["access-control-allow-headers"].lower()
    assert {"authorization", "x-paragon-credential"} <= set(re.split(r"\s*,\s*", allowed))
    simple = client.get("{p}/sdk/me", headers={"Origin": APP_ORIGIN})
    assert simple.headers["access-control-allow-origin"] == "*"
    # An OPTIONS that is no preflight still meets the API: 405, as the spec says.
    assert client.request("OPTIONS", "{p}/sdk/me").status_code == 405
    # Only the origins named, when named.
    named = MockClient(create_app(seed=1, cors_origins=["https://app.example.com"]), user="xyz")
    refused = named.request("OPTIONS", "{p}/sdk/me", headers=preflight_headers)
    assert refused.status_code == 400
    assert "access-control-allow-origin" not in refused.headers
    none = MockClient(create_app(seed=1, cors_origins=()), user="xyz")
    plain = none.get("{p}/sdk/me", headers={"Origin": APP_ORIGIN})
    assert "access-control-allow-origin" not in plain.headers
    # The command's default: any origin on loopback, none elsewhere.
    assert _cors_origins("127.0.0.1", None) == ("*",)
    assert _cors_origins("localhost", None) == ("*",)
    assert _cors_origins("::1", None) == ("*",)
    assert _cors_origins("0.0.0.0", None) == ()
    assert _cors_origins("0.0.0.0", ["https://a.example"]) == ("https://a.example",)
    assert _cors_origins("127.0.0.1", ["none"]) == ()


# 17 -----------------------------------------------------------------------------------------------
# onWorkflowChange: the Python client fires it on enable/disable, an extension the README
# documents; tests/test_client.py (test_enable_and_disable_workflow) holds that behaviour.
