"""``paragon.ExternalFilePicker``: what a web front end needs to open a provider's file picker.

In the browser SDK the picker loads the provider's JavaScript and shows it. A Python backend
cannot show anything, so here the picker does the rest: it checks the picker's options, fetches
the connected account's access token (``get_integration_account`` with
``include_account_auth``, as the SDK's picker does), and
builds the configuration the front end hands to the provider's picker (``picker.config``). The
front end reports the user's choice back, and ``select(files)`` applies the picker's rules
(allowed MIME types, multi-select, folders) before calling ``on_file_select`` or ``on_cancel``.

The access token is in ``config`` — the front end needs it — but never in ``repr``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Final

from ._binding import AsyncBound, SyncBound
from ._core import Core, Plan
from ._exceptions import APIError, IntegrationNotInstalledError
from ._tokens import Secret
from ._validation import check_bool, check_non_empty_str, check_selector

__all__ = ["SUPPORTED_PICKERS", "AsyncExternalFilePicker", "ExternalFilePicker", "FilePickerCore"]


@dataclass(frozen=True)
class _PickerKind:
    required: tuple[str, ...] = ()
    optional: tuple[str, ...] = ()


# What each provider's picker needs at init, by integration type (Python names).
SUPPORTED_PICKERS: Final[dict[str, _PickerKind]] = {
    "googledrive": _PickerKind(required=("developer_key",), optional=("app_id",)),
    "box": _PickerKind(required=("folder_id",)),
    "onedrive": _PickerKind(),
    "sharepoint": _PickerKind(),
}
_CAMEL: Final = {"developer_key": "developerKey", "app_id": "appId", "folder_id": "folderId"}
# MIME types that mark a folder, as the providers' pickers report them.
_FOLDER_TYPES: Final = frozenset(
    {"application/vnd.google-apps.folder", "folder", "inode/directory"}
)


def _callback(value: object, name: str) -> Callable[..., Any] | None:
    if value is None:
        return None
    if not callable(value):
        raise TypeError(f"{name} must be callable, not {type(value).__name__}")
    return value


class FilePickerCore:
    """One picker: its options, its init plan, and the rules of a selection."""

    def __init__(
        self,
        core: Core,
        integration_type: str,
        *,
        allowed_types: Sequence[str] | None = None,
        allow_multi_select: bool = False,
        allow_folder_select: bool = False,
        on_open: Callable[[], Any] | None = None,
        on_close: Callable[[], Any] | None = None,
        on_file_select: Callable[[list[dict[str, Any]]], Any] | None = None,
        on_cancel: Callable[[], Any] | None = None,
    ) -> None:
        name = check_non_empty_str(integration_type, "integration_type")
        if name not in SUPPORTED_PICKERS:
            raise ValueError(
                f"{name!r} has no file picker; the supported integrations are: "
                f"{', '.join(SUPPORTED_PICKERS)}"
            )
        types: list[str] | None = None
        if allowed_types is not None:
            if isinstance(allowed_types, str) or not isinstance(allowed_types, Sequence):
                raise TypeError(
                    "allowed_types must be a list of MIME types like ['application/pdf']"
                )
            types = [check_non_empty_str(t, "allowed_types item") for t in allowed_types]
            for mime in types:
                if "/" not in mime:
                    raise ValueError(
                        f"allowed_types: {mime!r} is not a MIME type like 'application/pdf'"
                    )
        self.core = core
        self.integration_type = name
        self.allowed_types = types
        self.allow_multi_select = check_bool(allow_multi_select, "allow_multi_select")
        self.allow_folder_select = check_bool(allow_folder_select, "allow_folder_select")
        self.on_open = _callback(on_open, "on_open")
        self.on_close = _callback(on_close, "on_close")
        self.on_file_select = _callback(on_file_select, "on_file_select")
        self.on_cancel = _callback(on_cancel, "on_cancel")
        self._config: dict[str, Any] | None = None
        self._token: Secret | None = None
        self.is_open = False

    def init(
        self, /, *, selected_credential_id: str | None = None, **init_config: Any
    ) -> Plan[dict[str, Any]]:
        """Check the provider's settings and fetch the account's access token.

        Google Drive needs ``developer_key`` (``app_id`` optional), Box ``folder_id``; OneDrive
        and SharePoint nothing. ``selected_credential_id`` picks one of several accounts.
        Returns ``config``, what the front end hands to the provider's picker.
        """
        kind = SUPPORTED_PICKERS[self.integration_type]
        unknown = sorted(set(init_config) - set(kind.required) - set(kind.optional))
        if unknown:
            accepted = ", ".join((*kind.required, *kind.optional, "selected_credential_id"))
            raise TypeError(
                f"{self.integration_type} picker: unknown setting(s) {', '.join(unknown)} "
                f"(it takes: {accepted})"
            )
        for key in kind.required:
            if key not in init_config:
                raise ValueError(f"{self.integration_type} picker: init() needs {key}")
        settings = {
            _CAMEL[key]: check_non_empty_str(value, key) for key, value in init_config.items()
        }
        selector = (
            None
            if selected_credential_id is None
            else check_selector(selected_credential_id, "selected_credential_id")
        )
        user = yield from self.core._known_user()
        state = user.integrations.get(self.integration_type)
        if state is None or not state.enabled:
            raise IntegrationNotInstalledError(
                f"{self.integration_type} is not installed for user {user.user_id!r}"
            )
        account = yield from self.core.get_integration_account(
            self.integration_type, include_account_auth=True, selected_credential_id=selector
        )
        from paragon_connect_api.types import Unset

        auth = {} if isinstance(account.account_auth, Unset) else account.account_auth.to_dict()
        token = auth.get("OAUTH_ACCESS_TOKEN")
        if not isinstance(token, str) or not token:
            raise APIError(
                f"Paragon sent no access token for the {self.integration_type} account "
                "(accountAuth.OAUTH_ACCESS_TOKEN), which a picker needs"
            )
        self._token = Secret(token)
        credential_id = account.credential_id
        self._config = {
            "integrationType": self.integration_type,
            "credentialId": None if isinstance(credential_id, Unset) else credential_id,
            "allowedTypes": self.allowed_types,
            "allowMultiSelect": self.allow_multi_select,
            "allowFolderSelect": self.allow_folder_select,
            **settings,
        }
        return self.config

    @property
    def initialized(self) -> bool:
        """Whether ``init()`` has run."""
        return self._config is not None

    @property
    def config(self) -> dict[str, Any]:
        """What the front end needs to open the provider's picker, access token included."""
        if self._config is None or self._token is None:
            raise RuntimeError(
                f"the {self.integration_type} picker is not initialised: call init() first"
            )
        return {**self._config, "accessToken": self._token.reveal()}

    def open(self) -> None:
        """The picker is shown: calls ``on_open``."""
        self.config  # noqa: B018 - raises before init()
        self.is_open = True
        if self.on_open is not None:
            self.on_open()

    def close(self) -> None:
        """The picker is gone: calls ``on_close``."""
        self.is_open = False
        if self.on_close is not None:
            self.on_close()

    def select(self, files: Sequence[Mapping[str, Any]]) -> list[dict[str, Any]]:
        """Apply the picker's rules to the user's choice; call ``on_file_select`` or ``on_cancel``.

        ``files`` are the provider's file objects (each with a ``mimeType``; folders marked by
        ``isFolder`` or a folder MIME type). An empty choice is a cancel. A choice that breaks
        the rules raises ``ValueError`` and calls nothing.
        """
        self.config  # noqa: B018 - raises before init()
        if isinstance(files, Mapping | str) or not isinstance(files, Sequence):
            raise TypeError("files must be a list of file objects (mappings)")
        chosen = [dict(_file(item, index)) for index, item in enumerate(files)]
        if not chosen:
            if self.on_cancel is not None:
                self.on_cancel()
            return []
        if len(chosen) > 1 and not self.allow_multi_select:
            raise ValueError(f"{len(chosen)} files were selected, but allow_multi_select is False")
        for item in chosen:
            label = repr(item.get("name") or item.get("id") or "a file")
            mime = str(item.get("mimeType") or item.get("type") or "")
            if item.get("isFolder") or mime in _FOLDER_TYPES:
                if not self.allow_folder_select:
                    raise ValueError(f"{label} is a folder, but allow_folder_select is False")
                continue
            if self.allowed_types is not None and mime not in self.allowed_types:
                raise ValueError(
                    f"{label} is {mime or 'of no MIME type'}; "
                    f"allowed: {', '.join(self.allowed_types)}"
                )
        if self.on_file_select is not None:
            self.on_file_select(chosen)
        return chosen

    def __repr__(self) -> str:
        state = "initialised" if self.initialized else "not initialised"
        return f"ExternalFilePicker({self.integration_type!r}, {state})"


