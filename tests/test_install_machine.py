"""The install-flow state machine alone: every route, every refusal, no server."""

from __future__ import annotations

import itertools
import json
from typing import Any

import pytest
from paragon_connect._install_machine import (
    TRANSITIONS,
    Abandon,
    AccountTypeChosen,
    AwaitOAuth,
    BuildOAuthUrl,
    Cancel,
    CompleteSetup,
    CreateCredential,
    CredentialReceived,
    DeleteOAuthSession,
    Fail,
    FetchCredential,
    Finish,
    InstallFlowError,
    InstallFlowMachine,
    InstallOptions,
    OAuthApproved,
    OAuthPending,
    OAuthUrlBuilt,
    PostOptionsGiven,
    PreOptionsGiven,
    RemoveCredential,
    ReportCancelled,
    ShowStage,
    Start,
    State,
)

SALESFORCE: dict[str, Any] = {
    "id": "1a7b3c9d-2e4f-4a6b-8c0d-1e2f3a4b5c6d",
    "type": "salesforce",
    "authenticationType": "oauth",
    "sdkIntegrationConfig": {
        "accountTypes": [
            {"id": "default", "accountDescription": "Production Account"},
            {"id": "sandbox", "accountDescription": "Sandbox Account"},
        ],
        "oauthInputs": [],
        "postOauthInputs": [],
    },
}
SHOPIFY: dict[str, Any] = {
    "id": "8b3e3659-3742-4aa4-85b2-378f92890c50",
    "type": "shopify",
    "authenticationType": "oauth",
    "sdkIntegrationConfig": {
        "accountTypes": [],
        "oauthInputs": [
            {"id": "SHOP_NAME", "title": "Shop name", "type": "TEXT_NO_VARS", "required": True}
        ],
    },
}
JIRA: dict[str, Any] = {
    "id": "5c7e9a1b-3d5f-4b8a-9c2e-4f6a8b0c2d4e",
    "type": "jira",
    "authenticationType": "oauth",
    "sdkIntegrationConfig": {
        "postOauthInputs": [
            {"id": "JIRA_CLOUD_ID", "title": "Jira site", "type": "DYNAMIC_ENUM", "required": True},
            {"id": "NOTIFY", "title": "Notify", "type": "SWITCH"},
        ],
    },
}
STRIPE: dict[str, Any] = {
    "id": "6f3c5e1a-52a4-4c8e-9d0b-7f1e2a3b4c5d",
    "type": "stripe",
    "authenticationType": "basic",
    "sdkIntegrationConfig": {
        "authConfigInputs": [
            {"id": "API_KEY", "title": "Secret key", "type": "PASSWORD", "required": True}
        ],
    },
}
CREDENTIAL = {"id": "8e1a3c5f-7b9d-4f2e-a6c8-0b2d4f6a8c1e", "status": "PENDING"}


def state_of(flow: InstallFlowMachine) -> State:
    # A function call: mypy would otherwise narrow flow.state after the first assertion.
    return flow.state


def machine(integration: dict[str, Any], **options: Any) -> InstallFlowMachine:
    return InstallFlowMachine(
        integration=integration, options=InstallOptions(**options), nonce_factory=lambda: "n" * 32
    )


def test_salesforce_route_with_an_account_type_choice() -> None:
    flow = machine(SALESFORCE)
    actions = flow.handle(Start())
    assert state_of(flow) is State.ACCOUNT_TYPE
    assert actions == [
        ShowStage("accountType", {"options": SALESFORCE["sdkIntegrationConfig"]["accountTypes"]})
    ]
    (build,) = flow.handle(AccountTypeChosen("sandbox"))
    assert isinstance(build, BuildOAuthUrl)
    assert state_of(flow) is State.BUILDING_OAUTH
    assert build.query["action"] == "salesforce"
    assert build.query["oauthMetaKeyId"] == "n" * 32
    assert json.loads(build.query["installOptions"]) == {"accountType": "sandbox"}
    assert json.loads(build.query["endUserSuppliedValues"]) == {}
    assert flow.handle(OAuthUrlBuilt("https://test.salesforce.com/consent")) == [
        ShowStage("oauth", {"consentUrl": "https://test.salesforce.com/consent"}),
        AwaitOAuth("n" * 32),
    ]
    assert flow.handle(OAuthApproved(CREDENTIAL["id"])) == [
        DeleteOAuthSession("n" * 32),
        FetchCredential(CREDENTIAL["id"]),
    ]
    assert state_of(flow) is State.FETCHING_CREDENTIAL
    assert flow.handle(CredentialReceived(CREDENTIAL)) == [
        ShowStage("done", {"credentialId": CREDENTIAL["id"], "credential": CREDENTIAL}),
        Finish(CREDENTIAL),
    ]
    assert state_of(flow) is State.DONE


