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

Timeouts: each step of an attempt (connecting, one read, one write, waiting for the pool) has
its own limit from ``timeout``, as httpx applies them; and each attempt as a whole has a total
deadline, the longest of those limits (``timeout=2`` is 2 s; the default ``httpx.Timeout(60,
connect=5)`` is 60 s), from the start of the attempt to the last byte of the body, however slowly
the server sends. The transport therefore reads the body itself, under the deadline (every call
of the client reads whole JSON bodies; none streams). ``AsyncRetryTransport`` cancels the attempt
when the deadline passes (an anyio cancel scope, asyncio and trio alike). A blocking socket
cannot be cancelled, so the client's own sync pool (``_pool``) caps each connect, read and write
at the time left; with another transport the sync client checks the clock between the chunks of
the body only. The deadline is per attempt: the waits between attempts do not count.

Size: a body is read in chunks and counted after decompression, and reading stops as soon as it
passes ``max_response_bytes`` (``ResponseTooLargeError``); gzip and deflate (the codings the
client asks for) are decoded here, at most ``_DECODE_STEP`` bytes at a time, so that neither a
huge body nor a compression bomb fills memory. The response handed on holds the decoded body,
without ``Content-Encoding``.

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
import zlib
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Final

import httpx

from ._config import ClientOptions
from ._exceptions import (
    APIError,
    ResponseTooLargeError,
    TotalTimeout,
    parse_retry_after,
    url_without_query,
)

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
    "total_timeout",
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
# The codings the client asks for; it decodes them itself, within the size limit.
ACCEPT_ENCODING: Final = "gzip, deflate"
_ZLIB_WBITS: Final = {
    "gzip": zlib.MAX_WBITS | 16,
    "x-gzip": zlib.MAX_WBITS | 16,
    "deflate": zlib.MAX_WBITS,
}
# Codings httpx would decode with no bound when brotli or zstandard is installed: the client never
# asks for them, and refuses a body a server sends in one anyway. Other unknown codings are left
# alone, as httpx leaves them.
_REFUSED_CODINGS: Final = frozenset({"br", "zstd"})
# The most one decompression step may produce: 64 KiB of gzip can inflate to 64 MiB at once.
_DECODE_STEP: Final = 64 * 1024


def total_timeout(timeout: httpx.Timeout) -> float | None:
    """The total deadline of one attempt: the longest limit of ``timeout`` (None: no limit)."""
    limits = [
        value
        for value in (timeout.connect, timeout.read, timeout.write, timeout.pool)
        if value is not None
    ]
    return max(limits) if limits else None


class _LastSeconds:
    """``total_timeout`` of the options last asked about, kept: nearly every call has the same.

    One tuple, read and replaced whole, so that threads sharing the transport never see the
    seconds of other options.
    """

    __slots__ = ("_last",)

    def __init__(self) -> None:
        self._last: tuple[ClientOptions | None, float | None] = (None, None)

    def of(self, options: ClientOptions) -> float | None:
        last = self._last
        if last[0] is options:
            return last[1]
        seconds = total_timeout(options.timeout)
        self._last = (options, seconds)
        return seconds


@dataclass(slots=True)
class Deadline:
    """When one attempt must be over, and whether passing it is what stopped the attempt."""

    seconds: float
    at: float
    passed: bool = False

    @classmethod
    def start(cls, seconds: float | None) -> Deadline | None:
        return None if seconds is None else cls(seconds, time.monotonic() + seconds)

    def left(self) -> float:
        return self.at - time.monotonic()


# The deadline of the attempt the current thread is making, read by the sync pool's sockets: a
# socket is reused by one request after another, so it asks at each step rather than keep one.
current_deadline: contextvars.ContextVar[Deadline | None] = contextvars.ContextVar(
    "paragon_connect_deadline", default=None
)


class _Inflate:
    """One gzip or deflate layer, decoded at most ``_DECODE_STEP`` bytes at a time."""

    def __init__(self, wbits: int) -> None:
        self._decoder = zlib.decompressobj(wbits)
        # A "deflate" body is meant to be zlib-wrapped, but some servers send raw deflate;
        # httpx accepts both, so the first chunk decides, as there.
        self._maybe_raw = wbits == zlib.MAX_WBITS

    def feed(self, data: bytes) -> Iterator[bytes]:
        while True:
            try:
                piece = self._decoder.decompress(data, _DECODE_STEP)
            except zlib.error:
                if not self._maybe_raw:
                    raise
                self._maybe_raw = False
                self._decoder = zlib.decompressobj(-zlib.MAX_WBITS)
                continue
            self._maybe_raw = False
            data = self._decoder.unconsumed_tail
            if piece:
                yield piece
            # A full step may leave output inside zlib even with no input left: ask again.
            if not data and len(piece) < _DECODE_STEP:
                return


