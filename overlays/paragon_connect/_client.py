"""``Paragon`` and ``AsyncParagon``: two thin shells over one core.

Everything an SDK function decides lives in ``_core`` as a plan (see that package). A shell only
runs plans: ``Paragon._run`` performs each effect with blocking I/O, ``AsyncParagon._run`` with
``await``; what the two runs share (``_PlanRun``) is written once. Every method is declared once,
on ``_ClientBase``: the plans are bound by descriptors (``_binding``) that give a blocking method
on ``Paragon`` and a coroutine function on ``AsyncParagon``, with the plan's own signature and
docstring. What differs between the shells is only what ``await`` forces: the run loop, the way
each effect is performed, and the httpx client and transport.

Secrets and logs: the client's own log records (the ``paragon_connect`` logger) and exception
messages never show a user token or a query string, which for ``request()`` may carry a
provider's API key. The generated operations send through ``_http``'s clients, which skip
httpx's own client and so its INFO record of every whole URL on the ``httpx`` logger.
"""

from __future__ import annotations

import functools
import importlib
import inspect
import time
from collections.abc import Callable, Coroutine
from dataclasses import dataclass, field
from types import ModuleType, TracebackType
from typing import (
    TYPE_CHECKING,
    Any,
    ClassVar,
    Final,
    Generic,
    Literal,
    Self,
    TypeVar,
    overload,
)

import httpx

from ._binding import Bound, Direct, Made, Namespace, Paged
from ._config import (
    DEFAULT_MAX_RESPONSE_BYTES,
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
    ClientOptions,
    ServiceURLs,
    coerce_max_response_bytes,
    coerce_max_retries,
    coerce_timeout,
    services_for_base_url,
    services_for_host,
)
from ._core import Core
from ._core._base import Call, Effect, Emit, Notify, Plan, Session, Sleep, Subscribe
from ._events import EventBus, Handler, Unsubscribe
from ._exceptions import APIError, APIResponseValidationError, connection_error
from ._http import AsyncLeanClient, LeanClient
from ._transport import (
    AsyncRetryTransport,
    RequestContext,
    RetryTransport,
    request_context,
)
from ._version import __version__

if TYPE_CHECKING:
    from paragon_connect_api.calls import Service
    from paragon_connect_api.client import AuthenticatedClient
    from paragon_connect_api.models.integration_metadata import IntegrationMetadata

    # The install flow and the file pickers load when first used (keeps ``import`` cheap).
    from ._file_picker import AsyncExternalFilePicker, ExternalFilePicker, FilePickerCore
    from ._install_flow import AsyncInstallFlow, FlowCore, InstallFlow
    from ._tools import AsyncTools, AsyncTriggers, Tools, Triggers

__all__ = ["AsyncParagon", "Paragon"]

R = TypeVar("R")
TransportT = TypeVar("TransportT", RetryTransport, AsyncRetryTransport)

DEFAULT_HEADERS: Final = {
    "Accept": "application/json",
    "User-Agent": f"paragon-connect-python/{__version__}",
    "X-Paragon-SDK-Version": f"python-{__version__}",
}

_operations: dict[str, ModuleType] = {}
_FLOW: Final = "paragon_connect._install_flow"
_PICKER: Final = "paragon_connect._file_picker"


def _operation(name: str) -> ModuleType:
    """The generated operation module, imported on first use (keeps ``import`` cheap)."""
    module = _operations.get(name)
    if module is None:
        module = _operations[name] = importlib.import_module(f"paragon_connect_api.api.{name}")
    return module


@dataclass(eq=False)
class _Shared(Generic[TransportT]):
    """What a client shares with its ``with_options`` copies: everything but the options."""

    session: Session
    core: Core
    limits: httpx.Limits
    transport: TransportT
    bus: EventBus
    api_clients: dict[Service, AuthenticatedClient] = field(default_factory=dict)
    # The install flow's core, made on first use.
    flow: FlowCore | None = None


