"""The handlers: what each operation of the spec does to the state and answers.

The OAuth handshake's operations live in ``oauth.py`` beside its consent page.

Each handler takes a :class:`Context` (the authenticated user, the validated parameters and
body) and returns a :class:`Reply`, or raises :class:`~paragon_mock.errors.ApiError`. Handlers are
synchronous and never await: a handler's reads and writes happen in one step of the event loop,
so concurrent requests cannot interleave inside it (see ``store.py``). The statuses they choose
follow the operation descriptions of ``spec/paragon.yaml``.
"""

from __future__ import annotations

import base64
import binascii
import copy
import json
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from paragon_mock import upstream
from paragon_mock.auth import Principal
from paragon_mock.errors import ApiError
from paragon_mock.fixtures import IntegrationDef, ProjectDef
from paragon_mock.routes import OperationRoute
from paragon_mock.store import Store, timestamp

__all__ = [
    "HANDLERS",
    "NO_BODY",
    "Context",
    "Reply",
    "check_can_install",
    "credential_view",
    "new_credential",
    "select_credential",
    "user_state",
]

CREDENTIAL_HEADER = "X-Paragon-Credential"
CONFIGURATION_HEADER = "X-Paragon-Configuration-Id"
RAW_RESPONSE_HEADER = "X-Paragon-Use-Raw-Response"
NO_BODY: Any = object()
_PRIVATE_CREDENTIAL_KEYS = frozenset({"userId", "accountAuth"})
_TEMPLATE = re.compile(r"{{\s*request\.(body|query)((?:\.[^.}\s]+)*)\s*}}")


@dataclass
class Context:
    """One validated, authenticated request."""

    store: Store
    project: ProjectDef
    user: dict[str, Any]
    principal: Principal
    route: OperationRoute
    method: str
    path: dict[str, Any]
    query: dict[str, Any]
    headers: dict[str, str]
    body: Any
    base_url: str
    raw_query: Mapping[str, list[str]] = field(default_factory=dict)

    @property
    def user_id(self) -> str:
        """The Connected User's ID (the token's sub)."""
        return str(self.user["id"])


@dataclass
class Reply:
    """What a handler answers: a status, a JSON body (or none, or a page) and extra headers."""

    status: int
    body: Any = NO_BODY
    headers: dict[str, str] | None = None
    # Set for a body that is not JSON (the oauth-nonce page): the body is then its text.
    media_type: str | None = None


Handler = Callable[[Context], Reply]


# -- views --------------------------------------------------------------------------------------


def default_configuration(credential: Mapping[str, Any]) -> dict[str, Any]:
    """The credential's default configuration (the one plain updates change)."""
    for configuration in credential["configurations"]:
        if configuration.get("isDefault"):
            return dict(configuration)
    return dict(credential["configurations"][0])


# Views share the stored values instead of copying them: every view is serialised at once, in
# the same step of the event loop, before anything can change the state (see the module doc).


def credential_view(credential: Mapping[str, Any], *, include_auth: bool = False) -> dict[str, Any]:
    """A stored credential as the API shows it; ``accountAuth`` only when asked for."""
    view = {k: v for k, v in credential.items() if k not in _PRIVATE_CREDENTIAL_KEYS}
    default = default_configuration(credential)
    view["config"] = {
        "sharedSettings": default["sharedSettings"],
        "workflowSettings": default["workflowSettings"],
        "configuredWorkflows": default["workflowSettings"],
    }
    if include_auth and credential.get("accountAuth"):
        view["accountAuth"] = dict(credential["accountAuth"])
    return view


