"""Every plan of the core driven by a script of answers: its logic, its refusals, its errors.

No HTTP, no mock server, no clock: each test builds a ``Core`` over a ``Session`` already
authenticated (or authenticates it from a script), then plays the shell's part with
``tests.plan_script.run``: every effect the plan yields is checked against the script in order
(operation, the keyword arguments that matter, extra headers and query parameters), and the
script's answer goes back in. The JSON comes from the spec's examples and the mock's default
fixtures (the project 38b1f170-..., the user "xyz", Salesforce, HubSpot, Slack and Shopify).

``REFUSALS`` holds bad arguments for every public plan, each refused before the first effect;
``test_every_plan_has_refusal_cases`` fails for a plan added to ``Core`` without one.
"""

from __future__ import annotations

import copy
import functools
import inspect
import logging
from collections.abc import Callable, Mapping, Sequence
from types import SimpleNamespace
from typing import Any

import jwt
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from paragon_connect import _tokens, sign_user_token
from paragon_connect._core import Core, FieldOptionPages
from paragon_connect._core._base import Plan, Session
from paragon_connect._exceptions import (
    APIError,
    APIResponseValidationError,
    APIStatusError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    EventHandlerError,
    IntegrationNotFoundError,
    IntegrationNotInstalledError,
    InternalServerError,
    NotFoundError,
    PaginationError,
    PermissionDeniedError,
    ProxyRequestError,
    RateLimitError,
    UnprocessableEntityError,
    UserNotAuthenticatedError,
)
from paragon_connect._tokens import Secret
from paragon_connect._types import (
    AuthenticatedUser,
    IntegrationInstallEvent,
    IntegrationUninstallEvent,
    UnauthenticatedUser,
    WorkflowChangeEvent,
    WorkflowStateChange,
    WorkflowStateUpdate,
)
from paragon_connect_api.models.connect_user import ConnectUser
from paragon_connect_api.models.credential import Credential
from paragon_connect_api.models.credential_config_update import CredentialConfigUpdate
from paragon_connect_api.models.event_receipt import EventReceipt
from paragon_connect_api.models.field_options_response import FieldOptionsResponse
from paragon_connect_api.models.include_account_auth import IncludeAccountAuth
from paragon_connect_api.models.integration import Integration
from paragon_connect_api.models.integration_account import IntegrationAccount
from paragon_connect_api.models.resource_connection import ResourceConnection
from paragon_connect_api.models.workflow_state import WorkflowState
from paragon_connect_api.types import UNSET, Response

from tests.plan_script import Step, call, emitted, error, ok, refused, run, where

# -- the project, its user and their accounts (the spec's examples, the mock's defaults) ----------

PROJECT = "38b1f170-0c43-4eae-9a04-ab85325d99f7"
PERSONA = "0563109f-5e71-46c5-8483-1ac8c0913d6c"
SALESFORCE_ID = "1a7b3c9d-2e4f-4a6b-8c0d-1e2f3a4b5c6d"
HUBSPOT_ID = "95bedc9f-6a22-4855-b08d-e68dc073ad91"
SLACK_ID = "2f08e65f-d924-42ab-9618-b6023d82ffbd"
SHOPIFY_ID = "8b3e3659-3742-4aa4-85b2-378f92890c50"
SLACK_WORKFLOW = "2248335c-671c-47e4-b9a0-3641a9f2d301"
HUBSPOT_SYNC = "3eb95154-3c7b-413c-bf14-ba367d95b53f"
HUBSPOT_DEAL = "e528c08c-da7d-4e02-ba9e-ec9eae26f90c"
# A workflow of no integration of the project (a stale ID an application kept, say).
UNKNOWN_WORKFLOW = "9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a"
SALESFORCE_CREDENTIAL = "00987654-56a7-49b1-8d23-456789abcdef"
HUBSPOT_CREDENTIAL = "00da4146-7ac4-4253-a8f7-96849b8137d9"
SLACK_CREDENTIAL = "4f2d8b6e-1c3a-4e5f-8a7b-9c0d1e2f3a4b"
# The user's second Slack workspace, named by the application's external ID "workspace-b".
SLACK_SECOND_CREDENTIAL = "6b8d0f2a-4c6e-4a8b-9d1f-3e5a7c9b1d3f"
CHANNEL_SETTING = "2d5662c9-6750-46c2-8588-2ac904532efb"
RESOURCE_ID = "6a2d1f0e-3b4c-4d5e-8f60-718293a4b5c6"
# The spec's example token: the session only carries it; no plan here checks it.
SESSION_TOKEN = "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ4eXoifQ.c2lnbmF0dXJl"
# What the token checks read as "now" (2027-01-15): tests never read the wall clock.
NOW = 1_800_000_000


def _integration_json(
    integration_id: str, kind: str, name: str, color: str, workflows: Sequence[tuple[str, str]]
) -> dict[str, Any]:
    return {
        "id": integration_id,
        "projectId": PROJECT,
        "type": kind,
        "name": name,
        "brandColor": color,
        "isActive": True,
        "customIntegrationId": None,
        "hasCredential": True,
        "needPreOauthInputs": kind == "shopify",
        "providerType": kind,
        "authenticationType": "oauth",
        "configs": [],
        "workflows": [
            {"id": workflow_id, "description": description, "steps": []}
            for workflow_id, description in workflows
        ],
    }


INTEGRATIONS: list[dict[str, Any]] = [
    _integration_json(
        SALESFORCE_ID,
        "salesforce",
        "Salesforce",
        "#057ACF",
        [("85eb6607-c0e6-4baf-9bcd-a8bc17bf119e", "Lead Created")],
    ),
    _integration_json(
        HUBSPOT_ID,
        "hubspot",
        "Hubspot",
        "#F67600",
        [(HUBSPOT_SYNC, "Sync Contacts to HubSpot"), (HUBSPOT_DEAL, "Create HubSpot Deal")],
    ),
    _integration_json(
        SLACK_ID, "slack", "Slack", "#4A154B", [(SLACK_WORKFLOW, "Send Slack Notification")]
    ),
    _integration_json(SHOPIFY_ID, "shopify", "Shopify", "#96BF48", []),
]


def credential_json(
    credential_id: str, integration_id: str, *, external_id: str | None = None
) -> dict[str, Any]:
    """A credential as ``/sdk/me``'s ``allCredentials`` and ``GET /sdk/credentials`` send it."""
    return {
        "id": credential_id,
        "projectId": PROJECT,
        "integrationId": integration_id,
        "personaId": PERSONA,
        "isPreviewCredential": False,
        "dateCreated": "2026-11-02T09:20:00.000Z",
        "status": "VALID",
        "externalId": external_id,
    }


# The spec's SlackCredential example: what the settings updates answer.
SLACK_CREDENTIAL_JSON: dict[str, Any] = {
    **credential_json(SLACK_CREDENTIAL, SLACK_ID),
    "providerId": "U051Z9MK98W",
    "providerData": {"teamName": "My Company"},
    "config": {
        "sharedSettings": {CHANNEL_SETTING: "general"},
        "workflowSettings": {SLACK_WORKFLOW: {"enabled": True, "settings": {}}},
    },
}

# The Connected User's state by integration type: Slack names its credential, HubSpot leaves
# ``credentialId`` out but lists ``allCredentials``, Shopify is not installed.
STATES: dict[str, dict[str, Any]] = {
    "salesforce": {
        "configuredWorkflows": {},
        "credentialId": SALESFORCE_CREDENTIAL,
        "credentialStatus": "VALID",
        "enabled": True,
        "providerData": {"instanceURL": "https://mycompany.my.salesforce.com"},
        "providerId": "1234567890",
        "allCredentials": [credential_json(SALESFORCE_CREDENTIAL, SALESFORCE_ID)],
    },
    "hubspot": {
        "enabled": True,
        "allCredentials": [credential_json(HUBSPOT_CREDENTIAL, HUBSPOT_ID, external_id="hub-main")],
    },
    "slack": {
        "enabled": True,
        "credentialId": SLACK_CREDENTIAL,
        "credentialStatus": "VALID",
        "allCredentials": [
            credential_json(SLACK_CREDENTIAL, SLACK_ID),
            credential_json(SLACK_SECOND_CREDENTIAL, SLACK_ID, external_id="workspace-b"),
        ],
    },
    "shopify": {
        "configuredWorkflows": {},
        "enabled": False,
        "allCredentials": [],
        "allConfigurations": [],
    },
}
RESOURCE = {"id": RESOURCE_ID, "slug": "shared-slack", "name": "Shared Slack workspace"}


def me_json(
    states: Mapping[str, dict[str, Any] | None] | None = None,
    *,
    meta: Mapping[str, Any] | None = None,
) -> dict[str, Any]:
    """``GET /sdk/me`` for the user "xyz"; ``states`` replaces (or, with None, removes) entries."""
    integrations = copy.deepcopy(STATES)
    for kind, state in (states or {}).items():
        if state is None:
            integrations.pop(kind, None)
        else:
            integrations[kind] = state
    return {
        "userId": "xyz",
        "integrations": integrations,
        "meta": dict(meta or {}),
        "resources": [RESOURCE],
        "project": {
            "id": PROJECT,
            "billingPlan": "enterprise",
            "accessibleFeatures": ["headless-cp", "dfm"],
        },
    }


def me(
    states: Mapping[str, dict[str, Any] | None] | None = None,
    *,
    meta: Mapping[str, Any] | None = None,
) -> ConnectUser:
    return ConnectUser.from_dict(me_json(states, meta=meta))


def integrations() -> list[Integration]:
    return [Integration.from_dict(entry) for entry in copy.deepcopy(INTEGRATIONS)]


def credential(
    credential_id: str, integration_id: str, *, external_id: str | None = None
) -> Credential:
    return Credential.from_dict(
        credential_json(credential_id, integration_id, external_id=external_id)
    )


def slack_credential() -> Credential:
    return Credential.from_dict(copy.deepcopy(SLACK_CREDENTIAL_JSON))


def workflow_state(workflow_id: str, integration_id: str, *, enabled: bool) -> WorkflowState:
    return WorkflowState.from_dict(
        {
            "workflowId": workflow_id,
            "integrationId": integration_id,
            "credentialId": SLACK_CREDENTIAL,
            "configurationId": "9b2f4c6e-8a0d-4e1f-b3c5-d7e9f1a3b5c7",
            "enabled": enabled,
            "settings": {},
        }
    )


def make_core(states: Mapping[str, dict[str, Any] | None] | None = None) -> Core:
    """A core whose session is authenticated as "xyz", as ``authenticate`` leaves it."""
    session = Session(
        project_id=PROJECT,
        token=Secret(SESSION_TOKEN),
        user=AuthenticatedUser.from_model(me(states)),
        integrations=integrations(),
    )
    return Core(session)


