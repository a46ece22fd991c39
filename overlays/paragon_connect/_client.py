"""``Paragon`` and ``AsyncParagon``: two thin shells over one core.

Everything an SDK function decides lives in ``_core.Core`` as a plan (see that module). A shell
only runs plans: ``Paragon._run`` performs each effect with blocking I/O, ``AsyncParagon._run``
with ``await``. Methods that need no request are defined once, on ``_ClientBase``. The I/O
methods are the core's plans bound by a descriptor, so both shells expose the same signatures
and docstrings without repeating them.

Secrets and logs: the client's own log records (the ``paragon_connect`` logger) and exception
messages never show a user token or a query string, which for ``request()`` may carry a
provider's API key. httpx, under the client, logs every request at INFO on the ``httpx``
logger with its whole URL, query string included; an application that logs at INFO silences
that with one line::

    logging.getLogger("httpx").setLevel(logging.WARNING)
"""

from __future__ import annotations

import functools
import importlib
import inspect
import time
from collections.abc import (
    AsyncIterator,
    Callable,
    Coroutine,
    Iterator,
    Mapping,
    Sequence,
)
from types import ModuleType, TracebackType
from typing import (
    TYPE_CHECKING,
    Any,
    Final,
    Generic,
    ParamSpec,
    Self,
    TypeVar,
    overload,
)

import httpx

from ._binding import AsyncBound, SyncBound
from ._config import (
    DEFAULT_MAX_RESPONSE_BYTES,
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
    ClientOptions,
    Service,
    ServiceURLs,
    coerce_max_response_bytes,
    coerce_max_retries,
    coerce_timeout,
    services_for_base_url,
    services_for_host,
)
from ._core import (
    DEFAULT_MAX_PAGES,
    Call,
    Core,
    Effect,
    Emit,
    FieldOptionPages,
    Notify,
    Plan,
    Session,
    Sleep,
    Subscribe,
)
from ._events import EventBus, Handler, Unsubscribe
from ._exceptions import APIError, APIResponseValidationError, connection_error
from ._transport import (
    AsyncRetryTransport,
    RequestContext,
    RetryTransport,
    http_transport,
    request_context,
)
from ._types import ParagonUser
from ._version import __version__

if TYPE_CHECKING:
    from paragon_connect_api.client import AuthenticatedClient
    from paragon_connect_api.models.combo_input_data_source import ComboInputDataSource
    from paragon_connect_api.models.dynamic_data_source import DynamicDataSource
    from paragon_connect_api.models.field_mapper_data_source import FieldMapperDataSource
    from paragon_connect_api.models.field_option import FieldOption
    from paragon_connect_api.models.field_option_section import FieldOptionSection
    from paragon_connect_api.models.integration_metadata import IntegrationMetadata
    from paragon_connect_api.models.integration_user_config import IntegrationUserConfig
    from paragon_connect_api.models.unknown_variant import UnknownVariant

    # The install flow and the file pickers load when first used (keeps ``import`` cheap).
    from ._file_picker import AsyncExternalFilePicker, ExternalFilePicker
    from ._install_flow import AsyncInstallFlow, FlowCore, InstallFlow

__all__ = ["AsyncParagon", "Paragon"]

P = ParamSpec("P")
R = TypeVar("R")

DEFAULT_HEADERS: Final = {
    "Accept": "application/json",
    "User-Agent": f"paragon-connect-python/{__version__}",
    "X-Paragon-SDK-Version": f"python-{__version__}",
}

_ITER_FIELD_OPTIONS_DOC: Final = f"""Every option of a dynamic data source, page after page.

Takes ``get_field_options``' arguments but ``cursor``; follows ``next_page_cursor`` until the
last page. Reads at most ``max_pages`` pages (default {DEFAULT_MAX_PAGES}, at least 1): when the
last of them still names a next page, or the server sends a cursor it sent before (which would
loop for ever), the iteration raises ``PaginationError`` after yielding every item read.
Arguments are checked at the call, before any request.
"""

_operations: dict[str, ModuleType] = {}
_FLOW: Final = "paragon_connect._install_flow"


def _operation(name: str) -> ModuleType:
    """The generated operation module, imported on first use (keeps ``import`` cheap)."""
    module = _operations.get(name)
    if module is None:
        module = _operations[name] = importlib.import_module(f"paragon_connect_api.api.{name}")
    return module


