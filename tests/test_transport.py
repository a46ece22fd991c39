"""The retry policy and the two retrying transports, against httpx.MockTransport."""

from __future__ import annotations

import asyncio
import email.utils
import time
from collections.abc import AsyncIterator, Callable

import httpx
import pytest
from paragon_connect._config import ClientOptions
from paragon_connect._transport import (
    AsyncRetryTransport,
    RequestContext,
    RetryPolicy,
    RetryTransport,
    parse_retry_after,
    request_context,
)

URL = "https://zeus.example.test/projects/38b1f170-0c43-4eae-9a04-ab85325d99f7/sdk/me"


def test_retry_after_in_seconds_and_as_a_date() -> None:
    assert parse_retry_after("2") == 2.0
    assert parse_retry_after(" 0.5 ") == 0.5
    now = time.time()
    date = email.utils.formatdate(now + 30, usegmt=True)
    assert parse_retry_after(date, now=now) == pytest.approx(30, abs=1)
    assert parse_retry_after(email.utils.formatdate(now - 30, usegmt=True), now=now) == 0.0
    assert parse_retry_after("soon") is None
    assert parse_retry_after(None) is None


def _policy() -> RetryPolicy:
    return RetryPolicy(
        initial_delay=0.5, max_delay=8.0, max_retry_after=60.0, jitter=0.25, rng=lambda: 0.0
    )


def _response(status: int, retry_after: str | None = None) -> httpx.Response:
    headers = {"Retry-After": retry_after} if retry_after is not None else {}
    return httpx.Response(status, headers=headers)


@pytest.mark.parametrize(
    ("method", "status", "retry_after", "expected"),
    [
        ("GET", 200, None, None),
        ("GET", 404, None, None),
        ("GET", 500, None, 0.5),
        ("GET", 502, None, 0.5),
        ("GET", 503, None, 0.5),
        ("GET", 408, None, 0.5),
        ("GET", 429, "3", 3.0),
        ("GET", 429, None, 0.5),
        ("POST", 500, None, None),
        ("POST", 502, None, None),
        ("POST", 503, None, None),
        ("POST", 408, None, None),
        ("POST", 503, "2", 2.0),
        ("POST", 429, None, 0.5),
        ("PATCH", 429, "1", 1.0),
        ("DELETE", 500, None, None),
        ("GET", 429, "61", None),
        ("POST", 503, "3600", None),
    ],
)
def test_policy_after_response(
    method: str, status: int, retry_after: str | None, expected: float | None
) -> None:
    request = httpx.Request(method, URL)
    assert _policy().after_response(request, _response(status, retry_after), 0, 2) == expected


def test_policy_stops_at_max_retries_and_backs_off_exponentially() -> None:
    policy = _policy()
    request = httpx.Request("GET", URL)
    assert [policy.after_response(request, _response(503), attempt, 4) for attempt in range(5)] == [
        0.5,
        1.0,
        2.0,
        4.0,
        None,
    ]
    assert policy.backoff(10) == 8.0


def test_policy_jitter_shortens_the_wait() -> None:
    policy = RetryPolicy(initial_delay=1.0, jitter=0.25, rng=lambda: 1.0)
    assert policy.backoff(0) == 0.75


@pytest.mark.parametrize(
    ("method", "error", "retried"),
    [
        ("POST", httpx.ConnectError("refused"), True),
        ("POST", httpx.ConnectTimeout("slow"), True),
        ("POST", httpx.PoolTimeout("busy"), True),
        ("POST", httpx.ReadTimeout("slow"), False),
        ("POST", httpx.RemoteProtocolError("gone"), False),
        ("GET", httpx.ReadTimeout("slow"), True),
        ("GET", httpx.RemoteProtocolError("gone"), True),
        ("DELETE", httpx.ReadError("reset"), False),
    ],
)
def test_policy_after_error(method: str, error: httpx.TransportError, retried: bool) -> None:
    delay = _policy().after_error(httpx.Request(method, URL), error, 0, 2)
    assert (delay is not None) is retried


Script = list[Callable[[httpx.Request], httpx.Response]]


def _scripted(script: Script, seen: list[httpx.Request]) -> httpx.MockTransport:
    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return script[len(seen) - 1](request)

    return httpx.MockTransport(handler)


