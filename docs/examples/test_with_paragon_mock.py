"""Testing your own code against paragon-mock with the pytest plugin: a file to copy.

Install ``paragon-connect[mock]`` and pytest: the plugin's fixtures (``paragon_mock``,
``paragon_token``, ``paragon_client``, ``async_paragon_client``, ``paragon_faults``) are then
available in every test, with no import and no conftest.py. Each test gets a fresh mock, in this
process: nothing is listening on a port unless a test asks for ``paragon_mock.url``.

The async tests run under anyio's pytest plugin (``@pytest.mark.anyio``), which comes with anyio,
a dependency of httpx; ``@pytest.mark.asyncio`` works as well if you use pytest-asyncio.

The first part of this file is "your application": a few functions that use paragon_connect.
The second part tests them.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable

import pytest
from paragon_connect import (
    APITimeoutError,
    AsyncParagon,
    AuthenticatedUser,
    OAuthBlockedError,
    Paragon,
    RateLimitError,
)
from paragon_connect_api.models import OAuthStage

# Only for type annotations: the fixtures need no import.
from paragon_mock.testing import FaultInjector, ParagonMock, TokenFactory

# -- your application ----------------------------------------------------------------------------


def connect_slack(paragon: Paragon, show_consent: Callable[[str], None]) -> str:
    """Install Slack for the user: show them Slack's consent page, wait, return the credential."""

    def on_next(stage: object) -> None:
        if isinstance(stage, OAuthStage):
            show_consent(stage.consent_url)

    event = paragon.install_integration("slack", on_next=on_next, poll_interval=0.05)
    return str(event.credential_id)


def notify_slack(paragon: Paragon, channel: str, text: str) -> bool:
    """Post to the user's Slack; False (and nothing sent) when they have not connected it."""
    user = paragon.get_user()
    slack = user.integrations.get("slack") if isinstance(user, AuthenticatedUser) else None
    if slack is None or not slack.enabled:
        return False
    paragon.request(
        "slack", "/chat.postMessage", method="POST", body={"channel": channel, "text": text}
    )
    return True


def record_signup(paragon: Paragon, email: str, backlog: list[str]) -> bool:
    """Tell Paragon about a new contact; keep it for later when Paragon keeps refusing."""
    try:
        paragon.event("Contact Created", {"email": email})
    except RateLimitError:
        backlog.append(email)
        return False
    return True


async def import_contacts(paragon: AsyncParagon, emails: list[str]) -> int:
    """Send one App Event per contact, all at once."""
    await asyncio.gather(*(paragon.event("Contact Created", {"email": e}) for e in emails))
    return len(emails)


def connected_integrations(base_url: str, project_id: str, user_token: str) -> list[str] | None:
    """What the user has connected, from a client built from settings; None if Paragon is slow."""
    with Paragon(base_url=base_url, timeout=0.5, max_retries=0) as paragon:
        try:
            user = paragon.authenticate(project_id, user_token)
        except APITimeoutError:
            return None
        return sorted(name for name, state in user.integrations.items() if state.enabled)


# -- its tests -----------------------------------------------------------------------------------


def test_a_new_user_has_no_slack_to_notify(
    paragon_client: Paragon, paragon_mock: ParagonMock
) -> None:
    # paragon_client is a Paragon on the mock, signed in as a fresh user who connected nothing.
    assert notify_slack(paragon_client, "#general", "hello") is False
    assert paragon_mock.records(kind="proxyCall") == []


def test_connect_slack_then_notify(paragon_client: Paragon, paragon_mock: ParagonMock) -> None:
    # The consent page is the mock's own: paragon_mock.approve clicks Approve, as the user would.
    credential_id = connect_slack(paragon_client, show_consent=paragon_mock.approve)
    assert credential_id

    assert notify_slack(paragon_client, "#general", "hello") is True
    [call] = paragon_mock.records(kind="proxyCall")
    assert call["integration"] == "slack"
    assert call["path"] == "chat.postMessage"
    assert call["body"] == {"channel": "#general", "text": "hello"}
    assert call["credentialId"] == credential_id


def test_a_user_who_denies_access(paragon_client: Paragon, paragon_mock: ParagonMock) -> None:
    with pytest.raises(OAuthBlockedError):
        connect_slack(paragon_client, show_consent=paragon_mock.deny)
    assert notify_slack(paragon_client, "#general", "hello") is False


