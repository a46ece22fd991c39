"""Plans of the project's integrations and their metadata.

The list, icons and names, the Connect Portal's configuration, data sources and their options,
and uninstalling.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Final

from paragon_connect_api import calls

from .._exceptions import IntegrationNotInstalledError, PaginationError
from .._types import IntegrationUninstallEvent
from .._validation import (
    check_count,
    check_integration_type,
    check_non_empty_str,
    check_sequence,
)
from ._base import (
    CoreBase,
    Plan,
    fire,
    optional_selector,
    or_unset,
    perform,
    state_credential,
    to_json,
)

if TYPE_CHECKING:
    from paragon_connect_api.models.combo_input_data_source import ComboInputDataSource
    from paragon_connect_api.models.dynamic_data_source import DynamicDataSource
    from paragon_connect_api.models.field_mapper_data_source import FieldMapperDataSource
    from paragon_connect_api.models.field_option import FieldOption
    from paragon_connect_api.models.field_option_section import FieldOptionSection
    from paragon_connect_api.models.field_options_result import FieldOptionsResult
    from paragon_connect_api.models.integration import Integration
    from paragon_connect_api.models.integration_metadata import IntegrationMetadata
    from paragon_connect_api.models.integration_user_config import IntegrationUserConfig
    from paragon_connect_api.models.unknown_variant import UnknownVariant

# Icons of getIntegrationMetadata: the SDK serves them from Paragon's CDN by integration type.
ICON_BASE_URL: Final = "https://cdn.useparagon.com/2.35.0/dashboard/public/integrations"
# How many pages iter_field_options reads at most unless told otherwise: far more than a
# data source of a real account has, few enough that a server that never ends stops soon.
DEFAULT_MAX_PAGES: Final = 1000


class IntegrationPlans(CoreBase):
    """The project's integrations, as loaded by ``authenticate`` (computed as the SDK does)."""

    def list_integrations(self) -> Plan[list[Integration]]:
        """The project's integrations (REST ``GET /sdk/integrations``); refreshes the local copy."""
        project_id, _ = self._require_user()
        integrations = yield from perform(calls.list_integrations(project_id))
        self.session.integrations = integrations
        return integrations

    def integration_metadata(
        self, integration_type: str | None
    ) -> IntegrationMetadata | list[IntegrationMetadata]:
        """The body of the shells' ``get_integration_metadata`` (which carries the overloads)."""
        from paragon_connect_api.models.integration_metadata import IntegrationMetadata

        def metadata(integration: Integration) -> IntegrationMetadata:
            return IntegrationMetadata(
                type_=integration.type_,
                name=integration.name,
                brand_color=integration.brand_color,
                icon=f"{ICON_BASE_URL}/{integration.type_}.svg",
            )

        if integration_type is not None:
            return metadata(self._integration(integration_type))
        self._require_user()
        return [metadata(i) for i in self.session.integrations if i.is_active]

    def get_integration_config(self, integration_type: str) -> IntegrationUserConfig:
        """Descriptions, User Settings and workflows of an integration's Connect Portal.

        Returns an ``IntegrationUserConfig``: ``short_description``, ``long_description``,
        ``available_user_settings``, ``available_workflows`` and ``hidden_workflows``.
        """
        from paragon_connect_api.models.integration_user_config import IntegrationUserConfig

        # From the decoded model's JSON, so every value already has its documented type; what
        # Paragon left out reads as empty.
        integration = self._integration(integration_type).to_dict()
        values = (integration.get("configs") or [{}])[0].get("values") or {}
        workflow_meta = values.get("workflowMeta") or {}
        available: list[dict[str, Any]] = []
        hidden: list[dict[str, Any]] = []
        for workflow in integration.get("workflows") or []:
            meta = workflow_meta.get(workflow["id"]) or {}
            entry: dict[str, Any] = {
                "id": workflow["id"],
                "inputs": meta.get("inputs") or [],
                "defaultEnabled": bool(meta.get("defaultEnabled", False)),
                "description": workflow.get("description", ""),
            }
            if "infoText" in meta:
                entry["infoText"] = meta["infoText"]
            (hidden if meta.get("hidden") else available).append(entry)
        return IntegrationUserConfig.from_dict(
            {
                "shortDescription": values.get("description", ""),
                "longDescription": values.get("overview", ""),
                "availableUserSettings": (values.get("sharedMeta") or {}).get("inputs") or [],
                "availableWorkflows": available,
                "hiddenWorkflows": hidden,
            }
        )

    def get_data_source_options(
        self, integration_type: str, source_type: str
    ) -> DynamicDataSource | FieldMapperDataSource | ComboInputDataSource | UnknownVariant | None:
        """The configuration of a data source of dynamic User Settings.

        Returns a ``DynamicDataSource``, ``FieldMapperDataSource`` or ``ComboInputDataSource``
        (an ``UnknownVariant`` for a kind newer than this client); load a dynamic source's
        options with ``get_field_options``. None when Paragon sent no data sources for the
        integration (``sdkIntegrationConfig`` is not guaranteed); an unknown ``source_type`` of
        an integration whose data sources are known raises ``ValueError``.
        """
        integration = self._integration(integration_type)
        source = check_non_empty_str(source_type, "source_type")
        from paragon_connect_api.types import Unset

        config = integration.sdk_integration_config
        if isinstance(config, Unset) or isinstance(config.data_sources, Unset):
            return None
        sources = config.data_sources.additional_properties
        if source not in sources:
            known = ", ".join(sorted(sources)) or "none"
            raise ValueError(f"{integration.type_} has no data source {source!r} (it has: {known})")
        return sources[source]

    def uninstall_integration(
        self, integration_type: str, *, selected_credential_id: str | None = None
    ) -> Plan[None]:
        """Disconnect an integration (or, with ``selected_credential_id``, one of its accounts).

        Its workflows stop running for the user and its User Settings are cleared. Fires
        ``onIntegrationUninstall``.
        """
        integration = self._integration(integration_type)
        credential = optional_selector(selected_credential_id, "selected_credential_id")
        user = yield from self._known_user()
        state = user.integrations.get(integration.type_)
        if state is None or not state.enabled:
            raise IntegrationNotInstalledError(
                f"{integration.type_} is not installed for user {user.user_id!r}"
            )
        # The event names the account by its ID, whichever way the caller named it.
        credential_id = (
            state_credential(state)
            if credential is None
            else (yield from self._credential_for(integration, credential))
        )
        project_id, _ = self._require_user()
        yield from perform(
            calls.uninstall_integration(
                project_id, integration.id, x_paragon_credential=or_unset(credential)
            )
        )
        user = yield from self._refresh_after_change("The uninstall")
        event = IntegrationUninstallEvent(
            integration_id=str(integration.id),
            integration_type=integration.type_,
            credential_id=credential_id,
        )
        yield from fire("onIntegrationUninstall", [event], user, None)

    # -- options of dynamic data sources ---------------------------------------------------------

    def iter_field_options(
        self,
        *,
        integration: str,
        action: str,
        search: str | None = None,
        parameters: Sequence[object] | Mapping[str, str] | None = None,
        selected_credential_id: str | None = None,
        max_pages: int = DEFAULT_MAX_PAGES,
    ) -> FieldOptionPages:
        """Every option of a dynamic data source, page after page.

        Takes ``get_field_options``' arguments but ``cursor``; follows ``next_page_cursor``
        until the last page. Reads at most ``max_pages`` pages (default 1000, at least 1): when
        the last of them still names a next page, or the server sends a cursor it sent before
        (which would loop for ever), the iteration raises ``PaginationError`` after yielding
        every item read. Arguments are checked at the call, before any request.
        """
        return self._field_option_pages(
            integration, action, search, None, parameters, selected_credential_id, max_pages
        )

    def _field_option_pages(
        self,
        integration: str,
        action: str,
        search: str | None,
        cursor: str | None,
        parameters: Sequence[object] | Mapping[str, str] | None,
        selected_credential_id: str | None,
        max_pages: int,
    ) -> FieldOptionPages:
        """Check getFieldOptions' arguments; the paging state that reads its pages."""
        limit = check_count(max_pages, "max_pages", 1)
        body: dict[str, Any] = {
            "action": check_integration_type(integration, "integration"),
            "sourceKey": check_non_empty_str(action, "action"),
            "parameters": _field_option_parameters(parameters),
        }
        pagination: dict[str, Any] = {"pageCursor": 0}
        if cursor is not None:
            pagination["pageCursor"] = check_non_empty_str(cursor, "cursor")
        if search is not None:
            if not isinstance(search, str):
                raise TypeError(f"search must be a string, not {type(search).__name__}")
            pagination["search"] = search
        body["paginationParameters"] = pagination
        credential = optional_selector(selected_credential_id, "selected_credential_id")
        project_id, _ = self._require_user()
        return FieldOptionPages(project_id, body, credential, limit)

    def get_field_options(
        self,
        *,
        integration: str,
        action: str,
        search: str | None = None,
        cursor: str | None = None,
        parameters: Sequence[object] | Mapping[str, str] | None = None,
        selected_credential_id: str | None = None,
    ) -> Plan[FieldOptionsResult]:
        """Load one page of options of a dynamic data source with the user's account.

        ``integration`` is the integration type, ``action`` the source type (or the ``cacheKey``
        of a source inside a compound one). ``parameters`` carries the user's choice in the
        first input of a compound source, as ``{cacheKey: value}`` or as the SDK's list of
        ``{"key": ..., "source": {"type": "VALUE", "value": ...}}``. Returns ``data``,
        ``nested_data`` and ``next_page_cursor`` (None on the last page).
        """
        pages = self._field_option_pages(
            integration, action, search, cursor, parameters, selected_credential_id, 1
        )
        return (yield from pages.read())