def integration_state(credentials: list[dict[str, Any]]) -> dict[str, Any]:
    """The user's state for one integration (an entry of ``/sdk/me``'s ``integrations``)."""
    if not credentials:
        # SDK 2.4.0 calls allCredentials.flatMap(...) on every entry, installed or not.
        return {
            "enabled": False,
            "configuredWorkflows": {},
            "allCredentials": [],
            "allConfigurations": [],
        }
    first = credentials[0]
    default = default_configuration(first)
    state: dict[str, Any] = {
        "enabled": any(c["status"] == "VALID" for c in credentials),
        "credentialId": first["id"],
        "credentialStatus": first["status"],
    }
    if first.get("providerId") is not None:
        state["providerId"] = first["providerId"]
    state["providerData"] = first.get("providerData") or {}
    state["sharedSettings"] = default["sharedSettings"]
    state["workflowSettings"] = default["workflowSettings"]
    state["configuredWorkflows"] = default["workflowSettings"]
    state["allCredentials"] = [credential_view(c) for c in credentials]
    state["allConfigurations"] = [
        configuration for c in credentials for configuration in c["configurations"]
    ]
    return state


def user_state(store: Store, project: ProjectDef, user: Mapping[str, Any]) -> dict[str, Any]:
    """The Connected User's state (``/sdk/me``)."""
    credentials = store.user_credentials(project.id, user["id"])
    integrations = {
        integration.type: integration_state(
            [c for c in credentials if c["integrationId"] == integration.id]
        )
        for integration in project.integrations
    }
    return {
        "userId": user["id"],
        "integrations": integrations,
        "meta": user["meta"],
        "resources": [dict(resource) for resource in project.resources],
        "project": project.summary,
    }


# -- selection ----------------------------------------------------------------------------------


def _matches(item: Mapping[str, Any], selector: str) -> bool:
    if selector.startswith("ext:"):
        return item.get("externalId") == selector[4:]
    return item.get("id") == selector or item.get("externalId") == selector


def select_credential(ctx: Context, integration: IntegrationDef) -> dict[str, Any]:
    """The credential a request works with: the one ``X-Paragon-Credential`` names, or the first.

    Raises:
        ApiError: 404 when the header names no credential of the user for this integration,
            or when the user has not installed the integration (their account of it, which the
            request works through, does not exist).

    """
    credentials = ctx.store.user_credentials(ctx.project.id, ctx.user_id, integration.id)
    selector = ctx.headers.get(CREDENTIAL_HEADER)
    if selector is not None:
        for credential in credentials:
            if _matches(credential, selector):
                return credential
        raise ApiError(
            404,
            f"No credential {selector} of {integration.type} for this user ({CREDENTIAL_HEADER}).",
        )
    if not credentials:
        raise _not_installed(integration)
    return credentials[0]


def _not_installed(integration: IntegrationDef) -> ApiError:
    return ApiError(
        404,
        f"The integration {integration.type} is not installed for this user; install it first.",
    )


def _select_configuration(credential: Mapping[str, Any], selector: str | None) -> dict[str, Any]:
    if selector is None:
        for configuration in credential["configurations"]:
            if configuration.get("isDefault"):
                return dict(configuration)
        return dict(credential["configurations"][0])
    for configuration in credential["configurations"]:
        if _matches(configuration, selector):
            return dict(configuration)
    raise ApiError(
        404,
        f"No configuration {selector} on credential {credential['id']} ({CONFIGURATION_HEADER}).",
    )


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


def integration_of_type(ctx: Context, integration_type: str) -> IntegrationDef:
    """The project's integration of this type; 404 when it has none."""
    integration = ctx.project.integration_by_type(integration_type)
    if integration is None:
        raise ApiError(
            404, f"No integration of type {integration_type} in project {ctx.project.id}."
        )
    return integration


def _integration_of(ctx: Context, credential: Mapping[str, Any]) -> IntegrationDef:
    integration = ctx.project.integration(credential["integrationId"])
    if integration is None:  # the fixture changed under a stored credential
        raise ApiError(404, f"The integration of credential {credential['id']} no longer exists.")
    return integration


def _replace_configuration(credential: dict[str, Any], configuration: dict[str, Any]) -> None:
    credential["configurations"] = [
        configuration if c["id"] == configuration["id"] else c for c in credential["configurations"]
    ]


# -- settings merges ----------------------------------------------------------------------------