class _ClientBase(Generic[TransportT]):
    """What both shells share: construction, configuration and every SDK function."""

    _shared: _Shared[TransportT]
    _options: ClientOptions
    _plain_context: RequestContext | None

    def __init__(
        self,
        *,
        host: str | None,
        base_url: str | None,
        timeout: float | httpx.Timeout,
        max_retries: int,
        limits: httpx.Limits | None,
        max_response_bytes: int,
        transport: object,
    ) -> None:
        if host is not None and base_url is not None:
            raise ValueError(
                "pass host (a Paragon instance) or base_url (one URL for every service), not both"
            )
        services = (
            services_for_base_url(base_url) if base_url is not None else services_for_host(host)
        )
        if limits is not None and not isinstance(limits, httpx.Limits):
            raise TypeError(f"limits must be an httpx.Limits, not {type(limits).__name__}")
        options = ClientOptions(
            timeout=coerce_timeout(timeout),
            max_retries=coerce_max_retries(max_retries),
            max_response_bytes=coerce_max_response_bytes(max_response_bytes),
        )
        session = Session(services=services, asynchronous=self._asynchronous)
        pool = limits or httpx.Limits(max_connections=100, max_keepalive_connections=20)
        shared = _Shared(
            session=session,
            core=Core(session),
            limits=pool,
            transport=self._make_transport(transport, pool, options, session),
            bus=EventBus(allow_async=self._asynchronous),
        )
        self._view(shared, options)

    def _view(self, shared: _Shared[TransportT], options: ClientOptions) -> None:
        """Make this object a client over ``shared`` with ``options`` (what copies differ in)."""
        self._shared = shared
        self._options = options
        self._plain_context = None

    # Each shell says whether it awaits (``_binding`` reads it to bind the plans).
    _asynchronous: ClassVar[bool]

    def _make_transport(
        self, transport: object, limits: httpx.Limits, options: ClientOptions, session: Session
    ) -> TransportT:
        raise NotImplementedError  # each shell makes its own kind of transport

    def _attach_http_client(self, client: AuthenticatedClient, url: str) -> None:
        raise NotImplementedError  # each shell attaches its own kind of httpx client

    @property
    def _core(self) -> Core:
        return self._shared.core

    @property
    def _flow(self) -> FlowCore:
        """The install flow's core (``install_flow``, ``install_integration``, ``connect``)."""
        shared = self._shared
        if shared.flow is None:
            from ._install_flow import FlowCore

            shared.flow = FlowCore(shared.core)
        return shared.flow

    def _request_context(self, call: Call[object]) -> RequestContext:
        """The options and extras of one call; one shared object when there are no extras."""
        if call.headers or call.params:
            return RequestContext(self._options, call.headers, call.params)
        context = self._plain_context
        if context is None or context.options is not self._options:
            context = self._plain_context = RequestContext(self._options)
        return context

    def with_options(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_response_bytes: int | None = None,
    ) -> Self:
        """A copy with other timeout, retry or size settings, sharing this client's user and pool.

        Use it for one call (``paragon.with_options(timeout=5).get_credential(id)``) or keep it.
        """
        options = self._options.replace(
            timeout=timeout, max_retries=max_retries, max_response_bytes=max_response_bytes
        )
        copy = object.__new__(type(self))
        copy._view(self._shared, options)
        return copy

    @property
    def services(self) -> ServiceURLs:
        """The base URL of each Paragon service this client talks to."""
        return self._shared.session.services

    @property
    def timeout(self) -> httpx.Timeout:
        """The timeout of this client's requests."""
        return self._options.timeout

    @property
    def max_retries(self) -> int:
        """How many times a failed request may be sent again."""
        return self._options.max_retries

    @property
    def max_response_bytes(self) -> int:
        """The largest answer body this client reads, counted after decompression."""
        return self._options.max_response_bytes

    @property
    def project_id(self) -> str | None:
        """The authenticated project, or None."""
        project = self._shared.session.project_id
        return None if project is None else str(project)

    def configure_global(self, *, host: str) -> None:
        """Point the client at a Paragon instance by its base host, as ``configureGlobal``.

        ``"useparagon.com"`` is Paragon's cloud; any other host is an on-premise instance
        (``zeus.<host>``, ``hermes.<host>``, ``worker-proxy.<host>``). Authentication is reset:
        call ``authenticate`` again.
        """
        services = services_for_host(host)
        session = self._shared.session
        session.reset()
        session.services = services
        self._shared.api_clients.clear()

    def set_headless(self, headless: bool) -> None:
        """Enable the headless install flow (``install_flow``), as ``setHeadless``."""
        if not isinstance(headless, bool):
            raise TypeError(f"headless must be True or False, not {type(headless).__name__}")
        self._shared.session.headless = headless

    def subscribe(self, event_name: str, handler: Handler) -> Unsubscribe:
        """Call ``handler(event, user)`` on every ``event_name``; returns a function that undoes it.

        The events: onIntegrationInstall, onIntegrationUninstall, onWorkflowChange, onPortalOpen,
        onPortalClose. See ``paragon_connect._events`` for the ordering and failure policy.
        """
        return self._shared.bus.subscribe(event_name, handler)

    @overload
    def get_integration_metadata(
        self, integration_type: None = None
    ) -> list[IntegrationMetadata]: ...
    @overload
    def get_integration_metadata(self, integration_type: str) -> IntegrationMetadata: ...
    def get_integration_metadata(
        self, integration_type: str | None = None
    ) -> IntegrationMetadata | list[IntegrationMetadata]:
        """Name, brand colour and icon of the project's active integrations, or of one of them."""
        return self._core.integration_metadata(integration_type)

    # The SDK's functions, each bound once for both shells (see ``_binding``).
    get_user = Direct(Core.get_user)
    get_integration_config = Direct(Core.get_integration_config)
    get_data_source_options = Direct(Core.get_data_source_options)
    authenticate = Bound(Core.authenticate)
    set_user_metadata = Bound(Core.set_user_metadata)
    list_integrations = Bound(Core.list_integrations)
    list_credentials = Bound(Core.list_credentials)
    get_integration_account = Bound(Core.get_integration_account)
    complete_install = Bound(Core.complete_install)
    connect_action = Bound(Core.connect_action)
    get_credential = Bound(Core.get_credential)
    update_credential = Bound(Core.update_credential)
    update_integration_user_settings = Bound(Core.update_integration_user_settings)
    update_workflow_user_settings = Bound(Core.update_workflow_user_settings)
    enable_workflow = Bound(Core.enable_workflow)
    disable_workflow = Bound(Core.disable_workflow)
    update_workflow_state = Bound(Core.update_workflow_state)
    get_field_options = Bound(Core.get_field_options)
    iter_field_options = Paged(Core.iter_field_options)
    event = Bound(Core.event)
    workflow = Bound(Core.workflow)
    request = Bound(Core.request)
    uninstall_integration = Bound(Core.uninstall_integration)
    # ActionKit for AI agents (``_tools``, loaded when first read): paragon.tools.list(), ...
    tools: Namespace[Tools, AsyncTools] = Namespace.lazy(
        "paragon_connect._tools", "Tools", "AsyncTools"
    )
    triggers: Namespace[Triggers, AsyncTriggers] = Namespace.lazy(
        "paragon_connect._tools", "Triggers", "AsyncTriggers"
    )
    if TYPE_CHECKING:
        install_integration = Bound(FlowCore.install_integration, owner="_flow")
        connect = Bound(FlowCore.connect, owner="_flow")
        # The SDK's name: paragon.ExternalFilePicker(...)
        ExternalFilePicker = Made(FilePickerCore, ExternalFilePicker, AsyncExternalFilePicker)
    else:
        install_integration = Bound.lazy(_FLOW, "FlowCore.install_integration", owner="_flow")
        connect = Bound.lazy(_FLOW, "FlowCore.connect", owner="_flow")
        ExternalFilePicker = Made.lazy(
            _PICKER, "FilePickerCore", "ExternalFilePicker", "AsyncExternalFilePicker"
        )

    def _api_client(self, service: Service) -> AuthenticatedClient:
        """The generated client for a service, over this client's one pool (made on first use)."""
        clients = self._shared.api_clients
        client = clients.get(service)
        if client is None:
            from paragon_connect_api.client import AuthenticatedClient

            url = self._shared.session.services.for_service(service)
            # The generated client's own token stays empty: the transport adds the current one.
            client = AuthenticatedClient(base_url=url, token="")
            self._attach_http_client(client, url)
            clients[service] = client
        return client

    def __repr__(self) -> str:
        session = self._shared.session
        user = session.user
        who = (
            f", user_id={user.user_id!r}" if user is not None and session.token is not None else ""
        )
        zeus = session.services.zeus
        return f"{type(self).__name__}(zeus={zeus!r}, project_id={self.project_id!r}{who})"


