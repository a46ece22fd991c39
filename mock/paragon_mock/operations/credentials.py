"""The user's credentials (connected accounts), their configurations, and project resources."""

from __future__ import annotations

import copy
from collections.abc import Mapping
from typing import Any

from paragon_mock.errors import ApiError
from paragon_mock.fixtures import IntegrationDef
from paragon_mock.operations._base import (
    CONFIGURATION_HEADER,
    Context,
    Handler,
    Reply,
    integration_of_type,
    select_credential,
)
from paragon_mock.operations._credentials import (
    check_can_install,
    config_update,
    credential_view,
    default_configuration,
    merge_settings,
    new_credential,
    provider_values,
    replace_configuration,
    select_configuration,
)
from paragon_mock.store import timestamp

__all__ = ["HANDLERS"]


def _own_credential(ctx: Context) -> dict[str, Any]:
    credential_id = ctx.path["credentialId"]
    credential = ctx.store.credentials.get(credential_id)
    # Another user's (or project's) credential is answered exactly like a missing one.
    if (
        credential is None
        or credential["userId"] != ctx.user_id
        or credential["projectId"] != ctx.project.id
    ):
        raise ApiError(404, f"No credential {credential_id} for this user.")
    return copy.deepcopy(credential)


def _integration_of(ctx: Context, credential: Mapping[str, Any]) -> IntegrationDef:
    integration = ctx.project.integration(credential["integrationId"])
    if integration is None:  # the fixture changed under a stored credential
        raise ApiError(404, f"The integration of credential {credential['id']} no longer exists.")
    return integration


def _missing_inputs(inputs: list[dict[str, Any]], values: Mapping[str, Any]) -> list[str]:
    return [
        f"{item['id']} ({item.get('title', item['id'])})"
        for item in inputs
        if item.get("required") and values.get(item["id"]) in (None, "")
    ]


def _save(ctx: Context, credential: dict[str, Any], now: str, status: int = 200) -> Reply:
    """Store a changed credential and answer with it."""
    credential["dateUpdated"] = now
    ctx.store.put_credential(credential)
    return Reply(status, credential_view(credential))


# -- credentials --------------------------------------------------------------------------------


def list_credentials(ctx: Context) -> Reply:
    """GET /sdk/credentials: the user's credentials, or one integration with its account.

    With ``integration`` (SDK 2.4.0's getIntegrationAccount), the answer is that integration
    with the account ``X-Paragon-Credential`` selects (else the first), and its ``accountAuth``
    when ``includeAccountAuth`` is ``true`` (the SDK may send ``undefined``, meaning no).
    """
    include_auth = ctx.query.get("includeAccountAuth") == "true"
    wanted = ctx.query.get("integration")
    if wanted is None:
        credentials = ctx.store.user_credentials(ctx.project.id, ctx.user_id)
        return Reply(200, [credential_view(c, include_auth=include_auth) for c in credentials])
    integration = integration_of_type(ctx, wanted)
    credential = select_credential(ctx, integration)
    account = {
        **integration.public,
        "credentialId": credential["id"],
        "providerData": dict(credential.get("providerData") or {}),
    }
    if include_auth and credential.get("accountAuth"):
        account["accountAuth"] = dict(credential["accountAuth"])
    return Reply(200, account)


def _create_from_code(ctx: Context, integration: IntegrationDef) -> Reply:
    """completeInstall: the application exchanged the OAuth flow itself and sends the code."""
    if not integration.is_oauth:
        raise ApiError(
            409, f"{integration.type} does not connect through OAuth; send its inputs in payload."
        )
    options = ctx.body.get("integrationOptions") or {}
    check_can_install(ctx.store, ctx.project, ctx.user_id, integration, options)
    credential = new_credential(
        ctx.store, ctx.project, ctx.user_id, integration, values={}, install_options=options
    )
    return Reply(201, credential_view(credential))


def create_credential(ctx: Context) -> Reply:
    """POST /sdk/credentials: an integration's inputs, or an OAuth code (completeInstall)."""
    body = ctx.body
    integration = ctx.project.integration(body["integrationId"])
    if integration is None:
        raise ApiError(404, f"No integration {body['integrationId']} in project {ctx.project.id}.")
    if "code" in body:
        return _create_from_code(ctx, integration)
    if integration.is_oauth:
        raise ApiError(
            409,
            f"{integration.type} connects through OAuth; start the handshake with buildOauthUrl.",
        )
    options = body.get("installOptions") or {}
    check_can_install(ctx.store, ctx.project, ctx.user_id, integration, options)
    payload = dict(body["payload"])
    # SDK 2.4.0 adds this flag to the user's inputs; it is not one of them.
    skip_post_inputs = payload.pop("skipPostOAuthInputs", False) is True
    missing = _missing_inputs(integration.input_fields, payload)
    if missing:
        raise ApiError(409, f"{integration.type} needs {', '.join(missing)} in payload.")
    credential = new_credential(
        ctx.store,
        ctx.project,
        ctx.user_id,
        integration,
        values={},
        install_options=options,
        config=body.get("config"),
        skip_post_inputs=skip_post_inputs,
    )
    return Reply(201, credential_view(credential))