class _ClientBase:
    """What both shells share: construction, configuration and every function without I/O."""

    _bus: EventBus

    def __init__(
        self,
        *,
        host: str | None = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        limits: httpx.Limits | None = None,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
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
        self._options = ClientOptions(
            timeout=coerce_timeout(timeout),
            max_retries=coerce_max_retries(max_retries),
            max_response_bytes=coerce_max_response_bytes(max_response_bytes),
        )
        self._session = Session(services=services)
        self._core = Core(self._session)
        self._api_clients: dict[Service, AuthenticatedClient] = {}
        # The install flow's core, made on first use and shared with ``with_options`` copies.
        self._flow_box: list[FlowCore] = []
        self._limits = limits or httpx.Limits(max_connections=100, max_keepalive_connections=20)
        self._plain_context: RequestContext | None = None

    def _copy_with(self, options: ClientOptions) -> Self:
        """A client sharing this one's session, pool and subscriptions, with other options."""
        copy = object.__new__(type(self))
        shared = (
            "_session",
            "_core",
            "_flow_box",
            "_api_clients",
            "_limits",
            "_bus",
            "_transport",
        )
        for name in shared:
            setattr(copy, name, getattr(self, name))
        copy._options = options
        copy._plain_context = None
        return copy

    def _request_context(self, call: Call) -> RequestContext:
        """The options and extras of one call; one shared object when there are no extras."""
        if call.headers or call.params:
            return RequestContext(self._options, call.headers, call.params)
        context = self._plain_context
        if context is None or context.options is not self._options:
            context = self._plain_context = RequestContext(self._options)
        return context

    @property
    def _flow(self) -> FlowCore:
        """The install flow's core (``install_flow``, ``install_integration``, ``connect``)."""
        box = self._flow_box
        if not box:
            from ._install_flow import FlowCore

            box.append(FlowCore(self._core))
        return box[0]

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
        return self._copy_with(options)

    @property
    def services(self) -> ServiceURLs:
        """The base URL of each Paragon service this client talks to."""
        return self._session.services

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
        project = self._session.project_id
        return None if project is None else str(project)

    def configure_global(self, *, host: str) -> None:
        """Point the client at a Paragon instance by its base host, as ``configureGlobal``.

        ``"useparagon.com"`` is Paragon's cloud; any other host is an on-premise instance
        (``zeus.<host>``, ``hermes.<host>``, ``worker-proxy.<host>``). Authentication is reset:
        call ``authenticate`` again.
        """
        services = services_for_host(host)
        self._session.reset()
        self._session.services = services
        self._api_clients.clear()

    def set_headless(self, headless: bool) -> None:
        """Enable the headless install flow (``install_flow``), as ``setHeadless``."""
        if not isinstance(headless, bool):
            raise TypeError(f"headless must be True or False, not {type(headless).__name__}")
        self._session.headless = headless

    def get_user(self) -> ParagonUser:
        """The Connected User as of the last request; ``authenticated`` is False before one."""
        return self._core.get_user()

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
        result: IntegrationMetadata | list[IntegrationMetadata] = self._core.integration_metadata(
            integration_type
        )
        return result

    def get_integration_config(self, integration_type: str) -> IntegrationUserConfig:
        return self._core.get_integration_config(integration_type)

    get_integration_config.__doc__ = Core.get_integration_config.__doc__

    def get_data_source_options(
        self, integration_type: str, source_type: str
    ) -> DynamicDataSource | FieldMapperDataSource | ComboInputDataSource | UnknownVariant | None:
        return self._core.get_data_source_options(integration_type, source_type)

    get_data_source_options.__doc__ = Core.get_data_source_options.__doc__

    def ExternalFilePicker(  # the SDK's name: paragon.ExternalFilePicker(...)
        self,
        integration_type: str,
        *,
        allowed_types: Sequence[str] | None = None,
        allow_multi_select: bool = False,
        allow_folder_select: bool = False,
        on_open: Callable[[], Any] | None = None,
        on_close: Callable[[], Any] | None = None,
        on_file_select: Callable[[list[dict[str, Any]]], Any] | None = None,
        on_cancel: Callable[[], Any] | None = None,
    ) -> ExternalFilePicker | AsyncExternalFilePicker:
        """A file picker for a connected googledrive, box, onedrive or sharepoint account.

        Call ``init(...)`` (awaited on ``AsyncParagon``) to fetch the account's token, then hand
        ``picker.config`` to your front end; report the user's choice with ``select(files)``.
        """
        from ._file_picker import AsyncExternalFilePicker, ExternalFilePicker, FilePickerCore

        picker = FilePickerCore(
            self._core,
            integration_type,
            allowed_types=allowed_types,
            allow_multi_select=allow_multi_select,
            allow_folder_select=allow_folder_select,
            on_open=on_open,
            on_close=on_close,
            on_file_select=on_file_select,
            on_cancel=on_cancel,
        )
        if isinstance(self, AsyncParagon):
            return AsyncExternalFilePicker(picker, self._run)
        assert isinstance(self, Paragon)
        return ExternalFilePicker(picker, self._run)

    def subscribe(self, event_name: str, handler: Handler) -> Unsubscribe:
        """Call ``handler(event, user)`` on every ``event_name``; returns a function that undoes it.

        The events: onIntegrationInstall, onIntegrationUninstall, onWorkflowChange, onPortalOpen,
        onPortalClose. See ``paragon_connect._events`` for the ordering and failure policy.
        """
        return self._bus.subscribe(event_name, handler)

    def _api_client(self, service: Service) -> AuthenticatedClient:
        """The generated client for a service, over this client's one pool (made on first use)."""
        client = self._api_clients.get(service)
        if client is None:
            from paragon_connect_api.client import AuthenticatedClient

            url = self._session.services.for_service(service)
            # The generated client's own token stays empty: the transport adds the current one.
            client = AuthenticatedClient(base_url=url, token="")
            self._attach_http_client(client, url)
            self._api_clients[service] = client
        return client

    def _attach_http_client(self, client: AuthenticatedClient, url: str) -> None:
        raise NotImplementedError  # each shell attaches its own kind of httpx client

    def __repr__(self) -> str:
        user = self._session.user
        who = (
            f", user_id={user.user_id!r}"
            if user is not None and self._session.token is not None
            else ""
        )
        zeus = self._session.services.zeus
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


def _notify_sync(effect: Notify) -> Any:
    """Call an application callback; the sync client cannot run a coroutine it returns."""
    result = effect.callback(*effect.args)
    if inspect.isawaitable(result):
        if inspect.iscoroutine(result):
            result.close()
        raise TypeError(f"callback {effect.callback!r} returned an awaitable; use AsyncParagon")
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


class Paragon(_ClientBase):
    """The Paragon Connect client, with blocking I/O. ``AsyncParagon`` is the asyncio twin.

    ``Paragon()`` talks to Paragon's cloud; ``Paragon(host="mycompany.paragon.so")`` to an
    on-premise instance; ``Paragon(base_url="http://127.0.0.1:8080")`` to one URL for every
    service (the local mock). ``transport`` replaces the network (``httpx.MockTransport``, a
    WSGI/ASGI bridge). Use it as a context manager, or call ``close()``, to close its pool.
    ``max_response_bytes`` (32 MiB by default) caps the size of an answer's body, counted after
    decompression (``ResponseTooLargeError`` beyond it).
    """

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
        super().__init__(
            host=host,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            limits=limits,
            max_response_bytes=max_response_bytes,
        )
        if transport is not None and not isinstance(transport, httpx.BaseTransport):
            raise TypeError(
                "transport must be an httpx.BaseTransport (use AsyncParagon for async transports)"
            )
        # Our own pool's sockets know each attempt's total deadline (see _transport).
        inner = transport or http_transport(self._limits)
        self._transport = RetryTransport(
            inner,
            default=self._options,
            authorization=self._session.authorization,
        )
        self._bus = EventBus(allow_async=False)

    def _attach_http_client(self, client: AuthenticatedClient, url: str) -> None:
        client.set_httpx_client(
            httpx.Client(
                base_url=url,
                transport=self._transport,
                headers=DEFAULT_HEADERS,
                timeout=self._options.timeout,
            )
        )

    def _run(self, plan: Plan[R]) -> R:
        """Run a plan to its end, performing each effect with blocking I/O."""
        run = _PlanRun(plan)
        while run.running:
            try:
                result = self._perform(run.effect)
            except BaseException as error:  # _PlanRun decides: thrown in, or the plan closed
                run.fail(error)
            else:
                run.send(result)
        return run.value

    def _perform(self, effect: Effect) -> Any:
        if isinstance(effect, Call):
            return self._call(effect)
        if isinstance(effect, Sleep):
            time.sleep(effect.seconds)
        elif isinstance(effect, Emit):
            self._bus.emit(effect.event_name, effect.event, effect.user)
        elif isinstance(effect, Notify):
            return _notify_sync(effect)
        elif isinstance(effect, Subscribe):
            return self._bus.subscribe(effect.event_name, effect.handler)
        return None

    def _call(self, call: Call) -> Any:
        client = self._api_client(call.service)
        with request_context(self._request_context(call)):
            try:
                return _operation(call.operation).sync_detailed(client=client, **call.kwargs)
            except (httpx.TransportError, ValueError, _unexpected_body()) as error:
                raise _call_failed(error) from error

    def iter_field_options(
        self,
        *,
        integration: str,
        action: str,
        search: str | None = None,
        parameters: Sequence[Any] | Mapping[str, str] | None = None,
        selected_credential_id: str | None = None,
        max_pages: int = DEFAULT_MAX_PAGES,
    ) -> Iterator[FieldOption | FieldOptionSection | UnknownVariant]:
        pages = self._core.field_options_pages(
            integration=integration,
            action=action,
            search=search,
            parameters=parameters,
            selected_credential_id=selected_credential_id,
            max_pages=max_pages,
        )
        return self._pages(pages)

    iter_field_options.__doc__ = _ITER_FIELD_OPTIONS_DOC

    def _pages(
        self, pages: FieldOptionPages
    ) -> Iterator[FieldOption | FieldOptionSection | UnknownVariant]:
        while pages.next is not None:
            page = self._run(self._core.field_options_page(pages.next))
            yield from page.data
            pages.advance(page)

    def close(self) -> None:
        """Close the connection pool (shared with ``with_options`` copies)."""
        self._transport.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    @functools.cached_property
    def install_flow(self) -> InstallFlow:
        """The headless install flow (``set_headless(True)`` first)."""
        from ._install_flow import InstallFlow

        return InstallFlow(self._flow, self._run)

    if TYPE_CHECKING:
        install_integration = SyncBound(FlowCore.install_integration, owner="_flow")
        connect = SyncBound(FlowCore.connect, owner="_flow")
    else:
        install_integration = SyncBound.lazy(_FLOW, "FlowCore.install_integration", owner="_flow")
        connect = SyncBound.lazy(_FLOW, "FlowCore.connect", owner="_flow")
    authenticate = SyncBound(Core.authenticate)
    set_user_metadata = SyncBound(Core.set_user_metadata)
    list_integrations = SyncBound(Core.list_integrations)
    list_credentials = SyncBound(Core.list_credentials)
    get_integration_account = SyncBound(Core.get_integration_account)
    complete_install = SyncBound(Core.complete_install)
    connect_action = SyncBound(Core.connect_action)
    get_credential = SyncBound(Core.get_credential)
    update_credential = SyncBound(Core.update_credential)
    update_integration_user_settings = SyncBound(Core.update_integration_user_settings)
    update_workflow_user_settings = SyncBound(Core.update_workflow_user_settings)
    enable_workflow = SyncBound(Core.enable_workflow)
    disable_workflow = SyncBound(Core.disable_workflow)
    update_workflow_state = SyncBound(Core.update_workflow_state)
    get_field_options = SyncBound(Core.get_field_options)
    event = SyncBound(Core.event)
    workflow = SyncBound(Core.workflow)
    request = SyncBound(Core.request)
    uninstall_integration = SyncBound(Core.uninstall_integration)


class AsyncParagon(_ClientBase):
    """The Paragon Connect client for asyncio: every I/O method of ``Paragon``, awaited.

    Takes the same arguments as ``Paragon``; ``transport`` is an ``httpx.AsyncBaseTransport``
    (``httpx.ASGITransport`` runs the local mock in-process). Use ``async with`` or ``aclose()``.
    """

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
        super().__init__(
            host=host,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            limits=limits,
            max_response_bytes=max_response_bytes,
        )
        if transport is not None and not isinstance(transport, httpx.AsyncBaseTransport):
            raise TypeError(
                "transport must be an httpx.AsyncBaseTransport (use Paragon for sync transports)"
            )
        # Our own pool gets a queue in front of it, as long as the pool has connections: httpx's
        # pool does per-request work that grows with its own queue (see _transport).
        queue = self._limits.max_connections if transport is None else None
        inner = transport or httpx.AsyncHTTPTransport(limits=self._limits)
        self._transport = AsyncRetryTransport(
            inner,
            default=self._options,
            max_in_flight=queue,
            authorization=self._session.authorization,
        )
        self._bus = EventBus(allow_async=True)

    def _attach_http_client(self, client: AuthenticatedClient, url: str) -> None:
        client.set_async_httpx_client(
            httpx.AsyncClient(
                base_url=url,
                transport=self._transport,
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

    async def _perform(self, effect: Effect) -> Any:
        if isinstance(effect, Call):
            return await self._call(effect)
        if isinstance(effect, Sleep):
            import asyncio  # here, so that a sync-only application never imports it

            await asyncio.sleep(effect.seconds)
        elif isinstance(effect, Emit):
            await self._bus.aemit(effect.event_name, effect.event, effect.user)
        elif isinstance(effect, Notify):
            result = effect.callback(*effect.args)
            return (await result) if inspect.isawaitable(result) else result
        elif isinstance(effect, Subscribe):
            return self._bus.subscribe(effect.event_name, effect.handler)
        return None

    async def _call(self, call: Call) -> Any:
        client = self._api_client(call.service)
        with request_context(self._request_context(call)):
            try:
                return await _operation(call.operation).asyncio_detailed(
                    client=client, **call.kwargs
                )
            except (httpx.TransportError, ValueError, _unexpected_body()) as error:
                raise _call_failed(error) from error

    def iter_field_options(
        self,
        *,
        integration: str,
        action: str,
        search: str | None = None,
        parameters: Sequence[Any] | Mapping[str, str] | None = None,
        selected_credential_id: str | None = None,
        max_pages: int = DEFAULT_MAX_PAGES,
    ) -> AsyncIterator[FieldOption | FieldOptionSection | UnknownVariant]:
        pages = self._core.field_options_pages(
            integration=integration,
            action=action,
            search=search,
            parameters=parameters,
            selected_credential_id=selected_credential_id,
            max_pages=max_pages,
        )
        return self._pages(pages)

    iter_field_options.__doc__ = _ITER_FIELD_OPTIONS_DOC

    async def _pages(
        self, pages: FieldOptionPages
    ) -> AsyncIterator[FieldOption | FieldOptionSection | UnknownVariant]:
        while pages.next is not None:
            page = await self._run(self._core.field_options_page(pages.next))
            for item in page.data:
                yield item
            pages.advance(page)

    async def aclose(self) -> None:
        """Close the connection pool (shared with ``with_options`` copies)."""
        await self._transport.aclose()

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

    if TYPE_CHECKING:
        install_integration = AsyncBound(FlowCore.install_integration, owner="_flow")
        connect = AsyncBound(FlowCore.connect, owner="_flow")
    else:
        install_integration = AsyncBound.lazy(_FLOW, "FlowCore.install_integration", owner="_flow")
        connect = AsyncBound.lazy(_FLOW, "FlowCore.connect", owner="_flow")
    authenticate = AsyncBound(Core.authenticate)
    set_user_metadata = AsyncBound(Core.set_user_metadata)
    list_integrations = AsyncBound(Core.list_integrations)
    list_credentials = AsyncBound(Core.list_credentials)
    get_integration_account = AsyncBound(Core.get_integration_account)
    complete_install = AsyncBound(Core.complete_install)
    connect_action = AsyncBound(Core.connect_action)
    get_credential = AsyncBound(Core.get_credential)
    update_credential = AsyncBound(Core.update_credential)
    update_integration_user_settings = AsyncBound(Core.update_integration_user_settings)
    update_workflow_user_settings = AsyncBound(Core.update_workflow_user_settings)
    enable_workflow = AsyncBound(Core.enable_workflow)
    disable_workflow = AsyncBound(Core.disable_workflow)
    update_workflow_state = AsyncBound(Core.update_workflow_state)
    get_field_options = AsyncBound(Core.get_field_options)
    event = AsyncBound(Core.event)
    workflow = AsyncBound(Core.workflow)
    request = AsyncBound(Core.request)
    uninstall_integration = AsyncBound(Core.uninstall_integration)
