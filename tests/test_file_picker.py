"""The file picker: settings per provider, the account's token, and the rules of a selection."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from paragon_connect import IntegrationNotInstalledError
from paragon_mock import DEFAULT_PROJECT_ID
from paragon_mock.testing import ParagonMock, TokenFactory

from tests.clients import Flavour, consent_answerer, make_flavour

SETTINGS = {
    "googledrive": {"developer_key": "AIzaS-demo", "app_id": "1234567890"},
    "box": {"folder_id": "0"},
    "onedrive": {},
    "sharepoint": {},
}


pytestmark = pytest.mark.paragon_mock(seed=9)


@pytest.fixture(params=["sync", "async"])
def user(
    request: pytest.FixtureRequest, paragon_mock: ParagonMock, paragon_token: TokenFactory
) -> Iterator[Flavour]:
    # The plugin's app and token; the Flavour runs either client on it and records requests.
    with make_flavour(request.param, paragon_mock.app) as flavour:
        flavour.call("authenticate", DEFAULT_PROJECT_ID, paragon_token("xyz"))
        yield flavour


def _install(user: Flavour, integration_type: str) -> str:
    event = user.call(
        "install_integration", integration_type, on_next=consent_answerer(user), poll_interval=0.02
    )
    return str(event.credential_id)


def _init(user: Flavour, picker: Any, **settings: Any) -> Any:
    return _step(user, picker, "init", **settings)


def _step(user: Flavour, picker: Any, name: str, *args: Any, **kwargs: Any) -> Any:
    """Run one of the picker's steps: awaited on AsyncParagon, called on Paragon."""
    if user.is_async:
        return user.portal.call(lambda: getattr(picker, name)(*args, **kwargs))
    return getattr(picker, name)(*args, **kwargs)


@pytest.mark.parametrize("integration_type", list(SETTINGS))
def test_init_builds_the_front_end_config(user: Flavour, integration_type: str) -> None:
    credential_id = _install(user, integration_type)
    picker = user.client.ExternalFilePicker(
        integration_type, allowed_types=["application/pdf"], allow_multi_select=True
    )
    assert not picker.initialized
    config = _init(user, picker, **SETTINGS[integration_type])
    assert config == picker.config == picker.to_dict()
    assert config["integrationType"] == integration_type
    assert config["credentialId"] == credential_id
    assert config["allowedTypes"] == ["application/pdf"] and config["allowMultiSelect"] is True
    token = config["accessToken"]
    assert isinstance(token, str) and token
    assert token not in repr(picker) and "initialised" in repr(picker)
    request = user.recorder.requests[-1]
    assert request.url.params["includeAccountAuth"] == "true"
    assert request.url.params["integration"] == integration_type
    if integration_type == "googledrive":
        assert config["developerKey"] == "AIzaS-demo" and config["appId"] == "1234567890"
    if integration_type == "box":
        assert config["folderId"] == "0"


def test_unsupported_integration_names_the_supported_ones(user: Flavour) -> None:
    supported = "googledrive, box, onedrive, sharepoint"
    message = f"'dropbox' has no file picker; the supported integrations are: {supported}"
    with pytest.raises(ValueError, match=message):
        user.client.ExternalFilePicker("dropbox")


@pytest.mark.parametrize(
    ("integration_type", "settings", "error", "message"),
    [
        ("googledrive", {}, ValueError, "init\\(\\) needs developer_key"),
        ("box", {}, ValueError, "init\\(\\) needs folder_id"),
        ("onedrive", {"developer_key": "x"}, TypeError, "unknown setting\\(s\\) developer_key"),
        ("googledrive", {"developer_key": ""}, ValueError, "developer_key must not be empty"),
    ],
)
def test_init_checks_settings_before_any_request(
    user: Flavour,
    integration_type: str,
    settings: dict[str, Any],
    error: type[Exception],
    message: str,
) -> None:
    user.recorder.requests.clear()
    with pytest.raises(error, match=message):
        _init(user, user.client.ExternalFilePicker(integration_type), **settings)
    assert user.recorder.requests == []


def test_init_without_an_account_fails_clearly(user: Flavour) -> None:
    with pytest.raises(IntegrationNotInstalledError, match="onedrive is not installed"):
        _init(user, user.client.ExternalFilePicker("onedrive"))


