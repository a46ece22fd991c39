"""The install-flow state machine alone: each row of its table, every refusal, no server.

``CASES`` holds at least one case per row of ``TRANSITIONS`` and one per target a row may
choose; a row added to the table without a case fails ``test_every_row_has_a_case``.
"""

from __future__ import annotations

import itertools
import json
from dataclasses import dataclass, field, replace
from typing import Any

import pytest
from paragon_connect._install_machine import (
    ASKING,
    IN_FLIGHT,
    TRANSITIONS,
    Abandon,
    AccountTypeChosen,
    Action,
    AwaitOAuth,
    BuildOAuthUrl,
    Cancel,
    CompleteSetup,
    CreateCredential,
    CredentialReceived,
    DeleteOAuthSession,
    Event,
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
    Row,
    ShowStage,
    Snapshot,
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
HOST_INPUT: dict[str, Any] = {"id": "HOST", "title": "Host", "type": "TEXT_NO_VARS"}
# Account types that lead three ways: OAuth, OAuth after an input, an API key.
GITLAB: dict[str, Any] = {
    "id": "0d2f4b6a-8c1e-4a3b-9d5f-7e9a1c3b5d7f",
    "type": "gitlab",
    "authenticationType": "oauth",
    "sdkIntegrationConfig": {
        "accountTypes": [
            {"id": "cloud", "scheme": "oauth"},
            {"id": "selfManaged", "scheme": "oauth", "endUserSuppliedValues": [HOST_INPUT]},
            {"id": "token", "scheme": "basic", "skipPostOAuthInputs": True},
        ],
    },
}
# API-key integrations that ask for nothing, and lean ones (no sdkIntegrationConfig: the inputs
# are unknown).
WEBHOOK: dict[str, Any] = {
    "id": "2b4d6f8a-0c1e-4f3a-8b5d-7c9e1a3b5d7f",
    "type": "webhook",
    "authenticationType": "basic",
    "sdkIntegrationConfig": {},
}
LEAN_OAUTH: dict[str, Any] = {"id": "3c5e7a9b-1d2f-4a4b-9c6d-8e0f2a4b6c8d", "type": "notion"}
LEAN_KEY: dict[str, Any] = {
    "id": "4d6f8b0c-2e3a-4b5c-8d7e-9f1a3b5c7d9e",
    "type": "openai",
    "authenticationType": "basic",
}

NONCE = "n" * 32
CONSENT_URL = "https://login.example.com/consent?state=n"
CREDENTIAL: dict[str, Any] = {"id": "8e1a3c5f-7b9d-4f2e-a6c8-0b2d4f6a8c1e", "status": "PENDING"}
VALID = {**CREDENTIAL, "status": "VALID"}


def state_of(flow: InstallFlowMachine) -> State:
    # A function call: mypy would otherwise narrow flow.state after the first assertion.
    return flow.state


def machine(
    integration: dict[str, Any],
    snapshot: Snapshot | None = None,
    options: InstallOptions | None = None,
) -> InstallFlowMachine:
    return InstallFlowMachine(
        integration=integration, options=options, nonce_factory=lambda: NONCE, snapshot=snapshot
    )


def oauth_query(
    integration: dict[str, Any], values: str = "{}", options: str = "{}"
) -> BuildOAuthUrl:
    return BuildOAuthUrl(
        {
            "action": integration["type"],
            "integrationId": integration["id"],
            "oauthMetaKeyId": NONCE,
            "endUserSuppliedValues": values,
            "installOptions": options,
        }
    )


def done(credential: dict[str, Any]) -> list[Action]:
    return [
        ShowStage("done", {"credentialId": credential["id"], "credential": credential}),
        Finish(credential),
    ]


# -- one case per row and target -------------------------------------------------------------


@dataclass(frozen=True)
class Case:
    """One event at one snapshot: the target, the actions, and what else the snapshot gains.

    ``target`` None: the row refuses, with an error matching ``refused``.
    """

    label: str
    integration: dict[str, Any]
    before: Snapshot
    event: Event
    target: State | None
    actions: list[Action] = field(default_factory=list)
    changes: dict[str, Any] = field(default_factory=dict)
    options: InstallOptions = field(default_factory=InstallOptions)
    refused: str = ""

    @property
    def row(self) -> tuple[State, type]:
        return (self.before.state, type(self.event))

    @property
    def id(self) -> str:
        return f"{self.before.state.value}-{type(self.event).__name__}-{self.label}"


IDLE = Snapshot()
ASKED_ACCOUNT_TYPE = Snapshot(state=State.ACCOUNT_TYPE)
ASKED_PRE_OPTIONS = Snapshot(state=State.PRE_OPTIONS)
BUILDING = Snapshot(state=State.BUILDING_OAUTH, nonce=NONCE)
AWAITING = Snapshot(state=State.AWAITING_OAUTH, nonce=NONCE, consent_url=CONSENT_URL)
FETCHING = replace(AWAITING, state=State.FETCHING_CREDENTIAL)
CREATING = Snapshot(state=State.CREATING_CREDENTIAL, pre_options={"API_KEY": "sk_test_51Hx"})
ASKED_POST_OPTIONS = replace(FETCHING, state=State.POST_OPTIONS, credential=CREDENTIAL)
COMPLETING = replace(
    ASKED_POST_OPTIONS, state=State.COMPLETING_SETUP, post_options={"JIRA_CLOUD_ID": "c"}
)
DONE = replace(COMPLETING, state=State.DONE, credential=VALID)


def cancelled_during(snapshot: Snapshot) -> Snapshot:
    return replace(snapshot, cancel_requested=True)


def remove(integration: dict[str, Any]) -> RemoveCredential:
    return RemoveCredential(integration["id"], CREDENTIAL["id"])


CASES: list[Case] = [
    # IDLE
    Case(
        "several account types: the choice",
        SALESFORCE,
        IDLE,
        Start(),
        State.ACCOUNT_TYPE,
        [ShowStage("accountType", {"options": SALESFORCE["sdkIntegrationConfig"]["accountTypes"]})],
    ),
    Case(
        "inputs before OAuth",
        SHOPIFY,
        IDLE,
        Start(),
        State.PRE_OPTIONS,
        [ShowStage("preOptions", {"options": SHOPIFY["sdkIntegrationConfig"]["oauthInputs"]})],
    ),
    Case(
        "account type given: straight to OAuth",
        SALESFORCE,
        IDLE,
        Start(),
        State.BUILDING_OAUTH,
        [oauth_query(SALESFORCE, options='{"accountType":"sandbox"}')],
        {"account_type": "sandbox", "nonce": NONCE},
        options=InstallOptions(account_type="sandbox"),
    ),
    Case(
        "an API key asking for nothing",
        WEBHOOK,
        IDLE,
        Start(),
        State.CREATING_CREDENTIAL,
        [
            CreateCredential(
                {"integrationId": WEBHOOK["id"], "config": {}, "payload": {}, "installOptions": {}}
            )
        ],
    ),
    Case(
        "nothing to cancel",
        SALESFORCE,
        IDLE,
        Cancel(),
        None,
        refused="at 'idle', where Cancel is not possible: there is no flow to cancel",
    ),
    # ACCOUNT_TYPE
    Case(
        "an account type with inputs",
        GITLAB,
        ASKED_ACCOUNT_TYPE,
        AccountTypeChosen("selfManaged"),
        State.PRE_OPTIONS,
        [ShowStage("preOptions", {"options": [HOST_INPUT]})],
        {"account_type": "selfManaged"},
    ),
    Case(
        "an OAuth account type",
        GITLAB,
        ASKED_ACCOUNT_TYPE,
        AccountTypeChosen("cloud"),
        State.BUILDING_OAUTH,
        [oauth_query(GITLAB, options='{"accountType":"cloud"}')],
        {"account_type": "cloud", "nonce": NONCE},
    ),
    Case(
        "an API-key account type",
        GITLAB,
        ASKED_ACCOUNT_TYPE,
        AccountTypeChosen("token"),
        State.CREATING_CREDENTIAL,
        [
            CreateCredential(
                {
                    "integrationId": GITLAB["id"],
                    "config": {},
                    "payload": {"skipPostOAuthInputs": True},
                    "installOptions": {"accountType": "token"},
                }
            )
        ],
        {"account_type": "token"},
    ),
    Case("at once", GITLAB, ASKED_ACCOUNT_TYPE, Cancel(), State.IDLE, [], {"cancelled": True}),
    Case("nothing to undo", GITLAB, ASKED_ACCOUNT_TYPE, Abandon(), State.IDLE),
    # PRE_OPTIONS
    Case(
        "OAuth with the inputs",
        SHOPIFY,
        ASKED_PRE_OPTIONS,
        PreOptionsGiven({"SHOP_NAME": "my-shop"}),
        State.BUILDING_OAUTH,
        [oauth_query(SHOPIFY, values='{"SHOP_NAME":"my-shop"}')],
        {"pre_options": {"SHOP_NAME": "my-shop"}, "nonce": NONCE},
    ),
    Case(
        "an API key",
        STRIPE,
        ASKED_PRE_OPTIONS,
        PreOptionsGiven({"API_KEY": "sk_test_51Hx"}),
        State.CREATING_CREDENTIAL,
        [
            CreateCredential(
                {
                    "integrationId": STRIPE["id"],
                    "config": {},
                    "payload": {"API_KEY": "sk_test_51Hx"},
                    "installOptions": {"externalId": "acct-1"},
                }
            )
        ],
        {"pre_options": {"API_KEY": "sk_test_51Hx"}},
        options=InstallOptions(external_id="acct-1"),
    ),
    Case("at once", SHOPIFY, ASKED_PRE_OPTIONS, Cancel(), State.IDLE, [], {"cancelled": True}),
    Case("nothing to undo", SHOPIFY, ASKED_PRE_OPTIONS, Abandon(), State.IDLE),
    # BUILDING_OAUTH
    Case(
        "the consent page",
        SALESFORCE,
        BUILDING,
        OAuthUrlBuilt(CONSENT_URL),
        State.AWAITING_OAUTH,
        [ShowStage("oauth", {"consentUrl": CONSENT_URL}), AwaitOAuth(NONCE)],
        {"consent_url": CONSENT_URL},
    ),
    Case(
        "undone after a cancel",
        SALESFORCE,
        cancelled_during(BUILDING),
        OAuthUrlBuilt(CONSENT_URL),
        State.IDLE,
        [DeleteOAuthSession(NONCE), ReportCancelled()],
        {"cancelled": True},
    ),
    Case(
        "noted",
        SALESFORCE,
        BUILDING,
        Cancel(),
        State.BUILDING_OAUTH,
        [],
        {"cancel_requested": True},
    ),
    Case(
        "the session deleted",
        SALESFORCE,
        BUILDING,
        Abandon(),
        State.IDLE,
        [DeleteOAuthSession(NONCE)],
    ),
    Case(
        "the session deleted",
        SALESFORCE,
        BUILDING,
        Fail(RuntimeError()),
        State.IDLE,
        [DeleteOAuthSession(NONCE)],
    ),
    # AWAITING_OAUTH
    Case("keep polling", SALESFORCE, AWAITING, OAuthPending(), State.AWAITING_OAUTH),
    Case(
        "undone after a cancel",
        SALESFORCE,
        cancelled_during(AWAITING),
        OAuthPending(),
        State.IDLE,
        [DeleteOAuthSession(NONCE), ReportCancelled()],
        {"cancelled": True},
    ),
    Case(
        "the credential read",
        SALESFORCE,
        AWAITING,
        OAuthApproved(CREDENTIAL["id"]),
        State.FETCHING_CREDENTIAL,
        [DeleteOAuthSession(NONCE), FetchCredential(CREDENTIAL["id"])],
    ),
    Case(
        "undone after a cancel",
        SALESFORCE,
        cancelled_during(AWAITING),
        OAuthApproved(CREDENTIAL["id"]),
        State.IDLE,
        [DeleteOAuthSession(NONCE), remove(SALESFORCE), ReportCancelled()],
        {"cancelled": True, "credential": {"id": CREDENTIAL["id"]}},
    ),
    Case(
        "noted",
        SALESFORCE,
        AWAITING,
        Cancel(),
        State.AWAITING_OAUTH,
        [],
        {"cancel_requested": True},
    ),
    Case(
        "the session deleted",
        SALESFORCE,
        AWAITING,
        Abandon(),
        State.IDLE,
        [DeleteOAuthSession(NONCE)],
    ),
    Case(
        "the session deleted",
        SALESFORCE,
        AWAITING,
        Fail(TimeoutError()),
        State.IDLE,
        [DeleteOAuthSession(NONCE)],
    ),
    # FETCHING_CREDENTIAL
    Case(
        "inputs after OAuth",
        JIRA,
        FETCHING,
        CredentialReceived(CREDENTIAL),
        State.POST_OPTIONS,
        [
            ShowStage(
                "postOptions",
                {
                    "options": JIRA["sdkIntegrationConfig"]["postOauthInputs"],
                    "credentialId": CREDENTIAL["id"],
                },
            )
        ],
        {"credential": CREDENTIAL},
    ),
    Case(
        "unknown inputs and a PENDING credential",
        LEAN_OAUTH,
        FETCHING,
        CredentialReceived(CREDENTIAL),
        State.POST_OPTIONS,
        [ShowStage("postOptions", {"options": [], "credentialId": CREDENTIAL["id"]})],
        {"credential": CREDENTIAL},
    ),
    Case(
        "installed",
        SALESFORCE,
        FETCHING,
        CredentialReceived(CREDENTIAL),
        State.DONE,
        done(CREDENTIAL),
        {"credential": CREDENTIAL},
    ),
    Case(
        "undone after a cancel",
        JIRA,
        cancelled_during(FETCHING),
        CredentialReceived(CREDENTIAL),
        State.IDLE,
        [remove(JIRA), ReportCancelled()],
        {"credential": CREDENTIAL, "cancelled": True},
    ),
    Case(
        "noted", JIRA, FETCHING, Cancel(), State.FETCHING_CREDENTIAL, [], {"cancel_requested": True}
    ),
    # The approval's credential ID is not kept (only a cancel keeps it): nothing is removed.
    Case("the approved credential not removed", JIRA, FETCHING, Abandon(), State.IDLE),
    Case("the approved credential not removed", JIRA, FETCHING, Fail(RuntimeError()), State.IDLE),
    # CREATING_CREDENTIAL
    Case(
        "installed",
        STRIPE,
        CREATING,
        CredentialReceived(CREDENTIAL),
        State.DONE,
        done(CREDENTIAL),
        {"credential": CREDENTIAL},
    ),
    Case(
        "unknown inputs and a PENDING credential",
        LEAN_KEY,
        CREATING,
        CredentialReceived(CREDENTIAL),
        State.POST_OPTIONS,
        [ShowStage("postOptions", {"options": [], "credentialId": CREDENTIAL["id"]})],
        {"credential": CREDENTIAL},
    ),
    Case(
        "undone after a cancel",
        STRIPE,
        cancelled_during(CREATING),
        CredentialReceived(CREDENTIAL),
        State.IDLE,
        [remove(STRIPE), ReportCancelled()],
        {"credential": CREDENTIAL, "cancelled": True},
    ),
    Case(
        "noted",
        STRIPE,
        CREATING,
        Cancel(),
        State.CREATING_CREDENTIAL,
        [],
        {"cancel_requested": True},
    ),
    Case("nothing known to undo", STRIPE, CREATING, Abandon(), State.IDLE),
    Case("nothing known to undo", STRIPE, CREATING, Fail(RuntimeError()), State.IDLE),
    # POST_OPTIONS
    Case(
        "the setup completed",
        JIRA,
        ASKED_POST_OPTIONS,
        PostOptionsGiven({"JIRA_CLOUD_ID": "my-jira-cloud-id"}),
        State.COMPLETING_SETUP,
        [
            CompleteSetup(
                CREDENTIAL["id"],
                {
                    "payload": {"JIRA_CLOUD_ID": "my-jira-cloud-id"},
                    "installOptions": {"allowMultipleCredentials": True},
                },
            )
        ],
        {"post_options": {"JIRA_CLOUD_ID": "my-jira-cloud-id"}},
        options=InstallOptions(allow_multiple_credentials=True),
    ),
    Case(
        "the credential removed",
        JIRA,
        ASKED_POST_OPTIONS,
        Cancel(),
        State.IDLE,
        [remove(JIRA)],
        {"cancelled": True},
    ),
    Case("the credential removed", JIRA, ASKED_POST_OPTIONS, Abandon(), State.IDLE, [remove(JIRA)]),
    # COMPLETING_SETUP
    Case(
        "installed",
        JIRA,
        COMPLETING,
        CredentialReceived(VALID),
        State.DONE,
        done(VALID),
        {"credential": VALID},
    ),
    Case(
        "undone after a cancel",
        JIRA,
        cancelled_during(COMPLETING),
        CredentialReceived(VALID),
        State.IDLE,
        [remove(JIRA), ReportCancelled()],
        {"credential": VALID, "cancelled": True},
    ),
    Case(
        "noted", JIRA, COMPLETING, Cancel(), State.COMPLETING_SETUP, [], {"cancel_requested": True}
    ),
    Case("the credential removed", JIRA, COMPLETING, Abandon(), State.IDLE, [remove(JIRA)]),
    # A failed setup leaves the credential to the application (it exists, set up or not).
    Case("the credential kept", JIRA, COMPLETING, Fail(RuntimeError()), State.IDLE),
    # DONE
    Case(
        "too late",
        JIRA,
        DONE,
        Cancel(),
        None,
        refused=(
            "at 'done', where Cancel is not possible: too late, the integration is installed "
            f"\\(credential {CREDENTIAL['id']}\\); uninstall_integration\\(\\) removes it"
        ),
    ),
]


def test_every_row_has_a_case() -> None:
    assert {case.row for case in CASES} == set(TRANSITIONS)


@pytest.mark.parametrize("key", list(TRANSITIONS), ids=lambda key: str(TRANSITIONS[key]))
def test_every_target_of_a_row_has_a_case(key: tuple[State, type]) -> None:
    reached = {case.target for case in CASES if case.row == key}
    targets: set[State | None] = set(TRANSITIONS[key].targets)
    assert reached == (targets or {None})


@pytest.mark.parametrize("case", CASES, ids=[case.id for case in CASES])
def test_row(case: Case) -> None:
    flow = machine(case.integration, case.before, case.options)
    if case.target is None:
        with pytest.raises(InstallFlowError, match=case.refused):
            flow.handle(case.event)
        assert flow.snapshot is case.before
        return
    assert flow.handle(case.event) == case.actions
    assert flow.snapshot == replace(case.before, state=case.target, **case.changes)


# -- what the table says -------------------------------------------------------------------------


def test_cancel_has_a_row_in_every_state() -> None:
    for state in State:
        row = TRANSITIONS[(state, Cancel)]
        if state in (State.IDLE, State.DONE):
            assert row.targets == frozenset() and row.refusal is not None
        elif state in ASKING:
            assert row.targets == {State.IDLE}  # at once
        else:
            assert state in IN_FLIGHT and row.targets == {state}  # noted until the outcome


def test_abandon_where_a_flow_runs_and_fail_where_a_request_is_out() -> None:
    assert {state for state, event in TRANSITIONS if event is Abandon} == ASKING | IN_FLIGHT
    assert {state for state, event in TRANSITIONS if event is Fail} == IN_FLIGHT
    for (_, event), row in TRANSITIONS.items():
        if event in (Abandon, Fail):
            assert row.targets == {State.IDLE}


def test_takes_says_whether_a_row_would_take_the_event() -> None:
    assert not machine(JIRA).takes(Cancel)  # the row refuses
    assert not machine(JIRA).takes(Abandon)  # no row
    assert machine(JIRA, ASKED_POST_OPTIONS).takes(Abandon)
    assert not machine(JIRA, ASKED_POST_OPTIONS).takes(Fail)


def _rule(spec: Any, snapshot: Snapshot, event: object) -> tuple[Snapshot, list[Action]]:
    return snapshot, []


def test_a_malformed_row_fails_when_built() -> None:
    with pytest.raises(ValueError, match="need a guard"):
        Row(State.IDLE, Start, to={State.ACCOUNT_TYPE: _rule, State.PRE_OPTIONS: _rule})
    with pytest.raises(ValueError, match="either refuses or has targets"):
        Row(State.IDLE, Start, to={})
    with pytest.raises(ValueError, match="either refuses or has targets"):
        Row(State.IDLE, Start, to={State.IDLE: _rule}, refusal=lambda spec, snapshot: "no")


def test_a_guard_choosing_outside_its_row_is_a_bug() -> None:
    row = Row(
        State.IDLE,
        Start,
        to={State.ACCOUNT_TYPE: _rule, State.PRE_OPTIONS: _rule},
        choose=lambda spec, snapshot: State.DONE,
    )
    flow = machine(JIRA)
    with pytest.raises(AssertionError, match="IDLE on Start: the guard chose DONE"):
        row.apply(flow.spec, flow.snapshot, Start())


# -- what is refused changes nothing ---------------------------------------------------------

EVENTS: list[Event] = [
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
        if (state, type(event)) not in TRANSITIONS
    ],
    ids=lambda value: getattr(value, "value", type(value).__name__),
)
def test_an_event_without_a_row_raises_and_changes_nothing(state: State, event: Event) -> None:
    flow = machine(SALESFORCE, Snapshot(state=state, nonce=NONCE, credential=CREDENTIAL))
    before = flow.snapshot
    with pytest.raises(
        InstallFlowError, match=f"at '{state.value}', where {type(event).__name__} is not possible"
    ):
        flow.handle(event)
    assert flow.snapshot is before


