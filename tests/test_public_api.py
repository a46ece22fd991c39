"""The public surface of paragon_connect: __all__, errors, hosts, options, import cost."""

from __future__ import annotations

import dataclasses
import inspect
import re
import subprocess
import sys
import tomllib

import httpx
import paragon_connect
import pytest
from paragon_connect import AsyncParagon, Paragon

from tests.conftest import REPO_ROOT

EXPECTED_PUBLIC = {
    "EVENT_NAMES",
    "SUPPORTED_PICKERS",
    "AsyncExternalFilePicker",
    "AsyncInstallFlow",
    "ErrorContext",
    "ExternalFilePicker",
    "InstallFlow",
    "InstallFlowCancelledError",
    "InstallFlowError",
    "IntegrationAlreadyInstalledError",
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncParagon",
    "AuthenticatedUser",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "EventHandlerError",
    "HeadlessModeNotEnabledError",
    "IntegrationInstallEvent",
    "IntegrationNotFoundError",
    "IntegrationNotInstalledError",
    "IntegrationUninstallEvent",
    "JsonValue",
    "InternalServerError",
    "NoActiveInstallFlowError",
    "NotFoundError",
    "OAuthBlockedError",
    "OAuthTimeoutError",
    "PaginationError",
    "Paragon",
    "ParagonError",
    "ParagonUser",
    "PermissionDeniedError",
    "PortalEvent",
    "ProxyRequestError",
    "RateLimitError",
    "ResponseTooLargeError",
    "ServiceURLs",
    "Tool",
    "ToolArgumentProblem",
    "ToolArgumentsError",
    "ToolCallFormatError",
    "ToolNotFoundError",
    "Trigger",
    "UnauthenticatedUser",
    "UnknownVariant",
    "UnprocessableEntityError",
    "UserNotAuthenticatedError",
    "WorkflowChangeEvent",
    "WorkflowStateChange",
    "WorkflowStateError",
    "WorkflowStateUpdate",
    "__version__",
    "sign_user_token",
    "Tools",
    "AsyncTools",
    "Triggers",
    "AsyncTriggers",
}


def test_all_is_sorted_complete_and_importable() -> None:
    assert paragon_connect.__all__ == sorted(
        paragon_connect.__all__, key=lambda n: (not n.isupper(), n)
    )
    assert set(paragon_connect.__all__) == EXPECTED_PUBLIC
    for name in paragon_connect.__all__:
        assert getattr(paragon_connect, name) is not None


def test_exception_tree() -> None:
    pc = paragon_connect
    for name in (
        "APIError",
        "UserNotAuthenticatedError",
        "IntegrationNotFoundError",
        "IntegrationNotInstalledError",
    ):
        assert issubclass(getattr(pc, name), pc.ParagonError)
    assert issubclass(pc.APITimeoutError, pc.APIConnectionError)
    assert issubclass(pc.APIConnectionError, pc.APIError)
    assert issubclass(pc.APIResponseValidationError, pc.APIError)
    assert issubclass(pc.PaginationError, pc.APIError)
    for name in (
        "BadRequestError",
        "AuthenticationError",
        "PermissionDeniedError",
        "NotFoundError",
        "ConflictError",
        "UnprocessableEntityError",
        "RateLimitError",
        "InternalServerError",
        "ProxyRequestError",
    ):
        assert issubclass(getattr(pc, name), pc.APIStatusError)
    assert issubclass(pc.APIStatusError, pc.APIError)


