"""The exceptions of paragon_connect, one tree rooted at ``ParagonError``.

::

    ParagonError
    ├── APIError                        something went wrong talking to Paragon
    │   ├── APIConnectionError          no usable answer: DNS, refused, reset, TLS, ...
    │   │   └── APITimeoutError         connect, read, write or pool timeout, or total deadline
    │   ├── APIResponseValidationError  a success answer whose body this client cannot read
    │   ├── ResponseTooLargeError       a body beyond ``max_response_bytes`` (once decompressed)
    │   ├── APIStatusError              Paragon answered with an error status (or a redirect)
    │   │   ├── BadRequestError             400
    │   │   ├── AuthenticationError         401
    │   │   ├── PermissionDeniedError       403
    │   │   ├── NotFoundError               404
    │   │   ├── ConflictError               409
    │   │   ├── UnprocessableEntityError    422
    │   │   ├── RateLimitError              429
    │   │   ├── InternalServerError         >= 500
    │   │   └── ProxyRequestError           a proxied provider request failed (any status)
    │   └── PaginationError             a paged listing that would not end (cursor loop, page cap)
    ├── UserNotAuthenticatedError       a call that needs a user before authenticate()
    ├── IntegrationNotFoundError        no such integration in the project
    ├── IntegrationNotInstalledError    the user has not connected the integration
    ├── IntegrationAlreadyInstalledError  installing again without allow_multiple_credentials
    ├── HeadlessModeNotEnabledError     install_flow used without set_headless(True)
    ├── NoActiveInstallFlowError        an install_flow step with no flow started
    ├── InstallFlowError                a step the flow cannot take now, or bad inputs (ValueError)
    ├── InstallFlowCancelledError       cancel() stopped a flow that was waiting for OAuth
    ├── OAuthTimeoutError               the user did not answer the consent page in time
    ├── OAuthBlockedError               the user (or the provider) denied the connection
    ├── EventHandlerError               subscribe() handlers raised (also an ExceptionGroup)
    ├── ToolNotFoundError               no ActionKit tool of that name for the Connected User
    ├── ToolArgumentsError              a tool's arguments break its JSON Schema (ValueError)
    └── ToolCallFormatError             a model's tool call that cannot be read (ValueError;
                                        defined in ``_tool_formats``)

Invalid arguments raise the built-in ``ValueError`` or ``TypeError`` before anything is sent.
An error status always raises its ``APIStatusError`` subclass, whatever its body: the envelope is
read when there is one (``code``, ``message``, ``meta``), and ``body`` keeps whatever came.
No message in this module ever includes a user token, a key or a query string: API error
messages come from Paragon's error envelope (with the values of the request's query string
blotted out, in case the server echoes them), and requests are named by method and by URL
without its query, which may carry a provider's API key (``request("slack", "x?api_key=...")``).
The ``request`` and ``response`` attributes are the real ones, headers and all: keep them out
of logs.

``Retry-After`` is read by ``parse_retry_after`` for the retries and for ``retry_after`` alike,
so a hostile or broken server cannot make either wait forever (see ``MAX_RETRY_AFTER``).
"""

from __future__ import annotations

import datetime
import email.utils
import json
import math
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Final
from urllib.parse import quote, quote_plus

import httpx

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "EventHandlerError",
    "HeadlessModeNotEnabledError",
    "InstallFlowCancelledError",
    "IntegrationAlreadyInstalledError",
    "IntegrationNotFoundError",
    "IntegrationNotInstalledError",
    "InternalServerError",
    "NoActiveInstallFlowError",
    "NotFoundError",
    "OAuthBlockedError",
    "OAuthTimeoutError",
    "PaginationError",
    "ParagonError",
    "PermissionDeniedError",
    "ProxyRequestError",
    "RateLimitError",
    "ResponseTooLargeError",
    "ToolArgumentProblem",
    "ToolArgumentsError",
    "ToolNotFoundError",
    "UnprocessableEntityError",
    "UserNotAuthenticatedError",
    "parse_retry_after",
]