def _workflow_problems(
    project: ProjectDef, integration: IntegrationDef, workflows: Mapping[str, Any]
) -> list[str]:
    # A workflow of another integration is refused (409, as the spec says: it exists, but
    # conflicts with this credential's integration); an ID the project does not know is kept,
    # as Paragon keeps whatever settings it is sent.
    problems = []
    for workflow_id in workflows:
        owner = project.workflow_integration(workflow_id)
        if owner is not None and owner.id != integration.id:
            problems.append(
                f"workflow {workflow_id} belongs to {owner.type}, not to {integration.type}"
            )
    return problems


def _merge_settings(
    configuration: dict[str, Any],
    project: ProjectDef,
    integration: IntegrationDef,
    *,
    shared: Mapping[str, Any] | None,
    workflows: Mapping[str, Any] | None,
    config_meta: Mapping[str, Any] | None = None,
    now: str,
) -> None:
    """Merge an update into a configuration: key by key, as the spec describes.

    Each shared setting sent replaces that setting; each workflow sent has ``enabled`` replaced
    and its ``settings`` merged key by key; keys not sent are kept.
    """
    problems = _workflow_problems(project, integration, workflows or {})
    if problems:
        raise ApiError(409, "; ".join(problems) + ".")
    shared_settings = dict(configuration.get("sharedSettings") or {})
    shared_settings.update(shared or {})
    workflow_settings = copy.deepcopy(configuration.get("workflowSettings") or {})
    for workflow_id, update in (workflows or {}).items():
        current = workflow_settings.setdefault(workflow_id, {"enabled": False, "settings": {}})
        current["enabled"] = bool(update.get("enabled", current.get("enabled", False)))
        merged = dict(current.get("settings") or {})
        merged.update(update.get("settings") or {})
        current["settings"] = merged
    configuration["sharedSettings"] = shared_settings
    configuration["workflowSettings"] = workflow_settings
    if config_meta:
        meta = dict(configuration.get("configMeta") or {})
        meta.update(config_meta)
        configuration["configMeta"] = meta
    configuration["dateUpdated"] = now


def _config_update(config: Mapping[str, Any] | None) -> tuple[dict[str, Any], dict[str, Any]]:
    """The shared and workflow settings of a ``CredentialConfig`` (the alias merged in)."""
    config = config or {}
    workflows: dict[str, Any] = {}
    workflows.update(config.get("configuredWorkflows") or {})
    workflows.update(config.get("workflowSettings") or {})
    return dict(config.get("sharedSettings") or {}), workflows


def _default_workflow_settings(integration: IntegrationDef) -> dict[str, Any]:
    """Workflows the Connect Portal turns on by default (``defaultEnabled``)."""
    meta = ((integration.public.get("configs") or [{}])[0].get("values") or {}).get(
        "workflowMeta"
    ) or {}
    return {
        workflow_id: {"enabled": True, "settings": {}}
        for workflow_id, workflow_meta in meta.items()
        if workflow_meta.get("defaultEnabled") and integration.workflow(workflow_id) is not None
    }


def _provider_values(values: Mapping[str, Any]) -> dict[str, str | int | float | bool]:
    """User inputs as ``providerData`` (whose values are strings, numbers or booleans)."""
    result: dict[str, str | int | float | bool] = {}
    for key, value in values.items():
        if isinstance(value, str | int | float | bool):
            result[str(key)] = value
        elif value is not None:
            result[str(key)] = json.dumps(value, separators=(",", ":"))
    return result


def _missing_inputs(inputs: list[dict[str, Any]], values: Mapping[str, Any]) -> list[str]:
    return [
        f"{item['id']} ({item.get('title', item['id'])})"
        for item in inputs
        if item.get("required") and values.get(item["id"]) in (None, "")
    ]


