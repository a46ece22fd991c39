"""The OAuth handshake's operations: buildOauthUrl, the session poll, and the popup's first page.

``buildOauthUrl`` opens a session named by the client's nonce (per project and user) and answers
with a URL on the mock itself: the consent page of that session (``paragon_mock/oauth.py``),
where Approve creates the credential and completes the session, so ``getOauthSession`` answers
``APPROVED`` with ``connectCredentialId``, and Deny makes it answer ``DENIED`` with a message. A
session lives ``oauthSessionTtlSeconds`` (the fixture's setting, 600 by default, changeable
through the control surface); after that both the poll and the page treat it as gone (404, as
the spec says).

An integration connected without OAuth (an API key) goes through the same handshake, as SDK
2.4.0's ``installIntegration`` does: its page is Paragon's hosted form, asking for the
integration's inputs. A custom integration is asked for with ``action=custom`` and named by
``integrationId``.

``getOauthNoncePage`` is the page the SDK's popup opens first, in a browser: it posts
``{type: "oauth-nonce-loaded"}`` to its opener, at the origin the SDK named, and the SDK then
sends the popup to the consent page.
"""

from __future__ import annotations

import html
import json
from typing import Any

import paragon_models
from pydantic import ValidationError

from paragon_mock import safejson
from paragon_mock.errors import ApiError
from paragon_mock.fixtures import IntegrationDef
from paragon_mock.operations._base import Context, Handler, Reply, integration_of_type
from paragon_mock.operations._credentials import check_can_install
from paragon_mock.store import Store

__all__ = ["CONSENT_PATH", "HANDLERS", "live_session"]

#: Where the consent pages are served (``paragon_mock/oauth.py``), beside the control surface.
CONSENT_PATH = "/_mock/oauth/consent"
# buildOauthUrl's action for every custom integration (SDK 2.4.0's ACTION_CUSTOM).
CUSTOM_ACTION = "custom"


def _json_object(ctx: Context, name: str, ignored: list[str]) -> dict[str, Any]:
    """A JSON-encoded query parameter (the spec's JsonObjectString) as an object.

    The spec describes these parameters as strings shaped like an object, which is all JSON
    Schema can say, so a request whose value fits that shape without being a JSON object the
    mock reads (``{0}``; ``NaN`` or ``1e999`` inside; nested too deep) still fits the spec. The
    spec has servers read such a value as absent rather than refuse the request (a 400 for
    input that fits the schema is what generic tools flag); the problem goes to ``ignored``,
    which the consent page shows and the refusals of this handshake mention.
    """
    raw = ctx.query.get(name)
    if raw is None:
        return {}
    try:
        value = safejson.loads(raw)
    except safejson.JsonLimitError as exc:
        ignored.append(f"{name} ({exc})")
        return {}
    except ValueError:
        ignored.append(f"{name} (not valid JSON)")
        return {}
    if not isinstance(value, dict):
        ignored.append(f"{name} (not a JSON object)")
        return {}
    return value


def _install_options(ctx: Context, ignored: list[str]) -> dict[str, Any]:
    """``installOptions``, without the options whose value has the wrong type (each ignored)."""
    options = _json_object(ctx, "installOptions", ignored)
    try:
        paragon_models.InstallOptions.model_validate(options, strict=True)
    except ValidationError as exc:
        wrong = {str(error["loc"][0]) for error in exc.errors(include_url=False) if error["loc"]}
        for key in sorted(wrong):
            ignored.append(f"installOptions.{key} (not of the type InstallOptions gives it)")
        options = {key: value for key, value in options.items() if key not in wrong}
    return options


def _mention(ignored: list[str]) -> str:
    """The ignored parameters, for a refusal that may stem from them."""
    return f" (ignored: {'; '.join(ignored)})" if ignored else ""


def live_session(store: Store, key: tuple[str, str, str]) -> dict[str, Any] | None:
    """The session ``(projectId, userId, nonce)`` names; None when unknown or (now) expired."""
    session = store.sessions.get(key)
    if session is not None and session["expiresAt"] <= store.clock():
        store.delete_session(key)
        return None
    return session


def _integration_for_action(ctx: Context) -> IntegrationDef:
    """The integration ``action`` and ``integrationId`` name together (404 when there is none).

    An ``integrationId`` that is not the ID of the integration ``action`` names, or a custom
    ``action`` with an integration that is not custom, names no integration of the project.
    """
    action = str(ctx.query["action"])
    integration_id = str(ctx.query["integrationId"])
    if action == CUSTOM_ACTION:
        integration = ctx.project.integration(integration_id)
        if integration is None:
            raise ApiError(404, f"No integration {integration_id} in project {ctx.project.id}.")
        if not integration.type.startswith("custom."):
            raise ApiError(
                404,
                f"action=custom names a custom integration; {integration.type} is not one "
                f"(use action={integration.type}).",
            )
        return integration
    integration = integration_of_type(ctx, action)
    if integration_id != integration.id:
        raise ApiError(
            404,
            f"integrationId {integration_id} is not the ID of {integration.type} "
            f"({integration.id}).",
        )
    return integration


