"""The client holds against hostile servers and careless callers.

A server may ask for an endless ``Retry-After``, page for ever, echo a request's query string
(a provider's API key) in its error messages; a subscribe handler may raise in the middle of a
batch of changes. Every test serves answers through ``httpx.MockTransport``, to ``Paragon`` and
``AsyncParagon`` alike.
"""

from __future__ import annotations

import email.utils
import json
import logging
import math
import time
from collections.abc import Callable, Iterator
from typing import Any

import anyio.from_thread
import httpx
import pytest
from paragon_connect import (
    APIConnectionError,
    APITimeoutError,
    AsyncParagon,
    EventHandlerError,
    InternalServerError,
    PaginationError,
    Paragon,
    ParagonError,
    ProxyRequestError,
    RateLimitError,
    WorkflowStateUpdate,
)
from paragon_connect._exceptions import MAX_RETRY_AFTER, parse_retry_after
from paragon_connect._transport import MAX_RETRY_WAIT, RetryPolicy
from paragon_connect_api.models.field_option import FieldOption
from paragon_connect_api.models.workflow_state import WorkflowState
from paragon_mock import dev_token

from tests.test_client_tolerance import (
    PROJECT,
    SLACK_WORKFLOW,
    Answer,
    Flavour,
    Server,
    json_answer,
    reference_server,
)

OTHER_WORKFLOW = "487c67e1-bc3f-406e-acc4-085f897dc564"
SECRET = "xoxb-s3cr3t/key with space"

Make = Callable[..., Flavour]


@pytest.fixture(params=["sync", "async"])
def make(request: pytest.FixtureRequest) -> Iterator[Make]:
    """Make a client of the parametrised flavour on a scripted server, signed in."""
    with anyio.from_thread.start_blocking_portal() as portal:
        made: list[Paragon | AsyncParagon] = []

        def build(server: Server, *, max_retries: int = 0) -> Flavour:
            transport = httpx.MockTransport(server.handle)
            client: Paragon | AsyncParagon
            if request.param == "sync":
                client = Paragon(
                    base_url="http://paragon.test", transport=transport, max_retries=max_retries
                )
            else:
                client = AsyncParagon(
                    base_url="http://paragon.test", transport=transport, max_retries=max_retries
                )
            made.append(client)
            flavour = Flavour(client, portal)
            flavour.sign_in()
            server.requests.clear()
            return flavour

        yield build
        for client in made:
            if isinstance(client, AsyncParagon):
                portal.call(client.aclose)
            else:
                client.close()


def rate_limited(retry_after: str) -> Answer:
    body = {"message": "slow down", "code": "RATE_LIMITED"}
    return lambda request: httpx.Response(429, json=body, headers={"Retry-After": retry_after})


def script(*answers: Answer) -> Answer:
    """Answer with each of ``answers`` in turn, the last one for ever after."""
    sent: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return answers[min(len(sent), len(answers)) - 1](request)

    return answer


CREDENTIALS = r"GET .*/sdk/credentials$"


# -- 1. Retry-After ---------------------------------------------------------------------------


def http_date(offset: float) -> str:
    return email.utils.formatdate(time.time() + offset, usegmt=True)


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("3600", 3600.0),
        ("1e400", MAX_RETRY_AFTER),
        ("1" + "0" * 400, MAX_RETRY_AFTER),
        ("inf", MAX_RETRY_AFTER),
        ("Fri, 31 Dec 9999 23:59:59 GMT", MAX_RETRY_AFTER),
        ("-inf", 0.0),
        ("-5", 0.0),
        ("nan", None),
        ("soon", None),
        ("Fri, 31 Dec 99999 23:59:59 GMT", None),
    ],
)
def test_a_long_retry_after_fails_fast_with_a_sanitised_retry_after(
    make: Make, header: str, expected: float | None
) -> None:
    server = reference_server().on(CREDENTIALS, rate_limited(header))
    # An unreadable header counts as none, and the 429 would be retried after a real backoff:
    # no retries then. Every other ask is either no wait or longer than the client waits.
    paragon = make(server, max_retries=0 if expected is None else 2)
    with pytest.raises(RateLimitError) as caught:
        paragon.call("list_credentials")
    retry_after = caught.value.retry_after
    assert retry_after == expected
    if retry_after is None:
        return
    assert math.isfinite(retry_after) and 0 <= retry_after <= MAX_RETRY_AFTER
    if retry_after > MAX_RETRY_WAIT:
        # Not waited for: so long a wait is the caller's decision, and the error comes at once.
        assert len(server.requests) == 1
    else:
        assert retry_after == 0 and len(server.requests) == 3  # no wait: retried at once