def new_credential(
    store: Store,
    project: ProjectDef,
    user_id: str,
    integration: IntegrationDef,
    *,
    values: Mapping[str, Any],
    install_options: Mapping[str, Any],
    config: Mapping[str, Any] | None = None,
    skip_post_inputs: bool = False,
) -> dict[str, Any]:
    """Create and store a credential, as an approved OAuth handshake or an API-key install does.

    It stays ``PENDING`` until its post-OAuth inputs are saved, unless ``skip_post_inputs``.
    """
    now = timestamp()
    credential_id = store.new_id()
    provider = integration.mock.get("provider") or {}
    provider_data: dict[str, Any] = dict(provider.get("providerData") or {})
    provider_data.update(_provider_values(values))
    account_type = install_options.get("accountType")
    if isinstance(account_type, str):
        provider_data["accountType"] = account_type
    pending = bool(integration.sdk_config.get("postOauthInputs")) and not skip_post_inputs
    configuration = {
        "id": store.new_id(),
        "dateCreated": now,
        "dateUpdated": now,
        "connectCredentialId": credential_id,
        "workflowSettings": _default_workflow_settings(integration),
        "sharedSettings": {},
        "configMeta": {},
        "externalId": None,
        "isDefault": True,
    }
    shared, workflows = _config_update(config)
    _merge_settings(
        configuration, project, integration, shared=shared, workflows=workflows, now=now
    )
    external_id = install_options.get("externalId")
    credential = {
        "id": credential_id,
        "projectId": project.id,
        "integrationId": integration.id,
        "personaId": store.user(project.id, user_id)["personaId"],
        "isPreviewCredential": False,
        "providerId": str(provider.get("providerId") or f"mock-{store.new_secret(4)}"),
        "dateCreated": now,
        "dateUpdated": now,
        "dateRefreshed": now,
        "dateValidUntil": None,
        "status": "PENDING" if pending else "VALID",
        "providerData": provider_data,
        "refreshFailureCount": 0,
        "externalId": external_id if isinstance(external_id, str) else None,
        "configurations": [configuration],
        "userId": user_id,
        "accountAuth": {"OAUTH_ACCESS_TOKEN": f"mock-{integration.type}-{store.new_secret()}"},
    }
    store.put_credential(credential)
    return credential


def check_can_install(
    store: Store,
    project: ProjectDef,
    user_id: str,
    integration: IntegrationDef,
    install_options: Mapping[str, Any],
) -> None:
    """409 when the user already has the integration and did not ask for another account."""
    existing = store.user_credentials(project.id, user_id, integration.id)
    if existing and not install_options.get("allowMultipleCredentials"):
        raise ApiError(
            409,
            f"{integration.type} is already installed; pass "
            "installOptions.allowMultipleCredentials to connect another account.",
        )
    external_id = install_options.get("externalId")
    if external_id is not None and any(c.get("externalId") == external_id for c in existing):
        raise ApiError(
            409, f"A credential of {integration.type} already has externalId {external_id!r}."
        )


# -- user ---------------------------------------------------------------------------------------


def get_current_user(ctx: Context) -> Reply:
    """GET /sdk/me."""
    return Reply(200, user_state(ctx.store, ctx.project, ctx.user))


def update_user_metadata(ctx: Context) -> Reply:
    """PATCH /sdk/me: merge metadata; ``name`` and ``email`` become ``Name`` and ``Email``."""
    meta = dict(ctx.user["meta"])
    for key, value in ctx.body["meta"].items():
        normalised = {"name": "Name", "email": "Email"}.get(key, key)
        meta[normalised] = value
    ctx.user["meta"] = meta
    ctx.store.save_user(ctx.user)
    return Reply(200, user_state(ctx.store, ctx.project, ctx.user))


# -- integrations -------------------------------------------------------------------------------


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
            raise _not_installed(integration)
    for credential in list(targets):
        ctx.store.delete_credential(credential["id"])
    return Reply(204)


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
    shared, workflows = _config_update(ctx.body["config"])
    selector = ctx.headers.get(CONFIGURATION_HEADER)
    configuration = (
        default_configuration(credential)
        if selector is None
        else _select_configuration(credential, selector)
    )
    now = timestamp()
    _merge_settings(
        configuration, ctx.project, integration, shared=shared, workflows=workflows, now=now
    )
    _replace_configuration(credential, configuration)
    credential["dateUpdated"] = now
    ctx.store.put_credential(credential)
    return Reply(200, credential_view(credential))