class FieldOptionPages:
    """Where ``iter_field_options`` is: how to read the next page, and when to stop.

    A shell runs ``next_items()`` while ``more`` is True, yields the items, then calls
    ``finish()``. Paging stops with ``PaginationError`` (raised by ``finish``, after every item
    read was yielded) when the server sends a cursor it sent before (it is going round in
    circles), or when ``max_pages`` pages came and the last still names a next one: a server
    must not keep a caller's loop running for ever.
    """

    def __init__(
        self, project_id: str, body: dict[str, Any], credential: str | None, max_pages: int
    ) -> None:
        self._project_id = project_id
        self._body = body
        self._credential = credential
        self.max_pages = max_pages
        self.pages = 0
        self.more = True
        self._seen: set[str] = set()
        self._stopped: PaginationError | None = None

    def read(self) -> Plan[FieldOptionsResult]:
        """Read the next page; ``more`` then says whether another may be read."""
        if not self.more:
            raise RuntimeError("read() after the last page")
        from paragon_connect_api.models.field_options_page import FieldOptionsPage
        from paragon_connect_api.models.field_options_request import FieldOptionsRequest
        from paragon_connect_api.models.field_options_result import FieldOptionsResult
        from paragon_connect_api.types import Unset

        body = FieldOptionsRequest.from_dict(self._body)
        call = calls.get_field_options(
            self._project_id, body=body, x_paragon_credential=or_unset(self._credential)
        )
        output = (yield from perform(call)).output
        if isinstance(output, FieldOptionsPage):
            nested = [] if isinstance(output.nested_data, Unset) else list(output.nested_data)
            page = FieldOptionsResult(
                data=list(output.records),
                nested_data=nested,
                next_page_cursor=output.next_page_cursor,
            )
        else:
            page = FieldOptionsResult(data=list(output), nested_data=[], next_page_cursor=None)
        self._advance(page.next_page_cursor)
        return page

    def next_items(self) -> Plan[list[FieldOption | FieldOptionSection | UnknownVariant]]:
        """The options of the next page."""
        return (yield from self.read()).data

    def finish(self) -> None:
        """Raise why paging stopped early, if it did (once every item read was yielded)."""
        if self._stopped is not None:
            raise self._stopped

    def _advance(self, cursor: object) -> None:
        self.pages += 1
        self.more = False  # whatever happens below, no further page is requested
        if not isinstance(cursor, str):  # None at the end (or UNSET from a lenient server)
            return
        if cursor in self._seen:
            self._stopped = PaginationError(
                f"the field options came back after {self.pages} page(s) with a page cursor "
                "already seen; stopped rather than loop for ever",
                pages=self.pages,
                cursor=cursor,
            )
        elif self.pages >= self.max_pages:
            self._stopped = PaginationError(
                f"the field options still had more pages after max_pages={self.max_pages}; "
                "pass a larger max_pages to read further",
                pages=self.pages,
            )
        else:
            self._seen.add(cursor)
            pagination = {**self._body["paginationParameters"], "pageCursor": cursor}
            self._body = {**self._body, "paginationParameters": pagination}
            self.more = True