def _status(
    status: int, retry_after: str | None = None
) -> Callable[[httpx.Request], httpx.Response]:
    return lambda request: _response(status, retry_after)


def _raise(error: httpx.TransportError) -> Callable[[httpx.Request], httpx.Response]:
    def handler(request: httpx.Request) -> httpx.Response:
        raise error

    return handler


def _sync_client(
    script: Script, seen: list[httpx.Request], sleeps: list[float], max_retries: int = 2
) -> httpx.Client:
    transport = RetryTransport(
        _scripted(script, seen),
        policy=_policy(),
        default=ClientOptions(max_retries=max_retries),
        sleep=sleeps.append,
    )
    return httpx.Client(transport=transport)


def test_get_is_retried_after_503_then_succeeds() -> None:
    seen: list[httpx.Request] = []
    sleeps: list[float] = []
    with _sync_client([_status(503), _status(503), _status(200)], seen, sleeps) as client:
        response = client.get(URL)
    assert response.status_code == 200
    assert len(seen) == 3
    assert sleeps == [0.5, 1.0]


def test_post_is_not_sent_again_after_500() -> None:
    seen: list[httpx.Request] = []
    sleeps: list[float] = []
    with _sync_client([_status(500), _status(200)], seen, sleeps) as client:
        response = client.post(URL, json={"name": "Contact Created"})
    assert response.status_code == 500
    assert len(seen) == 1
    assert sleeps == []


def test_post_is_sent_again_when_the_server_says_so() -> None:
    seen: list[httpx.Request] = []
    sleeps: list[float] = []
    with _sync_client([_status(429, "1"), _status(503, "2"), _status(201)], seen, sleeps) as client:
        response = client.post(URL, json={"name": "Contact Created"})
    assert response.status_code == 201
    assert sleeps == [1.0, 2.0]
    assert [r.content for r in seen] == [b'{"name":"Contact Created"}'] * 3


def test_post_is_sent_again_after_a_connect_error_but_not_a_read_timeout() -> None:
    seen: list[httpx.Request] = []
    with _sync_client([_raise(httpx.ConnectError("refused")), _status(201)], seen, []) as client:
        assert client.post(URL).status_code == 201
    seen = []
    with (
        _sync_client([_raise(httpx.ReadTimeout("slow")), _status(201)], seen, []) as client,
        pytest.raises(httpx.ReadTimeout),
    ):
        client.post(URL)
    assert len(seen) == 1


def test_retries_stop_at_max_retries_and_return_the_last_answer() -> None:
    seen: list[httpx.Request] = []
    sleeps: list[float] = []
    with _sync_client([_status(503)] * 5, seen, sleeps, max_retries=1) as client:
        response = client.get(URL)
    assert response.status_code == 503
    assert len(seen) == 2


def test_call_context_overrides_retries_timeout_and_adds_extras() -> None:
    seen: list[httpx.Request] = []
    sleeps: list[float] = []
    context = RequestContext(
        ClientOptions(timeout=httpx.Timeout(2.5), max_retries=0),
        headers=(("X-Trace", "abc"),),
        params=(("limit", "10"), ("limit", "20")),
    )
    with (
        _sync_client([_status(503), _status(200)], seen, sleeps) as client,
        request_context(context),
    ):
        response = client.get(URL + "?existing=1")
    assert response.status_code == 503
    (request,) = seen
    assert request.headers["X-Trace"] == "abc"
    assert request.url.params.multi_items() == [("existing", "1"), ("limit", "10"), ("limit", "20")]
    assert request.extensions["timeout"] == httpx.Timeout(2.5).as_dict()


def test_async_transport_follows_the_same_policy() -> None:
    seen: list[httpx.Request] = []
    sleeps: list[float] = []

    async def record_sleep(seconds: float) -> None:
        sleeps.append(seconds)

    async def scenario() -> tuple[int, int]:
        script: Script = [_status(429, "1"), _status(500), _status(201)]
        transport = AsyncRetryTransport(
            _scripted(script, seen), policy=_policy(), default=ClientOptions(), sleep=record_sleep
        )
        async with httpx.AsyncClient(transport=transport) as client:
            first = await client.post(URL)
            second = await client.get(URL)
        return first.status_code, second.status_code

    assert asyncio.run(scenario()) == (500, 201)
    assert [r.method for r in seen] == ["POST", "POST", "GET"]
    assert sleeps == [1.0]