def complete_credential_setup(ctx: Context) -> Reply:
    """POST /sdk/credentials/{credentialId}/complete-setup: save post-OAuth inputs."""
    credential = _own_credential(ctx)
    integration = _integration_of(ctx, credential)
    payload = ctx.body["payload"]
    missing = _missing_inputs(integration.sdk_config.get("postOauthInputs") or [], payload)
    if missing:
        raise ApiError(409, f"{integration.type} needs {', '.join(missing)} in payload.")
    now = timestamp()
    shared, workflows = _config_update(ctx.body.get("config"))
    configuration = default_configuration(credential)
    _merge_settings(
        configuration, ctx.project, integration, shared=shared, workflows=workflows, now=now
    )
    _replace_configuration(credential, configuration)
    provider_data = dict(credential.get("providerData") or {})
    provider_data.update(_provider_values(payload))
    credential["providerData"] = provider_data
    credential["status"] = "VALID"
    credential["dateUpdated"] = now
    ctx.store.put_credential(credential)
    return Reply(200, credential_view(credential))


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
    _merge_settings(
        configuration,
        ctx.project,
        integration,
        shared=body.get("sharedSettings"),
        workflows=body.get("workflowSettings"),
        config_meta=body.get("configMeta"),
        now=now,
    )
    credential["configurations"] = [*credential["configurations"], configuration]
    credential["dateUpdated"] = now
    ctx.store.put_credential(credential)
    return Reply(201, credential_view(credential))


def update_configuration(ctx: Context) -> Reply:
    """PATCH /sdk/credentials/{credentialId}/configurations."""
    credential = _own_credential(ctx)
    integration = _integration_of(ctx, credential)
    configuration = _select_configuration(credential, ctx.headers[CONFIGURATION_HEADER])
    now = timestamp()
    _merge_settings(
        configuration,
        ctx.project,
        integration,
        shared=ctx.body.get("sharedSettings"),
        workflows=ctx.body.get("workflowSettings"),
        config_meta=ctx.body.get("configMeta"),
        now=now,
    )
    _replace_configuration(credential, configuration)
    credential["dateUpdated"] = now
    ctx.store.put_credential(credential)
    return Reply(200, credential_view(credential))


def delete_configuration(ctx: Context) -> Reply:
    """DELETE /sdk/credentials/{credentialId}/configurations."""
    credential = _own_credential(ctx)
    configuration = _select_configuration(credential, ctx.headers[CONFIGURATION_HEADER])
    if configuration.get("isDefault"):
        raise ApiError(
            409,
            "The default configuration cannot be deleted; uninstall the integration instead.",
        )
    credential["configurations"] = [
        c for c in credential["configurations"] if c["id"] != configuration["id"]
    ]
    credential["dateUpdated"] = timestamp()
    ctx.store.put_credential(credential)
    return Reply(200, credential_view(credential))


# -- workflows ----------------------------------------------------------------------------------


def _workflow_target(ctx: Context) -> tuple[IntegrationDef, dict[str, Any], dict[str, Any]]:
    workflow_id = ctx.path["workflowId"]
    integration = ctx.project.workflow_integration(workflow_id)
    if integration is None:
        raise ApiError(404, f"No workflow {workflow_id} in project {ctx.project.id}.")
    credential = copy.deepcopy(select_credential(ctx, integration))
    configuration = _select_configuration(credential, ctx.headers.get(CONFIGURATION_HEADER))
    return integration, credential, configuration


