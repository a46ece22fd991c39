"""Error mapping and retries of the client, driven by the mock's fault injection.

Faults are set through the mock's control surface (``POST /_mock/faults``, by the pytest plugin's
``paragon_faults``), so the client meets real 429s and 503s with real ``Retry-After`` headers. The
one status the mock cannot be asked for, a 500 on a POST, is injected in front of it to prove the
POST is not sent twice.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from paragon_connect import (
    APIStatusError,
    AuthenticatedUser,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    InternalServerError,
    NotFoundError,
    Paragon,
    PermissionDeniedError,
    RateLimitError,
    UnprocessableEntityError,
)
from paragon_mock import DEFAULT_PROJECT_ID
from paragon_mock.testing import FaultInjector, ParagonMock, TokenFactory

from tests.clients import Flavour, make_flavour, signed_in

# The seed the fault fractions of these tests were drawn with.
pytestmark = pytest.mark.paragon_mock(seed=3)

PROJECT = DEFAULT_PROJECT_ID
CREDENTIALS_PATH = f"/projects/{PROJECT}/sdk/credentials"


@pytest.fixture(params=["sync", "async"])
def user(
    request: pytest.FixtureRequest, paragon_mock: ParagonMock, paragon_token: TokenFactory
) -> Iterator[Flavour]:
    # The Flavour's recording transport counts attempts; the app is the plugin's.
    with make_flavour(request.param, paragon_mock.app) as flavour:
        flavour.call("authenticate", PROJECT, paragon_token("xyz"))
        flavour.recorder.requests.clear()
        yield flavour


def test_429_with_retry_after_is_retried(user: Flavour, paragon_faults: FaultInjector) -> None:
    paragon_faults.add(mode="429", path=CREDENTIALS_PATH, method="GET", count=1, retry_after=0)
    credentials = user.call("list_credentials")
    assert credentials
    assert [r.method for r in user.recorder.requests] == ["GET", "GET"]


def test_post_is_retried_after_429(user: Flavour, paragon_faults: FaultInjector) -> None:
    paragon_faults.add(
        mode="429", path=f"/v2/projects/{PROJECT}/sdk/events/trigger", count=2, retry_after=0
    )
    receipt = user.call("event", "Contact Created", {"name": "Brandon"})
    assert receipt.name == "Contact Created"
    assert len(user.recorder.requests) == 3


def test_503_is_retried_for_a_get_until_max_retries(
    user: Flavour, paragon_faults: FaultInjector
) -> None:
    paragon_faults.add(mode="503", path=CREDENTIALS_PATH, count=2, retry_after=0)
    assert user.call("list_credentials")
    assert len(user.recorder.requests) == 3
    user.recorder.requests.clear()
    paragon_faults.add(mode="503", path=CREDENTIALS_PATH, count=3, retry_after=0)
    with pytest.raises(InternalServerError) as caught:
        user.call("list_credentials")
    assert caught.value.status_code == 503
    assert caught.value.retry_after == 0
    assert len(user.recorder.requests) == 3


def test_rate_limit_beyond_the_retry_budget_reaches_the_caller(
    user: Flavour, paragon_faults: FaultInjector
) -> None:
    paragon_faults.add(mode="429", path=CREDENTIALS_PATH, count=5, retry_after=0)
    client = user.client.with_options(max_retries=1)
    call = client.list_credentials
    with pytest.raises(RateLimitError) as caught:
        user.portal.call(call) if user.is_async else call()
    assert caught.value.status_code == 429
    assert len(user.recorder.requests) == 2


def test_a_fraction_of_faults_is_absorbed_by_retries(
    user: Flavour, paragon_faults: FaultInjector
) -> None:
    paragon_faults.add(mode="503", path=f"{CREDENTIALS_PATH}*", fraction=0.3, retry_after=0)
    for _ in range(10):
        assert user.call("list_credentials")
    assert len(user.recorder.requests) > 10


def test_post_is_not_sent_again_after_a_500(
    paragon_mock: ParagonMock, paragon_token: TokenFactory
) -> None:
    sent: list[str] = []

    def fail_first_post(request: httpx.Request) -> httpx.Response | None:
        if request.method == "POST" and not sent:
            sent.append(request.url.path)
            return httpx.Response(
                500, json={"code": "1500", "status": 500, "message": "boom", "meta": {}}
            )
        return None

    with make_flavour("sync", paragon_mock.app, before=fail_first_post) as flavour:
        flavour.call("authenticate", PROJECT, paragon_token("xyz"))
        flavour.recorder.requests.clear()
        with pytest.raises(InternalServerError, match="boom"):
            flavour.call("event", "Contact Created", {"name": "Brandon"})
        assert [r.method for r in flavour.recorder.requests] == ["POST"]
        assert paragon_mock.records(kind="event") == []


ENVELOPE_STATUSES = [
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
    (520, InternalServerError),
    (418, APIStatusError),
]


@pytest.mark.parametrize(("status", "error"), ENVELOPE_STATUSES)
def test_every_status_maps_to_its_error(status: int, error: type[APIStatusError]) -> None:
    body = {
        "code": "7210",
        "status": status,
        "message": ["first problem", "second problem"],
        "meta": {"field": "x"},
    }

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(status, json=body)

    client = Paragon(
        base_url="http://mock.test", transport=httpx.MockTransport(handler), max_retries=0
    )
    signed_in(client, PROJECT)
    with pytest.raises(error) as caught:
        client.get_credential(str(uuid.uuid4()))
    exc = caught.value
    assert type(exc) is error
    assert exc.status_code == status
    assert exc.code == "7210"
    assert exc.message == "first problem; second problem"
    assert exc.meta == {"field": "x"}
    assert exc.response.status_code == status
    assert exc.request is not None and exc.request.method == "GET"
    assert str(exc) == f"{status} (code 7210): first problem; second problem"


def test_an_error_body_that_is_not_an_envelope_still_maps() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(502, text="<html>Bad gateway</html>")

    client = Paragon(
        base_url="http://mock.test", transport=httpx.MockTransport(handler), max_retries=0
    )
    signed_in(client, PROJECT)
    with pytest.raises(InternalServerError) as caught:
        client.list_credentials()
    assert caught.value.message == "HTTP 502 Bad Gateway"
    assert caught.value.body == "<html>Bad gateway</html>"
    assert caught.value.code is None


ME_PATH = f"/projects/{PROJECT}/sdk/me"
SLACK_WORKFLOW = "2248335c-671c-47e4-b9a0-3641a9f2d301"


def _as_user(mock: ParagonMock, path: str) -> Any:
    """GET ``path`` as the test's user, straight from the mock (not through the client)."""
    return mock.http.get(path, headers={"Authorization": f"Bearer {mock.token('xyz')}"}).json()


