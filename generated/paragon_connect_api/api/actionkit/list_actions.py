# Generated from spec/paragon.yaml by `python -m generator`. Do not edit:
# change spec/paragon.yaml or generator/ and regenerate.
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.tool_format import ToolFormat
from ...models.tool_list import ToolList
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
    format_: ToolFormat | Unset = UNSET,
    limit_to_available: bool | Unset = True,
    reload_fields: bool | Unset = False,
    integrations: str | Unset = UNSET,
    categories: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_format_: str | Unset = UNSET
    if not isinstance(format_, Unset):
        json_format_ = format_.value

    params["format"] = json_format_

    params["limit_to_available"] = limit_to_available

    params["reload_fields"] = reload_fields

    params["integrations"] = integrations

    params["categories"] = categories

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/projects/{path_segment(project_id)}/actions",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | ToolList | None:
    if response.status_code == 200:
        response_200 = _ToolList_from_dict(response.json())

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

    if response.status_code == 503:
        try:
            response_503 = _ErrorEnvelope_from_dict(response.json())

            return response_503

        except _UNPARSABLE_ERROR_BODY:
            return None

    if 200 <= response.status_code <= 299:
        response_200 = _ToolList_from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


_ErrorEnvelope_from_dict = ErrorEnvelope.from_dict
_ToolList_from_dict = ToolList.from_dict


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorEnvelope | ToolList]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (ValueError, TypeError, KeyError, AttributeError, RecursionError) as error:
        # errors.DecodeError and json's JSONDecodeError are ValueErrors.
        raise errors.UnexpectedBody("listActions", response, error) from error
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
    format_: ToolFormat | Unset = UNSET,
    limit_to_available: bool | Unset = True,
    reload_fields: bool | Unset = False,
    integrations: str | Unset = UNSET,
    categories: str | Unset = UNSET,
) -> Response[ErrorEnvelope | ToolList]:
    """List the Tools available to the Connected User (legacy path)

     The earlier path of `listTools`, kept by Paragon for backward compatibility: "both paths
    work identically" (the List Tools page, `docs.useparagon.com/actionkit/api-reference/list-tools`).
    It takes the same query parameters; its answers carry the Tools under `actions`, as the
    earlier "List Actions" docs show them and Paragon's MCP server reads them. Use
    `listTools`.

    Args:
        project_id (str):
        format_ (ToolFormat | Unset): The shape of the Tools `listTools` answers with:
            `json_schema`, function-calling
            definitions for LLMs (`FunctionTool`); `paragon`, the inputs of Paragon's workflow
            editor (`ParagonTool`).
        limit_to_available (bool | Unset):  Default: True.
        reload_fields (bool | Unset):  Default: False.
        integrations (str | Unset): Integration types separated by commas, without spaces, like
            `salesforce,hubspot`.
        categories (str | Unset): Integration categories separated by commas, without spaces, like
            `crm,project_management`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | ToolList]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        format_=format_,
        limit_to_available=limit_to_available,
        reload_fields=reload_fields,
        integrations=integrations,
        categories=categories,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    *,
    client: AuthenticatedClient,
    format_: ToolFormat | Unset = UNSET,
    limit_to_available: bool | Unset = True,
    reload_fields: bool | Unset = False,
    integrations: str | Unset = UNSET,
    categories: str | Unset = UNSET,
) -> ErrorEnvelope | ToolList | None:
    """List the Tools available to the Connected User (legacy path)

     The earlier path of `listTools`, kept by Paragon for backward compatibility: "both paths
    work identically" (the List Tools page, `docs.useparagon.com/actionkit/api-reference/list-tools`).
    It takes the same query parameters; its answers carry the Tools under `actions`, as the
    earlier "List Actions" docs show them and Paragon's MCP server reads them. Use
    `listTools`.

    Args:
        project_id (str):
        format_ (ToolFormat | Unset): The shape of the Tools `listTools` answers with:
            `json_schema`, function-calling
            definitions for LLMs (`FunctionTool`); `paragon`, the inputs of Paragon's workflow
            editor (`ParagonTool`).
        limit_to_available (bool | Unset):  Default: True.
        reload_fields (bool | Unset):  Default: False.
        integrations (str | Unset): Integration types separated by commas, without spaces, like
            `salesforce,hubspot`.
        categories (str | Unset): Integration categories separated by commas, without spaces, like
            `crm,project_management`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | ToolList
    """

    return sync_detailed(
        project_id=project_id,
        client=client,
        format_=format_,
        limit_to_available=limit_to_available,
        reload_fields=reload_fields,
        integrations=integrations,
        categories=categories,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    *,
    client: AuthenticatedClient,
    format_: ToolFormat | Unset = UNSET,
    limit_to_available: bool | Unset = True,
    reload_fields: bool | Unset = False,
    integrations: str | Unset = UNSET,
    categories: str | Unset = UNSET,
) -> Response[ErrorEnvelope | ToolList]:
    """List the Tools available to the Connected User (legacy path)

     The earlier path of `listTools`, kept by Paragon for backward compatibility: "both paths
    work identically" (the List Tools page, `docs.useparagon.com/actionkit/api-reference/list-tools`).
    It takes the same query parameters; its answers carry the Tools under `actions`, as the
    earlier "List Actions" docs show them and Paragon's MCP server reads them. Use
    `listTools`.

    Args:
        project_id (str):
        format_ (ToolFormat | Unset): The shape of the Tools `listTools` answers with:
            `json_schema`, function-calling
            definitions for LLMs (`FunctionTool`); `paragon`, the inputs of Paragon's workflow
            editor (`ParagonTool`).
        limit_to_available (bool | Unset):  Default: True.
        reload_fields (bool | Unset):  Default: False.
        integrations (str | Unset): Integration types separated by commas, without spaces, like
            `salesforce,hubspot`.
        categories (str | Unset): Integration categories separated by commas, without spaces, like
            `crm,project_management`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | ToolList]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        format_=format_,
        limit_to_available=limit_to_available,
        reload_fields=reload_fields,
        integrations=integrations,
        categories=categories,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    *,
    client: AuthenticatedClient,
    format_: ToolFormat | Unset = UNSET,
    limit_to_available: bool | Unset = True,
    reload_fields: bool | Unset = False,
    integrations: str | Unset = UNSET,
    categories: str | Unset = UNSET,
) -> ErrorEnvelope | ToolList | None:
    """List the Tools available to the Connected User (legacy path)

     The earlier path of `listTools`, kept by Paragon for backward compatibility: "both paths
    work identically" (the List Tools page, `docs.useparagon.com/actionkit/api-reference/list-tools`).
    It takes the same query parameters; its answers carry the Tools under `actions`, as the
    earlier "List Actions" docs show them and Paragon's MCP server reads them. Use
    `listTools`.

    Args:
        project_id (str):
        format_ (ToolFormat | Unset): The shape of the Tools `listTools` answers with:
            `json_schema`, function-calling
            definitions for LLMs (`FunctionTool`); `paragon`, the inputs of Paragon's workflow
            editor (`ParagonTool`).
        limit_to_available (bool | Unset):  Default: True.
        reload_fields (bool | Unset):  Default: False.
        integrations (str | Unset): Integration types separated by commas, without spaces, like
            `salesforce,hubspot`.
        categories (str | Unset): Integration categories separated by commas, without spaces, like
            `crm,project_management`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | ToolList
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            client=client,
            format_=format_,
            limit_to_available=limit_to_available,
            reload_fields=reload_fields,
            integrations=integrations,
            categories=categories,
        )
    ).parsed