class _PlanRun(Generic[R]):
    """One run of a plan: what both shells' ``_run`` loops share, all but the I/O.

    The shell performs ``effect`` and hands back its result (``send``) or what it raised
    (``fail``), until ``running`` is False and ``value`` holds the plan's return value.

    An ``Exception`` is thrown into the plan at its ``yield``, to be handled there like any
    failure. Anything else (``asyncio.CancelledError``, ``KeyboardInterrupt``, ``SystemExit``)
    *interrupts* the run: it is thrown in once so that the plan's ``except BaseException`` and
    ``finally`` blocks run — they may still yield clean-up effects, which the shell performs
    (``interrupted`` is then True) — and the run ends by raising that interruption, even if the
    plan swallowed it or returned. A second interruption during the clean-up, or
    ``GeneratorExit`` (the shell's own coroutine being closed, where nothing can be awaited any
    more), closes the plan at once: its ``finally`` blocks still run, its effects do not.
    """

    __slots__ = ("_effect", "_plan", "_value", "interruption", "running")

    def __init__(self, plan: Plan[R]) -> None:
        self._plan = plan
        self._effect: Any = None
        self._value: Any = None
        self.interruption: BaseException | None = None
        self.running = True
        self._step(plan.send, None)

    @property
    def effect(self) -> Effect:
        """The effect the plan waits for (while ``running``)."""
        effect: Effect = self._effect
        return effect

    @property
    def value(self) -> R:
        """What the plan returned (once not ``running``)."""
        value: R = self._value
        return value

    @property
    def interrupted(self) -> bool:
        """Whether the run is interrupted and only finishing the plan's clean-up."""
        return self.interruption is not None

    def send(self, result: Any) -> None:
        """The effect succeeded with ``result``."""
        self._step(self._plan.send, result)

    def fail(self, error: BaseException) -> None:
        """The effect raised ``error``; raises if that ends the run."""
        if isinstance(error, Exception):
            self._step(self._plan.throw, error)
        elif self.interruption is None and not isinstance(error, GeneratorExit):
            self.interruption = error
            self._step(self._plan.throw, error)
        else:
            self.running = False
            self._plan.close()
            raise error

    def _step(self, advance: Callable[[Any], Effect], argument: Any) -> None:
        try:
            self._effect = advance(argument)
        except StopIteration as stop:
            self.running = False
            if self.interruption is not None:
                # The plan swallowed the interruption: it must still reach the caller.
                raise self.interruption from None
            self._value = stop.value
        except BaseException as error:
            self.running = False
            if self.interruption is not None and error is not self.interruption:
                # A clean-up that failed is kept as the context, the interruption goes on.
                raise self.interruption from error
            raise


