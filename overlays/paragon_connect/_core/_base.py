"""What every plan module shares: the effects, the session and the protected base of the core.

A *plan* is a generator that validates its arguments, then yields effects and receives each
one's result, until it returns its value:

- a ``Call[T]`` (``paragon_connect_api.calls``) runs a generated operation; ``perform(call)``
  yields it and returns its parsed success as a ``T``, or raises the matching ``ParagonError``;
- ``Sleep``, ``Emit`` (fire a subscribe event), ``Notify`` (call an application callback) and
  ``Subscribe``, each with a helper that yields it and returns its typed result.

Plans yield effects only through these helpers, so the value a shell sends back is typed once,
here. ``Paragon`` performs effects with blocking I/O and ``AsyncParagon`` with ``await``; a plan
never does I/O itself, so a test can drive it with a script of answers (h11 and the sans-I/O
style taught this). An exception the shell meets while performing an effect is thrown into the
plan at the ``yield``, so a plan can clean up.

``CoreBase`` is the deliberate protected interface of the resource modules (``user``,
``integrations``, ...) and of the install flow and file picker: the session, the clock, the
current user and project, the integration lookup, the credential choice and the read-back of
the user after a change.
"""

from __future__ import annotations

import inspect
import logging
import re
import time
from collections.abc import Callable, Generator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Final, TypeAlias, TypeVar, cast

from paragon_connect_api import calls
from paragon_connect_api.calls import Call
from paragon_connect_api.types import UNSET, Unset

from .._config import CLOUD_HOST, ServiceURLs, services_for_host
from .._exceptions import (
    APIError,
    APIResponseValidationError,
    EventHandlerError,
    IntegrationNotFoundError,
    IntegrationNotInstalledError,
    UserNotAuthenticatedError,
    status_error,
)
from .._tokens import Secret
from .._types import AuthenticatedUser
from .._validation import check_integration_type, check_selector

if TYPE_CHECKING:
    from paragon_connect_api.models.credential import Credential
    from paragon_connect_api.models.integration import Integration
    from paragon_connect_api.types import Response

    from .._events import Unsubscribe
    from .actionkit import ToolCatalogue

__all__ = [
    "Call",
    "CoreBase",
    "Effect",
    "Emit",
    "Notify",
    "Plan",
    "Session",
    "Sleep",
    "Subscribe",
    "emit",
    "fire",
    "match_credential",
    "notify",
    "perform",
    "sleep",
    "subscribe",
]

T = TypeVar("T")
R = TypeVar("R")

logger = logging.getLogger("paragon_connect")

# A UUID as the SDK recognises one; any other selector is an external ID.
_UUID_TEXT: Final = re.compile(
    r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-5][0-9a-f]{3}-[089ab][0-9a-f]{3}-[0-9a-f]{12}$", re.IGNORECASE
)


@dataclass(frozen=True, slots=True)
class Sleep:
    """Wait ``seconds`` (time.sleep or asyncio.sleep); the result is None."""

    seconds: float


@dataclass(frozen=True, slots=True)
class Emit:
    """Fire a subscribe event; the result is None (handler failures raise after all ran)."""

    event_name: str
    event: object
    user: AuthenticatedUser


@dataclass(frozen=True, slots=True)
class Notify:
    """Call an application callback with ``args``; ``AsyncParagon`` awaits what it returns."""

    callback: Callable[..., object]
    args: tuple[object, ...]


@dataclass(frozen=True, slots=True)
class Subscribe:
    """Subscribe ``handler`` to an event for a while; the result is the unsubscribe callable."""

    event_name: str
    handler: Callable[[Any, Any], object]


Effect: TypeAlias = Call[object] | Sleep | Emit | Notify | Subscribe
# What a shell sends back is typed by the helper that yielded the effect (``perform``, ...).
Plan: TypeAlias = Generator[Effect, object, R]


def perform(call: Call[T], *, proxy: bool = False) -> Plan[T]:
    """Run ``call``; its parsed success answer, or the ``ParagonError`` of its failure.

    ``proxy`` marks a provider's answer relayed by Paragon's proxy (``ProxyRequestError``).
    """
    response = cast("Response[T]", (yield call))
    return checked(response, call, proxy=proxy)


def checked(response: Response[T], call: Call[T], *, proxy: bool = False) -> T:
    """The parsed body of a successful (2xx) response; the matching ParagonError otherwise.

    A redirect is an error too: the client does not follow one (it would have to send the
    user token to wherever it points).
    """
    status = int(response.status_code)
    raw = response.http_response
    if not 200 <= status <= 299:
        if raw is None:  # only a hand-built Response lacks it
            raise APIError(f"Paragon answered {status}")
        raise status_error(raw, proxy=proxy)
    parsed = response.parsed
    if parsed is None and call.expects_body:
        # The generated operations read every documented 2xx body or raise; only a body-less
        # answer where one was documented (a 204 for a 200, say) gets here.
        if raw is None:
            raise APIError(
                f"Paragon answered {status} without the {call.returns} this call returns"
            )
        raise APIResponseValidationError(
            f"Paragon answered {status} without the {call.returns} this call returns "
            f"({raw.request.method} {raw.request.url.path})",
            response=raw,
            operation=call.operation,
            problem=f"expected {call.returns}",
        )
    return cast(T, parsed)


