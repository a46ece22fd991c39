# Generated from spec/paragon.yaml by `python -m generator`. Do not edit:
# change spec/paragon.yaml or generator/ and regenerate.
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.tool_run_request import ToolRunRequest
from ...types import UNSET, Response, Unset, path_segment, status_code_from_int

# An error body that is not JSON, or not the documented shape (an HTML page from a proxy or load
# balancer, say), must not hide the status: such a response is returned with parsed None and the
# raw body in Response.content. A success body that does not parse still raises.
_UNPARSABLE_ERROR_BODY = (
    ValueError,
    TypeError,
    KeyError,
    AttributeError,
    RecursionError,
)


def _get_kwargs(
    project_id: str,
    *,
    body: ToolRunRequest,
    x_paragon_credential: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_paragon_credential, Unset):
        headers["X-Paragon-Credential"] = x_paragon_credential

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": f"/projects/{path_segment(project_id)}/tools",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorEnvelope | None:
    if response.status_code == 200:
        response_200 = response.json()

        return response_200

    if response.status_code == 400:
        try:
            response_400 = _ErrorEnvelope_from_dict(response.json())

            return response_400

        except _UNPARSABLE_ERROR_BODY:
            return None

    if response.status_code == 401:
        try:
            response_401 = _ErrorEnvelope_from_dict(response.json())

            return response_401

        except _UNPARSABLE_ERROR_BODY:
            return None

    if response.status_code == 403:
        try:
            response_403 = _ErrorEnvelope_from_dict(response.json())

            return response_403

        except _UNPARSABLE_ERROR_BODY:
            return None

    if response.status_code == 404:
        try:
            response_404 = _ErrorEnvelope_from_dict(response.json())

            return response_404

        except _UNPARSABLE_ERROR_BODY:
            return None

    if response.status_code == 429:
        try:
            response_429 = _ErrorEnvelope_from_dict(response.json())

            return response_429

        except _UNPARSABLE_ERROR_BODY:
            return None

    if response.status_code == 500:
        try:
            response_500 = _ErrorEnvelope_from_dict(response.json())

            return response_500

        except _UNPARSABLE_ERROR_BODY:
            return None

    if response.status_code == 502:
        try:
            response_502 = _ErrorEnvelope_from_dict(response.json())

            return response_502

        except _UNPARSABLE_ERROR_BODY:
            return None

    if response.status_code == 503:
        try:
            response_503 = _ErrorEnvelope_from_dict(response.json())

            return response_503

        except _UNPARSABLE_ERROR_BODY:
            return None

    if 200 <= response.status_code <= 299:
        response_200 = response.json()

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


