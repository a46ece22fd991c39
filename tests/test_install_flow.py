"""The headless install flow, install_integration and connect, against the mock, sync and async.

The user's side of OAuth — clicking Approve or Deny on the mock's consent page — happens on
another thread while the client waits in the ``oauth`` stage (``tests.clients.answer_consent``).
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from paragon_connect import (
    AuthenticatedUser,
    HeadlessModeNotEnabledError,
    InstallFlowCancelledError,
    InstallFlowError,
    IntegrationAlreadyInstalledError,
    IntegrationInstallEvent,
    IntegrationNotFoundError,
    NoActiveInstallFlowError,
    NotFoundError,
    OAuthBlockedError,
    OAuthTimeoutError,
    PortalEvent,
)
from paragon_mock import DEFAULT_PROJECT_ID
from paragon_mock.testing import ParagonMock, TokenFactory

from tests.clients import Flavour, consent_answerer, make_flavour

FAST = 0.02  # seconds between session polls


pytestmark = pytest.mark.paragon_mock(seed=5)


@pytest.fixture(params=["sync", "async"])
def user(
    request: pytest.FixtureRequest, paragon_mock: ParagonMock, paragon_token: TokenFactory
) -> Iterator[Flavour]:
    # The plugin's app and token; the Flavour runs either client on it and records requests.
    with make_flavour(request.param, paragon_mock.app) as flavour:
        flavour.call("authenticate", DEFAULT_PROJECT_ID, paragon_token("xyz"))
        flavour.client.set_headless(True)
        flavour.subscribe_all()
        yield flavour


def flow_call(user: Flavour, step: str, *args: Any, **kwargs: Any) -> Any:
    method = getattr(user.client.install_flow, step)
    if user.is_async:
        return user.portal.call(lambda: method(*args, **kwargs))
    return method(*args, **kwargs)


def me(user: Flavour) -> AuthenticatedUser:
    current = user.client.get_user()
    assert isinstance(current, AuthenticatedUser)
    return current


def test_headless_mode_is_required(user: Flavour) -> None:
    user.client.set_headless(False)
    with pytest.raises(HeadlessModeNotEnabledError, match="set_headless"):
        flow_call(user, "start", "jira")


@pytest.mark.parametrize(
    "step", ["set_account_type", "set_pre_options", "set_post_options", "cancel"]
)
def test_steps_without_a_flow_raise(user: Flavour, step: str) -> None:
    args: tuple[Any, ...] = () if step == "cancel" else ({} if "options" in step else "default",)
    with pytest.raises(NoActiveInstallFlowError, match=r"call install_flow\.start"):
        flow_call(user, step, *args)


def test_unknown_and_installed_integrations_are_refused(user: Flavour) -> None:
    with pytest.raises(IntegrationNotFoundError, match="'asana' is not an integration"):
        flow_call(user, "start", "asana")
    with pytest.raises(IntegrationAlreadyInstalledError, match="slack is already installed"):
        flow_call(user, "start", "slack")
    assert user.client.install_flow.stage == "idle"


def test_salesforce_with_the_sandbox_account_type(user: Flavour) -> None:
    user.call("uninstall_integration", "salesforce")
    stage = flow_call(
        user, "start", "salesforce", on_next=consent_answerer(user), poll_interval=FAST
    )
    # The reference's AccountTypeStage example.
    assert stage.to_dict() == {
        "stage": "accountType",
        "options": [
            {
                "id": "default",
                "accountDescription": "Production Account",
                "scheme": "oauth",
            },
            {
                "id": "sandbox",
                "accountDescription": "Sandbox Account",
                "scheme": "oauth",
            },
        ],
    }
    done = flow_call(user, "set_account_type", "sandbox")
    assert done.stage == "done"
    assert user.stages == ["accountType", "oauth", "done"]
    assert user.answers == [200]
    state = me(user).integrations["salesforce"]
    assert state.enabled is True and str(state.credential_id) == str(done.credential_id)
    credential = user.call("get_credential", str(done.credential_id))
    assert str(credential.id) == str(done.credential_id)
    ((_, event, _),) = [e for e in user.events if e[0] == "onIntegrationInstall"]
    assert isinstance(event, IntegrationInstallEvent)
    assert event.integration_type == "salesforce" and event.credential_id == str(done.credential_id)


def test_shopify_shop_name_pre_option(user: Flavour) -> None:
    stage = flow_call(user, "start", "shopify", on_next=consent_answerer(user), poll_interval=FAST)
    assert stage.stage == "preOptions"
    assert [option.id for option in stage.options] == ["SHOP_NAME"]
    with pytest.raises(InstallFlowError, match="the required input 'SHOP_NAME'"):
        flow_call(user, "set_pre_options", {})
    assert user.client.install_flow.stage == "preOptions"
    done = flow_call(user, "set_pre_options", {"SHOP_NAME": "my-shop"})
    assert done.stage == "done"
    credential = user.call("get_credential", str(done.credential_id))
    assert credential.provider_data.to_dict()["SHOP_NAME"] == "my-shop"
    assert me(user).integrations["shopify"].enabled is True


def test_jira_cloud_id_post_option(user: Flavour) -> None:
    completed: list[str] = []
    stage = flow_call(
        user,
        "start",
        "jira",
        on_next=consent_answerer(user),
        on_complete=lambda: completed.append("done"),
        poll_interval=FAST,
    )
    assert stage.stage == "postOptions"
    assert [option.id for option in stage.options] == ["JIRA_CLOUD_ID"]
    credential_id = str(stage.credential_id)
    assert user.call("get_credential", credential_id).status == "PENDING"
    done = flow_call(user, "set_post_options", {"JIRA_CLOUD_ID": "my-jira-cloud-id"})
    assert done.stage == "done" and str(done.credential_id) == credential_id
    credential = user.call("get_credential", credential_id)
    assert credential.status == "VALID"
    assert completed == ["done"]
    assert user.stages == ["oauth", "postOptions", "done"]


def test_api_key_integration(user: Flavour) -> None:
    stage = flow_call(user, "start", "stripe")
    assert stage.stage == "preOptions"
    done = flow_call(user, "set_pre_options", {"API_KEY": "sk_test_51Hx"})
    assert done.stage == "done"
    assert me(user).integrations["stripe"].enabled is True
    assert [e[0] for e in user.events] == ["onIntegrationInstall"]


def test_oauth_denied(user: Flavour) -> None:
    errors: list[tuple[Exception, Any]] = []
    with pytest.raises(OAuthBlockedError, match="denied"):
        flow_call(
            user,
            "start",
            "jira",
            on_next=consent_answerer(user, "deny"),
            on_error=lambda error, context: errors.append((error, context)),
            poll_interval=FAST,
        )
    ((error, context),) = errors
    assert isinstance(error, OAuthBlockedError) and context.stage == "oauth"
    assert user.client.install_flow.stage == "idle"
    assert me(user).integrations["jira"].enabled is False


def test_oauth_timeout(user: Flavour) -> None:
    # The flow reads the time from its client's clock; here each poll of the session moves it
    # on 1/16 s (exact in binary), so the deadline passes at a known poll however slow the
    # machine is.
    now = [1000.0]
    polls: list[float] = []

    def poll_ticks(request: httpx.Request) -> None:
        if request.method == "GET" and "/sdk/actions/session-id/" in request.url.path:
            polls.append(now[0])
            now[0] += 0.0625

    user.client._core.clock = lambda: now[0]
    user.recorder.before = poll_ticks
    seen: list[Any] = []
    with pytest.raises(OAuthTimeoutError, match=r"within 0\.25 s"):
        flow_call(
            user, "start", "jira", on_next=seen.append, oauth_timeout=0.25, poll_interval=FAST
        )
    # The fourth answer arrives at the deadline: no fifth poll.
    assert polls == [1000.0, 1000.0625, 1000.125, 1000.1875]
    assert [stage.stage for stage in seen] == ["oauth"]
    assert user.client.install_flow.stage == "idle"


def test_cancel_removes_the_half_installed_credential(user: Flavour) -> None:
    stage = flow_call(user, "start", "jira", on_next=consent_answerer(user), poll_interval=FAST)
    assert stage.stage == "postOptions"
    flow_call(user, "cancel")
    assert user.client.install_flow.stage == "idle"
    with pytest.raises(NotFoundError):
        user.call("get_credential", str(stage.credential_id))
    assert me(user).integrations["jira"].enabled is False
    with pytest.raises(NoActiveInstallFlowError):
        flow_call(user, "set_post_options", {"JIRA_CLOUD_ID": "x"})


def test_cancel_from_another_thread_ends_the_oauth_wait(user: Flavour) -> None:
    polled = threading.Event()

    def note_polls(request: httpx.Request) -> None:
        if request.method == "GET" and "/sdk/actions/session-id/" in request.url.path:
            polled.set()

    user.recorder.before = note_polls
    cancelled: list[BaseException | None] = []

    def cancel_once_waiting() -> None:
        # Ordered by the first poll of the session, not by sleeping: the wait is under way.
        try:
            assert polled.wait(timeout=30), "the flow never polled its OAuth session"
            flow_call(user, "cancel")
            cancelled.append(None)
        except BaseException as error:
            cancelled.append(error)

    canceller = threading.Thread(target=cancel_once_waiting)
    with pytest.raises(InstallFlowCancelledError):
        flow_call(
            user, "start", "jira", on_next=lambda stage: canceller.start(), poll_interval=FAST
        )
    canceller.join(timeout=30)
    assert cancelled == [None]
    assert user.client.install_flow.stage == "idle"
    assert me(user).integrations["jira"].enabled is False


def test_install_integration_end_to_end(user: Flavour) -> None:
    event = user.call("install_integration", "stripe", pre_options={"API_KEY": "sk_live_1"})
    assert isinstance(event, IntegrationInstallEvent)
    assert event.integration_type == "stripe" and event.credential.status == "VALID"
    with pytest.raises(IntegrationAlreadyInstalledError):
        user.call("install_integration", "stripe", pre_options={"API_KEY": "sk_live_1"})
    second = user.call(
        "install_integration",
        "stripe",
        pre_options={"API_KEY": "sk_live_2"},
        allow_multiple_credentials=True,
    )
    assert second.credential_id != event.credential_id


def test_install_integration_needs_the_values_up_front(user: Flavour) -> None:
    with pytest.raises(InstallFlowError, match="SHOP_NAME"):
        user.call("install_integration", "shopify")
    assert user.client.install_flow.stage == "idle"
    user.call("uninstall_integration", "salesforce")
    with pytest.raises(
        ValueError, match="several account types; pass account_type= \\(default, sandbox\\)"
    ):
        user.call("install_integration", "salesforce")
    event = user.call(
        "install_integration",
        "salesforce",
        account_type="sandbox",
        on_next=consent_answerer(user),
        poll_interval=FAST,
    )
    assert event.integration_type == "salesforce"


def test_connect_runs_the_flow_between_portal_open_and_close(user: Flavour) -> None:
    calls: list[str] = []

    def global_handler(name: str) -> Any:
        return lambda event, who: calls.append(f"global {name}")

    for name in ("onPortalOpen", "onPortalClose"):
        user.client.subscribe(name, global_handler(name))
    result = user.call(
        "connect",
        "stripe",
        on_open=lambda event, who: calls.append("on_open"),
        on_install=lambda event, who: calls.append("on_install"),
        on_success=lambda event, who: calls.append("on_success"),
        on_close=lambda event, who: calls.append("on_close"),
        on_uninstall=lambda event, who: calls.append("on_uninstall"),
        pre_options={"API_KEY": "sk_test_1"},
    )
    assert isinstance(result, IntegrationInstallEvent)
    assert calls == [
        "global onPortalOpen",
        "on_open",
        "on_install",
        "on_success",
        "global onPortalClose",
        "on_close",
    ]
    # The local callbacks lived only while connect() ran.
    user.call("uninstall_integration", "stripe")
    assert "on_uninstall" not in calls
    assert isinstance(user.events[0][1], IntegrationInstallEvent)


def test_connect_for_an_installed_integration_only_opens_and_closes(user: Flavour) -> None:
    seen: list[Any] = []
    result = user.call(
        "connect",
        "slack",
        on_open=lambda event, who: seen.append(event),
        on_close=lambda event, who: seen.append(event),
    )
    assert result is None
    assert (
        seen
        == [
            PortalEvent(
                integration_id="2f08e65f-d924-42ab-9618-b6023d82ffbd", integration_type="slack"
            )
        ]
        * 2
    )


def test_connect_reports_errors_to_on_error(user: Flavour) -> None:
    errors: list[Exception] = []
    with pytest.raises(InstallFlowError):
        user.call("connect", "shopify", on_error=errors.append)
    assert len(errors) == 1 and isinstance(errors[0], InstallFlowError)


def test_a_second_flow_waits_for_the_first_to_end(user: Flavour) -> None:
    stage = flow_call(user, "start", "stripe")
    assert stage.stage == "preOptions"
    with pytest.raises(InstallFlowError, match="an install flow of stripe is under way"):
        flow_call(user, "start", "jira")
    flow_call(user, "cancel")
    assert (
        flow_call(user, "start", "jira", on_next=consent_answerer(user), poll_interval=FAST).stage
        == "postOptions"
    )