def test_a_retry_after_date_reads_as_seconds_from_now(make: Make) -> None:
    server = reference_server().on(CREDENTIALS, rate_limited(http_date(3600)))
    paragon = make(server, max_retries=2)
    with pytest.raises(RateLimitError) as caught:
        paragon.call("list_credentials")
    assert caught.value.retry_after == pytest.approx(3600, abs=5)
    assert len(server.requests) == 1


@pytest.mark.parametrize("header", ["0", "-30", http_date(-3600)])
def test_a_retry_after_of_no_wait_is_retried_at_once(make: Make, header: str) -> None:
    server = reference_server()
    server.on(CREDENTIALS, script(rate_limited(header), json_answer([])))
    paragon = make(server, max_retries=1)
    assert paragon.call("list_credentials") == []
    assert len(server.requests) == 2


def test_the_last_rate_limit_carries_a_sanitised_retry_after(make: Make) -> None:
    server = reference_server().on(CREDENTIALS, rate_limited(http_date(-3600)))
    paragon = make(server, max_retries=1)
    with pytest.raises(RateLimitError) as caught:
        paragon.call("list_credentials")
    assert caught.value.retry_after == 0.0
    assert len(server.requests) == 2


def test_503_retry_after_is_sanitised_too(make: Make) -> None:
    answer: Answer = lambda request: httpx.Response(  # noqa: E731
        503, headers={"Retry-After": "1e400"}
    )
    server = reference_server().on(CREDENTIALS, answer)
    paragon = make(server, max_retries=2)
    with pytest.raises(InternalServerError) as caught:
        paragon.call("list_credentials")
    assert caught.value.retry_after == MAX_RETRY_AFTER
    assert len(server.requests) == 1


@pytest.mark.parametrize(
    "header", ["1e400", "inf", "nan", "-1", "61", "Fri, 31 Dec 9999 23:59:59 GMT", "x"]
)
def test_the_policy_never_waits_longer_than_the_cap(header: str) -> None:
    policy = RetryPolicy(rng=lambda: 0.0)
    request = httpx.Request("GET", "http://paragon.test/x")
    delay = policy.after_response(
        request, httpx.Response(429, headers={"Retry-After": header}), 0, 2
    )
    assert delay is None or (math.isfinite(delay) and 0 <= delay <= MAX_RETRY_WAIT)


def test_parse_retry_after_bounds() -> None:
    assert parse_retry_after("12.5") == 12.5
    assert parse_retry_after(None) is None
    assert parse_retry_after(" NaN ") is None
    assert parse_retry_after("9" * 5000) == MAX_RETRY_AFTER
    now = time.time()
    assert parse_retry_after(email.utils.formatdate(now + 90, usegmt=True), now=now) == (
        pytest.approx(90, abs=1)
    )


# -- 2. field option pages ----------------------------------------------------------------------


def page(values: list[str], cursor: str | None) -> dict[str, Any]:
    records = [{"label": value, "value": value} for value in values]
    return {"output": {"records": records, "nextPageCursor": cursor}}


def paged(pages: Callable[[Any], dict[str, Any]]) -> Answer:
    """Answer getFieldOptions with ``pages(cursor)`` for the cursor the request asks for."""

    def answer(request: httpx.Request) -> httpx.Response:
        cursor = json.loads(request.content)["paginationParameters"]["pageCursor"]
        return httpx.Response(200, json=pages(cursor))

    return answer


def drain(paragon: Flavour, **kwargs: Any) -> tuple[list[str], Exception | None]:
    """Every option value ``iter_field_options`` yields, and what it raised at the end."""
    client = paragon.client
    arguments: dict[str, Any] = {"integration": "slack", "action": "channels", **kwargs}
    values: list[str] = []
    if isinstance(client, AsyncParagon):
        iterator = client.iter_field_options(**arguments)

        async def run() -> Exception | None:
            try:
                async for item in iterator:
                    assert isinstance(item, FieldOption)
                    values.append(item.value)
            except ParagonError as error:
                return error
            return None

        return values, paragon.portal.call(run)
    try:
        for item in client.iter_field_options(**arguments):
            assert isinstance(item, FieldOption)
            values.append(item.value)
    except ParagonError as error:
        return values, error
    return values, None