def read_back(user: ConnectUser | None = None) -> Step:
    """The read of the user after a change (``_refresh_after_change``)."""
    return call("user.get_current_user", project_id=PROJECT), ok(user or me())


@functools.cache
def private_key_pem() -> str:
    """A throwaway RSA key: the plans never check a token's signature, only its shape and exp."""
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    return key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    ).decode()


@pytest.fixture(autouse=True)
def token_clock(monkeypatch: pytest.MonkeyPatch) -> None:
    """Signing and checking user tokens read ``NOW``, never the wall clock."""
    monkeypatch.setattr(_tokens, "time", SimpleNamespace(time=lambda: NOW))


@pytest.fixture
def user_token() -> str:
    return sign_user_token(private_key_pem(), "xyz", project_id=PROJECT, ttl=3600)


@pytest.fixture
def core() -> Core:
    return make_core()


def handler_failure(name: str, *errors: Exception) -> EventHandlerError:
    """What the shell throws in when the handlers of one emitted event raised."""
    return EventHandlerError(f"{len(errors)} {name} handler(s) raised", list(errors))


# -- authenticate ---------------------------------------------------------------------------------


def test_authenticate_reads_the_user_then_the_integrations(user_token: str) -> None:
    core = Core(Session())
    answer, listed = me(), integrations()
    # The shell sends the token with the first request: the session holds it by then.
    has_token = (lambda: core.session.authorization() == f"Bearer {user_token}", "the token")
    user = run(
        core.authenticate(PROJECT.upper(), user_token),
        [
            (
                where(
                    call("user.get_current_user", service="zeus", project_id=PROJECT), *has_token
                ),
                ok(answer),
            ),
            (call("integrations.list_integrations", project_id=PROJECT), ok(listed)),
        ],
    )
    assert user == AuthenticatedUser.from_model(answer)
    assert user.user_id == "xyz"
    assert user.integrations["slack"].credential_id == SLACK_CREDENTIAL
    assert user.resources == [RESOURCE]
    session = core.session
    assert session.project_id == PROJECT  # the canonical (lower-case) form was sent and kept
    assert session.user is user
    assert session.integrations == listed
    assert session.token is not None and session.token.reveal() == user_token
    assert core.get_user() is user


@pytest.mark.parametrize("failing", ["user", "integrations"])
def test_authenticate_failure_leaves_the_client_unauthenticated(
    failing: str, user_token: str
) -> None:
    core = make_core()  # someone was authenticated: a failed switch must not keep them either
    if failing == "user":
        script: list[Step] = [
            (
                call("user.get_current_user", project_id=PROJECT),
                error(
                    401, {"code": "1401", "status": 401, "message": "The user token has expired"}
                ),
            )
        ]
        expected: type[APIError] = AuthenticationError
    else:
        script = [
            (call("user.get_current_user", project_id=PROJECT), ok(me())),
            (call("integrations.list_integrations", project_id=PROJECT), error(500)),
        ]
        expected = InternalServerError
    with pytest.raises(expected):
        run(core.authenticate(PROJECT, user_token), script)
    session = core.session
    assert (session.project_id, session.token, session.user) == (None, None, None)
    assert session.integrations == []
    assert core.get_user() == UnauthenticatedUser()


def test_authenticate_interrupted_leaves_the_client_unauthenticated(user_token: str) -> None:
    core = make_core()
    with pytest.raises(KeyboardInterrupt):
        run(
            core.authenticate(PROJECT, user_token),
            [(call("user.get_current_user"), KeyboardInterrupt())],
        )
    assert core.session.token is None and core.session.user is None


def _token_without_exp(_: str) -> str:
    return jwt.encode({"sub": "xyz", "iat": NOW}, private_key_pem(), algorithm="RS256")


def _expired_token(_: str) -> str:
    return jwt.encode(
        {"sub": "xyz", "iat": NOW - 7200, "exp": NOW - 3600}, private_key_pem(), algorithm="RS256"
    )


@pytest.mark.parametrize(
    ("make_token", "kind", "match"),
    [
        pytest.param(lambda token: "Bearer " + token, ValueError, "Bearer", id="bearer-prefix"),
        pytest.param(lambda _: "not-a-jwt", ValueError, "not a JWT", id="not-a-jwt"),
        pytest.param(lambda _: "a.b.c", ValueError, "not a JWT", id="not-base64-json"),
        pytest.param(_token_without_exp, ValueError, "'exp'", id="no-exp"),
        pytest.param(_expired_token, ValueError, "expired", id="expired"),
        pytest.param(lambda _: 42, TypeError, "string", id="not-a-string"),
    ],
)
def test_authenticate_refuses_a_bad_token_before_any_request(
    make_token: Callable[[str], Any], kind: type[Exception], match: str, user_token: str
) -> None:
    core = make_core()
    before = core.session.user
    refused(core.authenticate(PROJECT, make_token(user_token)), kind, match)
    # Refused before the session was touched: the user authenticated before stays.
    assert core.session.user is before and core.session.token is not None


# -- set_user_metadata ----------------------------------------------------------------------------


def test_set_user_metadata_stores_name_and_email_capitalised(core: Core) -> None:
    meta = {"name": "Sean V", "email": "sean@example.com", "apiKey": "key_Y0kBVldPFInxK"}
    stored = {"Name": "Sean V", "Email": "sean@example.com", "apiKey": "key_Y0kBVldPFInxK"}
    answer = me(meta=stored)
    user = run(
        core.set_user_metadata(meta),
        [
            (
                call("user.update_user_metadata", project_id=PROJECT, body={"meta": stored}),
                ok(answer),
            )
        ],
    )
    assert user.meta == stored
    assert core.session.user is user
    assert "name" in meta and "Name" not in meta  # the caller's mapping is left alone


def test_set_user_metadata_failure_keeps_the_user(core: Core) -> None:
    before = core.session.user
    envelope = {"status": 400, "message": ["meta must be an object", "meta.Name must be a string"]}
    with pytest.raises(BadRequestError) as caught:
        run(
            core.set_user_metadata({"Name": "Sean V"}),
            [(call("user.update_user_metadata"), error(400, envelope))],
        )
    assert caught.value.message == "meta must be an object; meta.Name must be a string"
    assert core.session.user is before


# -- list_integrations ----------------------------------------------------------------------------


def test_list_integrations_replaces_the_local_copy(core: Core) -> None:
    slack_only = [i for i in integrations() if i.type_ == "slack"]
    listed = run(
        core.list_integrations(),
        [(call("integrations.list_integrations", project_id=PROJECT), ok(slack_only))],
    )
    assert listed == slack_only
    assert core.session.integrations == slack_only
    with pytest.raises(IntegrationNotFoundError, match="it has: slack"):
        core.integration_metadata("hubspot")


def test_list_integrations_failure_keeps_the_local_copy(core: Core) -> None:
    before = list(core.session.integrations)
    envelope = {"code": "7210", "status": 403, "message": "Insufficient permission"}
    with pytest.raises(PermissionDeniedError) as caught:
        run(
            core.list_integrations(),
            [(call("integrations.list_integrations"), error(403, envelope))],
        )
    assert caught.value.code == "7210"
    assert core.session.integrations == before


# -- list_credentials -----------------------------------------------------------------------------

LISTED = [
    credential(HUBSPOT_CREDENTIAL, HUBSPOT_ID, external_id="hub-main"),
    credential(SLACK_CREDENTIAL, SLACK_ID),
    credential(SALESFORCE_CREDENTIAL, SALESFORCE_ID),
    credential(SLACK_SECOND_CREDENTIAL, SLACK_ID, external_id="workspace-b"),
]


def list_step(listed: Sequence[Credential] = LISTED) -> Step:
    """``GET /sdk/credentials`` read whole (never filtered by Paragon, see list_credentials)."""
    return (
        call(
            "credentials.list_credentials",
            project_id=PROJECT,
            integration=UNSET,
            include_account_auth=UNSET,
            x_paragon_credential=UNSET,
        ),
        ok(list(listed)),
    )


def test_list_credentials_returns_every_credential(core: Core) -> None:
    assert run(core.list_credentials(), [list_step()]) == LISTED


def test_list_credentials_filters_by_integration_here(core: Core) -> None:
    listed = run(core.list_credentials("slack"), [list_step()])
    assert [c.id for c in listed] == [SLACK_CREDENTIAL, SLACK_SECOND_CREDENTIAL]
    assert run(core.list_credentials("shopify"), [list_step()]) == []


def test_list_credentials_refuses_a_single_integration_answer(core: Core) -> None:
    account = IntegrationAccount.from_dict({**INTEGRATIONS[2], "credentialId": SLACK_CREDENTIAL})
    with pytest.raises(APIError, match="single integration"):
        run(core.list_credentials(), [(call("credentials.list_credentials"), ok(account))])


# -- get_integration_account ----------------------------------------------------------------------

SLACK_ACCOUNT_JSON: dict[str, Any] = {
    **INTEGRATIONS[2],
    "credentialId": SLACK_CREDENTIAL,
    "accountAuth": {"OAUTH_ACCESS_TOKEN": "xoxb-scripted"},
}


def test_get_integration_account_without_the_token_by_default(core: Core) -> None:
    account = IntegrationAccount.from_dict({**INTEGRATIONS[2], "credentialId": SLACK_CREDENTIAL})
    result = run(
        core.get_integration_account("slack"),
        [
            (
                call(
                    "credentials.list_credentials",
                    project_id=PROJECT,
                    integration="slack",
                    include_account_auth=IncludeAccountAuth.FALSE,
                    x_paragon_credential=UNSET,
                ),
                ok(account),
            )
        ],
    )
    assert result is account
    assert result.credential_id == SLACK_CREDENTIAL


def test_get_integration_account_with_auth_for_a_chosen_account(core: Core) -> None:
    account = IntegrationAccount.from_dict(copy.deepcopy(SLACK_ACCOUNT_JSON))
    result = run(
        core.get_integration_account(
            "slack", include_account_auth=True, selected_credential_id="ext:workspace-b"
        ),
        [
            (
                call(
                    "credentials.list_credentials",
                    integration="slack",
                    include_account_auth=IncludeAccountAuth.TRUE,
                    x_paragon_credential="ext:workspace-b",
                ),
                ok(account),
            )
        ],
    )
    assert result.to_dict()["accountAuth"] == {"OAUTH_ACCESS_TOKEN": "xoxb-scripted"}


def test_get_integration_account_refuses_a_list_answer(core: Core) -> None:
    with pytest.raises(APIError, match="with a list"):
        run(
            core.get_integration_account("slack"),
            [(call("credentials.list_credentials"), ok(LISTED))],
        )