def sleep(seconds: float) -> Plan[None]:
    """Wait ``seconds``."""
    yield Sleep(seconds)


def emit(event_name: str, event: object, user: AuthenticatedUser) -> Plan[None]:
    """Fire one subscribe event (an ``EventHandlerError`` when handlers raised, after all ran)."""
    yield Emit(event_name, event, user)


def notify(callback: Callable[..., object], *args: object) -> Plan[object]:
    """Call an application callback (awaited on ``AsyncParagon``)."""
    return (yield Notify(callback, args))


def subscribe(event_name: str, handler: Callable[[Any, Any], object]) -> Plan[Unsubscribe]:
    """Subscribe ``handler`` to ``event_name``; the function that undoes it."""
    return cast("Unsubscribe", (yield Subscribe(event_name, handler)))


def fire(event_name: str, events: Sequence[object], user: AuthenticatedUser, result: R) -> Plan[R]:
    """Fire ``events`` one after the other, then return ``result``.

    The change behind the events has happened by now, so a handler that raises must neither
    keep the later events from firing nor lose what the call returns: every event fires, then
    the failures of all their handlers are raised together as one ``EventHandlerError``
    carrying ``result``.
    """
    failures: list[Exception] = []
    for event in events:
        try:
            yield from emit(event_name, event, user)
        except EventHandlerError as error:  # the bus ran every handler of this event already
            failures.extend(error.exceptions)
    if failures:
        grouped = EventHandlerError(f"{len(failures)} {event_name} handler(s) raised", failures)
        grouped.result = result
        raise grouped
    return result


@dataclass
class Session:
    """Who is authenticated where; shared by a client and its ``with_options`` copies."""

    services: ServiceURLs = field(default_factory=lambda: services_for_host(CLOUD_HOST))
    project_id: str | None = None
    token: Secret | None = None
    user: AuthenticatedUser | None = None
    integrations: list[Integration] = field(default_factory=list)
    headless: bool = False
    # Whether the client running the plans awaits (AsyncParagon): application callbacks may
    # then be coroutine functions, which a blocking client refuses up front.
    asynchronous: bool = False
    # True when reading the user back after an acknowledged change failed: ``user`` then
    # predates that change, and the next plan that decides from it reads the user first.
    stale: bool = False
    # ActionKit's tools as list/get last read them, whose schemas validated runs check against
    # (``actionkit``). It belongs to the token it was read with: authenticate (a new token) and
    # reset (none) retire it without touching it here.
    tool_catalogue: ToolCatalogue | None = None

    def authorization(self) -> str | None:
        """The ``Authorization`` header of the current user token, or None before one."""
        token = self.token
        return None if token is None else "Bearer " + token.reveal()

    def reset(self) -> None:
        """Forget the user (configure_global and a failed authenticate do this)."""
        self.project_id = None
        self.token = None
        self.user = None
        self.integrations = []
        self.stale = False
        self.tool_catalogue = None