def test_an_install_whose_user_read_back_fails_is_still_acknowledged(
    user: Flavour,
    paragon_mock: ParagonMock,
    paragon_faults: FaultInjector,
    caplog: pytest.LogCaptureFixture,
) -> None:
    # Every attempt at reading the user back after the install fails (1 + max_retries).
    paragon_faults.add(mode="503", path=ME_PATH, method="GET", count=3, retry_after=0)
    with caplog.at_level("WARNING", logger="paragon_connect"):
        event = user.call("install_integration", "stripe", pre_options={"API_KEY": "sk_test_1"})
    assert event.integration_type == "stripe"
    made = [c for c in _as_user(paragon_mock, CREDENTIALS_PATH) if c["id"] == event.credential_id]
    assert len(made) == 1, "the install is made once and its call returned"
    assert [r.levelname for r in caplog.records] == ["WARNING"]
    assert "The install was made" in caplog.messages[0]
    # No token either: every JWT starts with "eyJ" (the base64 of '{"').
    assert "sk_test_1" not in caplog.text and "eyJ" not in caplog.text
    # The cached user predates the install ...
    known = user.client.get_user()
    assert isinstance(known, AuthenticatedUser)
    stale = known.integrations.get("stripe")
    assert stale is None or not stale.enabled
    # ... so a call that decides from it reads the user first instead of refusing.
    user.recorder.requests.clear()
    user.call("uninstall_integration", "stripe")
    sent = [(r.method, r.url.path) for r in user.recorder.requests]
    assert sent[0] == ("GET", ME_PATH)
    assert ("DELETE", f"/projects/{PROJECT}/sdk/integrations/{event.integration_id}") in sent
    assert not [
        c for c in _as_user(paragon_mock, CREDENTIALS_PATH) if c["id"] == event.credential_id
    ]


def test_a_workflow_change_whose_user_read_back_fails_is_still_acknowledged(
    user: Flavour, paragon_mock: ParagonMock, paragon_faults: FaultInjector
) -> None:
    paragon_faults.add(mode="503", path=ME_PATH, method="GET", count=3, retry_after=0)
    state = user.call("enable_workflow", SLACK_WORKFLOW)
    assert state.enabled is True
    me = _as_user(paragon_mock, ME_PATH)
    assert me["integrations"]["slack"]["workflowSettings"][SLACK_WORKFLOW]["enabled"] is True
    # The caller saw success, so it does not toggle again; its next change is made once.
    user.recorder.requests.clear()
    user.call("disable_workflow", SLACK_WORKFLOW)
    assert [r.method for r in user.recorder.requests] == ["DELETE", "GET"]
    me = _as_user(paragon_mock, ME_PATH)
    assert me["integrations"]["slack"]["workflowSettings"][SLACK_WORKFLOW]["enabled"] is False