FIELD_OPTIONS = r"POST .*/sdk/actions$"


def test_pages_end_at_the_last_page(make: Make) -> None:
    chain = {0: page(["a"], "p2"), "p2": page(["b"], "p3"), "p3": page(["c"], None)}
    server = reference_server().on(FIELD_OPTIONS, paged(chain.__getitem__))
    values, error = drain(make(server))
    assert (values, error) == (["a", "b", "c"], None)


def test_a_repeated_cursor_stops_the_pages(make: Make) -> None:
    loop = {0: page(["a"], "p2"), "p2": page(["b"], "p3"), "p3": page(["c"], "p2")}
    server = reference_server().on(FIELD_OPTIONS, paged(loop.__getitem__))
    values, error = drain(make(server))
    assert values == ["a", "b", "c"]
    assert isinstance(error, PaginationError)
    assert (error.cursor, error.pages) == ("p2", 3)
    assert "cursor already seen" in str(error)
    assert len(server.requests) == 3


def test_a_server_that_pages_for_ever_stops_at_max_pages(make: Make) -> None:
    endless = paged(lambda cursor: page([f"v{cursor}"], f"{int(cursor) + 1}"))
    server = reference_server().on(FIELD_OPTIONS, endless)
    paragon = make(server)
    values, error = drain(paragon, max_pages=3)
    assert values == ["v0", "v1", "v2"]
    assert isinstance(error, PaginationError)
    assert (error.pages, error.cursor) == (3, None)
    assert "max_pages=3" in str(error)
    assert len(server.requests) == 3
    # The default cap: 1000 pages, then the same error.
    server.requests.clear()
    values, error = drain(paragon)
    assert len(values) == 1000 and len(server.requests) == 1000
    assert isinstance(error, PaginationError) and error.pages == 1000


def test_max_pages_of_one_reads_a_single_page_listing_whole(make: Make) -> None:
    server = reference_server().on(FIELD_OPTIONS, paged(lambda cursor: page(["only"], None)))
    assert drain(make(server), max_pages=1) == (["only"], None)


@pytest.mark.parametrize(
    ("max_pages", "error"),
    [(0, ValueError), (-1, ValueError), (True, TypeError), ("5", TypeError), (2.0, TypeError)],
)
def test_max_pages_is_checked_before_any_request(
    make: Make, max_pages: Any, error: type[Exception]
) -> None:
    server = reference_server().on(FIELD_OPTIONS, paged(lambda cursor: page(["a"], None)))
    paragon = make(server)
    with pytest.raises(error, match="max_pages"):
        paragon.client.iter_field_options(
            integration="slack", action="channels", max_pages=max_pages
        )
    assert server.requests == []


# -- 3. handlers that raise do not lose events or results ----------------------------------------


def workflow_server() -> Server:
    server = reference_server()
    server.on(r"(POST|DELETE) .*/sdk/workflows/", json_answer({}))
    return server


def test_update_workflow_state_fires_every_event_when_handlers_raise(make: Make) -> None:
    server = workflow_server()
    paragon = make(server)
    seen: list[tuple[str, bool | None]] = []

    def record(event: Any, user: Any) -> None:
        seen.append((event.workflow_id, event.workflow_state_change.enabled))

    def broken(event: Any, user: Any) -> None:
        raise RuntimeError(f"broken on {event.workflow_id}")

    paragon.client.subscribe("onWorkflowChange", broken)
    paragon.client.subscribe("onWorkflowChange", record)
    with pytest.raises(EventHandlerError) as caught:
        paragon.call("update_workflow_state", {SLACK_WORKFLOW: True, OTHER_WORKFLOW: False})
    # Both changes were made and both events fired, to every handler.
    assert [r.method for r in server.sent(r" .*/sdk/workflows/")] == ["POST", "DELETE"]
    assert seen == [(SLACK_WORKFLOW, True), (OTHER_WORKFLOW, False)]
    failures = caught.value.exceptions
    assert [str(failure) for failure in failures] == [
        f"broken on {SLACK_WORKFLOW}",
        f"broken on {OTHER_WORKFLOW}",
    ]
    assert isinstance(caught.value, ParagonError) and isinstance(caught.value, ExceptionGroup)
    # The result of the updates is not lost.
    result = caught.value.result
    assert isinstance(result, WorkflowStateUpdate)
    assert result.errors == [] and result.user.user_id == "xyz"


