"""The OAuth handshake: buildOauthUrl, the session poll, and the mock's own consent page.

``buildOauthUrl`` opens a session named by the client's nonce (per project and user) and answers
with a URL on the mock itself: a small HTML consent page for that integration, with an Approve
and a Deny button (two plain ``<form method="post">``, no JavaScript, so it works in any
browser). Approve creates the credential, with the end-user-supplied values of
``buildOauthUrl``, and completes the session, so ``getOauthSession`` answers ``APPROVED`` with
``connectCredentialId``; Deny makes it answer ``DENIED`` with a message. A session lives
``oauthSessionTtlSeconds`` (the fixture's setting, 600 by default, changeable through the control
surface); after that both the poll and the page treat it as gone (404, as the spec says).
After an answer the page says the window can be closed, or redirects to ``redirectUrl``.

An integration connected without OAuth (an API key) goes through the same handshake, as SDK
2.4.0's ``installIntegration`` does: its page is Paragon's hosted form, asking for the
integration's inputs, and Approve creates the credential from what the user typed. A custom
integration is asked for with ``action=custom`` and named by ``integrationId``.

``getOauthNoncePage`` is the page the SDK's popup opens first, in a browser: it posts
``{type: "oauth-nonce-loaded"}`` to its opener, at the origin the SDK named, and the SDK then
sends the popup to the consent page.
"""

from __future__ import annotations

import html
import json
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import paragon_models
from pydantic import ValidationError
from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response
from starlette.routing import Route

from paragon_mock import safejson
from paragon_mock.errors import ApiError
from paragon_mock.fixtures import IntegrationDef
from paragon_mock.operations import (
    Context,
    Handler,
    Reply,
    check_can_install,
    integration_of_type,
    new_credential,
)
from paragon_mock.store import Store, timestamp

__all__ = ["CONSENT_PATH", "HANDLERS", "consent_routes"]

CONSENT_PATH = "/_mock/oauth/consent"
# buildOauthUrl's action for every custom integration (SDK 2.4.0's ACTION_CUSTOM).
CUSTOM_ACTION = "custom"
# A user's typed values are short; a bigger form is refused rather than parsed.
_MAX_FORM_BYTES = 64 * 1024


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


def _live_session(store: Store, key: tuple[str, str, str]) -> dict[str, Any] | None:
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
    if _live_session(ctx.store, key) is not None:
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
    session = _live_session(ctx.store, key)
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


# -- the consent page ---------------------------------------------------------------------------

_PAGE = """<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<style>
body {{ font-family: system-ui, sans-serif; background: #f5f5f7; margin: 0; }}
main {{ max-width: 28rem; margin: 4rem auto; background: #fff; padding: 2rem;
        border-radius: .75rem; box-shadow: 0 1px 4px rgba(0, 0, 0, .15); }}
h1 {{ font-size: 1.25rem; border-left: .4rem solid {color}; padding-left: .6rem; }}
.actions {{ display: flex; gap: .75rem; margin-top: 1.5rem; }}
button {{ font-size: 1rem; padding: .6rem 1.2rem; border-radius: .4rem; cursor: pointer; }}
#approve {{ background: {color}; color: #fff; border: none; }}
#deny {{ background: #fff; border: 1px solid #999; }}
dl {{ font-size: .9rem; color: #333; }}
</style>
</head>
<body>
<main>
{content}
</main>
</body>
</html>
"""


def _page(title: str, content: str, *, color: str = "#555555", status: int = 200) -> HTMLResponse:
    # Every dynamic value reaching the page goes through html.escape.
    return HTMLResponse(
        _PAGE.format(title=html.escape(title), color=html.escape(color), content=content),
        status_code=status,
        headers={"Cache-Control": "no-store"},
    )


def _gone() -> HTMLResponse:
    return _page(
        "Connection request not found",
        "<h1>This connection request has expired or does not exist.</h1>"
        "<p>Start the connection again from the application.</p>",
        status=404,
    )


def _store(request: Request) -> Store:
    store: Store = request.app.state.mock.store
    return store


def _ticket_session(request: Request) -> dict[str, Any] | None:
    store = _store(request)
    session = store.session_by_ticket(str(request.path_params["ticket"]))
    if session is None:
        return None
    return _live_session(store, (session["projectId"], session["userId"], session["nonce"]))


