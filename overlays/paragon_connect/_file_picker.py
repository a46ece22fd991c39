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
from typing import ClassVar, Final, Literal

from ._binding import Bound, Shell
from ._core import Core
from ._core._base import Plan, notify
from ._exceptions import APIError, IntegrationNotInstalledError
from ._tokens import Secret
from ._validation import check_bool, check_non_empty_str, check_selector

__all__ = [
    "SUPPORTED_PICKERS",
    "AsyncExternalFilePicker",
    "ExternalFilePicker",
    "FilePickerCore",
]


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


class FilePickerCore:
    """A file picker for a connected googledrive, box, onedrive or sharepoint account.

    Call ``init(...)`` to fetch the account's token, then hand ``picker.config`` to your front
    end; report what the front end sees with ``open()``, ``close()`` and ``select(files)``. On
    ``AsyncParagon`` these are awaited, and the callbacks may be coroutine functions.
    """

    def __init__(
        self,
        core: Core,
        integration_type: str,
        *,
        allowed_types: Sequence[str] | None = None,
        allow_multi_select: bool = False,
        allow_folder_select: bool = False,
        on_open: Callable[[], object] | None = None,
        on_close: Callable[[], object] | None = None,
        on_file_select: Callable[[list[dict[str, object]]], object] | None = None,
        on_cancel: Callable[[], object] | None = None,
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
        self.on_open = core._callback(on_open, "on_open")
        self.on_close = core._callback(on_close, "on_close")
        self.on_file_select = core._callback(on_file_select, "on_file_select")
        self.on_cancel = core._callback(on_cancel, "on_cancel")
        self._config: dict[str, object] | None = None
        self._token: Secret | None = None

    def init(
        self,
        /,
        *,
        developer_key: str | None = None,
        app_id: str | None = None,
        folder_id: str | None = None,
        selected_credential_id: str | None = None,
    ) -> Plan[dict[str, object]]:
        """Check the provider's settings and fetch the account's access token.

        Google Drive needs ``developer_key`` (``app_id`` optional), Box ``folder_id``; OneDrive
        and SharePoint nothing. ``selected_credential_id`` picks one of several accounts.
        Returns ``config``, what the front end hands to the provider's picker.
        """
        kind = SUPPORTED_PICKERS[self.integration_type]
        given = {
            key: value
            for key, value in (
                ("developer_key", developer_key),
                ("app_id", app_id),
                ("folder_id", folder_id),
            )
            if value is not None
        }
        unknown = sorted(set(given) - set(kind.required) - set(kind.optional))
        if unknown:
            accepted = ", ".join((*kind.required, *kind.optional, "selected_credential_id"))
            raise TypeError(
                f"{self.integration_type} picker: unknown setting(s) {', '.join(unknown)} "
                f"(it takes: {accepted})"
            )
        for key in kind.required:
            if key not in given:
                raise ValueError(f"{self.integration_type} picker: init() needs {key}")
        settings = {_CAMEL[key]: check_non_empty_str(value, key) for key, value in given.items()}
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
    def config(self) -> dict[str, object]:
        """What the front end needs to open the provider's picker, access token included."""
        if self._config is None or self._token is None:
            raise RuntimeError(
                f"the {self.integration_type} picker is not initialised: call init() first"
            )
        return {**self._config, "accessToken": self._token.reveal()}

    def open(self) -> Plan[None]:
        """The front end shows the picker: calls ``on_open``."""
        self.config  # noqa: B018 - raises before init()
        if self.on_open is not None:
            yield from notify(self.on_open)

    def close(self) -> Plan[None]:
        """The front end closed the picker: calls ``on_close``."""
        if self.on_close is not None:
            yield from notify(self.on_close)

    def select(self, files: Sequence[Mapping[str, object]]) -> Plan[list[dict[str, object]]]:
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
                yield from notify(self.on_cancel)
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
            yield from notify(self.on_file_select, chosen)
        return chosen

    def __repr__(self) -> str:
        state = "initialised" if self.initialized else "not initialised"
        return f"ExternalFilePicker({self.integration_type!r}, {state})"


def _file(item: object, index: int) -> Mapping[str, object]:
    if not isinstance(item, Mapping):
        raise TypeError(
            f"files[{index}] must be a mapping (a file object), not {type(item).__name__}"
        )
    return item


class _PickerShell(Shell[FilePickerCore]):
    """What both picker shells share: the picker, and its steps bound once for both."""

    @property
    def config(self) -> dict[str, object]:
        """What the front end needs to open the provider's picker, access token included."""
        return self._core.config

    def to_dict(self) -> dict[str, object]:
        """The same as ``config``."""
        return self._core.config

    @property
    def initialized(self) -> bool:
        """Whether ``init()`` has run."""
        return self._core.initialized

    init = Bound(FilePickerCore.init)
    open = Bound(FilePickerCore.open)
    close = Bound(FilePickerCore.close)
    select = Bound(FilePickerCore.select)

    def __repr__(self) -> str:
        return repr(self._core)


class ExternalFilePicker(_PickerShell):
    """A file picker of a connected file-storage account (``paragon.ExternalFilePicker``)."""

    _asynchronous: ClassVar[Literal[False]] = False


class AsyncExternalFilePicker(_PickerShell):
    """A file picker of a connected file-storage account; its steps are awaited."""

    _asynchronous: ClassVar[Literal[True]] = True
