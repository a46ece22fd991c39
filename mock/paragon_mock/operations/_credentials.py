"""A stored credential: how the API shows it, how its settings change, how one is created.

Protected, like ``_base.py``: shared by the handlers of credentials, configurations, workflows,
events and the user's state, and by the OAuth handshake, which creates credentials too.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Mapping
from typing import Any

from paragon_mock.errors import ApiError
from paragon_mock.fixtures import IntegrationDef, ProjectDef
from paragon_mock.operations._base import CONFIGURATION_HEADER, matches
from paragon_mock.store import Store, timestamp

__all__ = [
    "check_can_install",
    "config_update",
    "credential_view",
    "default_configuration",
    "merge_settings",
    "new_credential",
    "provider_values",
    "replace_configuration",
    "select_configuration",
]

_PRIVATE_CREDENTIAL_KEYS = frozenset({"userId", "accountAuth"})


# -- views --------------------------------------------------------------------------------------


def default_configuration(credential: Mapping[str, Any]) -> dict[str, Any]:
    """The credential's default configuration (the one plain updates change)."""
    for configuration in credential["configurations"]:
        if configuration.get("isDefault"):
            return dict(configuration)
    return dict(credential["configurations"][0])


# Views share the stored values instead of copying them: every view is serialised at once, in
# the same step of the event loop, before anything can change the state (see the package doc).


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


# -- configurations -----------------------------------------------------------------------------


def select_configuration(credential: Mapping[str, Any], selector: str | None) -> dict[str, Any]:
    """The configuration ``selector`` names (the default one for None); 404 when none matches."""
    if selector is None:
        return default_configuration(credential)
    for configuration in credential["configurations"]:
        if matches(configuration, selector):
            return dict(configuration)
    raise ApiError(
        404,
        f"No configuration {selector} on credential {credential['id']} ({CONFIGURATION_HEADER}).",
    )


def replace_configuration(credential: dict[str, Any], configuration: dict[str, Any]) -> None:
    """Put a changed configuration back in its credential, in its place."""
    credential["configurations"] = [
        configuration if c["id"] == configuration["id"] else c for c in credential["configurations"]
    ]


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


def merge_settings(
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


def config_update(config: Mapping[str, Any] | None) -> tuple[dict[str, Any], dict[str, Any]]:
    """The shared and workflow settings of a ``CredentialConfig`` (the alias merged in)."""
    config = config or {}
    workflows: dict[str, Any] = {}
    workflows.update(config.get("configuredWorkflows") or {})
    workflows.update(config.get("workflowSettings") or {})
    return dict(config.get("sharedSettings") or {}), workflows


def provider_values(values: Mapping[str, Any]) -> dict[str, str | int | float | bool]:
    """User inputs as ``providerData`` (whose values are strings, numbers or booleans)."""
    result: dict[str, str | int | float | bool] = {}
    for key, value in values.items():
        if isinstance(value, str | int | float | bool):
            result[str(key)] = value
        elif value is not None:
            result[str(key)] = json.dumps(value, separators=(",", ":"))
    return result


# -- installs -----------------------------------------------------------------------------------


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
    provider_data.update(provider_values(values))
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
    shared, workflows = config_update(config)
    merge_settings(configuration, project, integration, shared=shared, workflows=workflows, now=now)
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
