"""The exceptions of paragon_connect, one tree rooted at ``ParagonError``.

::

    ParagonError
    ├── APIError                        something went wrong talking to Paragon
    │   ├── APIConnectionError          no usable answer: DNS, refused, reset, TLS, ...
    │   │   └── APITimeoutError         connect, read, write or pool timeout
    │   ├── APIResponseValidationError  a success answer whose body this client cannot read
    │   └── APIStatusError              Paragon answered with an error status (or a redirect)
    │       ├── BadRequestError             400
    │       ├── AuthenticationError         401
    │       ├── PermissionDeniedError       403
    │       ├── NotFoundError               404
    │       ├── ConflictError               409
    │       ├── UnprocessableEntityError    422
    │       ├── RateLimitError              429
    │       ├── InternalServerError         >= 500
    │       └── ProxyRequestError           a proxied provider request failed (any status)
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
    └── EventHandlerError               subscribe() handlers raised (also an ExceptionGroup)

Invalid arguments raise the built-in ``ValueError`` or ``TypeError`` before anything is sent.
An error status always raises its ``APIStatusError`` subclass, whatever its body: the envelope is
read when there is one (``code``, ``message``, ``meta``), and ``body`` keeps whatever came.
No message in this module ever includes a user token or a key: API error messages come from
Paragon's error envelope, and requests are named by method and URL only.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from typing import Any

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
    "ParagonError",
    "PermissionDeniedError",
    "ProxyRequestError",
    "RateLimitError",
    "UnprocessableEntityError",
    "UserNotAuthenticatedError",
]


class ParagonError(Exception):
    """The root of every exception paragon_connect raises on purpose."""


class APIError(ParagonError):
    """A request to Paragon failed; ``request`` is the request (method and URL, no secrets)."""

    def __init__(self, message: str, *, request: httpx.Request | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.request = request


class APIConnectionError(APIError):
    """No usable answer came back: the connection failed, was reset, or TLS failed."""


class APITimeoutError(APIConnectionError):
    """A connect, read, write or pool timeout expired (see the ``timeout`` option)."""


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
        """Seconds the server asked to wait (``Retry-After``), when it said so in seconds.

        None when the header is missing or is not a finite, non-negative number of seconds.
        """
        value = self.response.headers.get("Retry-After")
        try:
            seconds = float(value) if value is not None else None
        except ValueError:
            return None
        if seconds is None or not math.isfinite(seconds) or seconds < 0:
            return None
        return seconds


class BadRequestError(APIStatusError):
    """400: the request does not match the API (``message`` may list the problems)."""


class AuthenticationError(APIStatusError):
    """401: the user token is missing, malformed, badly signed, expired or for another project."""


class PermissionDeniedError(APIStatusError):
    """403: the token's permissions do not allow the operation."""


class NotFoundError(APIStatusError):
    """404: the project or one of the user's resources does not exist."""


class ConflictError(APIStatusError):
    """409: the request conflicts with the current state (e.g. installed twice)."""


class UnprocessableEntityError(APIStatusError):
    """422: well-formed, but cannot be carried out in the current state."""


class RateLimitError(APIStatusError):
    """429: too many requests; ``retry_after`` says how long to wait."""


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

    Every handler of the event ran; their exceptions are in ``exceptions`` (this is an
    ``ExceptionGroup``, so ``except*`` works too).
    """


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
    return cls(message, response=response, code=code, meta=meta, body=body)


def connection_error(exc: httpx.TransportError) -> APIConnectionError:
    """Wrap an httpx transport failure, naming the request by method and URL only."""
    request = exc.request if _exception_has_request(exc) else None
    where = f" ({request.method} {request.url})" if request is not None else ""
    if isinstance(exc, httpx.TimeoutException):
        return APITimeoutError(
            f"the request timed out{where}: {type(exc).__name__}", request=request
        )
    return APIConnectionError(f"the connection failed{where}: {exc}", request=request)


def _exception_has_request(exc: httpx.TransportError) -> bool:
    try:
        exc.request  # noqa: B018 - httpx raises when the error was made without a request
    except RuntimeError:
        return False
    return True