def _set_workflow(ctx: Context, enabled: bool) -> Reply:
    workflow_id = ctx.path["workflowId"]
    integration, credential, configuration = _workflow_target(ctx)
    now = timestamp()
    _merge_settings(
        configuration,
        ctx.project,
        integration,
        shared=None,
        workflows={workflow_id: {"enabled": enabled}},
        now=now,
    )
    _replace_configuration(credential, configuration)
    credential["dateUpdated"] = now
    ctx.store.put_credential(credential)
    state = configuration["workflowSettings"][workflow_id]
    return Reply(
        200,
        {
            "workflowId": workflow_id,
            "integrationId": integration.id,
            "credentialId": credential["id"],
            "configurationId": configuration["id"],
            "enabled": state["enabled"],
            "settings": copy.deepcopy(state.get("settings") or {}),
        },
    )


def enable_workflow(ctx: Context) -> Reply:
    """POST /sdk/workflows/{workflowId}."""
    return _set_workflow(ctx, True)


def disable_workflow(ctx: Context) -> Reply:
    """DELETE /sdk/workflows/{workflowId}."""
    return _set_workflow(ctx, False)


def _trigger_step(workflow: Mapping[str, Any]) -> dict[str, Any]:
    for step in workflow.get("steps") or []:
        if step.get("type") == "TRIGGER":
            return dict(step)
    return {}


def _response_step(workflow: Mapping[str, Any]) -> dict[str, Any] | None:
    for step in workflow.get("steps") or []:
        if step.get("type") == "RESPONSE":
            return dict(step)
    return None


def _render(template: Any, request: Mapping[str, Any]) -> Any:
    """Fill ``{{request.body.x}}`` and ``{{request.query.x}}`` placeholders of a Response step."""
    if isinstance(template, dict):
        return {key: _render(value, request) for key, value in template.items()}
    if isinstance(template, list):
        return [_render(value, request) for value in template]
    if not isinstance(template, str):
        return template

    def lookup(found: re.Match[str]) -> Any:
        value: Any = request.get(found.group(1))
        for part in [p for p in found.group(2).split(".") if p]:
            value = value.get(part) if isinstance(value, dict) else None
        return value

    whole = _TEMPLATE.fullmatch(template)
    if whole is not None:
        return lookup(whole)
    return _TEMPLATE.sub(lambda found: "" if (v := lookup(found)) is None else str(v), template)


def trigger_workflow(ctx: Context) -> Reply:
    """POST /sdk/triggers/{workflowId}: run a request-triggered workflow."""
    workflow_id = ctx.path["workflowId"]
    integration = ctx.project.workflow_integration(workflow_id)
    if integration is None:
        raise ApiError(404, f"No workflow {workflow_id} in project {ctx.project.id}.")
    workflow = integration.workflow(workflow_id) or {}
    trigger = _trigger_step(workflow).get("trigger")
    if trigger != "REQUEST":
        raise ApiError(
            409,
            f"Workflow {workflow_id} ({workflow.get('description')}) is not request-triggered "
            f"(its trigger is {trigger or 'none'}).",
        )
    credential = select_credential(ctx, integration)
    configuration = _select_configuration(credential, ctx.headers.get(CONFIGURATION_HEADER))
    if not (configuration["workflowSettings"].get(workflow_id) or {}).get("enabled"):
        raise ApiError(
            409,
            f"Workflow {workflow_id} ({workflow.get('description')}) is not enabled for this "
            "user; enable it with enableWorkflow first.",
        )
    body = ctx.body if ctx.body is not None else {}
    query = dict(ctx.query.get("query") or {})
    ctx.store.record(
        "workflowTrigger",
        {
            "projectId": ctx.project.id,
            "userId": ctx.user_id,
            "workflowId": workflow_id,
            "credentialId": credential["id"],
            "configurationId": configuration["id"],
            "body": body,
            "query": query,
        },
    )
    response = _response_step(workflow)
    if response is None:
        return Reply(202)
    return Reply(200, _render(response.get("body"), {"body": body, "query": query}))


# -- actions ------------------------------------------------------------------------------------