async def _shielded(effect: Coroutine[Any, Any, Any]) -> Any:
    """Await ``effect`` to its end even if the awaiting task is cancelled (again) meanwhile."""
    import asyncio

    task = asyncio.ensure_future(effect)
    while not task.done():
        try:
            await asyncio.shield(task)
        except asyncio.CancelledError:
            # The run is already ending in a cancellation, raised once the clean-up is done.
            continue
    return task.result()


def _notify_sync(effect: Notify) -> object:
    """Call an application callback; the blocking client cannot run a coroutine it returns."""
    result = effect.callback(*effect.args)
    if inspect.isawaitable(result):
        if inspect.iscoroutine(result):
            result.close()
        raise TypeError(
            f"callback {effect.callback!r} returned an awaitable, which the blocking Paragon "
            "client cannot await: use AsyncParagon"
        )
    return result


def _unexpected_body() -> type[Exception]:
    """The generated package's exception for an unreadable body (imported when first needed)."""
    from paragon_connect_api.errors import UnexpectedBody

    return UnexpectedBody


def _call_failed(error: Exception) -> Exception:
    """Turn what a generated operation raised into the client's exception."""
    if isinstance(error, httpx.TransportError):
        return connection_error(error)
    from paragon_connect_api.errors import UnexpectedBody

    if isinstance(error, UnexpectedBody):
        return APIResponseValidationError(
            f"{error.operation}: Paragon answered {error.status_code} with a body this client "
            f"cannot read: {error.json_path}: {error.problem}",
            response=error.response,
            operation=error.operation,
            path=tuple(error.path),
            json_path=error.json_path,
            problem=error.problem,
        )
    # A request the generated code could not build (a value httpx refuses, say).
    return APIError(f"the request could not be made: {error}")