def test_version_matches_the_distribution() -> None:
    project = tomllib.loads((REPO_ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert paragon_connect.__version__ == project["version"]


def test_cloud_hosts_by_default() -> None:
    services = Paragon().services
    assert services.zeus == "https://zeus.useparagon.com"
    assert services.hermes == "https://hermes.useparagon.com"
    assert services.proxy == "https://proxy.useparagon.com"
    assert services.actionkit == "https://actionkit.useparagon.com"


def test_every_service_of_the_spec_has_a_url() -> None:
    from paragon_connect_api.calls import SERVICES

    services = Paragon().services
    assert {field.name for field in dataclasses.fields(services)} == set(SERVICES)
    for service in SERVICES:
        assert services.for_service(service).startswith("https://")


@pytest.mark.parametrize(
    "host",
    ["mycompany.paragon.so", "https://mycompany.paragon.so/", "  http://mycompany.paragon.so "],
)
def test_on_premise_hosts(host: str) -> None:
    services = Paragon(host=host).services
    assert services.zeus == "https://zeus.mycompany.paragon.so"
    assert services.hermes == "https://hermes.mycompany.paragon.so"
    assert services.proxy == "https://worker-proxy.mycompany.paragon.so"
    assert services.actionkit == "https://actionkit.mycompany.paragon.so"


def test_configure_global_changes_hosts_and_resets_authentication() -> None:
    client = Paragon()
    client._shared.session.project_id = object()  # type: ignore[assignment]
    client.configure_global(host="useparagon.com")
    assert client.services.proxy == "https://proxy.useparagon.com"
    client.configure_global(host="paragon.example.com")
    assert client.services.zeus == "https://zeus.paragon.example.com"
    assert client.project_id is None
    assert client.get_user().authenticated is False


def test_base_url_points_every_service_at_one_url() -> None:
    services = Paragon(base_url="http://127.0.0.1:8080/").services
    assert {services.zeus, services.hermes, services.proxy} == {"http://127.0.0.1:8080"}


@pytest.mark.parametrize(
    ("kwargs", "error", "message"),
    [
        ({"host": "a.example", "base_url": "http://x"}, ValueError, "not both"),
        ({"host": "not a host"}, ValueError, "host must be a host name"),
        ({"host": 5}, TypeError, "host must be a string"),
        ({"base_url": "ftp://x"}, ValueError, "base_url must be an http"),
        ({"timeout": -1}, ValueError, "timeout must be more than 0"),
        ({"timeout": "5"}, TypeError, "timeout must be seconds"),
        ({"max_retries": -1}, ValueError, "max_retries must be 0 or more"),
        ({"max_retries": 1.5}, TypeError, "max_retries must be an int"),
        ({"limits": 10}, TypeError, "limits must be an httpx.Limits"),
        ({"transport": httpx.AsyncHTTPTransport()}, TypeError, "use AsyncParagon"),
        ({"retries": 3}, TypeError, "unexpected keyword"),
    ],
)
def test_constructor_refuses_bad_arguments(
    kwargs: dict[str, object], error: type[Exception], message: str
) -> None:
    with pytest.raises(error, match=message):
        Paragon(**kwargs)  # type: ignore[arg-type]


def test_with_options_copies_settings_and_shares_the_session() -> None:
    client = Paragon(timeout=30, max_retries=2)
    fast = client.with_options(timeout=2, max_retries=0)
    assert fast.timeout == httpx.Timeout(2) and fast.max_retries == 0
    assert client.timeout == httpx.Timeout(30) and client.max_retries == 2
    assert fast._shared is client._shared
    assert fast._shared.transport is client._shared.transport


def test_sync_and_async_clients_expose_the_same_functions_and_signatures() -> None:
    for name, member in inspect.getmembers(Paragon):
        if name.startswith("_") or name in {"close", "__enter__", "__exit__"}:
            continue
        twin = getattr(AsyncParagon, name, None)
        assert twin is not None, f"AsyncParagon has no {name}"
        if callable(member) and not isinstance(member, type):
            sync_parameters = inspect.signature(getattr(Paragon(), name)).parameters
            async_parameters = inspect.signature(getattr(AsyncParagon(), name)).parameters
            assert sync_parameters == async_parameters, name
    assert inspect.iscoroutinefunction(AsyncParagon().get_credential)
    assert not inspect.iscoroutinefunction(Paragon().get_credential)
    assert "credential_id" in inspect.signature(Paragon().get_credential).parameters


def test_import_is_cheap() -> None:
    code = (
        "import sys, paragon_connect\n"
        # The typed calls (paragon_connect_api.calls, .types, .errors) load with the client:
        # they cost a few milliseconds. The operations, the models and attrs wait for a call;
        # the connection pool (httpcore, h11, anyio) for a client, as with httpx alone.
        "lazy = ('paragon_connect_api.api', 'paragon_connect_api.models',\n"
        "        'paragon_connect_api.client', 'attr', 'jwt', 'cryptography', 'asyncio',\n"
        "        'paragon_connect._pool', 'httpcore', 'h11', 'anyio')\n"
        "heavy = [m for m in sys.modules if m.startswith(lazy)]\n"
        "print(','.join(sorted(heavy)))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == ""


def test_install_flow_and_pickers_load_on_first_use() -> None:
    code = (
        "import sys, paragon_connect\n"
        "lazy = ('paragon_connect._install_flow', 'paragon_connect._install_machine',\n"
        "        'paragon_connect._file_picker', 'webbrowser')\n"
        "print(','.join(sorted(m for m in sys.modules if m.startswith(lazy))))\n"
        "from paragon_connect import InstallFlow, InstallFlowError, SUPPORTED_PICKERS\n"
        "print(InstallFlow.__module__, InstallFlowError.__module__, len(SUPPORTED_PICKERS) > 0)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    before, after = result.stdout.splitlines()
    assert before == ""
    assert after == "paragon_connect._install_flow paragon_connect._install_machine True"


def test_lazy_names_are_the_modules_own_and_listed() -> None:
    from paragon_connect import _file_picker, _install_flow, _install_machine

    assert paragon_connect.AsyncInstallFlow is _install_flow.AsyncInstallFlow
    assert paragon_connect.ErrorContext is _install_flow.ErrorContext
    assert paragon_connect.ExternalFilePicker is _file_picker.ExternalFilePicker
    assert paragon_connect.InstallFlowError is _install_machine.InstallFlowError
    assert set(paragon_connect.__all__) <= set(dir(paragon_connect))
    with pytest.raises(AttributeError, match="no attribute 'Nope'"):
        paragon_connect.Nope  # noqa: B018


def test_install_flow_is_shared_with_option_copies() -> None:
    client = Paragon()
    copy = client.with_options(timeout=5)
    assert copy._flow is client._flow
    assert (
        client.install_integration.__doc__
        == paragon_connect._install_flow.FlowCore.install_integration.__doc__
    )


def _public_signatures(obj: object) -> dict[str, inspect.Signature]:
    found: dict[str, inspect.Signature] = {}
    for name in dir(type(obj)):
        if name.startswith("_") or isinstance(getattr(type(obj), name, None), property):
            continue
        member = getattr(obj, name)
        if callable(member) and not isinstance(member, type):
            found[name] = inspect.signature(member)
    return found


def test_no_any_in_public_signatures() -> None:
    """Every public method of the clients, the install flows and the pickers is typed precisely."""
    paragon, aparagon = Paragon(), AsyncParagon()
    owners: list[object] = [
        paragon,
        aparagon,
        paragon.install_flow,
        aparagon.install_flow,
        paragon.ExternalFilePicker("box"),
        aparagon.ExternalFilePicker("box"),
    ]
    offending: list[str] = []
    for owner in owners:
        for name, signature in _public_signatures(owner).items():
            annotations = [str(p.annotation) for p in signature.parameters.values()]
            annotations.append(str(signature.return_annotation))
            if any(re.search(r"\bAny\b", text) for text in annotations):
                offending.append(f"{type(owner).__name__}.{name}{signature}")
    assert len(_public_signatures(paragon)) > 25
    assert offending == []