def _field_option_parameters(
    parameters: Sequence[object] | Mapping[str, str] | None,
) -> list[dict[str, Any]]:
    """Accept ``{cacheKey: value}`` or the SDK's ``[{key, source: {type: "VALUE", value}}]``."""
    if parameters is None:
        return []
    if isinstance(parameters, Mapping):
        return [
            {
                "key": check_non_empty_str(key, "parameters key"),
                "source": {"type": "VALUE", "value": _parameter_value(value, key)},
            }
            for key, value in parameters.items()
        ]
    result: list[dict[str, Any]] = []
    for index, item in enumerate(check_sequence(parameters, "parameters")):
        entry = to_json(item)
        if not isinstance(entry, Mapping):
            raise TypeError(
                f"parameters[{index}] must be a mapping like {{'key': ..., 'source': {{...}}}}"
            )
        source = entry.get("source")
        if not isinstance(source, Mapping) or source.get("type") != "VALUE":
            raise ValueError(
                f"parameters[{index}].source must be {{'type': 'VALUE', 'value': ...}}"
            )
        key = check_non_empty_str(entry.get("key"), f"parameters[{index}].key")
        result.append(
            {
                "key": key,
                "source": {"type": "VALUE", "value": _parameter_value(source.get("value"), key)},
            }
        )
    return result


def _parameter_value(value: object, key: object) -> str:
    if not isinstance(value, str):
        raise TypeError(
            f"the value of parameter {key!r} must be a string, not {type(value).__name__}"
        )
    return value