INVALID: list[tuple[str, dict[str, Any], Snapshot, Event, InstallOptions, str]] = [
    (
        "an unknown account type given to start",
        SALESFORCE,
        IDLE,
        Start(),
        InstallOptions(account_type="staging"),
        "account type 'staging' is not one of salesforce's: default, sandbox",
    ),
    (
        "an unknown account type chosen",
        SALESFORCE,
        ASKED_ACCOUNT_TYPE,
        AccountTypeChosen("production"),
        InstallOptions(),
        "account type 'production' is not one of salesforce's: default, sandbox",
    ),
    (
        "a required input missing",
        SHOPIFY,
        ASKED_PRE_OPTIONS,
        PreOptionsGiven({}),
        InstallOptions(),
        "pre-options: the required input 'SHOP_NAME' \\(Shop name\\) is missing",
    ),
    (
        "a required input empty",
        SHOPIFY,
        ASKED_PRE_OPTIONS,
        PreOptionsGiven({"SHOP_NAME": "  "}),
        InstallOptions(),
        "the required input 'SHOP_NAME' \\(Shop name\\) is empty",
    ),
    (
        "a text input given a number",
        SHOPIFY,
        ASKED_PRE_OPTIONS,
        PreOptionsGiven({"SHOP_NAME": 42}),
        InstallOptions(),
        "input 'SHOP_NAME' \\(Shop name\\) takes a string, not int",
    ),
    (
        "an unknown input",
        SHOPIFY,
        ASKED_PRE_OPTIONS,
        PreOptionsGiven({"SHOP_NAME": "my-shop", "SHOP": "x"}),
        InstallOptions(),
        "'SHOP' is not an input of this stage \\(the inputs are: SHOP_NAME\\)",
    ),
    (
        "values that are not JSON, the inputs unknown",
        LEAN_OAUTH,
        ASKED_PRE_OPTIONS,
        PreOptionsGiven({"TOKEN": object()}),
        InstallOptions(),
        "pre-options must be JSON-serialisable",
    ),
    (
        "a switch given a string",
        JIRA,
        ASKED_POST_OPTIONS,
        PostOptionsGiven({"JIRA_CLOUD_ID": "my-jira-cloud-id", "NOTIFY": "yes"}),
        InstallOptions(),
        "post-options: input 'NOTIFY' \\(Notify\\) takes True or False, not str",
    ),
]