class CoreBase:
    """The session and what the plans of every resource module read from it."""

    def __init__(self, session: Session) -> None:
        self.session = session
        # What plans read the time from (the OAuth wait's deadline): a seam for tests, which
        # replace it to decide when a deadline passes instead of waiting for it.
        self.clock: Callable[[], float] = time.monotonic

    def _callback(self, value: object, name: str) -> Callable[..., object] | None:
        """An application callback, checked before anything is sent.

        It must be callable, and not a coroutine function on a blocking client (nothing there
        could await it).
        """
        if value is None:
            return None
        if not callable(value):
            raise TypeError(f"{name} must be callable, not {type(value).__name__}")
        if not self.session.asynchronous and inspect.iscoroutinefunction(value):
            raise TypeError(
                f"{name} is a coroutine function, which the blocking Paragon client cannot "
                "await: pass a plain function, or use AsyncParagon"
            )
        return value

    def _require_user(self) -> tuple[str, AuthenticatedUser]:
        """The project and the Connected User; ``UserNotAuthenticatedError`` before one."""
        session = self.session
        if session.project_id is None or session.token is None or session.user is None:
            raise UserNotAuthenticatedError(
                "no Connected User: call authenticate(project_id, user_token) first"
            )
        return session.project_id, session.user

    def _integration(self, integration_type: object) -> Integration:
        """The project's integration of a type; ``IntegrationNotFoundError`` for another."""
        name = check_integration_type(integration_type)
        project_id, _ = self._require_user()
        for integration in self.session.integrations:
            if integration.type_ == name:
                return integration
        known = ", ".join(sorted(i.type_ for i in self.session.integrations)) or "none"
        raise IntegrationNotFoundError(
            f"{name!r} is not an integration of project {project_id} (it has: {known})"
        )

    def _refresh_user(self) -> Plan[AuthenticatedUser]:
        """Read the Connected User (``GET /sdk/me``) into the session."""
        project_id, _ = self._require_user()
        model = yield from perform(calls.get_current_user(project_id))
        user = AuthenticatedUser.from_model(model)
        self.session.user = user
        self.session.stale = False
        return user

    def _refresh_after_change(self, change: str) -> Plan[AuthenticatedUser]:
        """Read the user back after a change Paragon acknowledged; keep the old copy on failure.

        The change is made by then, so a failed read must not turn the call into an error: a
        caller who retries on error would make it twice (a second account, say). The failure is
        logged, the cached user is marked stale, and the next plan that decides from it reads
        it first (``_known_user``). Interruptions (cancellation, Ctrl-C) still propagate.
        """
        try:
            return (yield from self._refresh_user())
        except APIError as error:
            self.session.stale = True
            logger.warning(
                "%s was made, but reading the Connected User back failed (%s); get_user() "
                "shows the user as before it until the next call reads the user again",
                change,
                error,
            )
            return self._require_user()[1]

    def _known_user(self) -> Plan[AuthenticatedUser]:
        """The cached user, read again first when the last read after a change failed."""
        if self.session.stale:
            return (yield from self._refresh_user())
        return self._require_user()[1]

    def _all_credentials(self) -> Plan[list[Credential]]:
        """Every credential of the Connected User (``GET /sdk/credentials``)."""
        project_id, _ = self._require_user()
        listed = yield from perform(calls.list_credentials(project_id))
        if not isinstance(listed, list):  # one integration object answers a filtered request
            raise APIError("Paragon answered the credential list with a single integration")
        return listed

    def _credential_for(self, integration: Integration, selector: str | None) -> Plan[str]:
        """The ID of the user's credential for an integration, chosen by ``selector``.

        Without a selector it is the one ``/sdk/me`` names; a selector that is not a UUID is an
        external ID (bare or ``ext:<id>``). When the user state does not say (Paragon left
        ``credentialId`` or ``allCredentials`` out), the user's credentials are listed.
        """
        if selector is not None and is_uuid(selector):
            return selector  # nothing to look up
        user = yield from self._known_user()
        state = user.integrations.get(integration.type_)
        if selector is None:
            if state is None or not state.enabled:
                raise IntegrationNotInstalledError(
                    f"{integration.type_} is not installed for user {user.user_id!r}"
                )
            if isinstance(state.credential_id, str) and state.credential_id:
                return state.credential_id
        known = state.to_dict().get("allCredentials") if state is not None else None
        candidates: list[dict[str, Any]] = list(known) if isinstance(known, list) else []
        if not candidates or (
            selector is not None and match_credential(candidates, selector) is None
        ):
            listed = yield from self._all_credentials()
            candidates = [
                credential.to_dict()
                for credential in listed
                if credential.integration_id == integration.id
            ]
        if selector is None:
            if candidates:
                return str(candidates[0]["id"])
            raise IntegrationNotInstalledError(
                f"{integration.type_} is installed for user {user.user_id!r}, but Paragon "
                "returned none of its credentials"
            )
        match = match_credential(candidates, selector)
        if match is not None:
            return str(match["id"])
        raise IntegrationNotInstalledError(
            f"user {user.user_id!r} has no {integration.type_} credential with external ID "
            f"{selector.removeprefix('ext:')!r}"
        )


def match_credential(credentials: list[dict[str, Any]], selector: str) -> dict[str, Any] | None:
    """The credential (JSON) a selector names: its ID, a bare external ID or ``ext:<id>``."""
    external = selector.removeprefix("ext:")
    for credential in credentials:
        if credential["id"] == selector or credential.get("externalId") == external:
            return credential
    return None


def is_uuid(value: str) -> bool:
    """Whether a selector is a credential's UUID rather than an external ID (the SDK's test)."""
    return _UUID_TEXT.match(value) is not None


def optional_selector(value: str | None, name: str) -> str | None:
    """A checked credential or configuration selector, or None."""
    return None if value is None else check_selector(value, name)


def to_json(value: object) -> object:
    """A generated model (or a list of them) as JSON data; anything else unchanged."""
    if isinstance(value, list):
        return [to_json(item) for item in value]
    to_dict = getattr(value, "to_dict", None)
    return to_dict() if callable(to_dict) else value


def or_unset(value: T | None) -> T | Unset:
    """An optional argument as the generated operations take it: ``UNSET`` for None."""
    return UNSET if value is None else value


def state_credential(state: object) -> str | None:
    """The credential ID an integration state of ``/sdk/me`` names, if any."""
    credential_id = getattr(state, "credential_id", None)
    return credential_id if isinstance(credential_id, str) else None