def test_open_close_and_select_call_the_callbacks(user: Flavour) -> None:
    _install(user, "googledrive")
    calls: list[Any] = []
    picker = user.client.ExternalFilePicker(
        "googledrive",
        allowed_types=["application/pdf", "image/jpeg"],
        on_open=lambda: calls.append("open"),
        on_close=lambda: calls.append("close"),
        on_file_select=lambda files: calls.append(("select", [f["name"] for f in files])),
        on_cancel=lambda: calls.append("cancel"),
    )
    with pytest.raises(RuntimeError, match="call init\\(\\) first"):
        _step(user, picker, "open")
    _init(user, picker, developer_key="AIzaS-demo")
    _step(user, picker, "open")
    chosen = _step(
        user, picker, "select", [{"id": "1", "name": "report.pdf", "mimeType": "application/pdf"}]
    )
    assert chosen == [{"id": "1", "name": "report.pdf", "mimeType": "application/pdf"}]
    assert _step(user, picker, "select", []) == []
    _step(user, picker, "close")
    assert calls == ["open", ("select", ["report.pdf"]), "cancel", "close"]


def test_async_callbacks_are_awaited_on_async_paragon(user: Flavour) -> None:
    _install(user, "googledrive")
    calls: list[str] = []

    async def on_open() -> None:
        calls.append("open")

    async def on_file_select(files: list[dict[str, object]]) -> None:
        calls.append(f"select {len(files)}")

    if not user.is_async:
        with pytest.raises(TypeError, match=r"on_open is a coroutine function.*AsyncParagon"):
            user.client.ExternalFilePicker("googledrive", on_open=on_open)
        return
    picker = user.client.ExternalFilePicker(
        "googledrive", on_open=on_open, on_file_select=on_file_select
    )
    _init(user, picker, developer_key="AIzaS-demo")
    _step(user, picker, "open")
    _step(user, picker, "select", [{"id": "1", "name": "a.pdf", "mimeType": "application/pdf"}])
    assert calls == ["open", "select 1"]


@pytest.mark.parametrize(
    ("options", "files", "message"),
    [
        (
            {},
            [
                {"name": "a.pdf", "mimeType": "application/pdf"},
                {"name": "b.pdf", "mimeType": "application/pdf"},
            ],
            "2 files were selected, but allow_multi_select is False",
        ),
        (
            {},
            [{"name": "Invoices", "mimeType": "application/vnd.google-apps.folder"}],
            "'Invoices' is a folder, but allow_folder_select is False",
        ),
        ({}, [{"name": "Invoices", "isFolder": True}], "is a folder"),
        (
            {"allowed_types": ["application/pdf"]},
            [{"name": "photo.png", "mimeType": "image/png"}],
            "'photo.png' is image/png; allowed: application/pdf",
        ),
    ],
)
def test_selection_breaking_the_rules_is_rejected(
    user: Flavour, options: dict[str, Any], files: list[dict[str, Any]], message: str
) -> None:
    _install(user, "googledrive")
    selected: list[Any] = []
    picker = user.client.ExternalFilePicker(
        "googledrive", on_file_select=selected.append, **options
    )
    _init(user, picker, developer_key="AIzaS-demo")
    with pytest.raises(ValueError, match=message):
        _step(user, picker, "select", files)
    assert selected == []


def test_folders_and_many_files_when_allowed(user: Flavour) -> None:
    _install(user, "box")
    picker = user.client.ExternalFilePicker(
        "box", allow_multi_select=True, allow_folder_select=True, allowed_types=["application/pdf"]
    )
    _init(user, picker, folder_id="0")
    files = [
        {"name": "Invoices", "type": "folder"},
        {"name": "a.pdf", "mimeType": "application/pdf"},
    ]
    assert _step(user, picker, "select", files) == files


@pytest.mark.parametrize(
    ("kwargs", "error"),
    [
        ({"allowed_types": "application/pdf"}, TypeError),
        ({"allowed_types": ["pdf"]}, ValueError),
        ({"allow_multi_select": "yes"}, TypeError),
        ({"on_open": "print"}, TypeError),
    ],
)
def test_constructor_checks_options(
    user: Flavour, kwargs: dict[str, Any], error: type[Exception]
) -> None:
    with pytest.raises(error):
        user.client.ExternalFilePicker("googledrive", **kwargs)
