"""The OAuth handshake's consent page: the mock's own, in place of the provider's.

``buildOauthUrl`` (``operations/oauth.py``) answers with the URL of this page for its session: a
small HTML page for that integration, with an Approve and a Deny button (two plain
``<form method="post">``, no JavaScript, so it works in any browser). Approve creates the
credential, with the end-user-supplied values of ``buildOauthUrl``, and completes the session;
Deny ends it ``DENIED`` with a message for the poll. An expired or unknown session's page
answers 404. After an answer the page says the window can be closed, or redirects to
``redirectUrl``.

An integration connected without OAuth (an API key) gets Paragon's hosted form instead, asking
for the integration's inputs; Approve creates the credential from what the user typed.
"""

from __future__ import annotations

import html
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response
from starlette.routing import Route

from paragon_mock.operations import new_credential
from paragon_mock.operations.oauth import CONSENT_PATH, live_session
from paragon_mock.store import Store, timestamp

__all__ = ["CONSENT_PATH", "consent_routes"]

# A user's typed values are short; a bigger form is refused rather than parsed.
_MAX_FORM_BYTES = 64 * 1024


# -- the page ---------------------------------------------------------------------------

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
    return live_session(store, (session["projectId"], session["userId"], session["nonce"]))


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