def _find_source(integration: IntegrationDef, source_key: str) -> str:
    """The cacheKey of the dynamic data source a getFieldOptions request names."""
    sources = integration.sdk_config.get("dataSources") or {}
    source = sources.get(source_key)
    if source is not None:
        if source.get("type") != "DYNAMIC_DATA_SOURCE":
            parts = [
                f"{name} (cacheKey {source[name]['cacheKey']})"
                for name in (
                    "recordSource",
                    "fieldSource",
                    "mainInputSource",
                    "dependentInputSource",
                )
                if name in source
            ]
            raise ApiError(
                409,
                f"{source_key} is a {source.get('type')}; load the options of its sources "
                f"instead: {', '.join(parts)}.",
            )
        return str(source["cacheKey"])
    for source in sources.values():
        candidates = [source] + [
            source[name]
            for name in ("recordSource", "fieldSource", "mainInputSource", "dependentInputSource")
            if name in source
        ]
        for candidate in candidates:
            if (
                candidate.get("type") == "DYNAMIC_DATA_SOURCE"
                and candidate.get("cacheKey") == source_key
            ):
                return source_key
    raise ApiError(404, f"{integration.type} has no data source or cacheKey {source_key!r}.")


def _option(item: Mapping[str, Any]) -> dict[str, Any]:
    if item.get("type") == "SECTION":
        return {
            "type": "SECTION",
            "title": item["title"],
            "items": [_option(i) for i in item.get("items") or []],
        }
    return {"type": "OPTION", "label": str(item["label"]), "value": str(item["value"])}


def _search(items: list[dict[str, Any]], text: str | None) -> list[dict[str, Any]]:
    if not text:
        return items
    needle = text.lower()
    found = []
    for item in items:
        if item["type"] == "SECTION":
            kept = _search(item["items"], text)
            if kept:
                found.append({**item, "items": kept})
        elif needle in item["label"].lower() or needle in item["value"].lower():
            found.append(item)
    return found


def _cursor(prefix: str, key: str) -> str:
    return base64.b64encode(f"{prefix}:{key}".encode()).decode("ascii")


def get_field_options(ctx: Context) -> Reply:
    """POST /sdk/actions: one page of a dynamic data source's options."""
    body = ctx.body
    integration = integration_of_type(ctx, body["action"])
    select_credential(ctx, integration)
    cache_key = _find_source(integration, body["sourceKey"])
    definition = (integration.mock.get("fieldOptions") or {}).get(cache_key) or {}
    raw_items: list[dict[str, Any]] = list(definition.get("options") or [])
    depends_on = definition.get("dependsOn")
    if depends_on:
        chosen = next(
            (p["source"]["value"] for p in body.get("parameters") or [] if p["key"] == depends_on),
            None,
        )
        if chosen is None:
            raise ApiError(
                409,
                f"{cache_key} depends on the choice made in {depends_on}; pass parameters: "
                f'[{{"key": "{depends_on}", "source": {{"type": "VALUE", "value": ...}}}}].',
            )
        by_value = definition.get("optionsByValue") or {}
        if chosen not in by_value:
            raise ApiError(404, f"{chosen!r} is not an option of {depends_on}.")
        raw_items = list(by_value[chosen])
    pagination = body.get("paginationParameters") or {}
    search = pagination.get("search")
    page_size = definition.get("pageSize")
    if not page_size:
        return Reply(200, {"output": _search([_option(i) for i in raw_items], search)})
    # Pages are cut from the whole list and then searched, the way provider APIs page.
    prefix = str(definition.get("cursorPrefix") or "page")
    keys = [str(item.get("id") or item.get("value") or item.get("title")) for item in raw_items]
    start = 0
    cursor = pagination.get("pageCursor")
    if cursor not in (None, 0):
        try:
            decoded = base64.b64decode(str(cursor), validate=True).decode()
        except (binascii.Error, UnicodeDecodeError):
            decoded = ""
        cursor_prefix, _, last_key = decoded.partition(":")
        if cursor_prefix != prefix or last_key not in keys:
            raise ApiError(
                404, f"pageCursor {cursor!r} was not issued by the data source {cache_key}."
            )
        start = keys.index(last_key) + 1
    end = start + int(page_size)
    page = [_option(i) for i in raw_items[start:end]]
    next_cursor = _cursor(prefix, keys[end - 1]) if end < len(raw_items) else None
    return Reply(
        200,
        {
            "output": {
                "records": _search(page, search),
                "nextPageCursor": next_cursor,
                "nestedData": [],
            }
        },
    )


