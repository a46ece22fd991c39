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
  exponential backoff with jitter. A ``Retry-After`` longer than ``max_retry_after`` is not
  waited for: the error reaches the caller, whose decision that is.

A request may also carry extras the generated operations cannot express (free-form headers of a
workflow trigger, the provider's query string of a proxied request) and a per-call timeout; the
client sets them in a context variable around the call and the transport applies them.
"""

from __future__ import annotations

import contextvars
import datetime
import email.utils
import logging
import random
import time
from collections.abc import Awaitable, Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Final

import httpx

from ._config import ClientOptions

__all__ = [
    "AsyncRetryTransport",
    "RequestContext",
    "RetryPolicy",
    "RetryTransport",
    "parse_retry_after",
    "request_context",
]

logger = logging.getLogger("paragon_connect")

SAFE_METHODS: Final = frozenset({"GET", "HEAD", "OPTIONS"})
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
    headers: Sequence[tuple[str, str]] = ()
    params: Sequence[tuple[str, str]] = ()


_current: contextvars.ContextVar[RequestContext | None] = contextvars.ContextVar(
    "paragon_connect_request", default=None
)


@contextmanager
def request_context(context: RequestContext) -> Iterator[None]:
    """Make ``context`` apply to the requests sent inside the ``with`` block (thread/task local)."""
    token = _current.set(context)
    try:
        yield
    finally:
        _current.reset(token)


def parse_retry_after(value: str | None, *, now: float | None = None) -> float | None:
    """Seconds to wait from a ``Retry-After`` header (delta-seconds or an HTTP date), or None."""
    if value is None:
        return None
    text = value.strip()
    try:
        seconds = float(text)
    except ValueError:
        try:
            when = email.utils.parsedate_to_datetime(text)
        except (TypeError, ValueError):
            return None
        if when.tzinfo is None:
            when = when.replace(tzinfo=datetime.UTC)
        seconds = when.timestamp() - (time.time() if now is None else now)
    if seconds != seconds or seconds < 0:  # NaN or a date in the past: no wait
        return 0.0
    return seconds


class RetryPolicy:
    """Decides whether to send a request again, and after how long. No I/O."""

    def __init__(
        self,
        *,
        initial_delay: float = 0.5,
        max_delay: float = 8.0,
        max_retry_after: float = 60.0,
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
        if attempt >= max_retries:
            return None
        status = response.status_code
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


def _prepare(request: httpx.Request, default: ClientOptions) -> int:
    """Apply the current call's options and extras to ``request``; return its retry budget."""
    context = _current.get()
    options = context.options if context is not None else default
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
        request.url,
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
    ) -> None:
        self.inner = inner
        self.policy = policy or RetryPolicy()
        self.default = default or ClientOptions()
        self._sleep = sleep

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        """Send ``request``, again after a wait while the policy says so."""
        max_retries = _prepare(request, self.default)
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


class AsyncRetryTransport(httpx.AsyncBaseTransport):
    """The asyncio twin of ``RetryTransport``: same policy, awaits instead of blocking."""

    def __init__(
        self,
        inner: httpx.AsyncBaseTransport,
        *,
        policy: RetryPolicy | None = None,
        default: ClientOptions | None = None,
        sleep: Callable[[float], Awaitable[object]] | None = None,
    ) -> None:
        self.inner = inner
        self.policy = policy or RetryPolicy()
        self.default = default or ClientOptions()
        self._sleep = sleep

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        """Send ``request``, again after a wait while the policy says so."""
        max_retries = _prepare(request, self.default)
        attempt = 0
        while True:
            outcome: httpx.Response | httpx.TransportError
            try:
                outcome = await self.inner.handle_async_request(request)
            except httpx.TransportError as error:
                outcome = error
                delay = self.policy.after_error(request, error, attempt, max_retries)
                if delay is None:
                    raise
            else:
                delay = self.policy.after_response(request, outcome, attempt, max_retries)
                if delay is None:
                    return outcome
                await outcome.aclose()
            _log_retry(request, outcome, delay, attempt, max_retries)
            await (self._sleep or _asyncio_sleep)(delay)
            attempt += 1

    async def aclose(self) -> None:
        """Close the connection pool."""
        await self.inner.aclose()
