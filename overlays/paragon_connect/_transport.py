"""The one seam to the network: retries, per-call options and extras, as httpx transports.

Every request of a client goes through one ``RetryTransport`` (or ``AsyncRetryTransport``)
wrapped around one connection pool, whichever service it is for. The decisions live in
``RetryPolicy``, which does no I/O; the two transports only send, close and sleep.

Retry rules (``max_retries`` retries at most, 2 by default):

- A request that never reached the server (connect error or timeout, pool timeout) is sent again.
- A request that may have had an effect — any method but GET/HEAD/OPTIONS, or anything the
  server may have received — is sent again only when the server said so: 429, or 503 with
  ``Retry-After``.
- GET, HEAD and OPTIONS are also sent again after a read error or timeout, 408, 429 and 5xx.
- The wait is ``Retry-After`` (seconds or an HTTP date) when the server sent one, else an
  exponential backoff with jitter. A ``Retry-After`` longer than ``MAX_RETRY_WAIT`` (60 s) is
  not waited for: the error (``RateLimitError`` for a 429) reaches the caller at once, whose
  decision that is, with ``retry_after`` saying what the server asked (never negative, nan or
  inf; at most a day). A ``Retry-After`` that is neither a number nor a date counts as none.

A request may also carry extras the generated operations cannot express (free-form headers of a
workflow trigger, the provider's query string of a proxied request) and a per-call timeout; the
client sets them in a context variable around the call and the transport applies them.

``AsyncRetryTransport`` can also queue requests itself (``max_in_flight``): httpcore's pool
rescans every connection for every queued request each time a request starts or ends, so a
fan-out of 1,000 calls over 100 connections spends milliseconds of CPU per call in that
bookkeeping. Queued in first-come order in front of the pool, at most as many requests as it has
connections reach it, and the queue costs next to nothing. The wait counts against the pool
timeout, as a wait inside the pool would.
"""

from __future__ import annotations

import contextvars
import logging
import random
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Final

import httpx

from ._config import ClientOptions
from ._exceptions import parse_retry_after, url_without_query

if TYPE_CHECKING:
    import asyncio

__all__ = [
    "MAX_RETRY_WAIT",
    "AsyncRetryTransport",
    "RequestContext",
    "RetryPolicy",
    "RetryTransport",
    "parse_retry_after",
    "request_context",
]

logger = logging.getLogger("paragon_connect")

SAFE_METHODS: Final = frozenset({"GET", "HEAD", "OPTIONS"})
# The longest Retry-After the client waits for on its own before sending again; a longer ask
# reaches the caller as the error at once, rather than holding the call for minutes.
MAX_RETRY_WAIT: Final = 60.0
# Statuses after which a safe request is sent again.
RETRYABLE_STATUSES: Final = frozenset({408, 429, 500, 502, 503, 504})
# Failures that prove the request was never handed to the server.
_NOT_SENT: Final = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
# Failures after which the server may or may not have received the request.
_MAYBE_SENT: Final = (
    httpx.ReadError,
    httpx.ReadTimeout,
    httpx.WriteError,
    httpx.WriteTimeout,
    httpx.RemoteProtocolError,
)


@dataclass(frozen=True, slots=True)
class RequestContext:
    """The options of the client making the call, and extras for this one request."""

    options: ClientOptions
    # Out of the repr: extra headers and a provider's query string may carry secrets.
    headers: Sequence[tuple[str, str]] = field(default=(), repr=False)
    params: Sequence[tuple[str, str]] = field(default=(), repr=False)


_current: contextvars.ContextVar[RequestContext | None] = contextvars.ContextVar(
    "paragon_connect_request", default=None
)


class request_context:
    """Make ``context`` apply to the requests sent inside the ``with`` block (thread/task local).

    A class rather than ``@contextmanager``: it runs around every call, and a generator-based
    context manager costs several times more.
    """

    __slots__ = ("_context", "_token")

    def __init__(self, context: RequestContext) -> None:
        self._context = context

    def __enter__(self) -> None:
        self._token = _current.set(self._context)

    def __exit__(self, *exc_info: object) -> None:
        _current.reset(self._token)