@pytest.mark.parametrize(
    ("integration", "before", "event", "options", "message"),
    [case[1:] for case in INVALID],
    ids=[case[0] for case in INVALID],
)
def test_an_invalid_event_raises_and_leaves_the_snapshot_as_it_was(
    integration: dict[str, Any],
    before: Snapshot,
    event: Event,
    options: InstallOptions,
    message: str,
) -> None:
    flow = machine(integration, before, options)
    with pytest.raises(InstallFlowError, match=message):
        flow.handle(event)
    assert flow.snapshot is before


def test_a_rule_that_fails_after_the_checks_commits_nothing() -> None:
    def no_nonce() -> str:
        raise RuntimeError("no randomness")

    flow = InstallFlowMachine(SHOPIFY, nonce_factory=no_nonce, snapshot=ASKED_PRE_OPTIONS)
    # The values are taken (checked and recorded in a new snapshot), then drawing the nonce
    # fails: the machine keeps the snapshot it had.
    with pytest.raises(RuntimeError, match="no randomness"):
        flow.handle(PreOptionsGiven({"SHOP_NAME": "my-shop"}))
    assert flow.snapshot is ASKED_PRE_OPTIONS


def test_start_begins_from_a_fresh_snapshot() -> None:
    old = replace(DONE, state=State.IDLE, cancelled=True, cancel_requested=True)
    flow = machine(SHOPIFY, old)
    flow.handle(Start())
    assert flow.snapshot == Snapshot(state=State.PRE_OPTIONS)