def test_get_integration_account_not_installed_is_not_found(core: Core) -> None:
    envelope = {"code": "1404", "status": 404, "message": "shopify is not installed for this user"}
    with pytest.raises(NotFoundError, match="not installed"):
        run(
            core.get_integration_account("shopify"),
            [(call("credentials.list_credentials"), error(404, envelope))],
        )


# -- get_credential / read_credential -------------------------------------------------------------


def test_get_credential_sends_the_canonical_uuid(core: Core) -> None:
    answer = slack_credential()
    result = run(
        core.get_credential(SLACK_CREDENTIAL.upper()),
        [
            (
                call(
                    "credentials.get_credential", project_id=PROJECT, credential_id=SLACK_CREDENTIAL
                ),
                ok(answer),
            )
        ],
    )
    assert result is answer


def test_read_credential_sends_an_id_as_paragon_gave_it(core: Core) -> None:
    # The SDK reference's own example ID, which is not a UUID: read_credential must not refuse it.
    odd = "987654-56a7-89b1-cd23-456789abcdef"
    answer = credential(SALESFORCE_CREDENTIAL, SALESFORCE_ID)
    result = run(
        core.read_credential(odd),
        [(call("credentials.get_credential", credential_id=odd), ok(answer))],
    )
    assert result is answer


def test_get_credential_of_another_user_is_not_found(core: Core) -> None:
    with pytest.raises(NotFoundError):
        run(
            core.get_credential(HUBSPOT_CREDENTIAL),
            [(call("credentials.get_credential"), error(404))],
        )


# -- update_credential ----------------------------------------------------------------------------


@pytest.mark.parametrize("as_model", [False, True], ids=["dict", "model"])
def test_update_credential_writes_then_reads_the_user_back(core: Core, as_model: bool) -> None:
    config = {"sharedSettings": {CHANNEL_SETTING: "random"}}
    after = me({"slack": {**STATES["slack"], "sharedSettings": {CHANNEL_SETTING: "random"}}})
    answer = slack_credential()
    given: Any = CredentialConfigUpdate.from_dict(config) if as_model else config
    result = run(
        core.update_credential(SLACK_CREDENTIAL, given),
        [
            (
                call(
                    "credentials.update_credential",
                    project_id=PROJECT,
                    credential_id=SLACK_CREDENTIAL,
                    body={"config": config},
                    x_paragon_configuration_id=UNSET,
                ),
                ok(answer),
            ),
            read_back(after),
        ],
    )
    assert result is answer
    user = core.session.user
    assert user is not None
    assert user.integrations["slack"].to_dict()["sharedSettings"] == {CHANNEL_SETTING: "random"}
    assert core.session.stale is False


def test_update_credential_conflict_reads_nothing_back(core: Core) -> None:
    envelope = {"code": "1409", "status": 409, "message": "workflow of another integration"}
    with pytest.raises(ConflictError, match="another integration"):
        run(
            core.update_credential(
                SLACK_CREDENTIAL, {"workflowSettings": {HUBSPOT_SYNC: {"enabled": True}}}
            ),
            [(call("credentials.update_credential"), error(409, envelope))],
        )


# -- complete_install -----------------------------------------------------------------------------


def installed_salesforce() -> Credential:
    return credential(SALESFORCE_CREDENTIAL, SALESFORCE_ID)


def test_complete_install_exchanges_the_code_and_fires_the_install(core: Core) -> None:
    created = installed_salesforce()
    after = me(meta={"Name": "after the install"})
    event = IntegrationInstallEvent(
        integration_id=SALESFORCE_ID,
        integration_type="salesforce",
        credential_id=SALESFORCE_CREDENTIAL,
        credential=created,
    )
    body = {
        "code": "aPrx4sZ2bN0d",
        "integrationId": SALESFORCE_ID,
        "redirectUrl": "https://app.example.com/oauth/callback",
        "integrationOptions": {},
    }
    result = run(
        core.complete_install(
            "salesforce", "aPrx4sZ2bN0d", redirect_url="https://app.example.com/oauth/callback"
        ),
        [
            (
                call("credentials.create_credential", project_id=PROJECT, body=body),
                ok(created, 201),
            ),
            read_back(after),
            # Handlers see the user as read after the install.
            (
                emitted("onIntegrationInstall", event, user=AuthenticatedUser.from_model(after)),
                None,
            ),
        ],
    )
    assert result == event
    assert core.session.user == AuthenticatedUser.from_model(after)


def test_complete_install_sends_options_and_no_redirect_url_unless_given(core: Core) -> None:
    created = installed_salesforce()
    body = {
        "code": "c0de",
        "integrationId": SALESFORCE_ID,
        "integrationOptions": {"accountType": "sandbox"},
    }
    result = run(
        core.complete_install("salesforce", "c0de", integration_options={"accountType": "sandbox"}),
        [
            (call("credentials.create_credential", body=body), ok(created, 201)),
            read_back(),
            (
                emitted(
                    "onIntegrationInstall",
                    IntegrationInstallEvent(
                        SALESFORCE_ID, "salesforce", SALESFORCE_CREDENTIAL, created
                    ),
                ),
                None,
            ),
        ],
    )
    assert result.credential is created


def test_complete_install_handler_failure_carries_the_event(core: Core) -> None:
    created = installed_salesforce()
    event = IntegrationInstallEvent(SALESFORCE_ID, "salesforce", SALESFORCE_CREDENTIAL, created)
    boom = RuntimeError("the application's handler failed")
    with pytest.raises(EventHandlerError) as caught:
        run(
            core.complete_install("salesforce", "c0de"),
            [
                (call("credentials.create_credential"), ok(created, 201)),
                read_back(),
                (
                    emitted("onIntegrationInstall", event),
                    handler_failure("onIntegrationInstall", boom),
                ),
            ],
        )
    assert caught.value.result == event
    assert list(caught.value.exceptions) == [boom]


def test_complete_install_conflict_fires_nothing(core: Core) -> None:
    envelope = {"code": "1409", "status": 409, "message": "salesforce is already installed"}
    with pytest.raises(ConflictError, match="already installed"):
        run(
            core.complete_install("salesforce", "c0de"),
            [(call("credentials.create_credential"), error(409, envelope))],
        )


# -- connect_action -------------------------------------------------------------------------------


def test_connect_action_finds_the_resource_by_its_slug(core: Core) -> None:
    answer = ResourceConnection.from_dict({"resourceId": RESOURCE_ID, "connected": True})
    result = run(
        core.connect_action("shared-slack", {"channel": "general"}),
        [
            (
                call(
                    "resources.connect_resource",
                    project_id=PROJECT,
                    resource_id=RESOURCE_ID,
                    body={"channel": "general"},
                ),
                ok(answer),
            )
        ],
    )
    assert result.to_dict() == {"resourceId": RESOURCE_ID, "connected": True}


def test_connect_action_unknown_slug_names_the_known_ones(core: Core) -> None:
    refused(
        core.connect_action("shared-teams", {}),
        ValueError,
        r"no resource 'shared-teams' \(they have: shared-slack\)",
    )


def test_connect_action_resource_gone_is_not_found(core: Core) -> None:
    with pytest.raises(NotFoundError):
        run(
            core.connect_action("shared-slack", {}),
            [(call("resources.connect_resource"), error(404))],
        )


# -- update_integration_user_settings -------------------------------------------------------------

SHARED = {CHANNEL_SETTING: "general"}


def shared_update(credential_id: str) -> Step:
    return (
        call(
            "credentials.update_credential",
            project_id=PROJECT,
            credential_id=credential_id,
            body={"config": {"sharedSettings": SHARED}},
            x_paragon_configuration_id=UNSET,
        ),
        ok(slack_credential()),
    )


def test_settings_credential_from_the_user_state(core: Core) -> None:
    result = run(
        core.update_integration_user_settings("slack", SHARED),
        [shared_update(SLACK_CREDENTIAL), read_back()],
    )
    assert result.id == SLACK_CREDENTIAL


def test_settings_credential_from_all_credentials(core: Core) -> None:
    # HubSpot's state leaves credentialId out; its allCredentials decides, nothing is listed.
    run(
        core.update_integration_user_settings("hubspot", SHARED),
        [shared_update(HUBSPOT_CREDENTIAL), read_back()],
    )


@pytest.mark.parametrize(
    "state",
    [{"enabled": True}, {"enabled": True, "allCredentials": []}],
    ids=["no-credentials-sent", "empty-all-credentials"],
)
def test_settings_credential_from_the_credential_list(state: dict[str, Any]) -> None:
    core = make_core({"salesforce": state})
    run(
        core.update_integration_user_settings("salesforce", SHARED),
        [list_step(), shared_update(SALESFORCE_CREDENTIAL), read_back()],
    )


@pytest.mark.parametrize("selector", ["workspace-b", "ext:workspace-b"])
def test_settings_credential_by_external_id_from_all_credentials(core: Core, selector: str) -> None:
    run(
        core.update_integration_user_settings("slack", SHARED, selected_credential_id=selector),
        [shared_update(SLACK_SECOND_CREDENTIAL), read_back()],
    )


def test_settings_credential_by_external_id_from_the_list(core: Core) -> None:
    # Not in allCredentials (an account connected since /sdk/me was read): the list decides.
    listed = [
        *LISTED,
        credential("7e9a1b3c-5d7f-4a9b-8c1d-3e5f7a9b1c3d", SLACK_ID, external_id="workspace-c"),
    ]
    run(
        core.update_integration_user_settings(
            "slack", SHARED, selected_credential_id="ext:workspace-c"
        ),
        [list_step(listed), shared_update("7e9a1b3c-5d7f-4a9b-8c1d-3e5f7a9b1c3d"), read_back()],
    )


def test_settings_external_id_of_another_integration_does_not_match(core: Core) -> None:
    # "hub-main" is HubSpot's; a Slack update must not pick it from the list.
    with pytest.raises(IntegrationNotInstalledError, match="external ID 'hub-main'"):
        run(
            core.update_integration_user_settings(
                "slack", SHARED, selected_credential_id="hub-main"
            ),
            [list_step()],
        )


def test_settings_credential_by_uuid_is_used_as_given(core: Core) -> None:
    # A UUID the user state does not list (an account connected since): sent as given, with no
    # lookup; Paragon judges it.
    newer = "7e9a1b3c-5d7f-4a9b-8c1d-3e5f7a9b1c3d"
    run(
        core.update_integration_user_settings("slack", SHARED, selected_credential_id=newer),
        [shared_update(newer), read_back()],
    )


def test_settings_configuration_selector_updates_that_configuration(core: Core) -> None:
    run(
        core.update_integration_user_settings(
            "slack", SHARED, selected_configuration_id="ext:team-emea"
        ),
        [
            (
                call(
                    "configurations.update_configuration",
                    project_id=PROJECT,
                    credential_id=SLACK_CREDENTIAL,
                    body={"sharedSettings": SHARED},
                    x_paragon_configuration_id="ext:team-emea",
                ),
                ok(slack_credential()),
            ),
            read_back(),
        ],
    )