class _Body(httpx.AsyncByteStream):
    """A body read from the network: the connection stays busy until it is closed."""

    async def __aiter__(self) -> AsyncIterator[bytes]:
        await asyncio.sleep(0)
        yield b"{}"


class _Gauge(httpx.AsyncBaseTransport):
    """Answers every request after a pause, counting how many were inside at once."""

    def __init__(self) -> None:
        self.inside = 0
        self.most = 0
        self.seen = 0

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.inside += 1
        self.seen += 1
        self.most = max(self.most, self.inside)
        try:
            await asyncio.sleep(0.001)
        finally:
            self.inside -= 1
        return httpx.Response(200, stream=_Body(), request=request)


def test_async_queue_keeps_requests_in_flight_within_the_limit() -> None:
    gauge = _Gauge()

    async def scenario() -> list[int]:
        # A place that were never freed would show as a PoolTimeout, not as a hang.
        options = ClientOptions(timeout=httpx.Timeout(5.0, pool=5.0))
        transport = AsyncRetryTransport(gauge, default=options, max_in_flight=3)
        async with httpx.AsyncClient(transport=transport) as client:
            responses = await asyncio.gather(*(client.get(URL) for _ in range(40)))
            # Every place is free again once the responses are closed.
            semaphore = transport._queue.semaphore() if transport._queue else None
            assert semaphore is not None and not semaphore.locked()
        return [response.status_code for response in responses]

    assert asyncio.run(scenario()) == [200] * 40
    assert gauge.seen == 40
    assert gauge.most <= 3


def test_async_queue_waits_no_longer_than_the_pool_timeout() -> None:
    release = asyncio.Event()
    entered = asyncio.Event()

    class Slow(httpx.AsyncBaseTransport):
        async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
            entered.set()
            await release.wait()
            return httpx.Response(200, request=request)

    async def scenario() -> None:
        # The configured pool timeout (0.05 s) reaches the queue through the request, as the
        # client sends it; httpx's own default (5 s) and "forever" both miss the bound below.
        timeout = httpx.Timeout(60.0, pool=0.05)
        options = ClientOptions(timeout=timeout, max_retries=0)
        transport = AsyncRetryTransport(Slow(), default=options, max_in_flight=1)
        async with httpx.AsyncClient(transport=transport, timeout=timeout) as client:
            first = asyncio.ensure_future(client.get(URL))
            await entered.wait()  # the first request holds the only place
            with pytest.raises(httpx.PoolTimeout):
                await asyncio.wait_for(client.get(URL), timeout=3)
            release.set()
            assert (await first).status_code == 200
            # The place the timed-out request never got is not lost: the next one goes through.
            assert (await client.get(URL)).status_code == 200

    asyncio.run(scenario())


def test_async_queue_frees_the_place_when_the_pool_fails() -> None:
    class Refuses(httpx.AsyncBaseTransport):
        async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
            raise httpx.ConnectError("refused", request=request)

    async def scenario() -> None:
        options = ClientOptions(max_retries=0)
        transport = AsyncRetryTransport(Refuses(), default=options, max_in_flight=1)
        async with httpx.AsyncClient(transport=transport) as client:
            for _ in range(3):  # would wait forever if a failure kept its place
                with pytest.raises(httpx.ConnectError):
                    await asyncio.wait_for(client.get(URL), timeout=5)

    asyncio.run(scenario())


def test_async_queue_follows_the_event_loop() -> None:
    gauge = _Gauge()
    options = ClientOptions(timeout=httpx.Timeout(5.0, pool=5.0))
    transport = AsyncRetryTransport(gauge, default=options, max_in_flight=2)

    async def scenario() -> None:
        client = httpx.AsyncClient(transport=transport)
        await asyncio.gather(*(client.get(URL) for _ in range(5)))

    # One asyncio.run after another: each loop gets a queue of its own.
    asyncio.run(scenario())
    asyncio.run(scenario())
    assert gauge.seen == 10
    assert gauge.most <= 2