def test_a_signup_survives_rate_limiting(
    paragon_client: Paragon,
    paragon_faults: FaultInjector,
    paragon_mock: ParagonMock,
    caplog: pytest.LogCaptureFixture,
) -> None:
    # The next two App Events answer 429 with Retry-After: 0; the client retries them.
    paragon_faults.add(mode="429", path="*/sdk/events/trigger", count=2, retry_after=0)
    backlog: list[str] = []

    with caplog.at_level(logging.INFO, logger="paragon_connect"):
        assert record_signup(paragon_client, "ada@example.com", backlog) is True

    retries = [r.getMessage() for r in caplog.records if r.getMessage().startswith("retrying")]
    assert len(retries) == 2 and "status 429" in retries[0]
    assert paragon_faults.list() == []  # both used up
    [event] = paragon_mock.records(kind="event")
    assert event["payload"] == {"email": "ada@example.com"}
    assert backlog == []


def test_a_signup_is_kept_when_rate_limiting_lasts(
    paragon_mock: ParagonMock, paragon_faults: FaultInjector
) -> None:
    # paragon_mock.client() makes more clients, here one with a smaller retry budget.
    paragon = paragon_mock.client(max_retries=1)
    paragon_faults.add(mode="429", path="*/sdk/events/trigger", count=5)
    backlog: list[str] = []

    assert record_signup(paragon, "ada@example.com", backlog) is False

    assert backlog == ["ada@example.com"]
    assert paragon_mock.records(kind="event") == []
    [fault] = paragon_faults.list()
    assert fault.applied == 2  # the first try and one retry


def test_what_a_user_connected(paragon_mock: ParagonMock, paragon_token: TokenFactory) -> None:
    # paragon_mock.url serves this same mock on 127.0.0.1 (started now, as the test asks for it),
    # for code that opens its own client; paragon_token signs a token for any user. The default
    # fixture's user "xyz" has Salesforce, HubSpot and Slack connected; a new user nothing.
    url, project = paragon_mock.url, paragon_mock.project_id
    token = paragon_token(user="xyz", ttl=60)
    assert connected_integrations(url, project, token) == ["hubspot", "salesforce", "slack"]
    assert connected_integrations(url, project, paragon_token()) == []


def test_a_slow_paragon(
    paragon_mock: ParagonMock, paragon_faults: FaultInjector, paragon_token: TokenFactory
) -> None:
    # Latency: the next /sdk/me waits 1 s, longer than the function's 0.5 s timeout. Timeouts
    # need a real socket (paragon_mock.url): in-process transports have none.
    paragon_faults.add(mode="delay", path="*/sdk/me", delay_ms=1000, count=1)
    token = paragon_token("xyz")
    assert connected_integrations(paragon_mock.url, paragon_mock.project_id, token) is None


@pytest.mark.paragon_mock(responses="minimal")
def test_a_lean_paragon(paragon_client: Paragon, paragon_mock: ParagonMock) -> None:
    # The marker passes options to this test's mock: here answers that carry only what the
    # spec requires, to prove the code does not depend on optional properties.
    assert paragon_mock.settings()["responses"] == "minimal"
    credential_id = connect_slack(paragon_client, show_consent=paragon_mock.approve)
    assert credential_id
    assert notify_slack(paragon_client, "#general", "hello") is True


@pytest.mark.anyio
async def test_import_contacts(
    async_paragon_client: AsyncParagon, paragon_faults: FaultInjector, paragon_mock: ParagonMock
) -> None:
    # A 503 with Retry-After is retried even for a POST: the server asked for it.
    paragon_faults.add(mode="503", path="*/sdk/events/trigger", count=1)
    emails = ["ada@example.com", "grace@example.com", "edsger@example.com"]

    assert await import_contacts(async_paragon_client, emails) == 3

    sent = paragon_mock.records(kind="event")
    assert sorted(event["payload"]["email"] for event in sent) == sorted(emails)
    me = async_paragon_client.get_user()
    assert isinstance(me, AuthenticatedUser)
    assert {event["userId"] for event in sent} == {me.user_id}


@pytest.mark.anyio
async def test_a_second_user_sees_nothing_of_the_first(
    async_paragon_client: AsyncParagon, paragon_mock: ParagonMock
) -> None:
    await import_contacts(async_paragon_client, ["ada@example.com"])
    other = paragon_mock.async_client(user="someone-else")
    assert await other.list_credentials() == []
    assert paragon_mock.records(kind="event", user="someone-else") == []