class Paragon(_ClientBase[RetryTransport]):
    """The Paragon Connect client, with blocking I/O. ``AsyncParagon`` is the asyncio twin.

    ``Paragon()`` talks to Paragon's cloud; ``Paragon(host="mycompany.paragon.so")`` to an
    on-premise instance; ``Paragon(base_url="http://127.0.0.1:8080")`` to one URL for every
    service (the local mock). ``transport`` replaces the network (``httpx.MockTransport``, a
    WSGI/ASGI bridge). Use it as a context manager, or call ``close()``, to close its pool.
    ``max_response_bytes`` (32 MiB by default) caps the size of an answer's body, counted after
    decompression (``ResponseTooLargeError`` beyond it).
    """

    _asynchronous: ClassVar[Literal[False]] = False

    # Twin of AsyncParagon.__init__ but for the type of ``transport``, spelt out for readers.
    def __init__(
        self,
        *,
        host: str | None = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        limits: httpx.Limits | None = None,
        transport: httpx.BaseTransport | None = None,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
    ) -> None:
        if transport is not None and not isinstance(transport, httpx.BaseTransport):
            raise TypeError(
                "transport must be an httpx.BaseTransport (use AsyncParagon for async transports)"
            )
        super().__init__(
            host=host,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            limits=limits,
            max_response_bytes=max_response_bytes,
            transport=transport,
        )

    def _make_transport(
        self, transport: object, limits: httpx.Limits, options: ClientOptions, session: Session
    ) -> RetryTransport:
        if isinstance(transport, httpx.BaseTransport):
            inner = transport
        else:
            # Our own pool's sockets know each attempt's total deadline; loaded only now (httpcore).
            from ._pool import http_transport

            inner = http_transport(limits)
        return RetryTransport(inner, default=options, authorization=session.authorization)

    def _attach_http_client(self, client: AuthenticatedClient, url: str) -> None:
        client.set_httpx_client(
            LeanClient(
                base_url=url,
                transport=self._shared.transport,
                headers=DEFAULT_HEADERS,
                timeout=self._options.timeout,
            )
        )

    # Twin of AsyncParagon._run: that one awaits each effect; the run's logic is _PlanRun's.
    def _run(self, plan: Plan[R]) -> R:
        """Run a plan to its end, performing each effect with blocking I/O.

        A signal (Ctrl-C) raises its ``KeyboardInterrupt`` wherever the interpreter is, here
        too: between two effects, outside the plan. It still goes to the plan, whose clean-up
        runs as for one raised by an effect. (On ``AsyncParagon`` a cancellation only comes
        at an ``await``, which is inside the plan's effect.)
        """
        run = _PlanRun(plan)
        while True:
            try:
                while run.running:
                    try:
                        result = self._perform(run.effect)
                    except BaseException as error:  # _PlanRun decides: thrown in, or closed
                        run.fail(error)
                    else:
                        run.send(result)
                return run.value
            except BaseException as error:
                if not run.running:
                    raise  # the plan's own end
                run.fail(error)  # raises unless the plan has clean-up effects to perform

    # Twin of AsyncParagon._perform and ._call: the same dispatch, each effect awaited there.
    def _perform(self, effect: Effect) -> object:
        if isinstance(effect, Call):
            return self._call(effect)
        if isinstance(effect, Sleep):
            time.sleep(effect.seconds)
        elif isinstance(effect, Emit):
            self._shared.bus.emit(effect.event_name, effect.event, effect.user)
        elif isinstance(effect, Notify):
            return _notify_sync(effect)
        elif isinstance(effect, Subscribe):
            return self._shared.bus.subscribe(effect.event_name, effect.handler)
        return None

    def _call(self, call: Call[object]) -> object:
        client = self._api_client(call.service)
        with request_context(self._request_context(call)):
            try:
                return _operation(call.operation).sync_detailed(client=client, **call.kwargs)
            except (httpx.TransportError, ValueError, _unexpected_body()) as error:
                raise _call_failed(error) from error

    def close(self) -> None:
        """Close the connection pool (shared with ``with_options`` copies)."""
        self._shared.transport.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    # Twin of AsyncParagon.install_flow: the flow's shell class differs, its logic is FlowCore's.
    @functools.cached_property
    def install_flow(self) -> InstallFlow:
        """The headless install flow (``set_headless(True)`` first)."""
        from ._install_flow import InstallFlow

        return InstallFlow(self._flow, self._run)