def _file(item: object, index: int) -> Mapping[str, Any]:
    if not isinstance(item, Mapping):
        raise TypeError(
            f"files[{index}] must be a mapping (a file object), not {type(item).__name__}"
        )
    return item


class _PickerShell:
    """What both picker shells share: the picker and its synchronous steps."""

    def __init__(self, picker: FilePickerCore, run: Callable[[Any], Any]) -> None:
        self._core = picker
        self._run = run

    @property
    def config(self) -> dict[str, Any]:
        """What the front end needs to open the provider's picker, access token included."""
        return self._core.config

    def to_dict(self) -> dict[str, Any]:
        """The same as ``config``."""
        return self._core.config

    @property
    def initialized(self) -> bool:
        """Whether ``init()`` has run."""
        return self._core.initialized

    def open(self) -> None:
        """The picker is shown: calls ``on_open``."""
        self._core.open()

    def close(self) -> None:
        """The picker is gone: calls ``on_close``."""
        self._core.close()

    def select(self, files: Sequence[Mapping[str, Any]]) -> list[dict[str, Any]]:
        return self._core.select(files)

    select.__doc__ = FilePickerCore.select.__doc__

    def __repr__(self) -> str:
        return repr(self._core)


class ExternalFilePicker(_PickerShell):
    """A file picker of a connected file-storage account (``paragon.ExternalFilePicker``)."""

    init = SyncBound(FilePickerCore.init)


class AsyncExternalFilePicker(_PickerShell):
    """A file picker of a connected file-storage account; ``init`` is awaited."""

    init = AsyncBound(FilePickerCore.init)