class _Body:
    """Collects a response's body within the size limit, decoding gzip and deflate as it comes."""

    def __init__(self, response: httpx.Response, request: httpx.Request, limit: int) -> None:
        # From the raw header list: `headers.get` of a header that is absent, as this one
        # usually is, raises and catches a KeyError, which cost more than this whole scan.
        codings = [
            coding.strip().lower()
            for key, value in response.headers.raw
            if key.lower() == b"content-encoding"
            for coding in value.decode("latin-1").split(",")
            if coding.strip()
        ]
        self._layers: list[_Inflate] = []
        if codings:
            refused = [coding for coding in codings if coding in _REFUSED_CODINGS]
            if refused:
                raise APIError(
                    f"the answer to {request.method} {_shown_url(request)} came in the content "
                    f"coding {refused[0]!r}, which this client did not ask for and does not "
                    "decode",
                    request=request,
                )
            # Codings apply in order, so they come off in reverse.
            self._layers = [_Inflate(_ZLIB_WBITS[c]) for c in reversed(codings) if c in _ZLIB_WBITS]
        self._response = response
        self._request = request
        self._limit = limit
        self._raw = 0  # counted too: endless empty deflate blocks decode to nothing
        self._size = 0
        self._parts: list[bytes] = []

    def add(self, raw: bytes) -> None:
        """Take one chunk off the wire; raise once the body, raw or decoded, is too large."""
        self._raw += len(raw)
        if self._raw > self._limit:
            self._too_large()
        if not self._layers:
            # Not encoded (the usual answer): the chunk is the body, and it was just counted.
            if raw:
                self._parts.append(raw)
            return
        try:
            for piece in self._decode(0, raw):
                self._size += len(piece)
                if self._size > self._limit:
                    self._too_large()
                self._parts.append(piece)
        except zlib.error as error:
            # What httpx raises for a body it cannot decode, as before the client decoded.
            raise httpx.DecodingError(str(error), request=self._request) from error

    def _decode(self, layer: int, data: bytes) -> Iterator[bytes]:
        # Lazily, one bounded piece at a time through every layer: a gzip of a gzip bomb stays
        # within one step per layer.
        if layer == len(self._layers):
            if data:
                yield data
            return
        for piece in self._layers[layer].feed(data):
            yield from self._decode(layer + 1, piece)

    def _too_large(self) -> None:
        request = self._request
        raise ResponseTooLargeError(
            f"the answer to {request.method} {_shown_url(request)} "
            f"(status {self._response.status_code}) is larger than max_response_bytes "
            f"({self._limit} bytes, counted after decompression); reading stopped there",
            request=request,
            limit=self._limit,
            status_code=self._response.status_code,
        )

    def response(self) -> httpx.Response:
        """The answer with its whole body, decoded (and so without ``Content-Encoding``).

        The response the pool gave, its stream (read and closed by now) replaced by the body:
        httpx reads it from there as from any transport's answer. Building a new
        ``httpx.Response`` instead cost a tenth of a call, mostly in its header handling.
        """
        response = self._response
        if self._layers:
            del response.headers["Content-Encoding"]
            response.headers["Content-Length"] = str(self._size)
        response.stream = httpx.ByteStream(b"".join(self._parts))
        return response


def _read(
    response: httpx.Response, request: httpx.Request, limit: int, deadline: Deadline | None
) -> httpx.Response:
    """Read the body of ``response`` within ``limit`` and ``deadline``, blocking."""
    stream = response.stream
    if not isinstance(stream, httpx.SyncByteStream):
        return response  # not a body this client can read: httpx says so, as it always did
    try:
        body = _Body(response, request, limit)
        for raw in stream:
            body.add(raw)
            # Between chunks, for a transport whose sockets do not know the deadline.
            if deadline is not None and deadline.left() <= 0:
                deadline.passed = True
                raise TotalTimeout(deadline.seconds, request=request)
    finally:
        # The pool's stream is done with (the connection goes back to the pool); the response
        # stays open for httpx to read the body from the stream that replaces it.
        stream.close()
    return body.response()


async def _aread(response: httpx.Response, request: httpx.Request, limit: int) -> httpx.Response:
    """Read the body of ``response`` within ``limit``; the caller's cancel scope bounds time."""
    stream = response.stream
    if not isinstance(stream, httpx.AsyncByteStream):
        return response
    try:
        body = _Body(response, request, limit)
        async for raw in stream:
            body.add(raw)
    except BaseException:
        import anyio

        # Shielded: when the deadline cancelled the read, closing must still run to its end.
        with anyio.CancelScope(shield=True):
            await stream.aclose()
        raise
    # As in _read: the pool's stream is done with, the response is read from its new stream.
    # Nothing cancelled the read, so no shield (httpcore shields its own part of closing).
    await stream.aclose()
    return body.response()


