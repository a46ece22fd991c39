"""Fake providers behind the proxy: canned answers from the fixture, and an echo for the rest.

An integration's ``mock.upstream`` list in the fixture holds canned answers, each matched by
method and provider path (``chat.postMessage``, or ``/chat.postMessage``: a leading slash does not
matter), with an optional ``status`` (200 by default) and a ``body``. The default fixture
reproduces the SDK reference's example: Slack's ``chat.postMessage`` answers ``{"ok": true}``.
Any other request is echoed back (method, path, query and body), so a test can see exactly what
the proxy sent.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from paragon_mock.fixtures import IntegrationDef

__all__ = ["UpstreamAnswer", "call"]


@dataclass(frozen=True)
class UpstreamAnswer:
    """What the fake provider answered."""

    status: int
    body: Any


def _normalise(path: str) -> str:
    return path.lstrip("/")


def call(
    integration: IntegrationDef,
    method: str,
    path: str,
    query: Mapping[str, str],
    body: Any,
) -> UpstreamAnswer:
    """Answer a proxied request the way the integration's fake provider does."""
    wanted = _normalise(path)
    for canned in integration.mock.get("upstream") or []:
        if (
            str(canned.get("method", "GET")).upper() == method
            and _normalise(str(canned.get("path", ""))) == wanted
        ):
            return UpstreamAnswer(int(canned.get("status", 200)), copy.deepcopy(canned.get("body")))
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