class AsyncParagon(_ClientBase[AsyncRetryTransport]):
    """The Paragon Connect client for asyncio: every I/O method of ``Paragon``, awaited.

    Takes the same arguments as ``Paragon``; ``transport`` is an ``httpx.AsyncBaseTransport``
    (``httpx.ASGITransport`` runs the local mock in-process). Use ``async with`` or ``aclose()``.
    Application callbacks (the file picker's, ``connect``'s, the install flow's) may be
    coroutine functions: they are awaited.
    """

    _asynchronous: ClassVar[Literal[True]] = True

    def __init__(
        self,
        *,
        host: str | None = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        limits: httpx.Limits | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
    ) -> None:
        if transport is not None and not isinstance(transport, httpx.AsyncBaseTransport):
            raise TypeError(
                "transport must be an httpx.AsyncBaseTransport (use Paragon for sync transports)"
            )
        super().__init__(
            host=host,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            limits=limits,
            max_response_bytes=max_response_bytes,
            transport=transport,
        )

    def _make_transport(
        self, transport: object, limits: httpx.Limits, options: ClientOptions, session: Session
    ) -> AsyncRetryTransport:
        if isinstance(transport, httpx.AsyncBaseTransport):
            return AsyncRetryTransport(
                transport, default=options, authorization=session.authorization
            )
        # Our own pool gets a queue in front of it, as long as the pool has connections: httpx's
        # pool does per-request work that grows with its own queue (see _transport).
        return AsyncRetryTransport(
            httpx.AsyncHTTPTransport(limits=limits),
            default=options,
            max_in_flight=limits.max_connections,
            authorization=session.authorization,
        )

    def _attach_http_client(self, client: AuthenticatedClient, url: str) -> None:
        client.set_async_httpx_client(
            AsyncLeanClient(
                base_url=url,
                transport=self._shared.transport,
                headers=DEFAULT_HEADERS,
                timeout=self._options.timeout,
            )
        )

    async def _run(self, plan: Plan[R]) -> R:
        """Run a plan to its end, awaiting each effect.

        Once the run is interrupted (the task cancelled), the plan's clean-up effects run
        shielded from further cancellation, so that a second ``cancel()`` cannot cut them short.
        """
        run = _PlanRun(plan)
        while run.running:
            try:
                if run.interrupted:
                    result = await _shielded(self._perform(run.effect))
                else:
                    result = await self._perform(run.effect)
            except BaseException as error:  # _PlanRun decides: thrown in, or the plan closed
                run.fail(error)
            else:
                run.send(result)
        return run.value

    async def _perform(self, effect: Effect) -> object:
        if isinstance(effect, Call):
            return await self._call(effect)
        if isinstance(effect, Sleep):
            import asyncio  # here, so that a sync-only application never imports it

            await asyncio.sleep(effect.seconds)
        elif isinstance(effect, Emit):
            await self._shared.bus.aemit(effect.event_name, effect.event, effect.user)
        elif isinstance(effect, Notify):
            result = effect.callback(*effect.args)
            return (await result) if inspect.isawaitable(result) else result
        elif isinstance(effect, Subscribe):
            return self._shared.bus.subscribe(effect.event_name, effect.handler)
        return None

    async def _call(self, call: Call[object]) -> object:
        client = self._api_client(call.service)
        with request_context(self._request_context(call)):
            try:
                return await _operation(call.operation).asyncio_detailed(
                    client=client, **call.kwargs
                )
            except (httpx.TransportError, ValueError, _unexpected_body()) as error:
                raise _call_failed(error) from error

    async def aclose(self) -> None:
        """Close the connection pool (shared with ``with_options`` copies)."""
        await self._shared.transport.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        await self.aclose()

    @functools.cached_property
    def install_flow(self) -> AsyncInstallFlow:
        """The headless install flow (``set_headless(True)`` first)."""
        from ._install_flow import AsyncInstallFlow

        return AsyncInstallFlow(self._flow, self._run)