class RetryPolicy:
    """Decides whether to send a request again, and after how long. No I/O."""

    def __init__(
        self,
        *,
        initial_delay: float = 0.5,
        max_delay: float = 8.0,
        max_retry_after: float = MAX_RETRY_WAIT,
        jitter: float = 0.25,
        rng: Callable[[], float] = random.random,
    ) -> None:
        self.initial_delay = initial_delay
        self.max_delay = max_delay
        self.max_retry_after = max_retry_after
        self.jitter = jitter
        self._rng = rng

    def backoff(self, attempt: int) -> float:
        """The wait before retry number ``attempt + 1``: exponential, capped, minus some jitter."""
        delay: float = min(self.initial_delay * (2.0**attempt), self.max_delay)
        return delay * (1.0 - self.jitter * self._rng())

    def after_response(
        self, request: httpx.Request, response: httpx.Response, attempt: int, max_retries: int
    ) -> float | None:
        """Seconds to wait before sending again after ``response``, or None to return it."""
        status = response.status_code
        # Every status worth a retry is one of these: the common answer returns here, before
        # the headers are searched for Retry-After.
        if attempt >= max_retries or status not in RETRYABLE_STATUSES:
            return None
        retry_after = parse_retry_after(response.headers.get("Retry-After"))
        server_asked = status == 429 or (status == 503 and retry_after is not None)
        safe_to_repeat = request.method in SAFE_METHODS and status in RETRYABLE_STATUSES
        if not (server_asked or safe_to_repeat):
            return None
        if retry_after is not None:
            return retry_after if retry_after <= self.max_retry_after else None
        return self.backoff(attempt)

    def after_error(
        self, request: httpx.Request, error: httpx.TransportError, attempt: int, max_retries: int
    ) -> float | None:
        """Seconds to wait before sending again after a transport failure, or None to raise it."""
        if attempt >= max_retries:
            return None
        if isinstance(error, _NOT_SENT):
            return self.backoff(attempt)
        if isinstance(error, _MAYBE_SENT) and request.method in SAFE_METHODS:
            return self.backoff(attempt)
        return None


def _prepare(
    request: httpx.Request,
    default: ClientOptions,
    authorization: Callable[[], str | None] | None,
) -> int:
    """Apply credentials, the call's options and extras to ``request``; return its retry budget."""
    if authorization is not None:
        # Read per request, so a new authenticate() applies at once to every service's client.
        value = authorization()
        if value is not None:
            request.headers["Authorization"] = value
    context = _current.get()
    options = context.options if context is not None else default
    if options is not default:
        # The httpx client already set the client's own timeout; only other options replace it.
        request.extensions = {**request.extensions, "timeout": options.timeout.as_dict()}
    if context is not None:
        for name, value in context.headers:
            request.headers[name] = value
        if context.params:
            params = httpx.QueryParams(request.url.params)
            for name, value in context.params:
                params = params.add(name, value)
            request.url = request.url.copy_with(params=params)
    return options.max_retries


def _shown_url(request: httpx.Request) -> httpx.URL:
    # Without the query: a proxied request's query string may carry the provider's secrets.
    return url_without_query(request.url)


def _log_answer(request: httpx.Request, response: httpx.Response, attempt: int) -> None:
    if logger.isEnabledFor(logging.DEBUG):
        retries = f" after {attempt} retries" if attempt else ""
        logger.debug(
            "%s %s -> %d%s", request.method, _shown_url(request), response.status_code, retries
        )


def _log_retry(
    request: httpx.Request, outcome: object, delay: float, attempt: int, max_retries: int
) -> None:
    what = (
        f"status {outcome.status_code}"
        if isinstance(outcome, httpx.Response)
        else type(outcome).__name__
    )
    logger.info(
        "retrying %s %s after %s in %.2f s (retry %d of %d)",
        request.method,
        _shown_url(request),
        what,
        delay,
        attempt + 1,
        max_retries,
    )


class RetryTransport(httpx.BaseTransport):
    """Sends through ``inner`` (the connection pool), retrying as ``policy`` decides."""

    def __init__(
        self,
        inner: httpx.BaseTransport,
        *,
        policy: RetryPolicy | None = None,
        default: ClientOptions | None = None,
        sleep: Callable[[float], None] = time.sleep,
        authorization: Callable[[], str | None] | None = None,
    ) -> None:
        self.inner = inner
        self.policy = policy or RetryPolicy()
        self.default = default or ClientOptions()
        self._sleep = sleep
        self._authorization = authorization

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        """Send ``request``, again after a wait while the policy says so."""
        max_retries = _prepare(request, self.default, self._authorization)
        attempt = 0
        while True:
            outcome: httpx.Response | httpx.TransportError
            try:
                outcome = self.inner.handle_request(request)
            except httpx.TransportError as error:
                outcome = error
                delay = self.policy.after_error(request, error, attempt, max_retries)
                if delay is None:
                    raise
            else:
                delay = self.policy.after_response(request, outcome, attempt, max_retries)
                if delay is None:
                    _log_answer(request, outcome, attempt)
                    return outcome
                outcome.close()
            _log_retry(request, outcome, delay, attempt, max_retries)
            self._sleep(delay)
            attempt += 1

    def close(self) -> None:
        """Close the connection pool."""
        self.inner.close()