# -- routes: the rows one after another -------------------------------------------------------


def test_salesforce_route_with_an_account_type_choice() -> None:
    flow = machine(SALESFORCE)
    flow.handle(Start())
    (build,) = flow.handle(AccountTypeChosen("sandbox"))
    assert isinstance(build, BuildOAuthUrl)
    assert json.loads(build.query["installOptions"]) == {"accountType": "sandbox"}
    flow.handle(OAuthUrlBuilt(CONSENT_URL))
    flow.handle(OAuthPending())
    flow.handle(OAuthApproved(CREDENTIAL["id"]))
    assert flow.handle(CredentialReceived(CREDENTIAL)) == done(CREDENTIAL)
    assert flow.snapshot == Snapshot(
        state=State.DONE,
        account_type="sandbox",
        nonce=NONCE,
        consent_url=CONSENT_URL,
        credential=CREDENTIAL,
    )


def test_jira_route_with_post_options() -> None:
    flow = machine(JIRA)
    assert flow.handle(Start()) == [oauth_query(JIRA)]
    flow.handle(OAuthUrlBuilt(CONSENT_URL))
    flow.handle(OAuthApproved(CREDENTIAL["id"]))
    flow.handle(CredentialReceived(CREDENTIAL))
    assert state_of(flow) is State.POST_OPTIONS
    (setup,) = flow.handle(PostOptionsGiven({"JIRA_CLOUD_ID": "my-jira-cloud-id"}))
    assert isinstance(setup, CompleteSetup) and setup.credential_id == CREDENTIAL["id"]
    assert flow.handle(CredentialReceived(VALID)) == done(VALID)


def test_api_key_route() -> None:
    flow = machine(STRIPE)
    flow.handle(Start())
    (create,) = flow.handle(PreOptionsGiven({"API_KEY": "sk_test_51Hx"}))
    assert isinstance(create, CreateCredential)
    assert flow.handle(CredentialReceived(CREDENTIAL)) == done(CREDENTIAL)


def test_a_cancel_during_the_oauth_wait_ends_it_at_the_next_poll() -> None:
    flow = machine(SALESFORCE, options=InstallOptions(account_type="default"))
    flow.handle(Start())
    flow.handle(OAuthUrlBuilt(CONSENT_URL))
    assert flow.handle(Cancel()) == []
    assert flow.handle(Cancel()) == []  # asking twice changes nothing
    assert state_of(flow) is State.AWAITING_OAUTH and flow.cancel_requested
    assert flow.handle(OAuthPending()) == [DeleteOAuthSession(NONCE), ReportCancelled()]
    assert state_of(flow) is State.IDLE and flow.cancelled