def _deadline_error(
    error: httpx.TransportError, deadline: Deadline | None, request: httpx.Request
) -> httpx.TransportError:
    """``TotalTimeout`` when passing the deadline is what made the step fail, else ``error``."""
    if (
        deadline is not None
        and deadline.passed
        and isinstance(error, httpx.TimeoutException)
        and not isinstance(error, TotalTimeout)
    ):
        timeout = TotalTimeout(deadline.seconds, request=request)
        timeout.__cause__ = error
        return timeout
    return error


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
) -> ClientOptions:
    """Apply credentials, the call's options and extras to ``request``; return its options."""
    if authorization is not None:
        # Read per request, so a new authenticate() applies at once to every service's client.
        value = authorization()
        if value is not None:
            request.headers["Authorization"] = value
    # Only codings the transport decodes within the size limit (httpx would add br and zstd
    # when their packages are installed, and decode those without any bound).
    request.headers["Accept-Encoding"] = ACCEPT_ENCODING
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
    return options


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
        self._last_seconds = _LastSeconds()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        """Send ``request`` and read its answer, again after a wait while the policy says so."""
        options = _prepare(request, self.default, self._authorization)
        max_retries, seconds = options.max_retries, self._last_seconds.of(options)
        attempt = 0
        while True:
            outcome: httpx.Response | httpx.TransportError
            deadline = Deadline.start(seconds)
            token = current_deadline.set(deadline)
            try:
                outcome = self.inner.handle_request(request)
                delay = self.policy.after_response(request, outcome, attempt, max_retries)
                if delay is None:
                    _log_answer(request, outcome, attempt)
                    return _read(outcome, request, options.max_response_bytes, deadline)
                outcome.close()
            except httpx.TransportError as error:
                outcome = _deadline_error(error, deadline, request)
                delay = self.policy.after_error(request, error, attempt, max_retries)
                if delay is None:
                    if outcome is error:
                        raise
                    raise outcome from error
            finally:
                current_deadline.reset(token)
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
        self._last_seconds = _LastSeconds()

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

    async def _exchange(
        self, request: httpx.Request, options: ClientOptions, attempt: int
    ) -> tuple[httpx.Response, float | None]:
        """One attempt: the answer, read whole unless the policy asks to send again (the wait)."""
        response = await self._send(request)
        delay = self.policy.after_response(request, response, attempt, options.max_retries)
        if delay is not None:
            await response.aclose()
            return response, delay
        _log_answer(request, response, attempt)
        return await _aread(response, request, options.max_response_bytes), None

    async def _attempt(
        self, request: httpx.Request, options: ClientOptions, attempt: int
    ) -> tuple[httpx.Response, float | None]:
        """``_exchange``, cancelled when it outlives the total deadline."""
        seconds = self._last_seconds.of(options)
        if seconds is None:
            return await self._exchange(request, options, attempt)
        import asyncio

        try:
            asyncio.get_running_loop()
        except RuntimeError:
            pass  # not asyncio (trio): an anyio cancel scope, below
        else:
            # asyncio's own timeout: an anyio cancel scope costs several times more.
            timeout = asyncio.timeout(seconds)
            try:
                async with timeout:
                    return await self._exchange(request, options, attempt)
            except TimeoutError:
                if not timeout.expired():
                    raise  # not the deadline's
            raise TotalTimeout(seconds, request=request)
        # Imported here, as asyncio is: httpx depends on anyio, but a sync application never
        # needs it. A cancel scope works under asyncio and trio alike.
        import anyio

        with anyio.move_on_after(seconds):
            return await self._exchange(request, options, attempt)
        # Reached only when the scope cancelled the attempt.
        raise TotalTimeout(seconds, request=request)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        """Send ``request`` and read its answer, again after a wait while the policy says so."""
        options = _prepare(request, self.default, self._authorization)
        max_retries = options.max_retries
        attempt = 0
        while True:
            outcome: httpx.Response | httpx.TransportError
            try:
                outcome, delay = await self._attempt(request, options, attempt)
            except httpx.TransportError as error:
                outcome = error
                delay = self.policy.after_error(request, error, attempt, max_retries)
                if delay is None:
                    raise
            else:
                if delay is None:
                    return outcome
            _log_retry(request, outcome, delay, attempt, max_retries)
            await (self._sleep or _asyncio_sleep)(delay)
            attempt += 1

    async def aclose(self) -> None:
        """Close the connection pool."""
        await self.inner.aclose()
