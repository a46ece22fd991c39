# Generated from spec/paragon.yaml by `python -m generator`. Do not edit:
# change spec/paragon.yaml or generator/ and regenerate.
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...errors import DecodeError
from ...models.error_envelope import ErrorEnvelope
from ...types import UNSET, Response, path_segment, status_code_from_int

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
    action: str,
    integration_id: str,
    origin_for_post_message: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["action"] = action

    params["integrationId"] = integration_id

    params["originForPostMessage"] = origin_for_post_message

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/projects/{path_segment(project_id)}/sdk/actions/oauth-nonce",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | str | None:
    if response.status_code == 200:
        response_200 = response.text
        if not isinstance(response_200, str):
            raise DecodeError.wrong_type("a string", response_200)

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
        response_200 = response.text
        if not isinstance(response_200, str):
            raise DecodeError.wrong_type("a string", response_200)

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


_ErrorEnvelope_from_dict = ErrorEnvelope.from_dict


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorEnvelope | str]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (ValueError, TypeError, KeyError, AttributeError, RecursionError) as error:
        # errors.DecodeError and json's JSONDecodeError are ValueErrors.
        raise errors.UnexpectedBody("getOauthNoncePage", response, error) from error
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
    action: str,
    integration_id: str,
    origin_for_post_message: str,
) -> Response[ErrorEnvelope | str]:
    """The page an OAuth popup opens first

     In a browser, SDK 2.4.0 opens this page in its OAuth popup while it asks `buildOauthUrl`
    for the consent page; the page posts `{type: "oauth-nonce-loaded"}` to the popup's
    opener (at `originForPostMessage`), and the SDK then sends the popup to the consent page.
    A popup cannot send headers, so the user token comes in the query (`userToken`).

    Args:
        project_id (str):
        action (str): An integration type, like `salesforce`, `googleCalendar` or `custom.myapi`.
        integration_id (str):
        origin_for_post_message (str): A web origin, as `window.location.origin` gives it: scheme,
            host (a name in ASCII, an IPv4
            address or an IPv6 one in brackets) and port.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | str]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        action=action,
        integration_id=integration_id,
        origin_for_post_message=origin_for_post_message,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    *,
    client: AuthenticatedClient,
    action: str,
    integration_id: str,
    origin_for_post_message: str,
) -> ErrorEnvelope | str | None:
    """The page an OAuth popup opens first

     In a browser, SDK 2.4.0 opens this page in its OAuth popup while it asks `buildOauthUrl`
    for the consent page; the page posts `{type: "oauth-nonce-loaded"}` to the popup's
    opener (at `originForPostMessage`), and the SDK then sends the popup to the consent page.
    A popup cannot send headers, so the user token comes in the query (`userToken`).

    Args:
        project_id (str):
        action (str): An integration type, like `salesforce`, `googleCalendar` or `custom.myapi`.
        integration_id (str):
        origin_for_post_message (str): A web origin, as `window.location.origin` gives it: scheme,
            host (a name in ASCII, an IPv4
            address or an IPv6 one in brackets) and port.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | str
    """

    return sync_detailed(
        project_id=project_id,
        client=client,
        action=action,
        integration_id=integration_id,
        origin_for_post_message=origin_for_post_message,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    *,
    client: AuthenticatedClient,
    action: str,
    integration_id: str,
    origin_for_post_message: str,
) -> Response[ErrorEnvelope | str]:
    """The page an OAuth popup opens first

     In a browser, SDK 2.4.0 opens this page in its OAuth popup while it asks `buildOauthUrl`
    for the consent page; the page posts `{type: "oauth-nonce-loaded"}` to the popup's
    opener (at `originForPostMessage`), and the SDK then sends the popup to the consent page.
    A popup cannot send headers, so the user token comes in the query (`userToken`).

    Args:
        project_id (str):
        action (str): An integration type, like `salesforce`, `googleCalendar` or `custom.myapi`.
        integration_id (str):
        origin_for_post_message (str): A web origin, as `window.location.origin` gives it: scheme,
            host (a name in ASCII, an IPv4
            address or an IPv6 one in brackets) and port.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | str]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        action=action,
        integration_id=integration_id,
        origin_for_post_message=origin_for_post_message,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    *,
    client: AuthenticatedClient,
    action: str,
    integration_id: str,
    origin_for_post_message: str,
) -> ErrorEnvelope | str | None:
    """The page an OAuth popup opens first

     In a browser, SDK 2.4.0 opens this page in its OAuth popup while it asks `buildOauthUrl`
    for the consent page; the page posts `{type: "oauth-nonce-loaded"}` to the popup's
    opener (at `originForPostMessage`), and the SDK then sends the popup to the consent page.
    A popup cannot send headers, so the user token comes in the query (`userToken`).

    Args:
        project_id (str):
        action (str): An integration type, like `salesforce`, `googleCalendar` or `custom.myapi`.
        integration_id (str):
        origin_for_post_message (str): A web origin, as `window.location.origin` gives it: scheme,
            host (a name in ASCII, an IPv4
            address or an IPv6 one in brackets) and port.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | str
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            client=client,
            action=action,
            integration_id=integration_id,
            origin_for_post_message=origin_for_post_message,
        )
    ).parsed