async def consent_page(request: Request) -> Response:
    """GET the consent page of a handshake."""
    session = _ticket_session(request)
    if session is None:
        return _gone()
    project = _store(request).project(session["projectId"])
    integration = project.integration(session["integrationId"]) if project else None
    color = str((integration.public.get("brandColor") if integration else None) or "#555555")
    name = html.escape(session["integrationName"])
    if session["status"] != "PENDING":
        return _page(
            f"{session['integrationName']}: already answered",
            f"<h1>This request was already {session['status'].lower()}.</h1>"
            "<p>You can close this window.</p>",
            color=color,
        )
    if session.get("inputs"):
        return _input_form(request, session, color)
    details = [("Account", session["userId"])]
    if session.get("accountType"):
        details.append(("Account type", session["accountType"]))
    details += [(key, str(value)) for key, value in session["endUserSuppliedValues"].items()]
    rows = "".join(
        f"<dt>{html.escape(label)}</dt><dd>{html.escape(value)}</dd>" for label, value in details
    )
    action = f"{CONSENT_PATH}/{html.escape(str(request.path_params['ticket']))}"
    content = (
        f"<h1>Connect {name}</h1>"
        f"<p>The application asks to access your {name} account.</p>"
        f"<dl>{rows}</dl>{_ignored_note(session)}"
        '<div class="actions">'
        f'<form method="post" action="{action}/approve">'
        '<button id="approve" type="submit">Approve</button></form>'
        f'<form method="post" action="{action}/deny">'
        '<button id="deny" type="submit">Deny</button></form>'
        "</div>"
    )
    return _page(f"Connect {session['integrationName']}", content, color=color)


def _ignored_note(session: dict[str, Any]) -> str:
    """Says which JSON-encoded parameters of buildOauthUrl were not read, for the developer."""
    ignored = session.get("ignored") or []
    if not ignored:
        return ""
    items = "".join(f"<li>{html.escape(str(item))}</li>" for item in ignored)
    note = "The mock ignored what it could not read:"
    return f'<div id="ignored"><p>{note}</p><ul>{items}</ul></div>'


def _input_form(
    request: Request,
    session: dict[str, Any],
    color: str,
    *,
    typed: dict[str, str] | None = None,
    problem: str | None = None,
) -> Response:
    """Paragon's hosted form for an integration connected without OAuth (an API key)."""
    values = {**session["endUserSuppliedValues"], **(typed or {})}
    fields = []
    for item in session["inputs"]:
        field_id = html.escape(str(item["id"]))
        title = html.escape(str(item.get("title") or item["id"]))
        secret = item.get("type") in ("password", "PASSWORD") or "KEY" in str(item["id"]).upper()
        current = values.get(str(item["id"]))
        value = "" if secret or current is None else html.escape(str(current))
        required = " required" if item.get("required") else ""
        kind = "password" if secret else "text"
        fields.append(
            f'<p><label for="{field_id}">{title}</label><br>'
            f'<input id="{field_id}" name="{field_id}" type="{kind}" value="{value}"'
            f' autocomplete="off"{required}></p>'
        )
    name = html.escape(session["integrationName"])
    action = f"{CONSENT_PATH}/{html.escape(str(request.path_params['ticket']))}"
    warning = f'<p role="alert">{html.escape(problem)}</p>' if problem else ""
    content = (
        f"<h1>Connect {name}</h1>"
        f"<p>Enter your {name} credentials to connect your account.</p>"
        f"{warning}{_ignored_note(session)}"
        '<div class="actions">'
        f'<form method="post" action="{action}/approve">'
        f"{''.join(fields)}"
        '<button id="approve" type="submit">Connect</button></form>'
        f'<form method="post" action="{action}/deny">'
        '<button id="deny" type="submit">Cancel</button></form>'
        "</div>"
    )
    return _page(
        f"Connect {session['integrationName']}",
        content,
        color=color,
        status=422 if problem else 200,
    )