def test_account_type_given_at_start_skips_the_choice() -> None:
    flow = machine(SALESFORCE, account_type="default")
    (build,) = flow.handle(Start())
    assert isinstance(build, BuildOAuthUrl)
    assert json.loads(build.query["installOptions"]) == {"accountType": "default"}
    with pytest.raises(
        InstallFlowError,
        match="account type 'staging' is not one of salesforce's: default, sandbox",
    ):
        machine(SALESFORCE, account_type="staging").handle(Start())


def test_unknown_account_type_is_refused_and_nothing_changes() -> None:
    flow = machine(SALESFORCE)
    flow.handle(Start())
    with pytest.raises(InstallFlowError, match="'production' is not one of salesforce's"):
        flow.handle(AccountTypeChosen("production"))
    assert state_of(flow) is State.ACCOUNT_TYPE and flow.account_type is None


@pytest.mark.parametrize(
    ("values", "message"),
    [
        ({}, "the required input 'SHOP_NAME' \\(Shop name\\) is missing"),
        ({"SHOP_NAME": "  "}, "the required input 'SHOP_NAME' \\(Shop name\\) is empty"),
        ({"SHOP_NAME": 42}, "input 'SHOP_NAME' \\(Shop name\\) takes a string, not int"),
        (
            {"SHOP_NAME": "my-shop", "SHOP": "x"},
            "'SHOP' is not an input of this stage \\(the inputs are: SHOP_NAME\\)",
        ),
    ],
)
def test_pre_options_are_checked_before_anything_is_sent(
    values: dict[str, Any], message: str
) -> None:
    flow = machine(SHOPIFY)
    assert flow.handle(Start()) == [
        ShowStage("preOptions", {"options": SHOPIFY["sdkIntegrationConfig"]["oauthInputs"]})
    ]
    with pytest.raises(InstallFlowError, match=message):
        flow.handle(PreOptionsGiven(values))
    assert state_of(flow) is State.PRE_OPTIONS and flow.pre_options == {} and flow.nonce is None


def test_shopify_pre_options_travel_to_build_oauth() -> None:
    flow = machine(SHOPIFY)
    flow.handle(Start())
    (build,) = flow.handle(PreOptionsGiven({"SHOP_NAME": "my-shop"}))
    assert isinstance(build, BuildOAuthUrl)
    assert json.loads(build.query["endUserSuppliedValues"]) == {"SHOP_NAME": "my-shop"}


def test_jira_post_options_complete_the_setup() -> None:
    flow = machine(JIRA, allow_multiple_credentials=True)
    flow.handle(Start())
    flow.handle(OAuthUrlBuilt("https://auth.atlassian.com/consent"))
    flow.handle(OAuthApproved(CREDENTIAL["id"]))
    (stage,) = flow.handle(CredentialReceived(CREDENTIAL))
    assert stage == ShowStage(
        "postOptions",
        {
            "options": JIRA["sdkIntegrationConfig"]["postOauthInputs"],
            "credentialId": CREDENTIAL["id"],
        },
    )
    with pytest.raises(InstallFlowError, match="input 'NOTIFY' \\(Notify\\) takes True or False"):
        flow.handle(PostOptionsGiven({"JIRA_CLOUD_ID": "my-jira-cloud-id", "NOTIFY": "yes"}))
    assert state_of(flow) is State.POST_OPTIONS
    (setup,) = flow.handle(PostOptionsGiven({"JIRA_CLOUD_ID": "my-jira-cloud-id"}))
    assert setup == CompleteSetup(
        CREDENTIAL["id"],
        {
            "payload": {"JIRA_CLOUD_ID": "my-jira-cloud-id"},
            "installOptions": {"allowMultipleCredentials": True},
        },
    )
    done = {**CREDENTIAL, "status": "VALID"}
    assert flow.handle(CredentialReceived(done))[1] == Finish(done)
    assert state_of(flow) is State.DONE