def build_oauth_url(ctx: Context) -> Reply:
    """GET /v2/sdk/actions/build-oauth: open a handshake and point at its page."""
    integration = _integration_for_action(ctx)
    ignored: list[str] = []
    values = _json_object(ctx, "endUserSuppliedValues", ignored)
    parameters = _json_object(ctx, "parameters", ignored)
    options = _install_options(ctx, ignored)
    account_types = [t["id"] for t in integration.sdk_config.get("accountTypes") or []]
    account_type = options.get("accountType")
    if account_type is not None and account_types and account_type not in account_types:
        raise ApiError(
            404,
            f"{integration.type} has no account type {account_type!r}; choose one of "
            f"{', '.join(account_types)}.",
        )
    if account_type is None and account_types:
        account_type = account_types[0]
    missing = [
        f"{item['id']} ({item.get('title', item['id'])})"
        for item in integration.pre_oauth_inputs(account_type)
        if item.get("required") and values.get(item["id"]) in (None, "")
    ]
    if missing and integration.is_oauth:
        raise ApiError(
            409,
            f"{integration.type} needs {', '.join(missing)} before OAuth; pass it in "
            f"endUserSuppliedValues{_mention(ignored)}.",
        )
    nonce = ctx.query["oauthMetaKeyId"]
    key = (ctx.project.id, ctx.user_id, nonce)
    if live_session(ctx.store, key) is not None:
        raise ApiError(409, f"The nonce {nonce} already names a handshake; make up a new one.")
    if not options.get("selectedCredentialId"):
        try:
            check_can_install(ctx.store, ctx.project, ctx.user_id, integration, options)
        except ApiError as error:
            if ignored and isinstance(error.message, str):
                error = ApiError(error.status, error.message.rstrip(".") + _mention(ignored) + ".")
            raise error from None
    now = ctx.store.clock()
    ticket = ctx.store.new_secret()
    ctx.store.put_session(
        {
            "projectId": ctx.project.id,
            "userId": ctx.user_id,
            "nonce": nonce,
            "ticket": ticket,
            "integrationId": integration.id,
            "integrationType": integration.type,
            "integrationName": integration.public.get("name", integration.type),
            "accountType": account_type,
            "endUserSuppliedValues": values,
            # Without OAuth the page is a form asking for these inputs.
            "inputs": [] if integration.is_oauth else integration.input_fields,
            "parameters": parameters,
            "installOptions": options,
            "redirectUrl": ctx.query.get("redirectUrl"),
            # What was not read (see _json_object), shown on the consent page.
            "ignored": ignored,
            "status": "PENDING",
            "connectCredentialId": None,
            "message": None,
            "createdAt": now,
            "expiresAt": now + ctx.store.oauth_session_ttl,
        }
    )
    return Reply(200, {"redirectUrl": f"{ctx.base_url.rstrip('/')}{CONSENT_PATH}/{ticket}"})


def _session_or_404(ctx: Context) -> tuple[tuple[str, str, str], dict[str, Any]]:
    nonce = ctx.path["nonce"]
    key = (ctx.project.id, ctx.user_id, nonce)
    session = live_session(ctx.store, key)
    if session is None:
        raise ApiError(
            404, f"No OAuth session {nonce} for this user (unknown, deleted or expired)."
        )
    return key, session


def get_oauth_session(ctx: Context) -> Reply:
    """GET /sdk/actions/session-id/{nonce}."""
    _, session = _session_or_404(ctx)
    return Reply(
        200,
        {
            "status": session["status"],
            "connectCredentialId": session["connectCredentialId"],
            "message": session["message"],
        },
    )


def delete_oauth_session(ctx: Context) -> Reply:
    """DELETE /sdk/actions/session-id/{nonce}."""
    key, _ = _session_or_404(ctx)
    ctx.store.delete_session(key)
    return Reply(204)


_NONCE_PAGE = """<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Connecting {name}</title>
</head>
<body>
<p>Connecting {name}&hellip;</p>
<script>
if (window.opener) {{
  window.opener.postMessage({{ type: "oauth-nonce-loaded" }}, {origin});
}}
</script>
</body>
</html>
"""


def get_oauth_nonce_page(ctx: Context) -> Reply:
    """GET /sdk/actions/oauth-nonce: the popup's first page, telling its opener it has loaded."""
    # SDK 2.4.0 names a custom integration here by its full type, not by action=custom; both
    # are accepted, as by buildOauthUrl.
    integration = _integration_for_action(ctx)
    # json.dumps makes the origin a JavaScript string; escaping "<" keeps it inside the script.
    origin = json.dumps(str(ctx.query["originForPostMessage"])).replace("<", "\\u003c")
    name = html.escape(str(integration.public.get("name", integration.type)))
    return Reply(
        200,
        _NONCE_PAGE.format(name=name, origin=origin),
        headers={"Cache-Control": "no-store"},
        media_type="text/html; charset=utf-8",
    )


HANDLERS: dict[str, Handler] = {
    "getOauthNoncePage": get_oauth_nonce_page,
    "buildOauthUrl": build_oauth_url,
    "getOauthSession": get_oauth_session,
    "deleteOauthSession": delete_oauth_session,
}