# The longest wait a ``Retry-After`` is ever read as: one day. A larger ask (``1e400``, an HTTP
# date centuries ahead) reads as this, so that code sleeping ``error.retry_after`` is never told
# to sleep forever, nor handed an inf that ``time.sleep`` refuses. The client itself waits far
# less before giving the error to the caller (``_transport.MAX_RETRY_WAIT``).
MAX_RETRY_AFTER: Final = 86_400.0


def parse_retry_after(value: str | None, *, now: float | None = None) -> float | None:
    """Seconds to wait from a ``Retry-After`` header (delta-seconds or an HTTP date), or None.

    The result is always finite and between 0 and ``MAX_RETRY_AFTER``: a negative number or a
    date in the past reads as 0 (no wait), a larger number or a later date as the cap. None when
    the header is missing or is neither a number nor a date (``nan`` included).
    """
    if value is None:
        return None
    text = value.strip()
    try:
        seconds = float(text)  # "1e400" and 400 digits read as inf: capped below
    except ValueError:
        try:
            when = email.utils.parsedate_to_datetime(text)
        except (TypeError, ValueError, OverflowError, IndexError):
            return None
        if when.tzinfo is None:
            when = when.replace(tzinfo=datetime.UTC)
        seconds = when.timestamp() - (time.time() if now is None else now)
    if math.isnan(seconds):
        return None
    return min(max(seconds, 0.0), MAX_RETRY_AFTER)


class ParagonError(Exception):
    """The root of every exception paragon_connect raises on purpose."""