def test_settings_of_an_integration_not_installed_are_refused_before_any_request(
    core: Core,
) -> None:
    refused(
        core.update_integration_user_settings("shopify", SHARED),
        IntegrationNotInstalledError,
        "shopify is not installed",
    )
    absent = make_core({"shopify": None})
    refused(
        absent.update_integration_user_settings("shopify", SHARED),
        IntegrationNotInstalledError,
        "not installed",
    )


def test_settings_installed_without_any_credential(core: Core) -> None:
    core = make_core({"salesforce": {"enabled": True}})
    with pytest.raises(IntegrationNotInstalledError, match="none of its credentials"):
        run(core.update_integration_user_settings("salesforce", SHARED), [list_step(LISTED[:2])])


def test_settings_conflict_reads_nothing_back(core: Core) -> None:
    with pytest.raises(ConflictError):
        run(
            core.update_integration_user_settings("slack", SHARED),
            [(call("credentials.update_credential"), error(409))],
        )


# -- update_workflow_user_settings ----------------------------------------------------------------

OWNER = {"example-input-id": "new owner"}


def test_workflow_settings_never_send_enabled_and_fire_the_change(core: Core) -> None:
    answer = credential(HUBSPOT_CREDENTIAL, HUBSPOT_ID, external_id="hub-main")
    event = WorkflowChangeEvent(HUBSPOT_ID, HUBSPOT_SYNC, WorkflowStateChange(settings=OWNER))
    result = run(
        core.update_workflow_user_settings("hubspot", HUBSPOT_SYNC.upper(), OWNER),
        [
            (
                call(
                    "credentials.update_credential",
                    credential_id=HUBSPOT_CREDENTIAL,
                    body={"config": {"workflowSettings": {HUBSPOT_SYNC: {"settings": OWNER}}}},
                ),
                ok(answer),
            ),
            read_back(),
            (emitted("onWorkflowChange", event, user=AuthenticatedUser.from_model(me())), None),
        ],
    )
    assert result is answer


def test_workflow_settings_of_one_configuration(core: Core) -> None:
    event = WorkflowChangeEvent(SLACK_ID, SLACK_WORKFLOW, WorkflowStateChange(settings={"x": "1"}))
    run(
        core.update_workflow_user_settings(
            "slack",
            SLACK_WORKFLOW,
            {"x": "1"},
            selected_credential_id="workspace-b",
            selected_configuration_id="team-emea",
        ),
        [
            (
                call(
                    "configurations.update_configuration",
                    credential_id=SLACK_SECOND_CREDENTIAL,
                    body={"workflowSettings": {SLACK_WORKFLOW: {"settings": {"x": "1"}}}},
                    x_paragon_configuration_id="team-emea",
                ),
                ok(slack_credential()),
            ),
            read_back(),
            (emitted("onWorkflowChange", event), None),
        ],
    )


def test_workflow_settings_handler_failure_carries_the_credential(core: Core) -> None:
    answer = slack_credential()
    event = WorkflowChangeEvent(SLACK_ID, SLACK_WORKFLOW, WorkflowStateChange(settings={}))
    with pytest.raises(EventHandlerError) as caught:
        run(
            core.update_workflow_user_settings("slack", SLACK_WORKFLOW, {}),
            [
                (call("credentials.update_credential"), ok(answer)),
                read_back(),
                (
                    emitted("onWorkflowChange", event),
                    handler_failure("onWorkflowChange", ValueError("x")),
                ),
            ],
        )
    assert caught.value.result is answer


# -- enable_workflow / disable_workflow -----------------------------------------------------------


def toggle_step(
    operation: str,
    workflow_id: str,
    answer: Any,
    *,
    credential: object = UNSET,
    configuration: object = UNSET,
) -> Step:
    return (
        call(
            f"workflows.{operation}",
            project_id=PROJECT,
            workflow_id=workflow_id,
            x_paragon_credential=credential,
            x_paragon_configuration_id=configuration,
        ),
        answer,
    )


def test_enable_workflow_fires_the_change_with_its_integration(core: Core) -> None:
    state = workflow_state(SLACK_WORKFLOW, SLACK_ID, enabled=True)
    event = WorkflowChangeEvent(SLACK_ID, SLACK_WORKFLOW, WorkflowStateChange(enabled=True))
    result = run(
        core.enable_workflow(SLACK_WORKFLOW),
        [
            toggle_step("enable_workflow", SLACK_WORKFLOW, ok(state)),
            read_back(),
            (emitted("onWorkflowChange", event), None),
        ],
    )
    assert result is state


def test_disable_workflow_sends_the_selectors(core: Core) -> None:
    state = workflow_state(HUBSPOT_DEAL, HUBSPOT_ID, enabled=False)
    event = WorkflowChangeEvent(HUBSPOT_ID, HUBSPOT_DEAL, WorkflowStateChange(enabled=False))
    result = run(
        core.disable_workflow(
            HUBSPOT_DEAL,
            selected_credential_id=HUBSPOT_CREDENTIAL,
            selected_configuration_id="ext:team-emea",
        ),
        [
            toggle_step(
                "disable_workflow",
                HUBSPOT_DEAL,
                ok(state),
                credential=HUBSPOT_CREDENTIAL,
                configuration="ext:team-emea",
            ),
            read_back(),
            (emitted("onWorkflowChange", event), None),
        ],
    )
    assert result.enabled is False


def test_toggled_workflow_of_no_known_integration_has_no_integration_id(core: Core) -> None:
    # Paragon's answer may leave integrationId out; the event is told from the request.
    state = WorkflowState.from_dict({"enabled": True})
    event = WorkflowChangeEvent(None, UNKNOWN_WORKFLOW, WorkflowStateChange(enabled=True))
    run(
        core.enable_workflow(UNKNOWN_WORKFLOW),
        [
            toggle_step("enable_workflow", UNKNOWN_WORKFLOW, ok(state)),
            read_back(),
            (emitted("onWorkflowChange", event), None),
        ],
    )


def test_toggle_not_found_fires_nothing(core: Core) -> None:
    with pytest.raises(NotFoundError):
        run(
            core.disable_workflow(SLACK_WORKFLOW),
            [toggle_step("disable_workflow", SLACK_WORKFLOW, error(404))],
        )


def test_toggle_handler_failure_carries_the_state(core: Core) -> None:
    state = workflow_state(SLACK_WORKFLOW, SLACK_ID, enabled=True)
    event = WorkflowChangeEvent(SLACK_ID, SLACK_WORKFLOW, WorkflowStateChange(enabled=True))
    with pytest.raises(EventHandlerError) as caught:
        run(
            core.enable_workflow(SLACK_WORKFLOW),
            [
                toggle_step("enable_workflow", SLACK_WORKFLOW, ok(state)),
                read_back(),
                (
                    emitted("onWorkflowChange", event),
                    handler_failure("onWorkflowChange", KeyError("k")),
                ),
            ],
        )
    assert caught.value.result is state


# -- update_workflow_state ------------------------------------------------------------------------


def test_update_workflow_state_goes_on_after_a_failure(core: Core) -> None:
    not_found = {"code": "1404", "status": 404, "message": "hubspot is not installed for this user"}
    enabled = WorkflowChangeEvent(SLACK_ID, SLACK_WORKFLOW, WorkflowStateChange(enabled=True))
    after = me(meta={"read": "after"})
    result = run(
        core.update_workflow_state({HUBSPOT_DEAL: False, SLACK_WORKFLOW: True}),
        [
            toggle_step("disable_workflow", HUBSPOT_DEAL, error(404, not_found)),
            toggle_step(
                "enable_workflow",
                SLACK_WORKFLOW,
                ok(workflow_state(SLACK_WORKFLOW, SLACK_ID, enabled=True)),
            ),
            read_back(after),
            (emitted("onWorkflowChange", enabled), None),  # only the workflow that changed
        ],
    )
    assert isinstance(result, WorkflowStateUpdate)
    assert result.user == AuthenticatedUser.from_model(after)
    assert [e.workflow_id for e in result.errors] == [HUBSPOT_DEAL]
    assert isinstance(result.errors[0].error, NotFoundError)
    assert "not installed" in result.errors[0].message


def test_update_workflow_state_lists_an_unreadable_answer(core: Core) -> None:
    result = run(
        core.update_workflow_state({SLACK_WORKFLOW: True}, selected_credential_id="workspace-b"),
        [
            toggle_step("enable_workflow", SLACK_WORKFLOW, ok(None), credential="workspace-b"),
            read_back(),
        ],
    )
    assert isinstance(result.errors[0].error, APIResponseValidationError)


def test_update_workflow_state_fires_every_event_then_raises_their_failures(core: Core) -> None:
    first, second = RuntimeError("first handler"), RuntimeError("second handler")
    script = [
        toggle_step(
            "enable_workflow",
            SLACK_WORKFLOW,
            ok(workflow_state(SLACK_WORKFLOW, SLACK_ID, enabled=True)),
        ),
        toggle_step(
            "disable_workflow",
            HUBSPOT_SYNC,
            ok(workflow_state(HUBSPOT_SYNC, HUBSPOT_ID, enabled=False)),
        ),
        read_back(),
        (
            emitted(
                "onWorkflowChange",
                WorkflowChangeEvent(SLACK_ID, SLACK_WORKFLOW, WorkflowStateChange(enabled=True)),
            ),
            handler_failure("onWorkflowChange", first),
        ),
        (
            emitted(
                "onWorkflowChange",
                WorkflowChangeEvent(HUBSPOT_ID, HUBSPOT_SYNC, WorkflowStateChange(enabled=False)),
            ),
            handler_failure("onWorkflowChange", second),
        ),
    ]
    with pytest.raises(EventHandlerError) as caught:
        run(core.update_workflow_state({SLACK_WORKFLOW: True, HUBSPOT_SYNC: False}), script)
    assert list(caught.value.exceptions) == [first, second]
    assert isinstance(caught.value.result, WorkflowStateUpdate)
    assert caught.value.result.errors == []


def test_update_workflow_state_interruption_is_not_listed(core: Core) -> None:
    # Only API errors are listed: Ctrl-C stops the whole call, the later workflows included.
    with pytest.raises(KeyboardInterrupt):
        run(
            core.update_workflow_state({SLACK_WORKFLOW: True, HUBSPOT_SYNC: True}),
            [toggle_step("enable_workflow", SLACK_WORKFLOW, KeyboardInterrupt())],
        )


