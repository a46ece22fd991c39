"""The Connected User: their state (``GET /sdk/me``) and their metadata (``PATCH /sdk/me``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from paragon_mock.fixtures import ProjectDef
from paragon_mock.operations._base import Context, Handler, Reply
from paragon_mock.operations._credentials import credential_view, default_configuration
from paragon_mock.store import Store

__all__ = ["HANDLERS", "integration_state", "user_state"]


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


def get_current_user(ctx: Context) -> Reply:
    """GET /sdk/me.

    SDKs call it more than anything else, so its answer is kept encoded until the state (or
    the response mode) changes.
    """
    return ctx.replies.reply(
        ctx, (ctx.project.id, ctx.user_id), lambda: user_state(ctx.store, ctx.project, ctx.user)
    )


def update_user_metadata(ctx: Context) -> Reply:
    """PATCH /sdk/me: merge metadata; ``name`` and ``email`` become ``Name`` and ``Email``."""
    meta = dict(ctx.user["meta"])
    for key, value in ctx.body["meta"].items():
        normalised = {"name": "Name", "email": "Email"}.get(key, key)
        meta[normalised] = value
    ctx.user["meta"] = meta
    ctx.store.save_user(ctx.user)
    return Reply(200, user_state(ctx.store, ctx.project, ctx.user))


HANDLERS: dict[str, Handler] = {
    "getCurrentUser": get_current_user,
    "updateUserMetadata": update_user_metadata,
}
