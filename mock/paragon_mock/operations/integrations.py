"""The project's integrations: the list of them, and uninstalling one for the user."""

from __future__ import annotations

from paragon_mock.errors import ApiError
from paragon_mock.operations._base import (
    CREDENTIAL_HEADER,
    Context,
    Handler,
    Reply,
    not_installed,
    select_credential,
)

__all__ = ["HANDLERS"]


def list_integrations(ctx: Context) -> Reply:
    """GET /sdk/integrations."""
    return Reply(200, ctx.project.integration_list)


def uninstall_integration(ctx: Context) -> Reply:
    """DELETE /sdk/integrations/{integrationId}: one account, or all of them."""
    integration_id = ctx.path["integrationId"]
    integration = ctx.project.integration(integration_id)
    if integration is None:
        raise ApiError(404, f"No integration {integration_id} in project {ctx.project.id}.")
    if ctx.headers.get(CREDENTIAL_HEADER) is not None:
        targets = [select_credential(ctx, integration)]
    else:
        targets = ctx.store.user_credentials(ctx.project.id, ctx.user_id, integration.id)
        if not targets:
            raise not_installed(integration)
    for credential in list(targets):
        ctx.store.delete_credential(credential["id"])
    return Reply(204)


HANDLERS: dict[str, Handler] = {
    "listIntegrations": list_integrations,
    "uninstallIntegration": uninstall_integration,
}