def test_update_workflow_state_all_failed_fires_nothing(core: Core) -> None:
    result = run(
        core.update_workflow_state({SLACK_WORKFLOW: True, HUBSPOT_SYNC: False}),
        [
            toggle_step("enable_workflow", SLACK_WORKFLOW, error(500)),
            toggle_step("disable_workflow", HUBSPOT_SYNC, error(429, headers={"Retry-After": "3"})),
            # Paragon refused both: nothing to read back.
        ],
    )
    assert [type(e.error) for e in result.errors] == [InternalServerError, RateLimitError]


# -- get_field_options / iter_field_options -------------------------------------------------------


def options_page(labels: Sequence[str], cursor: str | None) -> FieldOptionsResponse:
    records = [{"label": f"#{label}", "value": label} for label in labels]
    return FieldOptionsResponse.from_dict(
        {"output": {"records": records, "nextPageCursor": cursor}}
    )


def options_step(
    cursor: object,
    answer: Any,
    *,
    search: str | None = None,
    parameters: list[Any] | None = None,
    credential: object = UNSET,
) -> Step:
    pagination: dict[str, Any] = {"pageCursor": cursor}
    if search is not None:
        pagination["search"] = search
    body = {
        "action": "slack",
        "sourceKey": "channels",
        "parameters": parameters or [],
        "paginationParameters": pagination,
    }
    return (
        call(
            "actions.get_field_options",
            project_id=PROJECT,
            body=body,
            x_paragon_credential=credential,
        ),
        answer,
    )


def test_get_field_options_reads_one_page(core: Core) -> None:
    result = run(
        core.get_field_options(integration="slack", action="channels", search="general"),
        [
            options_step(
                0,
                ok(options_page(["general", "general-help"], "team-general-help")),
                search="general",
            )
        ],
    )
    assert [option.to_dict()["value"] for option in result.data] == ["general", "general-help"]
    assert result.nested_data == []
    assert result.next_page_cursor == "team-general-help"


@pytest.mark.parametrize(
    "parameters",
    [
        {"recordTypes": "Contact"},
        [{"key": "recordTypes", "source": {"type": "VALUE", "value": "Contact"}}],
    ],
    ids=["mapping", "sdk-list"],
)
def test_get_field_options_cursor_parameters_and_account(core: Core, parameters: Any) -> None:
    sent = [{"key": "recordTypes", "source": {"type": "VALUE", "value": "Contact"}}]
    run(
        core.get_field_options(
            integration="slack",
            action="channels",
            cursor="team-sales",
            parameters=parameters,
            selected_credential_id="workspace-b",
        ),
        [
            options_step(
                "team-sales", ok(options_page([], None)), parameters=sent, credential="workspace-b"
            )
        ],
    )


def test_get_field_options_plain_list_is_the_last_page(core: Core) -> None:
    answer = FieldOptionsResponse.from_dict(
        {"output": [{"label": "my-jira-cloud-id.atlassian.net", "value": "my-jira-cloud-id"}]}
    )
    result = run(
        core.get_field_options(integration="slack", action="channels"),
        [options_step(0, ok(answer))],
    )
    assert result.next_page_cursor is None
    assert [option.to_dict()["value"] for option in result.data] == ["my-jira-cloud-id"]


def test_get_field_options_not_installed(core: Core) -> None:
    with pytest.raises(NotFoundError):
        run(
            core.get_field_options(integration="slack", action="channels"),
            [options_step(0, error(404))],
        )


def read_pages(pages: FieldOptionPages, script: Sequence[Step]) -> list[str]:
    """What a shell does with ``iter_field_options``: one plan per page while ``more``."""
    values: list[str] = []
    steps = list(script)
    while pages.more:
        assert steps, "the pages asked for more than the script has"
        values.extend(
            option.to_dict()["value"] for option in run(pages.next_items(), [steps.pop(0)])
        )
    assert not steps, "paging stopped before the script's end"
    return values


def test_iter_field_options_follows_the_cursors_to_the_end(core: Core) -> None:
    pages = core.iter_field_options(integration="slack", action="channels", search="s")
    values = read_pages(
        pages,
        [
            options_step(0, ok(options_page(["random", "sales"], "team-sales")), search="s"),
            options_step("team-sales", ok(options_page(["support"], "team-support")), search="s"),
            options_step("team-support", ok(options_page(["design"], None)), search="s"),
        ],
    )
    assert values == ["random", "sales", "support", "design"]
    assert pages.pages == 3
    pages.finish()  # a complete listing: nothing to raise


def test_iter_field_options_repeated_cursor_is_raised_by_finish_only(core: Core) -> None:
    pages = core.iter_field_options(integration="slack", action="channels")
    values = read_pages(
        pages,
        [
            options_step(0, ok(options_page(["random"], "team-random"))),
            # The server goes round in circles: the second page names the first cursor again.
            options_step("team-random", ok(options_page(["sales"], "team-random"))),
        ],
    )
    assert values == ["random", "sales"]  # every item read was handed out first
    with pytest.raises(PaginationError, match="already seen") as caught:
        pages.finish()
    assert (caught.value.pages, caught.value.cursor) == (2, "team-random")


def test_iter_field_options_stops_at_max_pages(core: Core) -> None:
    pages = core.iter_field_options(integration="slack", action="channels", max_pages=2)
    values = read_pages(
        pages,
        [
            options_step(0, ok(options_page(["random"], "team-random"))),
            options_step("team-random", ok(options_page(["sales"], "team-sales"))),
        ],
    )
    assert values == ["random", "sales"]
    with pytest.raises(PaginationError, match="max_pages=2") as caught:
        pages.finish()
    assert (caught.value.pages, caught.value.cursor) == (2, None)


def test_iter_field_options_read_after_the_last_page(core: Core) -> None:
    pages = core.iter_field_options(integration="slack", action="channels")
    read_pages(pages, [options_step(0, ok(options_page(["general"], None)))])
    refused(pages.read(), RuntimeError, "after the last page")


def test_iter_field_options_page_error_propagates(core: Core) -> None:
    pages = core.iter_field_options(integration="slack", action="channels")
    run(pages.next_items(), [options_step(0, ok(options_page(["random"], "team-random")))])
    with pytest.raises(InternalServerError):
        run(pages.next_items(), [options_step("team-random", error(503))])


@pytest.mark.parametrize(
    ("arguments", "kind", "match"),
    [
        ({"max_pages": 0}, ValueError, "max_pages must be 1 or more"),
        ({"max_pages": True}, TypeError, "max_pages must be an int"),
        ({"search": 5}, TypeError, "search must be a string"),
        (
            {"integration": "no spaces please"},
            ValueError,
            "integration must be an integration type",
        ),
        ({"parameters": "recordTypes"}, TypeError, "parameters must be a list"),
    ],
)
def test_iter_field_options_checks_arguments_at_the_call(
    core: Core, arguments: dict[str, Any], kind: type[Exception], match: str
) -> None:
    given: dict[str, Any] = {"integration": "slack", "action": "channels", **arguments}
    with pytest.raises(kind, match=match):
        core.iter_field_options(**given)


# -- event ----------------------------------------------------------------------------------------

RECEIPT = {
    "id": "5d0e8a3c-7f1b-4c2d-9e6a-8b4f2c1d0e9a",
    "name": "Contact Created",
    "dateReceived": "2026-11-29T12:00:00.000Z",
}
CONTACT = {"email": "bowie@example.com", "first_name": "David"}


def test_event_sends_the_selector_headers(core: Core) -> None:
    receipt = EventReceipt.from_dict(RECEIPT)
    result = run(
        core.event(
            "Contact Created",
            CONTACT,
            selected_credential_id="ext:workspace-b",
            selected_configuration_id="team-emea",
        ),
        [
            (
                call(
                    "events.trigger_event",
                    service="hermes",
                    project_id=PROJECT,
                    body={"name": "Contact Created", "payload": CONTACT},
                    x_paragon_credential="ext:workspace-b",
                    x_paragon_configuration_id="team-emea",
                ),
                ok(receipt, 201),
            )
        ],
    )
    assert result is receipt


def test_event_without_selectors_sends_no_selector_header(core: Core) -> None:
    run(
        core.event("Contact Created", {}),
        [
            (
                call(
                    "events.trigger_event",
                    x_paragon_credential=UNSET,
                    x_paragon_configuration_id=UNSET,
                ),
                ok(EventReceipt.from_dict(RECEIPT), 201),
            )
        ],
    )


def test_event_rate_limited(core: Core) -> None:
    with pytest.raises(RateLimitError) as caught:
        run(
            core.event("Contact Created", CONTACT),
            [(call("events.trigger_event"), error(429, headers={"Retry-After": "7"}))],
        )
    assert caught.value.retry_after == 7.0


# -- workflow -------------------------------------------------------------------------------------


def test_workflow_without_response_step_returns_none(core: Core) -> None:
    result = run(
        core.workflow(
            SLACK_WORKFLOW,
            body={"email": "bowie@example.com"},
            # A number is accepted and sent as text (what a query string carries anyway).
            query={"source": "crm", "page": 2},  # type: ignore[dict-item]
            headers={"X-Source": "crm"},
            selected_credential_id=SLACK_CREDENTIAL,
        ),
        [
            (
                call(
                    "workflows.trigger_workflow",
                    service="hermes",
                    headers=(("X-Source", "crm"),),
                    params=(),
                    project_id=PROJECT,
                    workflow_id=SLACK_WORKFLOW,
                    body={"email": "bowie@example.com"},
                    query={"source": "crm", "page": "2"},
                    x_paragon_credential=SLACK_CREDENTIAL,
                    x_paragon_configuration_id=UNSET,
                ),
                ok(None, 202, method="POST"),
            )
        ],
    )
    assert result is None


def test_workflow_returns_its_response_step(core: Core) -> None:
    answer = {"status": "created", "email": "bowie@example.com"}
    result = run(
        core.workflow(SLACK_WORKFLOW),
        [(call("workflows.trigger_workflow", headers=(), body=UNSET, query=UNSET), ok(answer))],
    )
    assert result == answer


def test_workflow_failure(core: Core) -> None:
    with pytest.raises(InternalServerError):
        run(core.workflow(SLACK_WORKFLOW), [(call("workflows.trigger_workflow"), error(500))])


# -- request (the proxy) --------------------------------------------------------------------------


def test_request_get_moves_the_query_string_into_params(core: Core) -> None:
    channels = {"ok": True, "channels": [{"id": "C051Z9MK98W", "name": "general"}]}
    result = run(
        core.request(
            "slack", "/conversations.list?limit=2&cursor=", selected_credential_id="workspace-b"
        ),
        [
            (
                call(
                    "proxy.proxy_get",
                    service="proxy",
                    params=(("limit", "2"), ("cursor", "")),
                    headers=(),
                    project_id=PROJECT,
                    integration_type="slack",
                    path="conversations.list",
                    x_paragon_credential="workspace-b",
                ),
                ok({"output": channels}),
            )
        ],
    )
    assert result == channels  # the proxy's envelope is unwrapped


