"""Every SDK function of ``Paragon`` and ``AsyncParagon`` against the mock, in-process.

Each test runs twice, once per flavour (see ``tests/clients.py``), and reproduces the examples
of the SDK reference with the mock's default fixture.
"""

from __future__ import annotations

import functools
import logging
import uuid
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest
from paragon_connect import (
    AuthenticatedUser,
    AuthenticationError,
    IntegrationNotFoundError,
    IntegrationNotInstalledError,
    IntegrationUninstallEvent,
    NotFoundError,
    PermissionDeniedError,
    ProxyRequestError,
    UserNotAuthenticatedError,
    WorkflowChangeEvent,
    WorkflowStateChange,
)
from paragon_mock import DEFAULT_PROJECT_ID, SECOND_PROJECT_ID, create_app, dev_token

from tests.clients import BASE_URL as BASE
from tests.clients import Flavour, make_flavour, present, signed_in

PROJECT = DEFAULT_PROJECT_ID
SALESFORCE_CREDENTIAL = "00987654-56a7-49b1-8d23-456789abcdef"
SLACK_CREDENTIAL = "4f2d8b6e-1c3a-4e5f-8a7b-9c0d1e2f3a4b"
SLACK_WORKFLOW = "2248335c-671c-47e4-b9a0-3641a9f2d301"
SLACK_CHANNEL_SETTING = "2d5662c9-6750-46c2-8588-2ac904532efb"
HUBSPOT_WORKFLOWS = ("3eb95154-3c7b-413c-bf14-ba367d95b53f", "e528c08c-da7d-4e02-ba9e-ec9eae26f90c")
LEAD_CREATED_WORKFLOW = "85eb6607-c0e6-4baf-9bcd-a8bc17bf119e"
STRIPE_INTEGRATION = "6f3c5e1a-52a4-4c8e-9d0b-7f1e2a3b4c5d"


@pytest.fixture(params=["sync", "async"])
def flavour(request: pytest.FixtureRequest) -> Iterator[Flavour]:
    with make_flavour(request.param, create_app(seed=7)) as made:
        yield made


@pytest.fixture
def user(flavour: Flavour) -> Flavour:
    """The flavour, authenticated as the reference's user ``xyz``, recording every event."""
    flavour.call("authenticate", PROJECT, dev_token("xyz"))
    flavour.subscribe_all()
    flavour.recorder.requests.clear()
    return flavour


def result_user(flavour: Flavour) -> AuthenticatedUser:
    """The client's current user, which the test expects to be authenticated."""
    user = flavour.client.get_user()
    assert isinstance(user, AuthenticatedUser)
    return user


def _paths(flavour: Flavour) -> list[str]:
    return [f"{r.method} {r.url.path}" for r in flavour.recorder.requests]


# -- authentication and the user ------------------------------------------------------------------


def test_get_user_before_authenticate(flavour: Flavour) -> None:
    user = flavour.client.get_user()
    assert user.authenticated is False
    assert not hasattr(user, "user_id")


def test_authenticate_loads_the_user_and_the_integrations(flavour: Flavour) -> None:
    result = flavour.call("authenticate", PROJECT, dev_token("xyz"))
    assert _paths(flavour) == [
        f"GET /projects/{PROJECT}/sdk/me",
        f"GET /projects/{PROJECT}/sdk/integrations",
    ]
    assert isinstance(result, AuthenticatedUser)
    assert flavour.client.project_id == PROJECT
    # The getUser() example of the SDK reference.
    user = flavour.client.get_user()
    assert isinstance(user, AuthenticatedUser)
    assert user.authenticated is True
    assert user.user_id == "xyz"
    salesforce = user.integrations["salesforce"]
    assert salesforce.enabled is True
    assert str(salesforce.credential_id) == SALESFORCE_CREDENTIAL
    assert salesforce.credential_status == "VALID"
    assert salesforce.provider_id == "1234567890"
    assert present(salesforce.provider_data).to_dict() == {
        "instanceURL": "https://mycompany.my.salesforce.com"
    }
    assert user.integrations["shopify"].enabled is False