def get_credential(ctx: Context) -> Reply:
    """GET /sdk/credentials/{credentialId}."""
    return Reply(200, credential_view(_own_credential(ctx)))


def update_credential(ctx: Context) -> Reply:
    """PATCH /sdk/credentials/{credentialId}: merge settings into the selected configuration."""
    credential = _own_credential(ctx)
    integration = _integration_of(ctx, credential)
    shared, workflows = config_update(ctx.body["config"])
    configuration = select_configuration(credential, ctx.headers.get(CONFIGURATION_HEADER))
    now = timestamp()
    merge_settings(
        configuration, ctx.project, integration, shared=shared, workflows=workflows, now=now
    )
    replace_configuration(credential, configuration)
    return _save(ctx, credential, now)


def complete_credential_setup(ctx: Context) -> Reply:
    """POST /sdk/credentials/{credentialId}/complete-setup: save post-OAuth inputs."""
    credential = _own_credential(ctx)
    integration = _integration_of(ctx, credential)
    payload = ctx.body["payload"]
    missing = _missing_inputs(integration.sdk_config.get("postOauthInputs") or [], payload)
    if missing:
        raise ApiError(409, f"{integration.type} needs {', '.join(missing)} in payload.")
    now = timestamp()
    shared, workflows = config_update(ctx.body.get("config"))
    configuration = default_configuration(credential)
    merge_settings(
        configuration, ctx.project, integration, shared=shared, workflows=workflows, now=now
    )
    replace_configuration(credential, configuration)
    provider_data = dict(credential.get("providerData") or {})
    provider_data.update(provider_values(payload))
    credential["providerData"] = provider_data
    credential["status"] = "VALID"
    return _save(ctx, credential, now)


# -- configurations -----------------------------------------------------------------------------


def create_configuration(ctx: Context) -> Reply:
    """POST /sdk/credentials/{credentialId}/configurations."""
    credential = _own_credential(ctx)
    integration = _integration_of(ctx, credential)
    body = ctx.body
    external_id = body.get("externalId")
    if external_id is not None and any(
        c.get("externalId") == external_id for c in credential["configurations"]
    ):
        raise ApiError(
            409, f"Credential {credential['id']} already has a configuration {external_id!r}."
        )
    now = timestamp()
    configuration: dict[str, Any] = {
        "id": ctx.store.new_id(),
        "dateCreated": now,
        "dateUpdated": now,
        "connectCredentialId": credential["id"],
        "workflowSettings": {},
        "sharedSettings": {},
        "configMeta": {},
        "externalId": external_id,
        "isDefault": False,
    }
    _merge_body_settings(ctx, integration, configuration, now)
    credential["configurations"] = [*credential["configurations"], configuration]
    return _save(ctx, credential, now, 201)


def update_configuration(ctx: Context) -> Reply:
    """PATCH /sdk/credentials/{credentialId}/configurations."""
    credential = _own_credential(ctx)
    integration = _integration_of(ctx, credential)
    configuration = select_configuration(credential, ctx.headers[CONFIGURATION_HEADER])
    now = timestamp()
    _merge_body_settings(ctx, integration, configuration, now)
    replace_configuration(credential, configuration)
    return _save(ctx, credential, now)


def _merge_body_settings(
    ctx: Context, integration: IntegrationDef, configuration: dict[str, Any], now: str
) -> None:
    """Merge the settings a configuration request's body sends into the configuration."""
    merge_settings(
        configuration,
        ctx.project,
        integration,
        shared=ctx.body.get("sharedSettings"),
        workflows=ctx.body.get("workflowSettings"),
        config_meta=ctx.body.get("configMeta"),
        now=now,
    )


def delete_configuration(ctx: Context) -> Reply:
    """DELETE /sdk/credentials/{credentialId}/configurations."""
    credential = _own_credential(ctx)
    configuration = select_configuration(credential, ctx.headers[CONFIGURATION_HEADER])
    if configuration.get("isDefault"):
        raise ApiError(
            409,
            "The default configuration cannot be deleted; uninstall the integration instead.",
        )
    credential["configurations"] = [
        c for c in credential["configurations"] if c["id"] != configuration["id"]
    ]
    return _save(ctx, credential, timestamp())


# -- resources ----------------------------------------------------------------------------------


def connect_resource(ctx: Context) -> Reply:
    """POST /sdk/resources/{resourceId}/connect: record the payload sent to a project resource."""
    resource_id = ctx.path["resourceId"]
    resource = ctx.project.resource(resource_id)
    if resource is None:
        raise ApiError(404, f"No resource {resource_id} in project {ctx.project.id}.")
    ctx.store.record(
        "resourceConnection",
        {
            "projectId": ctx.project.id,
            "userId": ctx.user_id,
            "resourceId": resource_id,
            "slug": resource.get("slug"),
            "payload": ctx.body,
        },
    )
    return Reply(200, {"resourceId": resource_id, "connected": True})


HANDLERS: dict[str, Handler] = {
    "listCredentials": list_credentials,
    "createCredential": create_credential,
    "getCredential": get_credential,
    "updateCredential": update_credential,
    "completeCredentialSetup": complete_credential_setup,
    "createConfiguration": create_configuration,
    "updateConfiguration": update_configuration,
    "deleteConfiguration": delete_configuration,
    "connectResource": connect_resource,
}