# -- events -------------------------------------------------------------------------------------


def trigger_event(ctx: Context) -> Reply:
    """POST /v2/sdk/events/trigger: record the event and the workflows it starts."""
    event_id = ctx.store.new_id()
    received = timestamp()
    name = ctx.body["name"]
    ctx.store.record(
        "event",
        {
            "id": event_id,
            "projectId": ctx.project.id,
            "userId": ctx.user_id,
            "name": name,
            "payload": ctx.body["payload"],
            "credentialSelector": ctx.headers.get(CREDENTIAL_HEADER),
        },
    )
    for credential in ctx.store.user_credentials(ctx.project.id, ctx.user_id):
        integration = ctx.project.integration(credential["integrationId"])
        if integration is None:
            continue
        settings = default_configuration(credential)["workflowSettings"]
        for workflow in integration.public.get("workflows") or []:
            trigger = _trigger_step(workflow)
            if (
                trigger.get("trigger") == "APP_EVENT"
                and trigger.get("event") == name
                and (settings.get(workflow["id"]) or {}).get("enabled")
            ):
                ctx.store.record(
                    "workflowRun",
                    {
                        "projectId": ctx.project.id,
                        "userId": ctx.user_id,
                        "workflowId": workflow["id"],
                        "credentialId": credential["id"],
                        "eventId": event_id,
                    },
                )
    return Reply(201, {"id": event_id, "name": name, "dateReceived": received})


# -- proxy --------------------------------------------------------------------------------------


def proxy(ctx: Context) -> Reply:
    """Any method to /sdk/proxy/{integrationType}/{path}: ask the fake provider."""
    integration = integration_of_type(ctx, ctx.path["integrationType"])
    credential = select_credential(ctx, integration)
    query = {key: values[-1] for key, values in ctx.raw_query.items()}
    answer = upstream.call(integration, ctx.method, ctx.path["path"], query, ctx.body)
    ctx.store.record(
        "proxyCall",
        {
            "projectId": ctx.project.id,
            "userId": ctx.user_id,
            "integration": integration.type,
            "credentialId": credential["id"],
            "method": ctx.method,
            "path": ctx.path["path"],
            "query": query,
            "body": ctx.body,
            "providerStatus": answer.status,
        },
    )
    if answer.status >= 400:
        status = answer.status if answer.status in ctx.route.statuses else 502
        headers = {"Retry-After": "1"} if status in (429, 503) else None
        raise ApiError(
            status,
            f"The provider answered {answer.status}.",
            meta={"providerStatus": answer.status, "providerResponse": answer.body},
            headers=headers,
        )
    raw = ctx.headers.get(RAW_RESPONSE_HEADER) == "1"
    return Reply(200, answer.body if raw else {"output": answer.body})


# -- resources ------------------------------------------------------------------------------------


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
    "getCurrentUser": get_current_user,
    "updateUserMetadata": update_user_metadata,
    "listIntegrations": list_integrations,
    "uninstallIntegration": uninstall_integration,
    "listCredentials": list_credentials,
    "createCredential": create_credential,
    "getCredential": get_credential,
    "updateCredential": update_credential,
    "completeCredentialSetup": complete_credential_setup,
    "createConfiguration": create_configuration,
    "updateConfiguration": update_configuration,
    "deleteConfiguration": delete_configuration,
    "enableWorkflow": enable_workflow,
    "disableWorkflow": disable_workflow,
    "getFieldOptions": get_field_options,
    "triggerEvent": trigger_event,
    "triggerWorkflow": trigger_workflow,
    "connectResource": connect_resource,
    "proxyGet": proxy,
    "proxyPost": proxy,
    "proxyPut": proxy,
    "proxyPatch": proxy,
    "proxyDelete": proxy,
}
