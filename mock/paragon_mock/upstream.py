"""Fake providers behind the proxy: canned answers from the fixture, and an echo for the rest.

An integration's ``mock.upstream`` list in the fixture holds canned answers, each matched by
method and provider path (``chat.postMessage``, or ``/chat.postMessage``: a leading slash does not
matter), with an optional ``status`` (200 by default) and a ``body``. The default fixture
reproduces the SDK reference's example: Slack's ``chat.postMessage`` answers ``{"ok": true}``.
Any other request is echoed back (method, path, query and body), so a test can see exactly what
the proxy sent.

A request made through a user's connected account (``account=``) also reads what was created
in that account: a provider object that an ActionKit Tool created (a Slack message, a Stripe
customer) is kept in the store, in the ``created`` field of the ``proxyCall`` record of the
Tool's provider request, and answers the provider's list request for it (``conversations.history``,
``v1/customers``). Records are the provider's memory, so clearing them clears it as well.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from paragon_mock.fixtures import IntegrationDef
from paragon_mock.store import Store

__all__ = ["Account", "UpstreamAnswer", "call", "created"]


@dataclass(frozen=True)
class UpstreamAnswer:
    """What the fake provider answered."""

    status: int
    body: Any


@dataclass(frozen=True)
class Account:
    """A user's connected account (credential) at a provider, and the store that remembers it."""

    store: Store
    project_id: str
    user_id: str
    credential_id: str

    def objects(self, collection: str) -> list[dict[str, Any]]:
        """What this account created in one of the provider's collections, oldest first."""
        found = []
        for entry in self.store.iter_records("proxyCall", self.project_id, self.user_id):
            made = entry.get("created")
            if (
                entry.get("credentialId") == self.credential_id
                and isinstance(made, dict)
                and made.get("collection") == collection
            ):
                found.append(made["object"])
        return found


def created(collection: str, obj: dict[str, Any]) -> dict[str, Any]:
    """The fields a ``proxyCall`` record carries for a provider object its request created."""
    return {"created": {"collection": collection, "object": obj}}


def _slack_history(account: Account, query: Mapping[str, str]) -> UpstreamAnswer:
    channel = query.get("channel")
    if not channel:
        # Slack answers its errors with 200 and ok: false.
        return UpstreamAnswer(200, {"ok": False, "error": "channel_not_found"})
    messages = [m for m in account.objects("slack.messages") if m.get("channel") == channel]
    return UpstreamAnswer(
        200,
        {
            "ok": True,
            # Newest first, as Slack lists them; the channel is implied by the request.
            "messages": [
                {k: v for k, v in m.items() if k != "channel"} for m in reversed(messages)
            ],
            "has_more": False,
            "pin_count": 0,
            "response_metadata": {"next_cursor": ""},
        },
    )


def _stripe_customers(account: Account, query: Mapping[str, str]) -> UpstreamAnswer:
    customers = list(reversed(account.objects("stripe.customers")))
    if query.get("email"):
        customers = [c for c in customers if c.get("email") == query["email"]]
    return UpstreamAnswer(
        200, {"object": "list", "url": "/v1/customers", "has_more": False, "data": customers}
    )


# The provider list requests that answer from an account's created objects, by integration
# type, method and provider path.
_READERS: dict[tuple[str, str, str], Callable[[Account, Mapping[str, str]], UpstreamAnswer]] = {
    ("slack", "GET", "conversations.history"): _slack_history,
    ("stripe", "GET", "v1/customers"): _stripe_customers,
}


def _normalise(path: str) -> str:
    return path.lstrip("/")


def call(
    integration: IntegrationDef,
    method: str,
    path: str,
    query: Mapping[str, str],
    body: Any,
    *,
    account: Account | None = None,
) -> UpstreamAnswer:
    """Answer a proxied request the way the integration's fake provider does.

    Canned answers come first; then, for a request made through ``account``, the list requests
    of what was created in it; then the echo.
    """
    wanted = _normalise(path)
    for canned in integration.mock.get("upstream") or []:
        if (
            str(canned.get("method", "GET")).upper() == method
            and _normalise(str(canned.get("path", ""))) == wanted
        ):
            return UpstreamAnswer(int(canned.get("status", 200)), copy.deepcopy(canned.get("body")))
    reader = _READERS.get((integration.type, method, wanted))
    if account is not None and reader is not None:
        return reader(account, query)
    echo: dict[str, Any] = {
        "method": method,
        "path": path,
        "query": dict(query),
        "body": body,
    }
    if path.startswith(("http://", "https://")):
        # An absolute URL changes the provider's base URL; say which one was used.
        echo["url"] = path
    return UpstreamAnswer(200, echo)
