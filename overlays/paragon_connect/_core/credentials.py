"""Plans of the Connected User's credentials.

List, read and update them, and install an integration from an authorization code your
application received.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from paragon_connect_api import calls

from .._exceptions import APIError
from .._types import IntegrationInstallEvent
from .._validation import (
    check_bool,
    check_integration_type,
    check_json_object,
    check_non_empty_str,
    check_url,
    check_uuid,
)
from ._base import CoreBase, Plan, fire, optional_selector, or_unset, perform, to_json

if TYPE_CHECKING:
    from paragon_connect_api.models.credential import Credential
    from paragon_connect_api.models.integration_account import IntegrationAccount


class CredentialPlans(CoreBase):
    """The Connected User's connected accounts."""

    def list_credentials(self, integration: str | None = None) -> Plan[list[Credential]]:
        """The Connected User's credentials, optionally only those of one integration type.

        Paragon answers ``GET /sdk/credentials?integration=`` with one integration object, not
        a list (see ``get_integration_account``), so the list is always read whole and the
        filtering is done here.
        """
        # IntegrationNotFoundError for a type the project lacks.
        wanted = (
            None
            if integration is None
            else self._integration(check_integration_type(integration, "integration"))
        )
        credentials = yield from self._all_credentials()
        if wanted is None:
            return credentials
        return [credential for credential in credentials if credential.integration_id == wanted.id]

    def get_integration_account(
        self,
        integration_type: str,
        *,
        include_account_auth: bool = False,
        selected_credential_id: str | None = None,
    ) -> Plan[IntegrationAccount]:
        """An integration with the Connected User's account of it (SDK's getIntegrationAccount).

        ``include_account_auth=True`` adds ``account_auth``, the provider's access token (what
        the file pickers need); ``selected_credential_id`` picks the account when the user has
        several. A secret: keep it out of logs.
        """
        integration = self._integration(integration_type)
        include = check_bool(include_account_auth, "include_account_auth")
        credential = optional_selector(selected_credential_id, "selected_credential_id")
        project_id, _ = self._require_user()
        from paragon_connect_api.models.include_account_auth import IncludeAccountAuth
        from paragon_connect_api.models.integration_account import IntegrationAccount

        account = yield from perform(
            calls.list_credentials(
                project_id,
                integration=integration.type_,
                include_account_auth=IncludeAccountAuth.TRUE
                if include
                else IncludeAccountAuth.FALSE,
                x_paragon_credential=or_unset(credential),
            )
        )
        if not isinstance(account, IntegrationAccount):
            raise APIError("Paragon answered an integration's account request with a list")
        return account

    def get_credential(self, credential_id: str) -> Plan[Credential]:
        """One of the Connected User's credentials, by its UUID."""
        return (yield from self.read_credential(check_uuid(credential_id, "credential_id")))

    def read_credential(self, credential_id: str) -> Plan[Credential]:
        """Read a credential by an ID Paragon gave, as it gave it (not always a UUID)."""
        project_id, _ = self._require_user()
        return (yield from perform(calls.get_credential(project_id, credential_id)))

    def update_credential(
        self, credential_id: str, config: Mapping[str, object]
    ) -> Plan[Credential]:
        """Update a credential's ``config`` (REST API): ``sharedSettings`` and ``workflowSettings``.

        Paragon merges the keys sent into the stored ones (see the spec's ``updateCredential``).
        """
        credential = check_uuid(credential_id, "credential_id")
        values = check_json_object(to_json(config), "config")
        project_id, _ = self._require_user()
        from paragon_connect_api.models.credential_update_request import CredentialUpdateRequest

        body = CredentialUpdateRequest.from_dict({"config": values})
        result = yield from perform(calls.update_credential(project_id, credential, body=body))
        yield from self._refresh_after_change("The credential update")
        return result

    def complete_install(
        self,
        integration_type: str,
        authorization_code: str,
        *,
        redirect_url: str | None = None,
        integration_options: Mapping[str, object] | None = None,
    ) -> Plan[IntegrationInstallEvent]:
        """Install an OAuth integration from an authorization code your application received.

        For applications that run the provider's OAuth flow themselves (SDK's
        ``completeInstall``): Paragon exchanges ``authorization_code`` (issued for
        ``redirect_url``) for a credential. Fires ``onIntegrationInstall``; returns its event.
        """
        integration = self._integration(integration_type)
        code = check_non_empty_str(authorization_code, "authorization_code")
        body: dict[str, Any] = {"code": code, "integrationId": integration.id}
        if redirect_url is not None:
            body["redirectUrl"] = check_url(redirect_url, "redirect_url")
        body["integrationOptions"] = (
            {}
            if integration_options is None
            else check_json_object(integration_options, "integration_options")
        )
        project_id, _ = self._require_user()
        from paragon_connect_api.models.credential_code_exchange import CredentialCodeExchange

        credential = yield from perform(
            calls.create_credential(project_id, body=CredentialCodeExchange.from_dict(body))
        )
        user = yield from self._refresh_after_change("The install")
        event = IntegrationInstallEvent(
            integration_id=integration.id,
            integration_type=integration.type_,
            credential_id=credential.id,
            credential=credential,
        )
        return (yield from fire("onIntegrationInstall", [event], user, event))