_ErrorEnvelope_from_dict = ErrorEnvelope.from_dict


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | ErrorEnvelope]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (ValueError, TypeError, KeyError, AttributeError, RecursionError) as error:
        # errors.DecodeError and json's JSONDecodeError are ValueErrors.
        raise errors.UnexpectedBody("runTool", response, error) from error
    return Response(
        status_code=status_code_from_int(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
        http_response=response,
    )


def sync_detailed(
    project_id: str,
    *,
    client: AuthenticatedClient,
    body: ToolRunRequest,
    x_paragon_credential: str | Unset = UNSET,
) -> Response[Any | ErrorEnvelope]:
    """Run a Tool for the Connected User

     Runs one ActionKit Tool with the Connected User's account of its integration (the one
    chosen by `X-Paragon-Credential` when they have several, as for the proxy) and answers
    with what the Tool returned, as it is (`ToolOutput`): `SLACK_SEND_MESSAGE` answers with
    Slack's `chat.postMessage` response. `tool` names the Tool (a name from `listTools`, in
    either format) and `parameters` carries its inputs, by the names of its schema. Source:
    Paragon's "Run Tool" page (`docs.useparagon.com/actionkit/api-reference/run-tool`) and
    the Tools reference, one page per Tool (for example
    `docs.useparagon.com/actionkit/integrations/slack/SLACK_SEND_MESSAGE`).

    Paging is the Tool's, not this endpoint's (Paragon's "Tools API" page,
    `docs.useparagon.com/actionkit/api-reference`): many list and search Tools take a
    `paginationParameters` object inside `parameters`. Call without it for the first page;
    when there are more, the output carries a cursor (`nextPageCursor`, `nextPageToken` or
    an equivalent), passed back in `paginationParameters` (`pageCursor` or `pageToken`) for
    the next page, until no cursor comes. Other Tools page by offset (`offset` or `skip`,
    counting the records received) or by page number (`page`, `pageNo`, `pageNumber` or
    `pageOffset`, adding 1); each Tool's schema shows which.

    Paragon also accepts the older body field `action` in place of `tool` here; this
    description sends `tool` (see the deprecated `runAction` for `action`). The docs give no
    error statuses; this description uses the spec's own: a Tool that does not exist, or
    whose integration the user has not connected, answers 404; `parameters` that do not
    match the Tool's JSON Schema (a required parameter missing, a value of the wrong type,
    an input the Tool does not take) answer 400, each problem listed in `message`; a
    failure of the provider answers 502 with its response in `meta.providerResponse`. A
    token whose permissions claim lacks `actionkit` answers 403.

    Args:
        project_id (str):
        x_paragon_credential (str | Unset): A UUID, a bare external ID or `ext:<externalId>`.
        body (ToolRunRequest): Which Tool to run, with which inputs (`runTool`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        body=body,
        x_paragon_credential=x_paragon_credential,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    *,
    client: AuthenticatedClient,
    body: ToolRunRequest,
    x_paragon_credential: str | Unset = UNSET,
) -> Any | ErrorEnvelope | None:
    """Run a Tool for the Connected User

     Runs one ActionKit Tool with the Connected User's account of its integration (the one
    chosen by `X-Paragon-Credential` when they have several, as for the proxy) and answers
    with what the Tool returned, as it is (`ToolOutput`): `SLACK_SEND_MESSAGE` answers with
    Slack's `chat.postMessage` response. `tool` names the Tool (a name from `listTools`, in
    either format) and `parameters` carries its inputs, by the names of its schema. Source:
    Paragon's "Run Tool" page (`docs.useparagon.com/actionkit/api-reference/run-tool`) and
    the Tools reference, one page per Tool (for example
    `docs.useparagon.com/actionkit/integrations/slack/SLACK_SEND_MESSAGE`).

    Paging is the Tool's, not this endpoint's (Paragon's "Tools API" page,
    `docs.useparagon.com/actionkit/api-reference`): many list and search Tools take a
    `paginationParameters` object inside `parameters`. Call without it for the first page;
    when there are more, the output carries a cursor (`nextPageCursor`, `nextPageToken` or
    an equivalent), passed back in `paginationParameters` (`pageCursor` or `pageToken`) for
    the next page, until no cursor comes. Other Tools page by offset (`offset` or `skip`,
    counting the records received) or by page number (`page`, `pageNo`, `pageNumber` or
    `pageOffset`, adding 1); each Tool's schema shows which.

    Paragon also accepts the older body field `action` in place of `tool` here; this
    description sends `tool` (see the deprecated `runAction` for `action`). The docs give no
    error statuses; this description uses the spec's own: a Tool that does not exist, or
    whose integration the user has not connected, answers 404; `parameters` that do not
    match the Tool's JSON Schema (a required parameter missing, a value of the wrong type,
    an input the Tool does not take) answer 400, each problem listed in `message`; a
    failure of the provider answers 502 with its response in `meta.providerResponse`. A
    token whose permissions claim lacks `actionkit` answers 403.

    Args:
        project_id (str):
        x_paragon_credential (str | Unset): A UUID, a bare external ID or `ext:<externalId>`.
        body (ToolRunRequest): Which Tool to run, with which inputs (`runTool`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorEnvelope
    """

    return sync_detailed(
        project_id=project_id,
        client=client,
        body=body,
        x_paragon_credential=x_paragon_credential,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    *,
    client: AuthenticatedClient,
    body: ToolRunRequest,
    x_paragon_credential: str | Unset = UNSET,
) -> Response[Any | ErrorEnvelope]:
    """Run a Tool for the Connected User

     Runs one ActionKit Tool with the Connected User's account of its integration (the one
    chosen by `X-Paragon-Credential` when they have several, as for the proxy) and answers
    with what the Tool returned, as it is (`ToolOutput`): `SLACK_SEND_MESSAGE` answers with
    Slack's `chat.postMessage` response. `tool` names the Tool (a name from `listTools`, in
    either format) and `parameters` carries its inputs, by the names of its schema. Source:
    Paragon's "Run Tool" page (`docs.useparagon.com/actionkit/api-reference/run-tool`) and
    the Tools reference, one page per Tool (for example
    `docs.useparagon.com/actionkit/integrations/slack/SLACK_SEND_MESSAGE`).

    Paging is the Tool's, not this endpoint's (Paragon's "Tools API" page,
    `docs.useparagon.com/actionkit/api-reference`): many list and search Tools take a
    `paginationParameters` object inside `parameters`. Call without it for the first page;
    when there are more, the output carries a cursor (`nextPageCursor`, `nextPageToken` or
    an equivalent), passed back in `paginationParameters` (`pageCursor` or `pageToken`) for
    the next page, until no cursor comes. Other Tools page by offset (`offset` or `skip`,
    counting the records received) or by page number (`page`, `pageNo`, `pageNumber` or
    `pageOffset`, adding 1); each Tool's schema shows which.

    Paragon also accepts the older body field `action` in place of `tool` here; this
    description sends `tool` (see the deprecated `runAction` for `action`). The docs give no
    error statuses; this description uses the spec's own: a Tool that does not exist, or
    whose integration the user has not connected, answers 404; `parameters` that do not
    match the Tool's JSON Schema (a required parameter missing, a value of the wrong type,
    an input the Tool does not take) answer 400, each problem listed in `message`; a
    failure of the provider answers 502 with its response in `meta.providerResponse`. A
    token whose permissions claim lacks `actionkit` answers 403.

    Args:
        project_id (str):
        x_paragon_credential (str | Unset): A UUID, a bare external ID or `ext:<externalId>`.
        body (ToolRunRequest): Which Tool to run, with which inputs (`runTool`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        body=body,
        x_paragon_credential=x_paragon_credential,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    *,
    client: AuthenticatedClient,
    body: ToolRunRequest,
    x_paragon_credential: str | Unset = UNSET,
) -> Any | ErrorEnvelope | None:
    """Run a Tool for the Connected User

     Runs one ActionKit Tool with the Connected User's account of its integration (the one
    chosen by `X-Paragon-Credential` when they have several, as for the proxy) and answers
    with what the Tool returned, as it is (`ToolOutput`): `SLACK_SEND_MESSAGE` answers with
    Slack's `chat.postMessage` response. `tool` names the Tool (a name from `listTools`, in
    either format) and `parameters` carries its inputs, by the names of its schema. Source:
    Paragon's "Run Tool" page (`docs.useparagon.com/actionkit/api-reference/run-tool`) and
    the Tools reference, one page per Tool (for example
    `docs.useparagon.com/actionkit/integrations/slack/SLACK_SEND_MESSAGE`).

    Paging is the Tool's, not this endpoint's (Paragon's "Tools API" page,
    `docs.useparagon.com/actionkit/api-reference`): many list and search Tools take a
    `paginationParameters` object inside `parameters`. Call without it for the first page;
    when there are more, the output carries a cursor (`nextPageCursor`, `nextPageToken` or
    an equivalent), passed back in `paginationParameters` (`pageCursor` or `pageToken`) for
    the next page, until no cursor comes. Other Tools page by offset (`offset` or `skip`,
    counting the records received) or by page number (`page`, `pageNo`, `pageNumber` or
    `pageOffset`, adding 1); each Tool's schema shows which.

    Paragon also accepts the older body field `action` in place of `tool` here; this
    description sends `tool` (see the deprecated `runAction` for `action`). The docs give no
    error statuses; this description uses the spec's own: a Tool that does not exist, or
    whose integration the user has not connected, answers 404; `parameters` that do not
    match the Tool's JSON Schema (a required parameter missing, a value of the wrong type,
    an input the Tool does not take) answer 400, each problem listed in `message`; a
    failure of the provider answers 502 with its response in `meta.providerResponse`. A
    token whose permissions claim lacks `actionkit` answers 403.

    Args:
        project_id (str):
        x_paragon_credential (str | Unset): A UUID, a bare external ID or `ext:<externalId>`.
        body (ToolRunRequest): Which Tool to run, with which inputs (`runTool`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            client=client,
            body=body,
            x_paragon_credential=x_paragon_credential,
        )
    ).parsed