def test_update_workflow_state_without_failures_returns_its_result(make: Make) -> None:
    paragon = make(workflow_server())
    seen: list[str] = []
    paragon.client.subscribe("onWorkflowChange", lambda event, user: seen.append(event.workflow_id))
    result = paragon.call("update_workflow_state", {SLACK_WORKFLOW: True, OTHER_WORKFLOW: False})
    assert isinstance(result, WorkflowStateUpdate) and result.errors == []
    assert seen == [SLACK_WORKFLOW, OTHER_WORKFLOW]


def test_a_single_change_keeps_its_result_when_a_handler_raises(make: Make) -> None:
    paragon = make(workflow_server())

    def broken(event: Any, user: Any) -> None:
        raise ValueError("handler bug")

    paragon.client.subscribe("onWorkflowChange", broken)
    with pytest.raises(EventHandlerError) as caught:
        paragon.call("enable_workflow", SLACK_WORKFLOW)
    assert isinstance(caught.value.result, WorkflowState)
    [failure] = caught.value.exceptions
    assert isinstance(failure, ValueError)


# -- 4. secrets in query strings ---------------------------------------------------------------


def assert_no_secret(text: str) -> None:
    for form in (SECRET, "xoxb-s3cr3t", "key%20with", "key+with"):
        assert form not in text, text


def echo(status: int) -> Answer:
    """An error whose message quotes the URL asked for, query string and all (encoded and not)."""

    def answer(request: httpx.Request) -> httpx.Response:
        message = f"upstream refused {request.url} (key {SECRET})"
        return httpx.Response(status, json={"message": message, "code": "UPSTREAM"})

    return answer


def proxied(paragon: Flavour) -> None:
    query = httpx.QueryParams({"api_key": SECRET, "limit": "10"})
    paragon.call("request", "slack", f"/conversations.list?{query}")


def test_a_proxy_error_echoing_the_query_string_does_not_show_it(make: Make) -> None:
    server = reference_server().on(r"GET .*/sdk/proxy/", echo(502))
    paragon = make(server)
    with pytest.raises(ProxyRequestError) as caught:
        proxied(paragon)
    [sent] = server.requests
    assert sent.url.params["api_key"] == SECRET  # the provider did get it
    error = caught.value
    for text in (str(error), error.message, repr(error)):
        assert_no_secret(text)
    assert "/conversations.list" in error.message and "upstream refused" in error.message


def test_a_workflow_query_is_not_shown_in_a_status_error(make: Make) -> None:
    server = reference_server().on(r"POST .*/sdk/triggers/", echo(500))
    paragon = make(server)
    with pytest.raises(InternalServerError) as caught:
        paragon.call("workflow", SLACK_WORKFLOW, query={"token": SECRET})
    assert_no_secret(str(caught.value))


@pytest.mark.parametrize(
    ("failure", "expected"),
    [(httpx.ConnectError, APIConnectionError), (httpx.ReadTimeout, APITimeoutError)],
)
def test_a_connection_error_does_not_show_the_query_string(
    make: Make, failure: type[httpx.TransportError], expected: type[APIConnectionError]
) -> None:
    def fail(request: httpx.Request) -> httpx.Response:
        raise failure(f"could not reach {request.url}", request=request)

    paragon = make(reference_server().on(r"GET .*/sdk/proxy/", fail))
    with pytest.raises(expected) as caught:
        proxied(paragon)
    assert_no_secret(str(caught.value))
    assert "/sdk/proxy/slack/conversations.list" in str(caught.value)


def test_the_clients_own_logs_show_no_query_string_nor_token(
    make: Make, caplog: pytest.LogCaptureFixture
) -> None:
    token = dev_token("xyz")
    server = reference_server()
    server.on(r"GET .*/sdk/proxy/", script(rate_limited("0"), json_answer({"output": {}})))
    paragon = make(server, max_retries=1)
    with caplog.at_level(logging.DEBUG, logger="paragon_connect"):
        paragon.call("authenticate", PROJECT, token)
        proxied(paragon)
    ours = [r.getMessage() for r in caplog.records if r.name.startswith("paragon_connect")]
    assert any(message.startswith("retrying GET") for message in ours)
    assert any("/sdk/proxy/slack/conversations.list -> 200" in message for message in ours)
    for message in ours:
        assert_no_secret(message)
        assert token not in message
