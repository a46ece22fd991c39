"""The OAuth handshake: build-oauth, the consent page, approve, deny, expiry."""

from __future__ import annotations

import json
import re
from typing import Any

import pytest
from paragon_mock import DEFAULT_PROJECT_ID

from tests.mock_client import MockClient

SHOPIFY = "8b3e3659-3742-4aa4-85b2-378f92890c50"
JIRA = "5c7e9a1b-3d5f-4b8a-9c2e-4f6a8b0c2d4e"
SALESFORCE = "1a7b3c9d-2e4f-4a6b-8c0d-1e2f3a4b5c6d"
BUILD = f"/v2/projects/{DEFAULT_PROJECT_ID}/sdk/actions/build-oauth"


@pytest.fixture
def client() -> MockClient:
    return MockClient(user="oauth-user")


def _start(
    client: MockClient, integration: str, integration_id: str, nonce: str, **extra: Any
) -> str:
    params = {"action": integration, "integrationId": integration_id, "oauthMetaKeyId": nonce}
    params.update({k: json.dumps(v) if isinstance(v, dict) else v for k, v in extra.items()})
    response = client.get(BUILD, params=params)
    assert response.status_code == 200, response.text
    url: str = response.json()["redirectUrl"]
    assert url.startswith("http://testserver/_mock/oauth/consent/")
    return url.removeprefix("http://testserver")


def _poll(client: MockClient, nonce: str) -> Any:
    return client.get(f"{{p}}/sdk/actions/session-id/{nonce}")


def test_approve_creates_the_credential_with_the_supplied_values(client: MockClient) -> None:
    nonce = "nonce-approve-0001"
    page_url = _start(
        client, "shopify", SHOPIFY, nonce, endUserSuppliedValues={"SHOP_NAME": "my-shop"}
    )
    assert _poll(client, nonce).json() == {
        "status": "PENDING",
        "connectCredentialId": None,
        "message": None,
    }

    page = client.get(page_url)
    assert page.status_code == 200
    assert page.headers["content-type"].startswith("text/html")
    assert 'id="approve"' in page.text and 'id="deny"' in page.text
    assert len(re.findall(r'<form method="post"', page.text)) == 2
    assert "my-shop" in page.text

    done = client.post(f"{page_url}/approve")
    assert done.status_code == 200
    assert "You can close this window" in done.text
    session = _poll(client, nonce).json()
    assert session["status"] == "APPROVED"
    credential = client.get(f"{{p}}/sdk/credentials/{session['connectCredentialId']}").json()
    assert credential["integrationId"] == SHOPIFY
    assert credential["status"] == "VALID"
    assert credential["providerData"]["SHOP_NAME"] == "my-shop"
    assert client.get("{p}/sdk/me").json()["integrations"]["shopify"]["enabled"] is True

    assert client.delete(f"{{p}}/sdk/actions/session-id/{nonce}").status_code == 204
    assert _poll(client, nonce).status_code == 404
    assert client.get(page_url).status_code == 404


def test_deny_is_reported_by_the_poll(client: MockClient) -> None:
    nonce = "nonce-deny-000001"
    page_url = _start(
        client, "salesforce", SALESFORCE, nonce, installOptions={"accountType": "sandbox"}
    )
    assert "sandbox" in client.get(page_url).text
    denied = client.post(f"{page_url}/deny")
    assert "Access denied" in denied.text
    session = _poll(client, nonce).json()
    assert session == {
        "status": "DENIED",
        "connectCredentialId": None,
        "message": "The user denied access to Salesforce.",
    }
    listed = client.get("{p}/sdk/credentials").json()
    assert [c for c in listed if c["integrationId"] == SALESFORCE] == []
    # A second answer changes nothing.
    client.post(f"{page_url}/approve")
    assert _poll(client, nonce).json()["status"] == "DENIED"


def test_an_expired_session_answers_404_to_the_poll_and_the_page(client: MockClient) -> None:
    # The store's clock, not the wall's: the session ages exactly as far as the test says.
    now = [1_800_000_000.0]
    client.app.mock.store.clock = lambda: now[0]
    assert client.patch("/_mock/settings", json={"oauthSessionTtlSeconds": 60}).status_code == 200
    nonce = "nonce-expire-0001"
    page_url = _start(client, "jira", JIRA, nonce)
    now[0] += 59.5
    assert _poll(client, nonce).status_code == 200
    now[0] += 0.5
    assert _poll(client, nonce).status_code == 404
    assert "expired" in _poll(client, nonce).json()["message"]
    page = client.get(page_url)
    assert page.status_code == 404
    assert "expired" in page.text
    assert client.post(f"{page_url}/approve").status_code == 404
    assert client.get("{p}/sdk/credentials").json() == []


def test_redirect_url_receives_the_outcome(client: MockClient) -> None:
    nonce = "nonce-redirect-01"
    page_url = _start(client, "jira", JIRA, nonce, redirectUrl="https://app.example.com/done?tab=1")
    answer = client.post(f"{page_url}/approve", follow_redirects=False)
    assert answer.status_code == 303
    credential_id = _poll(client, nonce).json()["connectCredentialId"]
    assert answer.headers["location"] == (
        f"https://app.example.com/done?tab=1&status=approved&connectCredentialId={credential_id}"
    )


