"""What every handler works with: the request, the reply, and the lookups most operations share.

Protected: the handler modules of this package import from here (and from ``_credentials.py``),
never from one another, so that each of them can change, or a new one appear, on its own.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Mapping
from dataclasses import dataclass, field
from typing import Any

from paragon_mock.auth import Principal
from paragon_mock.errors import ApiError
from paragon_mock.fixtures import IntegrationDef, ProjectDef
from paragon_mock.routes import OperationRoute
from paragon_mock.store import Store

__all__ = [
    "CONFIGURATION_HEADER",
    "CREDENTIAL_HEADER",
    "NO_BODY",
    "Context",
    "Encoded",
    "Encoder",
    "Handler",
    "Reply",
    "ReplyCache",
    "integration_of_type",
    "matches",
    "not_installed",
    "select_credential",
]

CREDENTIAL_HEADER = "X-Paragon-Credential"
CONFIGURATION_HEADER = "X-Paragon-Configuration-Id"
NO_BODY: Any = object()


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
    replies: ReplyCache
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


@dataclass(frozen=True)
class Encoded:
    """A JSON body already encoded, in the response mode in force (see :class:`ReplyCache`)."""

    content: bytes


#: Encodes a JSON body as the pipeline sends it: ``(body, status, route) -> bytes``.
Encoder = Callable[[Any, int, OperationRoute], bytes]


class ReplyCache:
    """Encoded JSON answers, each kept until the state changes.

    For the operations clients call most (``getCurrentUser``): such an answer is built and
    encoded once per version of the store instead of once per request. The pipeline supplies
    the encoder, which honours the response mode, and clears the cache when that mode changes.
    """

    # A bound on memory for a run with very many users: past it, the cache starts again.
    LIMIT = 1024

    def __init__(self, encode: Encoder) -> None:
        self._encode = encode
        self._entries: dict[Hashable, tuple[int, bytes]] = {}

    def clear(self) -> None:
        """Forget every kept answer."""
        self._entries.clear()

    def reply(
        self, ctx: Context, key: Hashable, build: Callable[[], Any], status: int = 200
    ) -> Reply:
        """The request's answer under ``key``: the one kept, or ``build()`` encoded and kept."""
        entry = (ctx.route.operation_id, status, key)
        version = ctx.store.version
        cached = self._entries.get(entry)
        if cached is None or cached[0] != version:
            content = self._encode(build(), status, ctx.route)
            if len(self._entries) > self.LIMIT:
                self._entries.clear()
            cached = self._entries[entry] = (version, content)
        return Reply(status, Encoded(cached[1]))


# -- lookups ------------------------------------------------------------------------------------


def matches(item: Mapping[str, Any], selector: str) -> bool:
    """Whether a selector (an ID, an external ID, or ``ext:`` and an external ID) names item."""
    if selector.startswith("ext:"):
        return item.get("externalId") == selector[4:]
    return item.get("id") == selector or item.get("externalId") == selector


def integration_of_type(ctx: Context, integration_type: str) -> IntegrationDef:
    """The project's integration of this type; 404 when it has none."""
    integration = ctx.project.integration_by_type(integration_type)
    if integration is None:
        raise ApiError(
            404, f"No integration of type {integration_type} in project {ctx.project.id}."
        )
    return integration


def not_installed(integration: IntegrationDef) -> ApiError:
    """The 404 for a request that needs an integration the user has not installed."""
    return ApiError(
        404,
        f"The integration {integration.type} is not installed for this user; install it first.",
    )


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
            if matches(credential, selector):
                return credential
        raise ApiError(
            404,
            f"No credential {selector} of {integration.type} for this user ({CREDENTIAL_HEADER}).",
        )
    if not credentials:
        raise not_installed(integration)
    return credentials[0]