async def _asyncio_sleep(seconds: float) -> None:
    # Imported here: a sync-only application never pays for importing asyncio.
    import asyncio

    await asyncio.sleep(seconds)


class _ReleasingStream(httpx.AsyncByteStream):
    """A response body that frees its place in the queue once closed (once, however closed)."""

    def __init__(self, stream: httpx.AsyncByteStream, release: Callable[[], None]) -> None:
        self._stream = stream
        self._release: Callable[[], None] | None = release

    async def __aiter__(self) -> AsyncIterator[bytes]:
        async for chunk in self._stream:
            yield chunk

    async def aclose(self) -> None:
        try:
            await self._stream.aclose()
        finally:
            release, self._release = self._release, None
            if release is not None:
                release()


class _Queue:
    """At most ``limit`` requests in the pool at once; the others wait here, first come first in.

    An asyncio semaphore belongs to one event loop; a client used from another loop (one
    ``asyncio.run`` after another) gets a fresh one. Outside asyncio (trio) there is no queue.
    """

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self._loop: object = None
        self._semaphore: asyncio.Semaphore | None = None

    def semaphore(self) -> asyncio.Semaphore | None:
        import asyncio

        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            return None
        if loop is not self._loop or self._semaphore is None:
            self._loop, self._semaphore = loop, asyncio.Semaphore(self.limit)
        return self._semaphore


async def _enter(semaphore: asyncio.Semaphore, request: httpx.Request) -> None:
    """Take a place in the queue, waiting at most the request's pool timeout."""
    if not semaphore.locked():
        await semaphore.acquire()  # a free place: taken at once, without suspending
        return
    import asyncio

    timeout = request.extensions.get("timeout", {}).get("pool")
    try:
        async with asyncio.timeout(timeout):
            await semaphore.acquire()
    except TimeoutError:
        raise httpx.PoolTimeout(
            "timed out waiting for a connection of the pool", request=request
        ) from None


class AsyncRetryTransport(httpx.AsyncBaseTransport):
    """The asyncio twin of ``RetryTransport``: same policy, awaits instead of blocking."""

    def __init__(
        self,
        inner: httpx.AsyncBaseTransport,
        *,
        policy: RetryPolicy | None = None,
        default: ClientOptions | None = None,
        sleep: Callable[[float], Awaitable[object]] | None = None,
        max_in_flight: int | None = None,
        authorization: Callable[[], str | None] | None = None,
    ) -> None:
        self.inner = inner
        self.policy = policy or RetryPolicy()
        self.default = default or ClientOptions()
        self._sleep = sleep
        self._authorization = authorization
        self._queue = _Queue(max_in_flight) if max_in_flight is not None else None

    async def _send(self, request: httpx.Request) -> httpx.Response:
        """One attempt through the pool, queued first when ``max_in_flight`` is set."""
        semaphore = self._queue.semaphore() if self._queue is not None else None
        if semaphore is None:
            return await self.inner.handle_async_request(request)
        await _enter(semaphore, request)
        try:
            response = await self.inner.handle_async_request(request)
        except BaseException:
            semaphore.release()
            raise
        # The place is freed when the body has been read and closed, as the pool frees the
        # connection: until then the connection is still busy.
        stream = response.stream
        if response.is_closed or not isinstance(stream, httpx.AsyncByteStream):
            semaphore.release()  # a body already read into memory holds no connection
        else:
            response.stream = _ReleasingStream(stream, semaphore.release)
        return response

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        """Send ``request``, again after a wait while the policy says so."""
        max_retries = _prepare(request, self.default, self._authorization)
        attempt = 0
        while True:
            outcome: httpx.Response | httpx.TransportError
            try:
                outcome = await self._send(request)
            except httpx.TransportError as error:
                outcome = error
                delay = self.policy.after_error(request, error, attempt, max_retries)
                if delay is None:
                    raise
            else:
                delay = self.policy.after_response(request, outcome, attempt, max_retries)
                if delay is None:
                    _log_answer(request, outcome, attempt)
                    return outcome
                await outcome.aclose()
            _log_retry(request, outcome, delay, attempt, max_retries)
            await (self._sleep or _asyncio_sleep)(delay)
            attempt += 1

    async def aclose(self) -> None:
        """Close the connection pool."""
        await self.inner.aclose()