@pytest.mark.parametrize("method", ["post", "PUT", "Patch"])
def test_request_with_a_body(core: Core, method: str) -> None:
    result = run(
        core.request(
            "slack",
            "chat.postMessage",
            method=method,
            body={"channel": "general", "text": "hi"},
            headers={"X-Trace": "t1"},
        ),
        [
            (
                call(
                    f"proxy.proxy_{method.lower()}",
                    headers=(("X-Trace", "t1"),),
                    params=(),
                    path="chat.postMessage",
                    body={"channel": "general", "text": "hi"},
                    x_paragon_credential=UNSET,
                ),
                ok({"output": {"ok": True}}),
            )
        ],
    )
    assert result == {"ok": True}


def test_request_delete_without_envelope_returns_the_answer_whole(core: Core) -> None:
    result = run(
        core.request("slack", "files/F1", method="DELETE"),
        [(call("proxy.proxy_delete", path="files/F1"), ok(["deleted"]))],
    )
    assert result == ["deleted"]
    assert (
        run(
            core.request("slack", "files/F1", method="DELETE"),
            [(call("proxy.proxy_delete"), ok(None, 204))],
        )
        is None
    )


@pytest.mark.parametrize("status", [404, 409, 500])
def test_request_provider_failure_is_a_proxy_error(core: Core, status: int) -> None:
    envelope = {
        "status": status,
        "message": "The provider answered with an error",
        "meta": {
            "providerStatus": status,
            "providerResponse": {"ok": False, "error": "name_taken"},
        },
    }
    with pytest.raises(ProxyRequestError) as caught:
        run(
            core.request("slack", "conversations.create", method="POST", body={"name": "general"}),
            [(call("proxy.proxy_post"), error(status, envelope, method="POST"))],
        )
    assert type(caught.value) is ProxyRequestError  # not NotFoundError / InternalServerError
    assert caught.value.status_code == status
    assert caught.value.provider_response == {"ok": False, "error": "name_taken"}


# -- uninstall_integration ------------------------------------------------------------------------


def test_uninstall_fires_with_the_credential_of_the_user_state(core: Core) -> None:
    after = me({"slack": {"enabled": False, "allCredentials": []}})
    event = IntegrationUninstallEvent(SLACK_ID, "slack", credential_id=SLACK_CREDENTIAL)
    result = run(
        core.uninstall_integration("slack"),
        [
            (
                call(
                    "integrations.uninstall_integration",
                    project_id=PROJECT,
                    integration_id=SLACK_ID,
                    x_paragon_credential=UNSET,
                ),
                ok(None, 204, method="DELETE"),
            ),
            read_back(after),
            (
                emitted("onIntegrationUninstall", event, user=AuthenticatedUser.from_model(after)),
                None,
            ),
        ],
    )
    assert result is None
    user = core.session.user
    assert user is not None and user.integrations["slack"].enabled is False


def test_uninstall_one_account(core: Core) -> None:
    event = IntegrationUninstallEvent(SLACK_ID, "slack", credential_id=SLACK_SECOND_CREDENTIAL)
    run(
        core.uninstall_integration("slack", selected_credential_id=SLACK_SECOND_CREDENTIAL),
        [
            (
                call(
                    "integrations.uninstall_integration",
                    integration_id=SLACK_ID,
                    x_paragon_credential=SLACK_SECOND_CREDENTIAL,
                ),
                ok(None, 204),
            ),
            read_back(),
            (emitted("onIntegrationUninstall", event), None),
        ],
    )


def test_uninstall_by_external_id_names_the_account_by_its_id(core: Core) -> None:
    # The user state's allCredentials says which account "ext:workspace-b" is: no request.
    event = IntegrationUninstallEvent(SLACK_ID, "slack", credential_id=SLACK_SECOND_CREDENTIAL)
    run(
        core.uninstall_integration("slack", selected_credential_id="ext:workspace-b"),
        [
            (
                call(
                    "integrations.uninstall_integration",
                    integration_id=SLACK_ID,
                    x_paragon_credential="ext:workspace-b",
                ),
                ok(None, 204),
            ),
            read_back(),
            (emitted("onIntegrationUninstall", event), None),
        ],
    )


def test_uninstall_not_installed_is_refused_before_any_request(core: Core) -> None:
    refused(
        core.uninstall_integration("shopify"),
        IntegrationNotInstalledError,
        "shopify is not installed for user 'xyz'",
    )
    refused(
        make_core({"shopify": None}).uninstall_integration("shopify"), IntegrationNotInstalledError
    )


def test_uninstall_not_found_fires_nothing(core: Core) -> None:
    with pytest.raises(NotFoundError):
        run(
            core.uninstall_integration("hubspot"),
            [(call("integrations.uninstall_integration", integration_id=HUBSPOT_ID), error(404))],
        )


def test_uninstall_handler_failure_raises_after_the_change(core: Core) -> None:
    # HubSpot's state names no credential: the event says so rather than guess.
    event = IntegrationUninstallEvent(HUBSPOT_ID, "hubspot", credential_id=None)
    with pytest.raises(EventHandlerError) as caught:
        run(
            core.uninstall_integration("hubspot"),
            [
                (call("integrations.uninstall_integration"), ok(None, 204)),
                read_back(),
                (
                    emitted("onIntegrationUninstall", event),
                    handler_failure("onIntegrationUninstall", OSError("disk")),
                ),
            ],
        )
    assert caught.value.result is None


# -- the read-back after a change (_refresh_after_change) -----------------------------------------