def test_post_options_complete_a_pending_credential(client: MockClient) -> None:
    nonce = "nonce-jira-000001"
    page_url = _start(client, "jira", JIRA, nonce)
    client.post(f"{page_url}/approve")
    credential_id = _poll(client, nonce).json()["connectCredentialId"]
    assert client.get(f"{{p}}/sdk/credentials/{credential_id}").json()["status"] == "PENDING"
    missing = client.post(
        f"{{p}}/sdk/credentials/{credential_id}/complete-setup", json={"payload": {}}
    )
    assert missing.status_code == 409
    done = client.post(
        f"{{p}}/sdk/credentials/{credential_id}/complete-setup",
        json={"payload": {"JIRA_CLOUD_ID": "my-jira-cloud-id"}, "installOptions": {}},
    )
    assert done.status_code == 200
    assert done.json()["status"] == "VALID"
    assert done.json()["providerData"]["JIRA_CLOUD_ID"] == "my-jira-cloud-id"


def test_build_oauth_refusals(client: MockClient) -> None:
    def build(**params: str) -> int:
        base = {"action": "jira", "integrationId": JIRA, "oauthMetaKeyId": "nonce-refusal-001"}
        return client.get(BUILD, params={**base, **params}).status_code

    assert build(action="nosuch") == 404
    assert build(integrationId=SHOPIFY) == 404  # jira and this ID name no integration together
    assert build(action="shopify", integrationId=SHOPIFY) == 409  # SHOP_NAME missing
    assert (
        build(action="salesforce", integrationId=SALESFORCE, installOptions='{"accountType":"x"}')
        == 404
    )
    assert build(installOptions="not an object") == 400  # outside JsonObjectString's pattern
    assert build(oauthMetaKeyId="not a nonce") == 400
    assert build(originForPostMessage="https://app.example.com/path") == 400
    assert build() == 200
    assert build() == 409  # the nonce names a live handshake


@pytest.mark.parametrize(
    ("value", "why"),
    [
        ("{0}", "not valid JSON"),
        ('{"a": NaN}', "not valid JSON"),
        ('{"a": 1e999}', "does not fit a finite double"),
        ('{"a": ' + "[" * 100 + "]" * 100 + "}", "nested deeper than 64 levels"),
    ],
    ids=["not JSON", "NaN", "1e999", "deep"],
)
def test_a_json_parameter_that_fits_its_schema_but_is_not_a_json_object_is_ignored(
    client: MockClient, value: str, why: str
) -> None:
    # JsonObjectString can only say "a string shaped like {...}": such a value fits the spec, so
    # the request is not refused; the value is read as absent and the consent page says so.
    nonce = "nonce-lenient-0001"
    page_url = _start(client, "jira", JIRA, nonce, endUserSuppliedValues=value, parameters=value)
    page = client.get(page_url).text
    assert 'id="ignored"' in page
    assert "<li>endUserSuppliedValues (" in page and "<li>parameters (" in page
    assert why in page
    client.post(f"{page_url}/approve")
    credential_id = _poll(client, nonce).json()["connectCredentialId"]
    credential = client.get(f"{{p}}/sdk/credentials/{credential_id}").json()
    assert credential["integrationId"] == JIRA


def test_an_install_option_of_the_wrong_type_is_ignored_alone(client: MockClient) -> None:
    options = {"accountType": "sandbox", "allowMultipleCredentials": "yes"}
    page_url = _start(
        client, "salesforce", SALESFORCE, "nonce-lenient-0002", installOptions=options
    )
    page = client.get(page_url).text
    assert "installOptions.allowMultipleCredentials" in page
    assert "<dd>sandbox</dd>" in page  # the account type was read
    # A refusal that may stem from an ignored value names it.
    params = {"action": "shopify", "integrationId": SHOPIFY, "oauthMetaKeyId": "nonce-lenient-3"}
    refused = client.get(BUILD, params={**params, "endUserSuppliedValues": "{SHOP_NAME: x}"})
    assert refused.status_code == 409
    assert "ignored: endUserSuppliedValues (not valid JSON)" in refused.json()["message"]
    # The consent page of a handshake with nothing ignored says nothing about it.
    plain = _start(client, "jira", JIRA, "nonce-lenient-0004")
    assert 'id="ignored"' not in client.get(plain).text


def test_a_second_account_needs_allow_multiple_credentials(client: MockClient) -> None:
    page_url = _start(client, "jira", JIRA, "nonce-multi-00001")
    client.post(f"{page_url}/approve")
    params = {"action": "jira", "integrationId": JIRA, "oauthMetaKeyId": "nonce-multi-00002"}
    assert client.get(BUILD, params=params).status_code == 409
    params["installOptions"] = json.dumps({"allowMultipleCredentials": True})
    assert client.get(BUILD, params=params).status_code == 200


def test_sessions_belong_to_their_user(client: MockClient) -> None:
    nonce = "nonce-private-001"
    _start(client, "jira", JIRA, nonce)
    other = client.get(
        f"{{p}}/sdk/actions/session-id/{nonce}", headers=client.as_user("someone-else")
    )
    assert other.status_code == 404