class APIError(ParagonError):
    """A request to Paragon failed; ``request`` is the ``httpx.Request`` when there was one.

    The message names the request by method and URL without its query string; ``request`` is
    the request as sent (query string and ``Authorization`` header included).
    """

    def __init__(self, message: str, *, request: httpx.Request | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.request = request


class APIConnectionError(APIError):
    """No usable answer came back: the connection failed, was reset, or TLS failed."""


class APITimeoutError(APIConnectionError):
    """A timeout expired (see the ``timeout`` option).

    Either one step took too long (connecting, one read, one write, waiting for the pool), or
    the attempt as a whole did: the longest of the ``timeout`` values also bounds each attempt
    from its start to the last byte of the body, however slowly the server sends.
    """


class TotalTimeout(httpx.ReadTimeout):
    """Raised by the transport when one attempt outlives its total deadline.

    An ``httpx.ReadTimeout`` to the retry rules (a GET may be sent again, a POST not: the server
    may have received it); ``connection_error`` turns it into ``APITimeoutError``.
    """

    def __init__(self, seconds: float, *, request: httpx.Request) -> None:
        super().__init__(
            f"no complete answer within the total timeout of {seconds:g} s", request=request
        )
        self.seconds = seconds


class ResponseTooLargeError(APIError):
    """The answer's body is larger than ``max_response_bytes`` (32 MiB unless set otherwise).

    The size is counted after decompression, and reading stops as soon as it passes the limit,
    so a huge body or a compression bomb never fills memory. ``limit`` is the limit in bytes,
    ``status_code`` the answer's status; the body is not kept.
    """

    def __init__(
        self, message: str, *, request: httpx.Request | None, limit: int, status_code: int
    ) -> None:
        super().__init__(message, request=request)
        self.limit = limit
        self.status_code = status_code


class APIResponseValidationError(APIError):
    """Paragon answered with a success status, but this client cannot read the body.

    The body is not JSON, or a value in it does not have the type the API promises (a required
    property missing, a string where an object belongs, ...). Properties and enum values this
    client does not know never cause it: they are kept. ``status_code`` and ``response`` (the
    ``httpx.Response``) say what came back, ``operation`` is the spec's operationId,
    ``path`` leads to the value at fault (``json_path`` writes it as ``$.integrations.slack``)
    and ``problem`` says what is wrong with it; the exception that revealed it is the
    ``__cause__``. The message never quotes values from the body.
    """

    def __init__(
        self,
        message: str,
        *,
        response: httpx.Response,
        operation: str,
        path: tuple[str | int, ...] = (),
        json_path: str = "$",
        problem: str = "",
    ) -> None:
        super().__init__(message, request=response.request if _has_request(response) else None)
        self.response = response
        self.status_code = response.status_code
        self.operation = operation
        self.path = path
        self.json_path = json_path
        self.problem = problem


class APIStatusError(APIError):
    """Paragon answered with an error status.

    ``status_code``, ``code``, ``message`` and ``meta`` come from Paragon's error envelope when
    the body is one; ``response`` is the whole HTTP response, ``body`` its decoded JSON (or text).
    """

    def __init__(
        self,
        message: str,
        *,
        response: httpx.Response,
        code: str | None = None,
        meta: Mapping[str, Any] | None = None,
        body: Any = None,
    ) -> None:
        super().__init__(message, request=response.request if _has_request(response) else None)
        self.response = response
        self.status_code = response.status_code
        self.code = code
        self.meta: dict[str, Any] = dict(meta or {})
        self.body = body

    def __str__(self) -> str:
        code = f" (code {self.code})" if self.code else ""
        return f"{self.status_code}{code}: {self.message}"

    @property
    def retry_after(self) -> float | None:
        """Seconds the server asked to wait (``Retry-After``, in seconds or as an HTTP date).

        Never negative, nan or inf: a date in the past or a negative number reads as 0, an ask
        longer than ``MAX_RETRY_AFTER`` (one day) as that. None when the header is missing or
        unreadable. The client waits on its own only for asks up to 60 seconds; a longer one
        reaches the caller at once as this error.
        """
        return parse_retry_after(self.response.headers.get("Retry-After"))


class BadRequestError(APIStatusError):
    """400: the request does not match the API (``message`` may list the problems)."""


class AuthenticationError(APIStatusError):
    """401: the user token is missing, malformed, badly signed, expired or for another project."""


class PermissionDeniedError(APIStatusError):
    """403: the token's permissions do not allow the operation."""


class NotFoundError(APIStatusError):
    """404: the project, a resource of the user, or their install of an integration is missing."""


class ConflictError(APIStatusError):
    """409: the request conflicts with the current state (installed twice, inputs missing, ...)."""


class UnprocessableEntityError(APIStatusError):
    """422: well-formed, but cannot be carried out in the current state.

    Spec 4.0.0 documents no 422 (such requests answer 409 or 404, the statuses generic HTTP
    tooling expects for valid input); the class stays for a server that still sends one.
    """


class RateLimitError(APIStatusError):
    """429: too many requests; ``retry_after`` says how long to wait (capped at one day).

    The client already retried while the budget (``max_retries``) lasted and the server asked
    for at most 60 seconds; a longer ``Retry-After`` is not waited for but raised at once.
    """


class InternalServerError(APIStatusError):
    """A 5xx status: Paragon (or something in front of it) failed."""


class ProxyRequestError(APIStatusError):
    """A request proxied to the provider through ``request()`` failed.

    ``response`` is the proxy's response; ``provider_response`` the provider's body when Paragon
    passed it on (``meta.providerResponse``), else the whole decoded body.
    """

    @property
    def provider_response(self) -> Any:
        """The provider's answer, as far as Paragon passed it on."""
        if "providerResponse" in self.meta:
            return self.meta["providerResponse"]
        return self.body


class PaginationError(APIError):
    """A paged listing (``iter_field_options``) would not end, so it was stopped.

    Either the server sent a page cursor it had sent before (``cursor`` is that cursor; it would
    go round in circles for ever), or ``max_pages`` pages came and the last still named a next
    one (``cursor`` is None). ``pages`` is how many pages were read; their items were yielded.
    """

    def __init__(self, message: str, *, pages: int, cursor: str | None = None) -> None:
        super().__init__(message)
        self.pages = pages
        self.cursor = cursor


class UserNotAuthenticatedError(ParagonError):
    """The call needs a Connected User: call ``authenticate(project_id, user_token)`` first."""


class IntegrationNotFoundError(ParagonError):
    """The integration type is not one of the project's integrations."""


class IntegrationNotInstalledError(ParagonError):
    """The Connected User has not connected an account for the integration."""


class IntegrationAlreadyInstalledError(ParagonError):
    """The user already connected the integration; pass ``allow_multiple_credentials=True``."""


class HeadlessModeNotEnabledError(ParagonError):
    """``install_flow`` needs ``set_headless(True)`` first."""


class NoActiveInstallFlowError(ParagonError):
    """An ``install_flow`` step was called with no flow started (call ``start()`` first)."""


class InstallFlowCancelledError(ParagonError):
    """``install_flow.cancel()`` stopped the flow while it was waiting for the user."""


class OAuthTimeoutError(ParagonError):
    """The user did not answer the provider's consent page within ``oauth_timeout``."""


class OAuthBlockedError(ParagonError):
    """The connection was refused at the consent page (by the user or the provider)."""


class EventHandlerError(ParagonError, ExceptionGroup):
    """One or more ``subscribe()`` handlers raised.

    Every handler of every event the call fired ran; their exceptions are in ``exceptions``
    (this is an ``ExceptionGroup``, so ``except*`` works too). The change that fired the events
    has happened: ``result`` is what the call would have returned (the ``WorkflowStateUpdate``
    of ``update_workflow_state``, the ``WorkflowState`` of ``enable_workflow``, ...), None for a
    call that returns nothing.
    """

    result: Any = None


class ToolNotFoundError(ParagonError):
    """No ActionKit tool of this name is in the Connected User's catalogue.

    Raised by ``paragon.tools.get`` and by a validated ``paragon.tools.run`` (which needs the
    tool's schema) after reading the catalogue. The catalogue lists the tools of integrations the
    user has connected, under the names of the ``json_schema`` format: a name of the ``paragon``
    format (a polymorphic tool kept whole) runs with ``validate=False``. ``tool`` is the name.
    """

    def __init__(self, message: str, *, tool: str) -> None:
        super().__init__(message)
        self.tool = tool


@dataclass(frozen=True, slots=True)
class ToolArgumentProblem:
    """One way a tool's arguments break its schema.

    ``path`` is the JSON path of the value at fault (``$`` for the arguments as a whole,
    ``$.channel``, ``$.blocks[2].text``); ``message`` says what is wrong without quoting the
    value, which may be a user's data.
    """

    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


# The problems a ToolArgumentsError message lists; ``problems`` keeps them all.
_PROBLEMS_SHOWN: Final = 10


class ToolArgumentsError(ParagonError, ValueError):
    """A tool's arguments do not match its JSON Schema; nothing was sent.

    ``tool`` is the tool's name and ``problems`` every ``ToolArgumentProblem`` found, each with
    the JSON path of its value. The message lists them (the first ten), never the values: it is
    what ``paragon.tools.call`` reports to the model, so that it can correct its call.
    """

    def __init__(self, tool: str, problems: Sequence[ToolArgumentProblem]) -> None:
        self.tool = tool
        self.problems = list(problems)
        shown = "; ".join(str(problem) for problem in self.problems[:_PROBLEMS_SHOWN])
        more = len(self.problems) - _PROBLEMS_SHOWN
        if more > 0:
            shown += f"; and {more} more"
        super().__init__(f"the arguments of tool {tool!r} do not match its schema: {shown}")


_STATUS_ERRORS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def _has_request(response: httpx.Response) -> bool:
    try:
        response.request  # noqa: B018 - httpx raises when a response was built without one
    except RuntimeError:
        return False
    return True


def _decode_body(response: httpx.Response) -> Any:
    try:
        return json.loads(response.content)
    except (ValueError, RecursionError):  # not JSON, not UTF-8, or nested too deeply
        return response.text


# Values shorter than this are not blotted out of messages: they cannot be secrets worth the
# name, and replacing "1" or "true" everywhere would garble the message.
_MIN_SECRET_LENGTH: Final = 4
_REDACTED: Final = "[redacted]"


def url_without_query(url: httpx.URL) -> httpx.URL:
    """``url`` without its query string, which may carry a provider's API key."""
    return url.copy_with(query=None) if url.query else url


def redact_query(text: str, request: httpx.Request | None) -> str:
    """``text`` with the request's query string, and each value in it, blotted out.

    For messages made of what a server or a library said about the request: a server may echo
    the URL it was asked for, query string and all.
    """
    if request is None or not request.url.query:
        return text
    url = request.url
    text = text.replace(str(url), str(url_without_query(url)))
    secrets = {url.query.decode("ascii", "replace")}
    for _, value in url.params.multi_items():
        if len(value) >= _MIN_SECRET_LENGTH:
            # Decoded, and percent-encoded either way a server may quote it back.
            secrets.update({value, quote(value, safe=""), quote_plus(value, safe="")})
    # Longest first, so that a value inside the whole query string cannot leave a remnant.
    for secret in sorted(secrets, key=len, reverse=True):
        text = text.replace(secret, _REDACTED)
    return text


def status_error(response: httpx.Response, *, proxy: bool = False) -> APIStatusError:
    """Build the exception for an error (or redirect) response, reading the envelope if any."""
    body = _decode_body(response)
    code: str | None = None
    meta: Mapping[str, Any] | None = None
    message: str
    raw = body.get("message") if isinstance(body, dict) else None
    if isinstance(raw, str) and raw.strip():
        message = raw
    elif isinstance(raw, list) and raw and all(isinstance(item, str) for item in raw):
        message = "; ".join(raw)
    else:
        # No envelope (an HTML page from a proxy, say), or one without a readable message.
        reason = response.reason_phrase or "error"
        message = f"HTTP {response.status_code} {reason}"
        if 300 <= response.status_code < 400:
            message += ": this client does not follow redirects"
    if isinstance(body, dict):
        raw_code = body.get("code")
        if isinstance(raw_code, str | int) and not isinstance(raw_code, bool):
            code = str(raw_code)
        raw_meta = body.get("meta")
        meta = raw_meta if isinstance(raw_meta, dict) else None
    cls: type[APIStatusError]
    if proxy:
        cls = ProxyRequestError
    elif response.status_code >= 500:
        cls = InternalServerError
    else:
        cls = _STATUS_ERRORS.get(response.status_code, APIStatusError)
    request = response.request if _has_request(response) else None
    message = redact_query(message, request)
    return cls(message, response=response, code=code, meta=meta, body=body)


def connection_error(exc: httpx.TransportError) -> APIConnectionError:
    """Wrap an httpx transport failure, naming the request by method and URL only."""
    request = exc.request if _exception_has_request(exc) else None
    where = f" ({request.method} {url_without_query(request.url)})" if request is not None else ""
    if isinstance(exc, TotalTimeout):
        return APITimeoutError(
            f"the request timed out{where}: its total deadline of {exc.seconds:g} s passed "
            "before the whole answer arrived",
            request=request,
        )
    if isinstance(exc, httpx.TimeoutException):
        return APITimeoutError(
            f"the request timed out{where}: {type(exc).__name__}", request=request
        )
    # httpx's own messages do not quote the URL, but a custom transport's may.
    detail = redact_query(str(exc), request)
    return APIConnectionError(f"the connection failed{where}: {detail}", request=request)


def _exception_has_request(exc: httpx.TransportError) -> bool:
    try:
        exc.request  # noqa: B018 - httpx raises when the error was made without a request
    except RuntimeError:
        return False
    return True