def test_failed_read_back_returns_the_write_marks_stale_and_warns(
    core: Core, caplog: pytest.LogCaptureFixture
) -> None:
    before = core.session.user
    answer = slack_credential()
    with caplog.at_level(logging.WARNING, logger="paragon_connect"):
        result = run(
            core.update_credential(SLACK_CREDENTIAL, {"sharedSettings": SHARED}),
            [
                (call("credentials.update_credential"), ok(answer)),
                (
                    call("user.get_current_user"),
                    error(503, {"status": 503, "message": "Service unavailable"}),
                ),
            ],
        )
    assert result is answer  # the change was made: no error, or a retry would make it twice
    assert core.session.stale is True
    assert core.session.user is before
    warnings = [r for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 1
    text = warnings[0].getMessage()
    assert "The credential update was made" in text and "Service unavailable" in text
    assert SESSION_TOKEN not in caplog.text and "c2lnbmF0dXJl" not in caplog.text


def test_failed_read_back_after_install_still_fires_with_the_old_user(core: Core) -> None:
    created = installed_salesforce()
    before = core.session.user
    event = IntegrationInstallEvent(SALESFORCE_ID, "salesforce", SALESFORCE_CREDENTIAL, created)
    result = run(
        core.complete_install("salesforce", "c0de"),
        [
            (call("credentials.create_credential"), ok(created, 201)),
            (call("user.get_current_user"), ok(None)),  # unreadable: APIResponseValidationError
            (emitted("onIntegrationInstall", event, user=before), None),
        ],
    )
    assert result == event and core.session.stale is True


def stale_core() -> Core:
    """A core whose last read-back failed (as the test above leaves it)."""
    core = make_core()
    run(
        core.enable_workflow(SLACK_WORKFLOW),
        [
            toggle_step(
                "enable_workflow",
                SLACK_WORKFLOW,
                ok(workflow_state(SLACK_WORKFLOW, SLACK_ID, enabled=True)),
            ),
            (call("user.get_current_user"), error(500)),
            (
                emitted(
                    "onWorkflowChange",
                    WorkflowChangeEvent(
                        SLACK_ID, SLACK_WORKFLOW, WorkflowStateChange(enabled=True)
                    ),
                ),
                None,
            ),
        ],
    )
    assert core.session.stale
    return core


def test_stale_user_is_read_again_before_choosing_a_credential() -> None:
    core = stale_core()
    # Meanwhile the user reconnected Slack: the fresh state names the second account.
    fresh = me({"slack": {**STATES["slack"], "credentialId": SLACK_SECOND_CREDENTIAL}})
    run(
        core.update_integration_user_settings("slack", SHARED),
        [read_back(fresh), shared_update(SLACK_SECOND_CREDENTIAL), read_back(fresh)],
    )
    assert core.session.stale is False


def test_stale_user_is_read_again_before_an_uninstall() -> None:
    core = stale_core()
    gone = me({"slack": {"enabled": False, "allCredentials": []}})
    with pytest.raises(IntegrationNotInstalledError):
        run(core.uninstall_integration("slack"), [read_back(gone)])
    assert core.session.stale is False
    assert core.session.user == AuthenticatedUser.from_model(gone)


def test_stale_user_read_failing_stops_the_deciding_plan() -> None:
    core = stale_core()
    with pytest.raises(InternalServerError):
        run(core.uninstall_integration("slack"), [(call("user.get_current_user"), error(500))])
    assert core.session.stale is True


def test_stale_user_is_not_read_by_plans_that_do_not_decide_from_it() -> None:
    core = stale_core()
    run(
        core.get_credential(SLACK_CREDENTIAL),
        [(call("credentials.get_credential"), ok(slack_credential()))],
    )
    assert core.session.stale is True


def test_interrupted_read_back_propagates(core: Core) -> None:
    with pytest.raises(KeyboardInterrupt):
        run(
            core.update_credential(SLACK_CREDENTIAL, {}),
            [
                (call("credentials.update_credential"), ok(slack_credential())),
                (call("user.get_current_user"), KeyboardInterrupt()),
            ],
        )
    assert core.session.stale is False


# -- statuses and unreadable successes ------------------------------------------------------------


@pytest.mark.parametrize(
    ("status", "kind"),
    [
        (400, BadRequestError),
        (401, AuthenticationError),
        (403, PermissionDeniedError),
        (404, NotFoundError),
        (409, ConflictError),
        (422, UnprocessableEntityError),
        (429, RateLimitError),
        (500, InternalServerError),
        (502, InternalServerError),
        (503, InternalServerError),
        (418, APIStatusError),
        (302, APIStatusError),
    ],
)
def test_error_status_maps_to_its_exception(
    core: Core, status: int, kind: type[APIStatusError]
) -> None:
    envelope = {"code": f"1{status}", "status": status, "message": f"scripted failure {status}"}
    answer = error(status, envelope)
    with pytest.raises(APIStatusError) as caught:
        run(core.get_credential(SLACK_CREDENTIAL), [(call("credentials.get_credential"), answer)])
    assert type(caught.value) is kind
    assert caught.value.status_code == status
    assert caught.value.code == f"1{status}"
    assert caught.value.message == f"scripted failure {status}"
    assert caught.value.response is answer.http_response


def test_redirect_without_envelope_says_it_is_not_followed(core: Core) -> None:
    answer = error(307, "moved", headers={"Location": "https://elsewhere.example.com/"})
    with pytest.raises(APIStatusError, match="does not follow redirects"):
        run(core.get_credential(SLACK_CREDENTIAL), [(call("credentials.get_credential"), answer)])


def test_hand_built_error_without_http_response(core: Core) -> None:
    bare: Response[Any] = Response(status_code=404, content=b"", headers={}, parsed=None)
    with pytest.raises(APIError, match="Paragon answered 404") as caught:
        run(core.get_credential(SLACK_CREDENTIAL), [(call("credentials.get_credential"), bare)])
    assert not isinstance(caught.value, APIStatusError)


BODYLESS: list[Any] = [
    pytest.param(
        lambda c: c.get_credential(SLACK_CREDENTIAL),
        "credentials.get_credential",
        200,
        id="get_credential",
    ),
    pytest.param(
        lambda c: c.list_integrations(),
        "integrations.list_integrations",
        200,
        id="list_integrations",
    ),
    pytest.param(
        lambda c: c.list_credentials(), "credentials.list_credentials", 200, id="list_credentials"
    ),
    pytest.param(
        lambda c: c.get_integration_account("slack"),
        "credentials.list_credentials",
        200,
        id="get_integration_account",
    ),
    pytest.param(
        lambda c: c.set_user_metadata({}), "user.update_user_metadata", 200, id="set_user_metadata"
    ),
    pytest.param(lambda c: c.event("Contact Created", {}), "events.trigger_event", 201, id="event"),
    pytest.param(
        lambda c: c.enable_workflow(SLACK_WORKFLOW),
        "workflows.enable_workflow",
        200,
        id="enable_workflow",
    ),
    pytest.param(
        lambda c: c.complete_install("salesforce", "c"),
        "credentials.create_credential",
        201,
        id="complete_install",
    ),
    pytest.param(
        lambda c: c.connect_action("shared-slack", {}),
        "resources.connect_resource",
        200,
        id="connect_action",
    ),
    pytest.param(
        lambda c: c.get_field_options(integration="slack", action="channels"),
        "actions.get_field_options",
        200,
        id="get_field_options",
    ),
    pytest.param(
        lambda c: c.update_credential(SLACK_CREDENTIAL, {}),
        "credentials.update_credential",
        200,
        id="update_credential",
    ),
]


@pytest.mark.parametrize(("start", "operation", "status"), BODYLESS)
def test_success_without_the_documented_body(
    core: Core, start: Callable[[Core], Plan[Any]], operation: str, status: int
) -> None:
    with pytest.raises(APIResponseValidationError) as caught:
        run(start(core), [(call(operation), ok(None, status))])
    assert caught.value.operation == operation
    assert caught.value.status_code == status
    assert caught.value.problem.startswith("expected ")


# -- validation before any effect -----------------------------------------------------------------

GOOD_UUID = SLACK_WORKFLOW
REFUSALS: list[Any] = [
    # (plan, start, error, match)
    (
        "authenticate",
        lambda c: c.authenticate("not-a-uuid", SESSION_TOKEN),
        ValueError,
        "project_id",
    ),
    ("authenticate", lambda c: c.authenticate(PROJECT, "Bearer x.y.z"), ValueError, "Bearer"),
    (
        "set_user_metadata",
        lambda c: c.set_user_metadata({"name": "a", "Name": "b"}),
        ValueError,
        "both 'name' and 'Name'",
    ),
    (
        "set_user_metadata",
        lambda c: c.set_user_metadata({"email": "a", "Email": "b"}),
        ValueError,
        "both 'email' and 'Email'",
    ),
    (
        "set_user_metadata",
        lambda c: c.set_user_metadata([("Name", "a")]),
        TypeError,
        "meta must be a mapping",
    ),
    (
        "set_user_metadata",
        lambda c: c.set_user_metadata({1: "a"}),
        TypeError,
        "keys must be strings",
    ),
    (
        "set_user_metadata",
        lambda c: c.set_user_metadata({"at": object()}),
        TypeError,
        "JSON-serialisable",
    ),
    (
        "list_credentials",
        lambda c: c.list_credentials("teams"),
        IntegrationNotFoundError,
        "'teams' is not an integration",
    ),
    (
        "list_credentials",
        lambda c: c.list_credentials("not a type"),
        ValueError,
        "integration must be",
    ),
    (
        "get_integration_account",
        lambda c: c.get_integration_account("teams"),
        IntegrationNotFoundError,
        "teams",
    ),
    (
        "get_integration_account",
        lambda c: c.get_integration_account("slack", include_account_auth="true"),
        TypeError,
        "include_account_auth",
    ),
    (
        "get_integration_account",
        lambda c: c.get_integration_account("slack", selected_credential_id="two words"),
        ValueError,
        "selected_credential_id",
    ),
    (
        "get_credential",
        lambda c: c.get_credential("ext:workspace-b"),
        ValueError,
        "credential_id must be a UUID",
    ),
    ("get_credential", lambda c: c.get_credential(None), TypeError, "credential_id"),
    (
        "read_credential",
        lambda c: Core(Session()).read_credential(SLACK_CREDENTIAL),
        UserNotAuthenticatedError,
        "authenticate",
    ),
    ("update_credential", lambda c: c.update_credential("nope", {}), ValueError, "credential_id"),
    (
        "update_credential",
        lambda c: c.update_credential(SLACK_CREDENTIAL, ["sharedSettings"]),
        TypeError,
        "config must be a mapping",
    ),
    (
        "complete_install",
        lambda c: c.complete_install("salesforce", ""),
        ValueError,
        "authorization_code must not be empty",
    ),
    (
        "complete_install",
        lambda c: c.complete_install("salesforce", "c", redirect_url="ftp://app.example.com"),
        ValueError,
        "redirect_url",
    ),
    (
        "complete_install",
        lambda c: c.complete_install("salesforce", "c", integration_options=["sandbox"]),
        TypeError,
        "integration_options",
    ),
    (
        "complete_install",
        lambda c: c.complete_install("teams", "c"),
        IntegrationNotFoundError,
        "teams",
    ),
    (
        "connect_action",
        lambda c: c.connect_action("", {}),
        ValueError,
        "resource must not be empty",
    ),
    (
        "connect_action",
        lambda c: c.connect_action("shared-slack", "{}"),
        TypeError,
        "payload must be a mapping",
    ),
    (
        "connect_action",
        lambda c: c.connect_action("shared-teams", {}),
        ValueError,
        "no resource 'shared-teams'",
    ),
    (
        "update_integration_user_settings",
        lambda c: c.update_integration_user_settings("slack", None),
        TypeError,
        "update must be a mapping",
    ),
    (
        "update_integration_user_settings",
        lambda c: c.update_integration_user_settings("teams", {}),
        IntegrationNotFoundError,
        "teams",
    ),
    (
        "update_integration_user_settings",
        lambda c: c.update_integration_user_settings("slack", {}, selected_configuration_id=""),
        ValueError,
        "selected_configuration_id must not be empty",
    ),
    (
        "update_integration_user_settings",
        lambda c: c.update_integration_user_settings("shopify", {}),
        IntegrationNotInstalledError,
        "shopify",
    ),
    (
        "update_workflow_user_settings",
        lambda c: c.update_workflow_user_settings("slack", "Send Slack Notification", {}),
        ValueError,
        "workflow_id",
    ),
    (
        "update_workflow_user_settings",
        lambda c: c.update_workflow_user_settings("slack", GOOD_UUID, 3),
        TypeError,
        "update must be a mapping",
    ),
    (
        "update_workflow_user_settings",
        lambda c: c.update_workflow_user_settings(
            "slack", GOOD_UUID, {}, selected_credential_id="tab\there"
        ),
        ValueError,
        "selected_credential_id",
    ),
    ("enable_workflow", lambda c: c.enable_workflow("workflow-1"), ValueError, "workflow_id"),
    (
        "enable_workflow",
        lambda c: c.enable_workflow(GOOD_UUID, selected_credential_id=""),
        ValueError,
        "selected_credential_id",
    ),
    ("disable_workflow", lambda c: c.disable_workflow(42), TypeError, "workflow_id"),
    (
        "disable_workflow",
        lambda c: c.disable_workflow(GOOD_UUID, selected_configuration_id="a b"),
        ValueError,
        "selected_configuration_id",
    ),
    (
        "update_workflow_state",
        lambda c: c.update_workflow_state([GOOD_UUID]),
        TypeError,
        "states must be a mapping",
    ),
    (
        "update_workflow_state",
        lambda c: c.update_workflow_state({"wf": True}),
        ValueError,
        "states key",
    ),
    (
        "update_workflow_state",
        lambda c: c.update_workflow_state({GOOD_UUID: 1}),
        TypeError,
        "True or False",
    ),
    (
        "update_workflow_state",
        lambda c: c.update_workflow_state({GOOD_UUID: True}, selected_credential_id=""),
        ValueError,
        "selected_credential_id",
    ),
    (
        "get_field_options",
        lambda c: c.get_field_options(integration="slack", action=""),
        ValueError,
        "action must not be empty",
    ),
    (
        "get_field_options",
        lambda c: c.get_field_options(integration="slack", action="channels", cursor=""),
        ValueError,
        "cursor",
    ),
    (
        "get_field_options",
        lambda c: c.get_field_options(
            integration="slack",
            action="c",
            parameters=[{"key": "k", "source": {"type": "VARIABLE"}}],
        ),
        ValueError,
        r"parameters\[0\]\.source",
    ),
    (
        "get_field_options",
        lambda c: c.get_field_options(integration="slack", action="c", parameters={"k": 1}),
        TypeError,
        "value of parameter 'k'",
    ),
    (
        "get_field_options",
        lambda c: c.get_field_options(integration="slack", action="c", parameters=["k"]),
        TypeError,
        r"parameters\[0\]",
    ),
    (
        "event",
        lambda c: c.event("Contact Created", {}, selected_configuration_id="team-emea"),
        ValueError,
        "needs selected_credential_id",
    ),
    ("event", lambda c: c.event(" ", {}), ValueError, "name must not be empty"),
    (
        "event",
        lambda c: c.event("Contact Created", ["payload"]),
        TypeError,
        "payload must be a mapping",
    ),
    (
        "event",
        lambda c: c.event("Contact Created", {"n": float("nan")}),
        TypeError,
        "JSON-serialisable",
    ),
    ("workflow", lambda c: c.workflow("lead-created"), ValueError, "workflow_id"),
    (
        "workflow",
        lambda c: c.workflow(GOOD_UUID, headers={"Authorization": "Bearer x"}),
        ValueError,
        "set by the client",
    ),
    (
        "workflow",
        lambda c: c.workflow(GOOD_UUID, headers={"X-Paragon-Credential": "x"}),
        ValueError,
        "set by the client",
    ),
    (
        "workflow",
        lambda c: c.workflow(GOOD_UUID, headers={"X-A": "a\r\nX-B: b"}),
        ValueError,
        "line breaks",
    ),
    ("workflow", lambda c: c.workflow(GOOD_UUID, query={"page": None}), TypeError, "query"),
    ("workflow", lambda c: c.workflow(GOOD_UUID, body=["x"]), TypeError, "body must be a mapping"),
    (
        "request",
        lambda c: c.request("slack", "chat.postMessage", method="HEAD"),
        ValueError,
        "method must be one of",
    ),
    (
        "request",
        lambda c: c.request("slack", "conversations.list", body={"a": 1}),
        ValueError,
        "GET request cannot have a body",
    ),
    (
        "request",
        lambda c: c.request("slack", "/?limit=2"),
        ValueError,
        "path must name a provider path",
    ),
    (
        "request",
        lambda c: c.request("slack", "x", method="POST", body={1, 2}),
        TypeError,
        "body must be JSON",
    ),
    ("request", lambda c: c.request("not a type", "x"), ValueError, "integration_type"),
    (
        "request",
        lambda c: c.request("slack", "x", headers={"Host": "evil"}),
        ValueError,
        "set by the client",
    ),
    (
        "uninstall_integration",
        lambda c: c.uninstall_integration("teams"),
        IntegrationNotFoundError,
        "teams",
    ),
    (
        "uninstall_integration",
        lambda c: c.uninstall_integration("slack", selected_credential_id=" "),
        ValueError,
        "selected_credential_id",
    ),
    (
        "uninstall_integration",
        lambda c: c.uninstall_integration("shopify"),
        IntegrationNotInstalledError,
        "shopify",
    ),
    (
        "list_integrations",
        lambda c: Core(Session()).list_integrations(),
        UserNotAuthenticatedError,
        "authenticate",
    ),
    # ActionKit's plans: only their refusals here (their logic has tests of its own).
    ("list_tools", lambda c: c.list_tools(integrations=[]), ValueError, "at least one"),
    ("list_tools", lambda c: c.list_tools(available_only="yes"), TypeError, "available_only"),
    ("list_tools", lambda c: c.list_tools(categories=["crm!"]), ValueError, "category"),
    (
        "list_paragon_tools",
        lambda c: c.list_paragon_tools(integrations="not a type"),
        ValueError,
        "integrations item",
    ),
    ("get_tool", lambda c: c.get_tool(""), ValueError, "name must not be empty"),
    ("get_tool", lambda c: c.get_tool("SLACK_SEND_MESSAGE", refresh=1), TypeError, "refresh"),
    ("run_tool", lambda c: c.run_tool("SLACK_SEND_MESSAGE", ["a"]), TypeError, "arguments"),
    (
        "run_tool",
        lambda c: c.run_tool("SLACK_SEND_MESSAGE", {}, validate="no"),
        TypeError,
        "validate",
    ),
    ("call_tool", lambda c: c.call_tool({}, errors=[ValueError]), TypeError, "errors must be"),
    ("call_tool", lambda c: c.call_tool({}, strict=1), TypeError, "strict"),
    ("list_triggers", lambda c: c.list_triggers(integrations=5), TypeError, "integrations"),
    (
        "list_triggers",
        lambda c: c.list_triggers(selected_credential_id=""),
        ValueError,
        "selected_credential_id",
    ),
]


@pytest.mark.parametrize(
    ("start", "kind", "match"),
    [
        pytest.param(start, kind, match, id=f"{name}-{index}")
        for index, (name, start, kind, match) in enumerate(REFUSALS)
    ],
)
def test_bad_arguments_are_refused_before_any_effect(
    core: Core, start: Callable[[Core], Plan[Any]], kind: type[Exception], match: str
) -> None:
    before = (core.session.user, list(core.session.integrations), core.session.stale)
    refused(start(core), kind, match)
    assert (core.session.user, core.session.integrations, core.session.stale) == before


# Every plan with arguments it accepts, for the unauthenticated refusal.
VALID_STARTS: dict[str, Callable[[Core], Plan[Any]]] = {
    "set_user_metadata": lambda c: c.set_user_metadata({"Name": "Sean V"}),
    "list_integrations": lambda c: c.list_integrations(),
    "list_credentials": lambda c: c.list_credentials(),
    "get_integration_account": lambda c: c.get_integration_account("slack"),
    "get_credential": lambda c: c.get_credential(SLACK_CREDENTIAL),
    "read_credential": lambda c: c.read_credential(SLACK_CREDENTIAL),
    "update_credential": lambda c: c.update_credential(SLACK_CREDENTIAL, {}),
    "complete_install": lambda c: c.complete_install("salesforce", "c0de"),
    "connect_action": lambda c: c.connect_action("shared-slack", {}),
    "update_integration_user_settings": lambda c: c.update_integration_user_settings("slack", {}),
    "update_workflow_user_settings": lambda c: c.update_workflow_user_settings(
        "slack", GOOD_UUID, {}
    ),
    "enable_workflow": lambda c: c.enable_workflow(GOOD_UUID),
    "disable_workflow": lambda c: c.disable_workflow(GOOD_UUID),
    "update_workflow_state": lambda c: c.update_workflow_state({GOOD_UUID: True}),
    "get_field_options": lambda c: c.get_field_options(integration="slack", action="channels"),
    "event": lambda c: c.event("Contact Created", {}),
    "workflow": lambda c: c.workflow(GOOD_UUID),
    "request": lambda c: c.request("slack", "conversations.list"),
    "uninstall_integration": lambda c: c.uninstall_integration("slack"),
    "list_tools": lambda c: c.list_tools(),
    "list_paragon_tools": lambda c: c.list_paragon_tools(),
    "get_tool": lambda c: c.get_tool("SLACK_SEND_MESSAGE"),
    "run_tool": lambda c: c.run_tool("SLACK_SEND_MESSAGE", {"channel": "general"}),
    "call_tool": lambda c: c.call_tool(
        {
            "id": "call_1",
            "type": "function",
            "function": {"name": "SLACK_SEND_MESSAGE", "arguments": "{}"},
        }
    ),
    "list_triggers": lambda c: c.list_triggers(),
}


@pytest.mark.parametrize("name", sorted(VALID_STARTS))
def test_every_plan_needs_a_user_before_any_effect(name: str) -> None:
    refused(
        VALID_STARTS[name](Core(Session())),
        UserNotAuthenticatedError,
        r"authenticate\(project_id, user_token\)",
    )


def public_plans() -> set[str]:
    """The public methods of ``Core`` that return a plan."""
    return {
        name
        for name, function in inspect.getmembers(Core, inspect.isfunction)
        if not name.startswith("_")
        and str(inspect.signature(function).return_annotation).startswith("Plan[")
    }


def test_every_plan_has_refusal_cases() -> None:
    plans = public_plans()
    assert "authenticate" in plans and "request" in plans  # the annotation test sees the plans
    assert plans - {name for name, *_ in REFUSALS} == set()
    assert plans - {"authenticate"} == set(VALID_STARTS)


# -- the script runner itself ---------------------------------------------------------------------
# The tests above prove something only if a wrong plan fails them: each case here is a plan that
# strays from its script in one way, and the runner must say so.


def test_runner_fails_on_another_operation(core: Core) -> None:
    with pytest.raises(AssertionError, match=r"step 1: expected call credentials\.get_credential"):
        run(core.list_integrations(), [(call("credentials.get_credential"), ok([]))])


def test_runner_fails_on_another_argument(core: Core) -> None:
    with pytest.raises(AssertionError, match="credential_id="):
        run(
            core.get_credential(SLACK_CREDENTIAL),
            [(call("credentials.get_credential", credential_id=HUBSPOT_CREDENTIAL), ok(None))],
        )


def test_runner_fails_on_another_body(core: Core) -> None:
    with pytest.raises(AssertionError, match="body="):
        run(
            core.set_user_metadata({"name": "Sean V"}),
            [(call("user.update_user_metadata", body={"meta": {"name": "Sean V"}}), ok(me()))],
        )


def test_runner_fails_on_a_header_left_out_or_sent(core: Core) -> None:
    with pytest.raises(AssertionError, match="x_paragon_credential="):
        run(
            core.event("Contact Created", {}, selected_credential_id="workspace-b"),
            [(call("events.trigger_event", x_paragon_credential=UNSET), ok(None, 201))],
        )


def test_runner_fails_on_other_extra_headers_or_params(core: Core) -> None:
    with pytest.raises(AssertionError, match="wrong query parameters"):
        run(core.request("slack", "x?a=1"), [(call("proxy.proxy_get", params=()), ok({}))])
    with pytest.raises(AssertionError, match="wrong extra headers"):
        run(
            core.workflow(SLACK_WORKFLOW, headers={"X-A": "1"}),
            [(call("workflows.trigger_workflow", headers=()), ok(None, 202))],
        )


def test_runner_fails_when_steps_are_left(core: Core) -> None:
    with pytest.raises(AssertionError, match="returned with steps left"):
        run(
            core.list_integrations(),
            [(call("integrations.list_integrations"), ok([])), read_back()],
        )


def test_runner_fails_when_the_plan_raises_with_steps_left(core: Core) -> None:
    with pytest.raises(AssertionError, match=r"raised .*NotFoundError.* with steps left"):
        run(
            core.update_credential(SLACK_CREDENTIAL, {}),
            [(call("credentials.update_credential"), error(404)), read_back()],
        )


def test_runner_fails_on_an_effect_past_the_script(core: Core) -> None:
    with pytest.raises(AssertionError, match="after the end of the script"):
        run(
            core.update_credential(SLACK_CREDENTIAL, {}),
            [(call("credentials.update_credential"), ok(slack_credential()))],
        )


def test_runner_fails_on_another_event(core: Core) -> None:
    wrong = WorkflowChangeEvent(SLACK_ID, SLACK_WORKFLOW, WorkflowStateChange(enabled=False))
    with pytest.raises(AssertionError, match="step 3: onWorkflowChange"):
        run(
            core.enable_workflow(SLACK_WORKFLOW),
            [
                toggle_step(
                    "enable_workflow",
                    SLACK_WORKFLOW,
                    ok(workflow_state(SLACK_WORKFLOW, SLACK_ID, enabled=True)),
                ),
                read_back(),
                (emitted("onWorkflowChange", wrong), None),
            ],
        )


def test_refused_fails_when_the_plan_yields_first(core: Core) -> None:
    with pytest.raises(pytest.fail.Exception, match="yielded Call"):
        refused(core.list_integrations(), ValueError)
