"""The running mock's state, and the pipeline every request to the public API goes through.

``MockState`` holds the store, the faults, the compiled routes, the handlers, the token
verifiers and the response mode; the app (``app.py``) and the control surface (``control.py``)
both work on it. Every request to the public API goes through the same steps, in this order:

1. **faults**: a configured fault may answer 429/503 or add a delay (``faults.py``);
2. **route**: the method and path select one operation of the spec; an unknown path answers 404,
   a known path with another method 405 with ``Allow``;
3. **authenticate**: the project comes from the path (an unknown project answers 404, since
   there is no key to check the token against), then the bearer token is verified with that
   project's public key (401) and its permissions claim consulted (403);
4. **validate**: path, query and header parameters against their schemas, the JSON body with the
   pydantic model of ``generated/paragon_models`` (400 listing every problem);
5. **handle**: the operation's handler changes the state and answers (``operations/``), and the
   store commits before anything is sent;
6. **serialise**: JSON, or the error envelope; a status the operation does not document is
   never sent (it would become a 500, which every operation documents). In the ``minimal``
   response mode every JSON body, error envelopes included, is first cut down to what its
   response schema requires (``minimal.py``).

Routing comes before authentication because the key that checks a token belongs to the project
named in the path.
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Mapping
from typing import Any

from starlette.requests import Request
from starlette.responses import Response

from paragon_mock.auth import TokenVerifier
from paragon_mock.errors import ApiError
from paragon_mock.faults import Faults
from paragon_mock.fixtures import Fixture, ProjectDef
from paragon_mock.minimal import (
    RESPONSE_MODES,
    MinimalResponses,
    ResponseMode,
    minimal_responses,
)
from paragon_mock.operations import HANDLERS, NO_BODY, Context, Encoded, Handler, Reply, ReplyCache
from paragon_mock.routes import MethodNotAllowed, OperationRoute, Router, load_spec
from paragon_mock.store import Store

__all__ = ["DEFAULT_REQUEST_TIMEOUT", "JSON_MEDIA_TYPE", "MockState", "dumps"]

logger = logging.getLogger("paragon_mock")
JSON_MEDIA_TYPE = "application/json"
DEFAULT_REQUEST_TIMEOUT = 10.0
# listCredentials?includeAccountAuth=true: the property a lean answer keeps, as it was asked for.
_ASKED_FOR_OPERATION = "listCredentials"
_ASKED_FOR_PARAMETER = "includeAccountAuth"
_ASKED_FOR_PROPERTY = "accountAuth"


def dumps(body: Any) -> bytes:
    """A JSON body as the mock sends it: compact UTF-8, and never NaN or Infinity."""
    # allow_nan=False: a non-finite number that slipped past the input checks becomes a 500,
    # never a body (NaN, Infinity) that is not JSON.
    return json.dumps(body, separators=(",", ":"), ensure_ascii=False, allow_nan=False).encode(
        "utf-8"
    )


class MockState:
    """The running mock: its store, faults, compiled routes, token verifiers and response mode."""

    def __init__(
        self, store: Store, *, seed: int | None = None, responses: ResponseMode = "full"
    ) -> None:
        self.store = store
        self.faults = Faults(seed)
        self.router = Router(load_spec())
        self.handlers: dict[str, Handler] = dict(HANDLERS)
        missing = sorted(set(self.router.operations) - set(self.handlers))
        if missing:
            raise RuntimeError(f"operations of the spec without a handler: {', '.join(missing)}")
        self._verifiers: dict[str, TokenVerifier] = {}
        # Answers the handlers keep encoded (getCurrentUser's), in the response mode in force.
        self.replies = ReplyCache(self._json)
        # How long a request's body may take to arrive; the server closes a connection whose
        # request head takes longer (server.py), so a half-sent request holds nothing for ever.
        self.request_timeout = DEFAULT_REQUEST_TIMEOUT
        # The mode chosen at start (the command line's); a reset returns to it.
        self.initial_responses = responses
        self._minimal: MinimalResponses | None = None
        self.responses = responses

    def __repr__(self) -> str:
        return f"MockState({self.store!r}, responses={self.responses!r})"

    @property
    def responses(self) -> ResponseMode:
        """The response mode in force: ``full`` or ``minimal``."""
        return "full" if self._minimal is None else "minimal"

    @responses.setter
    def responses(self, mode: ResponseMode) -> None:
        if mode not in RESPONSE_MODES:
            raise ValueError(f"responses must be one of {', '.join(RESPONSE_MODES)}, not {mode!r}")
        # Compiled once per process, on first use; full mode never pays for it.
        self._minimal = minimal_responses() if mode == "minimal" else None
        self.replies.clear()

    def reset(self, fixture: Fixture | None = None) -> None:
        """Seed the store again (from a new fixture when given) and drop cached answers.

        The response mode returns to the one chosen at start, as the other settings return to
        the fixture's.
        """
        self.store.reset(fixture)
        self._verifiers.clear()
        self.responses = self.initial_responses

    def verifier(self, project: ProjectDef) -> TokenVerifier:
        """The token verifier of a project (built once per fixture)."""
        verifier = self._verifiers.get(project.id)
        if verifier is None:
            verifier = TokenVerifier(project.id, project.public_key_pem)
            self._verifiers[project.id] = verifier
        return verifier

    # -- the pipeline ----------------------------------------------------------------------------

    async def handle(self, request: Request) -> Response:
        """Answer one request to the public API."""
        method = request.method
        # The path percent-decoded once, as the ASGI server hands it over, and routed as such:
        # the spec's proxy reads `%2F` as `/`, so the `v1%2Fbalance` of a generated client is the
        # provider path `v1/balance`, as the SDK's `v1/balance` is (`%252F` stays a literal
        # `%2F`). Starlette's `request.url.path` would re-encode `?`, `#` and `\` instead.
        path = request.scope["path"]
        if self.faults:
            fault = self.faults.pick(method, path)
            if fault is not None:
                if fault.mode == "delay":
                    await asyncio.sleep(fault.delay_ms / 1000)
                else:
                    return self._fault_response(fault.mode, fault.retry_after)
        try:
            matched = self.router.match(method, path)
        except MethodNotAllowed as exc:
            allowed = ", ".join(exc.allowed)
            error = ApiError(
                405,
                f"{method} is not allowed on {path}; this path serves {allowed}.",
                headers={"Allow": allowed},
            )
            return self.error_response(error)
        if matched is None:
            return self.error_response(
                ApiError(404, f"No operation of the Paragon API at {method} {path}.")
            )
        route, path_params = matched
        try:
            reply = await self._run(route, path_params, request)
        except ApiError as error:
            self.store.commit()
            return self.error_response(error, route)
        self.store.commit()
        return self._reply_response(reply, route, request.query_params.get(_ASKED_FOR_PARAMETER))

    async def _run(
        self, route: OperationRoute, path_params: Mapping[str, str], request: Request
    ) -> Reply:
        path_values = route.validate_path(path_params)
        project = self.store.project(path_values["projectId"])
        if project is None:
            raise ApiError(404, f"No project {path_values['projectId']}.")
        authorization = request.headers.get("authorization")
        if route.token_query is not None:
            # A page a browser opens cannot send a header: its token comes in the query, the
            # only place the spec's security for it names.
            in_query = request.query_params.get(route.token_query)
            authorization = None if in_query is None else f"Bearer {in_query}"
        principal = self.verifier(project).verify(authorization)
        if not principal.allows(route.operation_id, route.tag):
            raise ApiError(
                403,
                f"The user token's permissions do not allow {route.operation_id}.",
                code="7210",
            )
        query_lists: dict[str, list[str]] = {}
        for key, value in request.query_params.multi_items():
            query_lists.setdefault(key, []).append(value)
        query, headers = route.validate_parameters(query_lists, request.headers)
        body = None
        if route.body is not None:
            try:
                raw = await asyncio.wait_for(request.body(), self.request_timeout)
            except TimeoutError:
                raise ApiError(
                    400,
                    f"The request body did not arrive within {self.request_timeout:g} s.",
                    headers={"Connection": "close"},
                ) from None
            body = route.validate_body(raw, request.headers.get("content-type"))
        # From here on nothing awaits: the request's reads and writes form one atomic step.
        user = self.store.user(project.id, principal.user_id)
        ctx = Context(
            store=self.store,
            project=project,
            user=user,
            principal=principal,
            route=route,
            method=route.method,
            path=path_values,
            query=query,
            headers=headers,
            body=body,
            base_url=str(request.base_url),
            replies=self.replies,
            raw_query=query_lists,
        )
        return self.handlers[route.operation_id](ctx)

    # -- responses -------------------------------------------------------------------------------

    def _json(self, body: Any, status: int, route: OperationRoute | None) -> bytes:
        if self._minimal is not None:
            operation_id = None if route is None else route.operation_id
            body = self._minimal.reduce(operation_id, status, body)
        return dumps(body)

    def _reply_response(
        self, reply: Reply, route: OperationRoute, asked: str | None = None
    ) -> Response:
        if reply.status not in route.statuses:
            logger.error(
                "%s answered %s, which the spec does not document", route.operation_id, reply.status
            )
            return self.error_response(ApiError(500, "Internal server error."), route)
        if reply.body is NO_BODY:
            return Response(status_code=reply.status, headers=reply.headers)
        if reply.media_type is not None:
            # A page (text/html): served as written, whatever the response mode.
            return Response(
                reply.body, reply.status, headers=reply.headers, media_type=reply.media_type
            )
        if isinstance(reply.body, Encoded):
            # Encoded by the handler's ReplyCache, in the response mode in force.
            return Response(
                reply.body.content, reply.status, headers=reply.headers, media_type=JSON_MEDIA_TYPE
            )
        body = reply.body
        if (
            self._minimal is not None
            and asked == "true"
            and route.operation_id == _ASKED_FOR_OPERATION
        ):
            # The spec promises accountAuth when the request asks for it (a promise `required`
            # cannot express), so a lean answer keeps it: a file picker cannot work without it.
            reduced = self._minimal.reduce(route.operation_id, reply.status, body)
            content = dumps(_keep_asked_for(reduced, body))
        else:
            content = self._json(body, reply.status, route)
        return Response(content, reply.status, headers=reply.headers, media_type=JSON_MEDIA_TYPE)

    def error_response(self, error: ApiError, route: OperationRoute | None = None) -> Response:
        """The error envelope of a refusal, answered by ``route`` (None: by no operation)."""
        if route is not None and error.status not in route.statuses:
            logger.error(
                "%s refused with %s (%s), which the spec does not document",
                route.operation_id,
                error.status,
                error.message,
            )
            error = ApiError(500, "Internal server error.")
        content = self._json(error.body(), error.status, route)
        return Response(content, error.status, headers=error.headers, media_type=JSON_MEDIA_TYPE)

    def _fault_response(self, mode: str, retry_after: int | None) -> Response:
        status = 429 if mode == "429" else 503
        if status == 429:
            seconds = 1 if retry_after is None else retry_after
            message = f"Too many requests (injected fault); retry after {seconds} seconds."
        else:
            seconds = retry_after  # type: ignore[assignment]
            message = "The service is unavailable (injected fault)" + (
                f"; retry after {seconds} seconds." if seconds is not None else "."
            )
        headers = {} if seconds is None else {"Retry-After": str(seconds)}
        content = self._json(ApiError(status, message).body(), status, None)
        return Response(content, status, headers=headers, media_type=JSON_MEDIA_TYPE)


def _keep_asked_for(reduced: Any, full: Any) -> Any:
    """A lean listCredentials answer, with the accountAuth the request asked for put back."""
    if isinstance(reduced, list) and isinstance(full, list):
        return [_keep_asked_for(kept, whole) for kept, whole in zip(reduced, full, strict=True)]
    if isinstance(reduced, dict) and isinstance(full, dict) and _ASKED_FOR_PROPERTY in full:
        return {**reduced, _ASKED_FOR_PROPERTY: full[_ASKED_FOR_PROPERTY]}
    return reduced