async def _typed_values(request: Request, session: dict[str, Any]) -> dict[str, str] | None:
    """The form's values for the session's inputs; None when the body is not a form."""
    body = await request.body()
    if len(body) > _MAX_FORM_BYTES:
        return None
    try:
        pairs = parse_qsl(body.decode("utf-8"), keep_blank_values=True, strict_parsing=False)
    except UnicodeDecodeError:
        return None
    wanted = {str(item["id"]) for item in session["inputs"]}
    return {key: value for key, value in pairs if key in wanted}


def _finish(session: dict[str, Any], heading: str, color: str) -> Response:
    target = session.get("redirectUrl")
    if target:
        parts = urlsplit(str(target))
        extra = urlencode(
            {
                "status": session["status"].lower(),
                "connectCredentialId": session["connectCredentialId"] or "",
            }
        )
        query = f"{parts.query}&{extra}" if parts.query else extra
        return RedirectResponse(urlunsplit(parts._replace(query=query)), status_code=303)
    # A popup the SDK opened closes itself, as Paragon's last page does: SDK 2.4.0 waits for its
    # popup to close before it polls the session for the credential.
    return _page(
        heading,
        f"<h1>{html.escape(heading)}</h1><p>You can close this window.</p>"
        "<script>if (window.opener) { window.close(); }</script>",
        color=color,
    )


async def approve(request: Request) -> Response:
    """POST Approve: create the credential and complete the session."""
    store = _store(request)
    session = _ticket_session(request)
    if session is None:
        return _gone()
    project = store.project(session["projectId"])
    integration = project.integration(session["integrationId"]) if project else None
    if project is None or integration is None:
        return _gone()
    color = str(integration.public.get("brandColor") or "#555555")
    if session["status"] != "PENDING":
        return _finish(session, f"This request was already {session['status'].lower()}.", color)
    values = dict(session["endUserSuppliedValues"])
    if session.get("inputs"):
        typed = await _typed_values(request, session)
        if typed is None:
            return _input_form(request, session, color, problem="The form could not be read.")
        missing = [
            str(item.get("title") or item["id"])
            for item in session["inputs"]
            if item.get("required") and not typed.get(str(item["id"]))
        ]
        if missing:
            return _input_form(
                request, session, color, typed=typed, problem=f"Enter {', '.join(missing)}."
            )
        # What the user typed is a secret: like createCredential, it is not shown back.
        values = {}
    options = session["installOptions"]
    selected = options.get("selectedCredentialId")
    existing = store.credentials.get(selected) if isinstance(selected, str) else None
    if (
        existing is not None
        and existing["userId"] == session["userId"]
        and existing["projectId"] == project.id
        and existing["integrationId"] == integration.id
    ):
        # Re-connecting an account refreshes its credential instead of adding one.
        now = timestamp()
        existing = {**existing, "status": "VALID", "dateRefreshed": now, "dateUpdated": now}
        store.put_credential(existing)
        credential_id = existing["id"]
    else:
        install_options = dict(options)
        if session.get("accountType"):
            install_options["accountType"] = session["accountType"]
        credential = new_credential(
            store,
            project,
            session["userId"],
            integration,
            values=values,
            install_options=install_options,
        )
        credential_id = credential["id"]
    session = {**session, "status": "APPROVED", "connectCredentialId": credential_id}
    store.put_session(session)
    store.commit()
    return _finish(session, f"{session['integrationName']} is connected.", color)


async def deny(request: Request) -> Response:
    """POST Deny: the session ends DENIED, with a message for the poll."""
    store = _store(request)
    session = _ticket_session(request)
    if session is None:
        return _gone()
    if session["status"] != "PENDING":
        return _finish(session, f"This request was already {session['status'].lower()}.", "#555555")
    session = {
        **session,
        "status": "DENIED",
        "message": f"The user denied access to {session['integrationName']}.",
    }
    store.put_session(session)
    store.commit()
    return _finish(session, "Access denied.", "#555555")


def consent_routes() -> list[Route]:
    """The consent page's routes, mounted beside the control surface."""
    return [
        Route(f"{CONSENT_PATH}/{{ticket}}", consent_page, methods=["GET"]),
        Route(f"{CONSENT_PATH}/{{ticket}}/approve", approve, methods=["POST"]),
        Route(f"{CONSENT_PATH}/{{ticket}}/deny", deny, methods=["POST"]),
    ]
