"""The proxy: any method to ``/sdk/proxy/{integrationType}/{path}``, answered by a fake provider.

The provider answers from the fixture's canned answers, or echoes the request (``upstream.py``);
every call is recorded (``proxyCall``).
"""

from __future__ import annotations

from paragon_mock import upstream
from paragon_mock.errors import ApiError
from paragon_mock.operations._base import (
    Context,
    Handler,
    Reply,
    integration_of_type,
    select_credential,
)

__all__ = ["HANDLERS"]

RAW_RESPONSE_HEADER = "X-Paragon-Use-Raw-Response"


def proxy(ctx: Context) -> Reply:
    """Any method to /sdk/proxy/{integrationType}/{path}: ask the fake provider."""
    integration = integration_of_type(ctx, ctx.path["integrationType"])
    credential = select_credential(ctx, integration)
    query = {key: values[-1] for key, values in ctx.raw_query.items()}
    # The account, so that the provider shows what this account made (a Tool's Slack message).
    account = upstream.Account(ctx.store, ctx.project.id, ctx.user_id, credential["id"])
    answer = upstream.call(
        integration, ctx.method, ctx.path["path"], query, ctx.body, account=account
    )
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


# One handler for the five methods the spec gives the proxy path.
HANDLERS: dict[str, Handler] = {
    operation_id: proxy
    for operation_id in ("proxyGet", "proxyPost", "proxyPut", "proxyPatch", "proxyDelete")
}