@pytest.mark.parametrize(
    ("token", "error", "message"),
    [
        ("eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.ey...", ValueError, "not a JWT"),
        (None, TypeError, "user_token must be a string"),
    ],
)
def test_authenticate_refuses_bad_tokens_before_any_request(
    flavour: Flavour, token: Any, error: type[Exception], message: str
) -> None:
    with pytest.raises(error, match=message):
        flavour.call("authenticate", PROJECT, token)
    with pytest.raises(ValueError, match="expired at"):
        flavour.call("authenticate", PROJECT, dev_token("xyz", ttl=-10))
    with pytest.raises(ValueError, match="project_id must be a UUID"):
        flavour.call("authenticate", "project-id", dev_token("xyz"))
    assert flavour.recorder.requests == []
    assert flavour.client.get_user().authenticated is False


def test_authenticate_with_a_token_of_another_project_fails_and_leaves_no_user(
    flavour: Flavour,
) -> None:
    with pytest.raises(AuthenticationError) as caught:
        flavour.call(
            "authenticate", PROJECT, dev_token("xyz", project_id=SECOND_PROJECT_ID, audience=False)
        )
    assert caught.value.status_code == 401
    assert caught.value.message
    assert flavour.client.get_user().authenticated is False
    with pytest.raises(UserNotAuthenticatedError):
        flavour.call("list_credentials")


@pytest.mark.parametrize(
    ("method", "args"),
    [
        ("set_user_metadata", ({"Name": "Sean V"},)),
        ("list_integrations", ()),
        ("list_credentials", ()),
        ("get_credential", (SALESFORCE_CREDENTIAL,)),
        ("enable_workflow", (SLACK_WORKFLOW,)),
        ("event", ("Contact Created", {})),
        ("request", ("slack", "/chat.postMessage")),
        ("workflow", (LEAD_CREATED_WORKFLOW,)),
        ("uninstall_integration", ("slack",)),
    ],
)
def test_calls_before_authenticate_raise_without_a_request(
    flavour: Flavour, method: str, args: tuple[Any, ...]
) -> None:
    with pytest.raises(UserNotAuthenticatedError, match="call authenticate"):
        flavour.call(method, *args)
    for local in ("get_integration_metadata", "get_integration_config"):
        with pytest.raises(UserNotAuthenticatedError):
            getattr(flavour.client, local)("slack")
    assert flavour.recorder.requests == []


def test_set_user_metadata(user: Flavour) -> None:
    # The setUserMetadata() example of the SDK reference.
    result = user.call(
        "set_user_metadata",
        {"Name": "Sean V", "Email": "[email protected]", "apiKey": "key_Y0kBVldPFInxK"},
    )
    assert result.meta == {
        "Name": "Sean V",
        "Email": "[email protected]",
        "apiKey": "key_Y0kBVldPFInxK",
    }
    assert user.client.get_user() == result
    result = user.call("set_user_metadata", {"name": "Sean", "email": "sean@example.com"})
    assert result.meta["Name"] == "Sean" and result.meta["Email"] == "sean@example.com"
    assert "name" not in result.meta
    assert result.meta["apiKey"] == "key_Y0kBVldPFInxK"
    with pytest.raises(ValueError, match="both 'name' and 'Name'"):
        user.call("set_user_metadata", {"name": "a", "Name": "b"})
    with pytest.raises(TypeError, match="meta must be a mapping"):
        user.call("set_user_metadata", ["Name"])
    with pytest.raises(TypeError, match="JSON-serialisable"):
        user.call("set_user_metadata", {"when": object()})


# -- integrations, computed from the loaded list --------------------------------------------------


def test_get_integration_metadata(user: Flavour) -> None:
    # The getIntegrationMetadata() example of the SDK reference: its three, in its order.
    metadata = [m.to_dict() for m in user.client.get_integration_metadata()]
    cdn = "https://cdn.useparagon.com/2.35.0/dashboard/public/integrations"
    assert metadata[:3] == [
        {
            "type": "salesforce",
            "name": "Salesforce",
            "brandColor": "#057ACF",
            "icon": f"{cdn}/salesforce.svg",
        },
        {
            "type": "hubspot",
            "name": "Hubspot",
            "brandColor": "#F67600",
            "icon": f"{cdn}/hubspot.svg",
        },
        {"type": "slack", "name": "Slack", "brandColor": "#4A154B", "icon": f"{cdn}/slack.svg"},
    ]
    assert user.client.get_integration_metadata("slack").to_dict() == metadata[2]
    with pytest.raises(IntegrationNotFoundError, match="'asana' is not an integration"):
        user.client.get_integration_metadata("asana")
    assert user.recorder.requests == []