def test_api_key_integration_creates_a_credential() -> None:
    flow = machine(STRIPE, external_id="acct-1")
    flow.handle(Start())
    (create,) = flow.handle(PreOptionsGiven({"API_KEY": "sk_test_51Hx"}))
    assert create == CreateCredential(
        {
            "integrationId": STRIPE["id"],
            "config": {},
            "payload": {"API_KEY": "sk_test_51Hx"},
            "installOptions": {"externalId": "acct-1"},
        }
    )
    assert state_of(flow) is State.CREATING_CREDENTIAL
    assert isinstance(flow.handle(CredentialReceived(CREDENTIAL))[1], Finish)


def test_cancel_removes_a_half_installed_credential() -> None:
    flow = machine(JIRA)
    flow.handle(Start())
    flow.handle(OAuthUrlBuilt("u"))
    flow.handle(OAuthApproved(CREDENTIAL["id"]))
    flow.handle(CredentialReceived(CREDENTIAL))
    assert flow.handle(Cancel()) == [RemoveCredential(JIRA["id"], CREDENTIAL["id"])]
    assert state_of(flow) is State.IDLE


def test_fail_and_abandon_while_waiting_for_oauth_delete_the_session() -> None:
    for event in (Abandon(), Fail(TimeoutError())):
        flow = machine(SALESFORCE, account_type="default")
        flow.handle(Start())
        flow.handle(OAuthUrlBuilt("u"))
        assert flow.handle(event) == [DeleteOAuthSession("n" * 32)]
        assert state_of(flow) is State.IDLE


def test_cancel_while_waiting_for_oauth_ends_at_the_next_poll() -> None:
    flow = machine(SALESFORCE, account_type="default")
    flow.handle(Start())
    flow.handle(OAuthUrlBuilt("u"))
    # A request is in flight (the poll): the machine notes the cancel and waits for its answer.
    assert flow.handle(Cancel()) == []
    assert state_of(flow) is State.AWAITING_OAUTH and flow.cancel_requested
    assert flow.handle(OAuthPending()) == [DeleteOAuthSession("n" * 32), ReportCancelled()]
    assert state_of(flow) is State.IDLE and flow.cancelled


EVENTS: list[Any] = [
    Start(),
    AccountTypeChosen("default"),
    PreOptionsGiven({}),
    OAuthUrlBuilt("u"),
    OAuthApproved(CREDENTIAL["id"]),
    CredentialReceived(CREDENTIAL),
    PostOptionsGiven({}),
    OAuthPending(),
    Cancel(),
    Abandon(),
    Fail(RuntimeError()),
]


@pytest.mark.parametrize(
    ("state", "event"),
    [
        (state, event)
        for state, event in itertools.product(State, EVENTS)
        if type(event) not in TRANSITIONS[state]
    ],
    ids=lambda value: getattr(value, "value", type(value).__name__),
)
def test_every_illegal_event_raises_and_changes_nothing(state: State, event: Any) -> None:
    flow = machine(SALESFORCE)
    flow.state = state
    before = vars(flow).copy()
    with pytest.raises(
        InstallFlowError, match=f"at '{state.value}', where {type(event).__name__} is not possible"
    ):
        flow.handle(event)
    assert vars(flow) == before


def test_the_table_covers_every_state_and_only_reaches_states() -> None:
    assert set(TRANSITIONS) == set(State)
    for accepted in TRANSITIONS.values():
        for targets in accepted.values():
            assert targets and targets <= set(State)
    # From every state but IDLE and DONE the application can give up (DONE: too late).
    assert all(Cancel in TRANSITIONS[state] for state in State if state not in IDLE_OR_DONE)
    assert all(Abandon in TRANSITIONS[state] for state in State if state not in IDLE_OR_DONE)


IDLE_OR_DONE = (State.IDLE, State.DONE)