def test_get_integration_config(user: Flavour) -> None:
    # The getIntegrationConfig() example of the SDK reference.
    assert user.client.get_integration_config("slack").to_dict() == {
        "shortDescription": "Send notifications to Slack",
        "longDescription": "Connect your Slack workspace to receive notifications and alerts in "
        "Slack. Stay connected to important activity by bringing it all together in your Slack "
        "workspace.\n\n"
        "Our Slack integration enables you to:\n\n"
        "• Receive alerts and notifications in your Slack workspace\n"
        "• Notify or DM specific team members based on certain activity",
        "availableUserSettings": [
            {
                "id": SLACK_CHANNEL_SETTING,
                "type": "DYNAMIC_ENUM",
                "title": "Channel",
                "required": False,
                "sourceType": "channels",
            }
        ],
        "availableWorkflows": [
            {
                "id": SLACK_WORKFLOW,
                "inputs": [],
                "infoText": "Send a Slack notification when a Task is created",
                "defaultEnabled": False,
                "description": "Send Slack Notification",
            }
        ],
        "hiddenWorkflows": [],
    }


def test_get_data_source_options(user: Flavour) -> None:
    # The getDataSourceOptions() example of the SDK reference.
    source = user.client.get_data_source_options("salesforce", "customObjectMapping")
    assert source is not None
    assert source.to_dict() == {
        "id": "customObjectMapping",
        "type": "FIELD_MAPPER_DATA_SOURCE",
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
    with pytest.raises(ValueError, match="salesforce has no data source 'nope'"):
        user.client.get_data_source_options("salesforce", "nope")
    with pytest.raises(ValueError, match="integration_type must not be empty"):
        user.client.get_data_source_options("", "channels")
    with pytest.raises(ValueError, match="integration_type must be an integration type"):
        user.client.get_data_source_options("sales force", "channels")


def test_list_integrations_and_credentials(user: Flavour) -> None:
    integrations = user.call("list_integrations")
    assert {"salesforce", "hubspot", "slack", "shopify", "jira", "stripe"} <= {
        i.type_ for i in integrations
    }
    credentials = user.call("list_credentials")
    assert {str(c.id) for c in credentials} >= {SALESFORCE_CREDENTIAL, SLACK_CREDENTIAL}
    slack_only = user.call("list_credentials", integration="slack")
    assert [str(c.id) for c in slack_only] == [SLACK_CREDENTIAL]
    # Paragon answers ?integration= with one object (getIntegrationAccount), so the list is
    # read whole and filtered here.
    assert "integration" not in user.recorder.requests[-1].url.params
    with pytest.raises(ValueError, match="integration must be an integration type"):
        user.call("list_credentials", integration="no spaces")


def test_get_and_update_credential(user: Flavour) -> None:
    credential = user.call("get_credential", SLACK_CREDENTIAL)
    assert str(credential.id) == SLACK_CREDENTIAL
    updated = user.call(
        "update_credential", SLACK_CREDENTIAL, {"sharedSettings": {"extra-setting": 42}}
    )
    shared = updated.config.shared_settings.to_dict()
    assert shared == {SLACK_CHANNEL_SETTING: "general", "extra-setting": 42}
    assert user.call("get_credential", SLACK_CREDENTIAL).config.shared_settings.to_dict() == shared
    with pytest.raises(NotFoundError) as caught:
        user.call("get_credential", str(uuid.uuid4()))
    assert caught.value.status_code == 404
    with pytest.raises(ValueError, match="credential_id must be a UUID"):
        user.call("get_credential", "987654-56a7-89b1-cd23-456789abcdef")


# -- settings and workflows -----------------------------------------------------------------------


def test_update_integration_user_settings(user: Flavour) -> None:
    credential = user.call(
        "update_integration_user_settings",
        "slack",
        {"1f7474a5-8b8e-4c25-8d44-29f20aec3fe4": "general"},
    )
    assert credential.config.shared_settings.to_dict() == {
        SLACK_CHANNEL_SETTING: "general",
        "1f7474a5-8b8e-4c25-8d44-29f20aec3fe4": "general",
    }
    state = result_user(user).integrations["slack"]
    assert (
        present(state.shared_settings).to_dict()["1f7474a5-8b8e-4c25-8d44-29f20aec3fe4"]
        == "general"
    )
    with pytest.raises(IntegrationNotInstalledError, match="shopify is not installed"):
        user.call("update_integration_user_settings", "shopify", {"a": 1})
    with pytest.raises(IntegrationNotFoundError):
        user.call("update_integration_user_settings", "asana", {"a": 1})


def test_update_workflow_user_settings_fires_on_workflow_change(user: Flavour) -> None:
    credential = user.call(
        "update_workflow_user_settings", "slack", SLACK_WORKFLOW, {SLACK_CHANNEL_SETTING: "random"}
    )
    workflow = credential.config.workflow_settings.to_dict()[SLACK_WORKFLOW]
    assert workflow == {"enabled": True, "settings": {SLACK_CHANNEL_SETTING: "random"}}
    ((name, event, event_user),) = user.events
    assert name == "onWorkflowChange"
    assert event == WorkflowChangeEvent(
        integration_id="2f08e65f-d924-42ab-9618-b6023d82ffbd",
        workflow_id=SLACK_WORKFLOW,
        workflow_state_change=WorkflowStateChange(settings={SLACK_CHANNEL_SETTING: "random"}),
    )
    assert event_user.user_id == "xyz"


def test_enable_and_disable_workflow(user: Flavour) -> None:
    disabled = user.call("disable_workflow", SLACK_WORKFLOW)
    assert disabled.enabled is False
    state = result_user(user).integrations["slack"]
    assert present(state.workflow_settings).to_dict()[SLACK_WORKFLOW]["enabled"] is False
    enabled = user.call("enable_workflow", SLACK_WORKFLOW)
    assert enabled.enabled is True and str(enabled.workflow_id) == SLACK_WORKFLOW
    assert [(n, e.workflow_state_change.enabled) for n, e, _ in user.events] == [
        ("onWorkflowChange", False),
        ("onWorkflowChange", True),
    ]
    with pytest.raises(ValueError, match="workflow_id must be a UUID"):
        user.call("enable_workflow", "<Workflow ID>")


def test_enable_a_workflow_of_an_integration_not_installed(user: Flavour) -> None:
    user.call("uninstall_integration", "salesforce")
    # The user's account of Salesforce, which the workflow runs through, does not exist.
    with pytest.raises(NotFoundError) as caught:
        user.call("enable_workflow", LEAD_CREATED_WORKFLOW)
    assert caught.value.status_code == 404
    assert caught.value.code


def test_update_workflow_state_collects_errors(user: Flavour) -> None:
    unknown = str(uuid.uuid4())
    states = {HUBSPOT_WORKFLOWS[0]: True, HUBSPOT_WORKFLOWS[1]: False, unknown: True}
    result = user.call("update_workflow_state", states)
    assert [error.workflow_id for error in result.errors] == [unknown]
    assert isinstance(result.errors[0].error, NotFoundError)
    settings = result.user.integrations["hubspot"].workflow_settings.to_dict()
    assert settings[HUBSPOT_WORKFLOWS[0]]["enabled"] is True
    assert settings[HUBSPOT_WORKFLOWS[1]]["enabled"] is False
    assert len([e for e in user.events if e[0] == "onWorkflowChange"]) == 2
    with pytest.raises(TypeError, match=r"states\[.*\] must be True or False"):
        user.call("update_workflow_state", {HUBSPOT_WORKFLOWS[0]: "yes"})
    with pytest.raises(ValueError, match="states key must be a UUID"):
        user.call("update_workflow_state", {"wf": True})


# -- multi-account and multi-configuration --------------------------------------------------------


def _second_stripe_account(user: Flavour, external_id: str) -> str:
    """Install Stripe twice through the raw operation, the second account with an external ID."""
    from paragon_connect_api.api.credentials import create_credential
    from paragon_connect_api.models.credential import Credential
    from paragon_connect_api.models.credential_create_request import CredentialCreateRequest

    api = user.client._api_client("zeus")
    ids = []
    for index, options in enumerate(
        ({}, {"allowMultipleCredentials": True, "externalId": external_id})
    ):
        body = CredentialCreateRequest.from_dict(
            {
                "integrationId": STRIPE_INTEGRATION,
                "payload": {"API_KEY": f"sk_test_{index}"},
                "installOptions": options,
            }
        )
        project = PROJECT
        if user.is_async:
            response = user.portal.call(
                functools.partial(
                    create_credential.asyncio_detailed, project, client=api, body=body
                )
            )
        else:
            response = create_credential.sync_detailed(project, client=api, body=body)
        assert response.status_code == 201, response.content
        assert isinstance(response.parsed, Credential)
        ids.append(str(response.parsed.id))
    user.call("authenticate", PROJECT, dev_token("xyz"))
    return ids[1]


@pytest.mark.parametrize("selector", ["uuid", "team-blue", "ext:team-blue"])
def test_multi_account_selection(user: Flavour, selector: str) -> None:
    second = _second_stripe_account(user, "team-blue")
    chosen = second if selector == "uuid" else selector
    credential = user.call(
        "update_integration_user_settings",
        "stripe",
        {"mode": "live"},
        selected_credential_id=chosen,
    )
    assert str(credential.id) == second
    first = result_user(user).integrations["stripe"].credential_id
    assert str(first) != second
    assert "mode" not in user.call("get_credential", str(first)).config.shared_settings.to_dict()
    user.call("request", "stripe", "/v1/charges", selected_credential_id=chosen)
    assert user.recorder.requests[-1].headers["X-Paragon-Credential"] == chosen


def test_multi_configuration_selection(user: Flavour) -> None:
    credential = user.call(
        "update_integration_user_settings",
        "slack",
        {SLACK_CHANNEL_SETTING: "emea-alerts"},
        selected_configuration_id="ext:team-emea",
    )
    configurations = {c.external_id: c for c in credential.configurations}
    assert (
        configurations["team-emea"].shared_settings.to_dict()[SLACK_CHANNEL_SETTING]
        == "emea-alerts"
    )
    assert configurations[None].shared_settings.to_dict()[SLACK_CHANNEL_SETTING] == "general"
    patch = user.recorder.requests[0]
    assert patch.method == "PATCH" and patch.url.path.endswith("/configurations")
    assert patch.headers["X-Paragon-Configuration-Id"] == "ext:team-emea"
    state = user.call(
        "disable_workflow",
        SLACK_WORKFLOW,
        selected_configuration_id="3d5f7a9c-1e3b-4d6f-8a0c-2e4b6d8f0a1c",
    )
    assert str(state.configuration_id) == "3d5f7a9c-1e3b-4d6f-8a0c-2e4b6d8f0a1c"
    with pytest.raises(
        ValueError, match="selected_configuration_id must be a UUID, an external ID"
    ):
        user.call("disable_workflow", SLACK_WORKFLOW, selected_configuration_id="has space")


# -- field options --------------------------------------------------------------------------------


def test_get_field_options(user: Flavour) -> None:
    # The getFieldOptions() example of the SDK reference.
    page = user.call("get_field_options", integration="slack", action="channels", search="general")
    assert page.data[0].label == "#general" and page.data[0].value == "general"
    assert page.nested_data == []
    assert page.next_page_cursor == "dGVhbTpDMDUxWjlNSzk4Vw=="
    body = user.recorder.requests[-1].read()
    assert b'"action":"slack"' in body.replace(
        b" ", b""
    ) and b'"sourceKey":"channels"' in body.replace(b" ", b"")


def test_iter_field_options_walks_every_page(user: Flavour) -> None:
    first = user.call("get_field_options", integration="slack", action="channels")
    everything = user.all_field_options(integration="slack", action="channels")
    assert len(everything) > len(first.data)
    assert [o.value for o in everything[: len(first.data)]] == [o.value for o in first.data]
    assert len({o.value for o in everything}) == len(everything)
    pages = len(user.recorder.requests) - 1
    assert pages >= 2


def test_field_options_of_a_compound_source(user: Flavour) -> None:
    page = user.call(
        "get_field_options",
        integration="salesforce",
        action="cachedFields",
        parameters={"recordTypes": "Contact"},
    )
    assert "FirstName" in [o.value for o in page.data]
    same = user.call(
        "get_field_options",
        integration="salesforce",
        action="cachedFields",
        parameters=[{"key": "recordTypes", "source": {"type": "VALUE", "value": "Contact"}}],
    )
    assert [o.value for o in same.data] == [o.value for o in page.data]
    with pytest.raises(ValueError, match=r"parameters\[0\].source must be"):
        user.call(
            "get_field_options",
            integration="salesforce",
            action="cachedFields",
            parameters=[{"key": "recordTypes"}],
        )
    with pytest.raises(TypeError, match="unexpected keyword"):
        user.call("get_field_options", integration="slack", source="channels")


# -- events, workflows and the proxy --------------------------------------------------------------


def test_event(user: Flavour) -> None:
    # The event() example of the SDK reference.
    receipt = user.call(
        "event", "Contact Created", {"name": "Brandon", "email": "[email protected]"}
    )
    assert receipt.name == "Contact Created"
    request = user.recorder.requests[-1]
    assert request.url.path == f"/v2/projects/{PROJECT}/sdk/events/trigger"
    with pytest.raises(ValueError, match="name must not be empty"):
        user.call("event", "", {})
    with pytest.raises(TypeError, match="payload must be JSON-serialisable"):
        user.call("event", "Contact Created", {"at": {1, 2}})


def test_workflow_with_a_response_step(user: Flavour) -> None:
    # The workflow() example of the SDK reference: "Lead Created".
    user.call("enable_workflow", LEAD_CREATED_WORKFLOW)
    result = user.call(
        "workflow",
        LEAD_CREATED_WORKFLOW,
        body={"email": "[email protected]", "first_name": "Bowie", "last_name": "Foo"},
        query={"source": "signup"},
        headers={"X-Request-Id": "42"},
    )
    assert result == {"status": "created", "email": "[email protected]"}
    request = user.recorder.requests[-1]
    assert request.url.params["source"] == "signup"
    assert request.headers["X-Request-Id"] == "42"
    with pytest.raises(ValueError, match="'Authorization' is set by the client"):
        user.call("workflow", LEAD_CREATED_WORKFLOW, headers={"Authorization": "Bearer x"})


def test_workflow_without_a_response_step_returns_none(user: Flavour) -> None:
    user.call("enable_workflow", HUBSPOT_WORKFLOWS[1])
    assert user.call("workflow", HUBSPOT_WORKFLOWS[1], body={"dealname": "New deal"}) is None


def test_request_through_the_proxy(user: Flavour) -> None:
    # The request() example of the SDK reference.
    result = user.call(
        "request",
        "slack",
        "/chat.postMessage",
        method="POST",
        body={
            "channel": "CXXXXXXX0",
            "text": "This message was sent with Paragon Connect :exploding_head:",
        },
    )
    assert result == {"ok": True}
    echoed = user.call(
        "request", "salesforce", "services/data/v59.0/query?q=SELECT+Id+FROM+Contact", method="get"
    )
    request = user.recorder.requests[-1]
    assert request.url.raw_path.startswith(
        f"/projects/{PROJECT}/sdk/proxy/salesforce/services/data/v59.0/query".encode()
    )
    assert request.url.params["q"] == "SELECT Id FROM Contact"
    assert isinstance(echoed, dict)
    with pytest.raises(ValueError, match="a GET request cannot have a body"):
        user.call("request", "slack", "/conversations.list", body={"a": 1})
    with pytest.raises(ValueError, match="method must be one of"):
        user.call("request", "slack", "/conversations.list", method="TRACE")


def test_proxy_failure_raises_proxy_request_error(user: Flavour) -> None:
    with pytest.raises(ProxyRequestError) as caught:
        user.call("request", "shopify", "/admin/api/orders.json")
    assert caught.value.status_code == 404  # Shopify is not installed for this user
    assert caught.value.response.status_code == 404


def test_uninstall_integration(user: Flavour) -> None:
    user.call("uninstall_integration", "salesforce")
    assert result_user(user).integrations["salesforce"].enabled is False
    with pytest.raises(NotFoundError):
        user.call("get_credential", SALESFORCE_CREDENTIAL)
    delete = next(r for r in user.recorder.requests if r.method == "DELETE")
    assert (
        delete.url.path
        == f"/projects/{PROJECT}/sdk/integrations/1a7b3c9d-2e4f-4a6b-8c0d-1e2f3a4b5c6d"
    )
    ((name, event, _),) = user.events
    assert name == "onIntegrationUninstall"
    assert event == IntegrationUninstallEvent(
        integration_id="1a7b3c9d-2e4f-4a6b-8c0d-1e2f3a4b5c6d",
        integration_type="salesforce",
        credential_id=SALESFORCE_CREDENTIAL,
    )
    with pytest.raises(IntegrationNotInstalledError):
        user.call("uninstall_integration", "salesforce")


def test_permissions_claim_limits_the_token(flavour: Flavour) -> None:
    claims: dict[str, Any] = {
        "urn:useparagon:connect:permissions": ["getCurrentUser", "listIntegrations"]
    }
    token = dev_token("xyz", claims=claims)
    flavour.call("authenticate", PROJECT, token)
    with pytest.raises(PermissionDeniedError) as caught:
        flavour.call("list_credentials")
    assert caught.value.status_code == 403


# -- secrets --------------------------------------------------------------------------------------


def test_the_token_never_leaks(flavour: Flavour, caplog: pytest.LogCaptureFixture) -> None:
    token = dev_token("xyz")
    with caplog.at_level(logging.DEBUG):
        flavour.call("authenticate", PROJECT, token)
        with pytest.raises(NotFoundError) as caught:
            flavour.call("get_credential", str(uuid.uuid4()))
    signature = token.rsplit(".", 1)[1]
    texts = [
        repr(flavour.client),
        str(flavour.client),
        str(caught.value),
        repr(caught.value),
        caplog.text,
    ]
    texts += [repr(value) for value in vars(flavour.client).values()]
    for text in texts:
        assert token not in text and signature not in text
    assert flavour.recorder.requests[-1].headers["Authorization"] == f"Bearer {token}"


def test_requests_carry_the_sdk_headers(user: Flavour) -> None:
    user.call("list_credentials")
    request = user.recorder.requests[-1]
    assert request.headers["Accept"] == "application/json"
    assert request.headers["X-Paragon-SDK-Version"].startswith("python-")
    assert request.headers["Authorization"].startswith("Bearer ey")


def test_on_premise_host_requests_go_to_derived_urls() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(503)

    from paragon_connect import APIStatusError, Paragon

    with Paragon(
        host="mycompany.paragon.so", transport=httpx.MockTransport(handler), max_retries=0
    ) as client:
        signed_in(client, PROJECT)
        calls: list[Callable[[], object]] = [
            lambda: client.list_credentials(),
            lambda: client.event("E", {}),
            lambda: client.request("slack", "x"),
        ]
        for call in calls:
            with pytest.raises(APIStatusError):
                call()
    assert [f"{r.url.scheme}://{r.url.host}" for r in seen] == [
        "https://zeus.mycompany.paragon.so",
        "https://hermes.mycompany.paragon.so",
        "https://worker-proxy.mycompany.paragon.so",
    ]


def test_a_token_signed_by_sign_user_token_is_accepted_by_the_mock(flavour: Flavour) -> None:
    from paragon_connect import sign_user_token
    from paragon_mock import load_fixture

    private_key = load_fixture().projects[PROJECT].private_key_pem
    assert private_key is not None
    token = sign_user_token(private_key, "backend-user", project_id=PROJECT, ttl=120)
    user = flavour.call("authenticate", PROJECT, token)
    assert user.user_id == "backend-user"
    assert flavour.recorder.requests[0].headers["Authorization"] == f"Bearer {token}"


def test_debug_log_names_each_request_without_secrets(
    user: Flavour, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.DEBUG, logger="paragon_connect"):
        user.call("list_credentials")
        user.call("request", "salesforce", "services/data/v59.0/query?q=SELECT+Id&api_key=hush")
    messages = [r.getMessage() for r in caplog.records if r.name == "paragon_connect"]
    assert f"GET {BASE}/projects/{PROJECT}/sdk/credentials -> 200" in messages
    proxied = f"GET {BASE}/projects/{PROJECT}/sdk/proxy/salesforce/services/data/v59.0/query -> 200"
    assert proxied in messages
    assert "hush" not in caplog.text and "Bearer" not in caplog.text


def test_no_logger_under_the_client_sees_a_query_string(
    user: Flavour, caplog: pytest.LogCaptureFixture
) -> None:
    # Every logger, httpx's and httpcore's included: httpx's own client logged each URL whole
    # at INFO; the client's calls do not pass through it (paragon_connect._http).
    with caplog.at_level(logging.DEBUG):
        user.call("request", "salesforce", "services/data/v59.0/query?q=SELECT+Id&api_key=hush")
    assert caplog.records
    assert "hush" not in caplog.text


def test_the_client_is_silent_by_default(user: Flavour, capsys: pytest.CaptureFixture[str]) -> None:
    user.call("list_credentials")
    captured = capsys.readouterr()
    assert captured.out == "" and captured.err == ""
