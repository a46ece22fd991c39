# Generated from spec/paragon.yaml by `python -m generator`. Do not edit:
# change spec/paragon.yaml or generator/ and regenerate.
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.raw_response_flag import RawResponseFlag
from ...types import UNSET, Response, Unset, path_segment, status_code_from_int

# RFC 3986 pchar characters other than the unreserved ones (which quote() always keeps), plus the
# segment separator. "?", "#", "%", spaces and non-ASCII characters are still percent-encoded.
_SUB_PATH_SAFE = "/:@!$&'()*+,;="


def _quote_sub_path(value: str) -> str:
    """Percent-encode a sub-path, keeping its slashes.

    "." and ".." segments are encoded as well: URL normalisation (httpx does it) would otherwise
    resolve them and send the request outside the proxy prefix.
    """
    segments = quote(value, safe=_SUB_PATH_SAFE).split("/")
    return "/".join(
        "%2E" * len(segment) if segment in (".", "..") else segment
        for segment in segments
    )


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
    integration_type: str,
    path: str,
    *,
    body: Any | Unset = UNSET,
    x_paragon_credential: str | Unset = UNSET,
    x_paragon_use_raw_response: RawResponseFlag | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_paragon_credential, Unset):
        headers["X-Paragon-Credential"] = x_paragon_credential

    if not isinstance(x_paragon_use_raw_response, Unset):
        headers["X-Paragon-Use-Raw-Response"] = str(x_paragon_use_raw_response)

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": f"/projects/{path_segment(project_id)}/sdk/proxy/{path_segment(integration_type)}/{_quote_sub_path(str(path))}",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body

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
        raise errors.UnexpectedBody("proxyPost", response, error) from error
    return Response(
        status_code=status_code_from_int(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
        http_response=response,
    )


def sync_detailed(
    project_id: str,
    integration_type: str,
    path: str,
    *,
    client: AuthenticatedClient,
    body: Any | Unset = UNSET,
    x_paragon_credential: str | Unset = UNSET,
    x_paragon_use_raw_response: RawResponseFlag | Unset = UNSET,
) -> Response[Any | ErrorEnvelope]:
    """Proxy a POST request to the provider

     Sends a JSON body to the provider's API, for example Slack's `chat.postMessage` (the reference's
    `request()` example).
    Part of `request(integrationType, path, {method, body, headers})`: the request is sent
    with the Connected User's credentials for the integration (the one chosen by
    `X-Paragon-Credential` when they have several). `path` is the provider path: send a
    multi-segment one with real slashes; a generated client's `%2F` reaches the same
    provider path (see the `path` parameter). Query parameters are passed on.
    The provider's response comes back wrapped as `{output: ...}`, or as it is with
    `X-Paragon-Use-Raw-Response: 1`. A provider error comes back with the provider's
    status when it is one of those documented here, otherwise as 502; either way the body
    is the error envelope with the provider's response in `meta.providerResponse`.
    An integration the user has not installed answers 404. SDK 2.4.0 sends its body with
    `Content-Type: auto`, asking the proxy to infer the type (JSON when it parses as JSON).

    Args:
        project_id (str):
        integration_type (str): An integration type, like `salesforce`, `googleCalendar` or
            `custom.myapi`.
        path (str):
        x_paragon_credential (str | Unset): A UUID, a bare external ID or `ext:<externalId>`.
        x_paragon_use_raw_response (RawResponseFlag | Unset): `1` asks for the provider's body as
            it is; `0` (the default) for the `{output: ...}` wrapper.
        body (Any | Unset): The JSON body for the provider, sent as it is.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        integration_type=integration_type,
        path=path,
        body=body,
        x_paragon_credential=x_paragon_credential,
        x_paragon_use_raw_response=x_paragon_use_raw_response,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    integration_type: str,
    path: str,
    *,
    client: AuthenticatedClient,
    body: Any | Unset = UNSET,
    x_paragon_credential: str | Unset = UNSET,
    x_paragon_use_raw_response: RawResponseFlag | Unset = UNSET,
) -> Any | ErrorEnvelope | None:
    """Proxy a POST request to the provider

     Sends a JSON body to the provider's API, for example Slack's `chat.postMessage` (the reference's
    `request()` example).
    Part of `request(integrationType, path, {method, body, headers})`: the request is sent
    with the Connected User's credentials for the integration (the one chosen by
    `X-Paragon-Credential` when they have several). `path` is the provider path: send a
    multi-segment one with real slashes; a generated client's `%2F` reaches the same
    provider path (see the `path` parameter). Query parameters are passed on.
    The provider's response comes back wrapped as `{output: ...}`, or as it is with
    `X-Paragon-Use-Raw-Response: 1`. A provider error comes back with the provider's
    status when it is one of those documented here, otherwise as 502; either way the body
    is the error envelope with the provider's response in `meta.providerResponse`.
    An integration the user has not installed answers 404. SDK 2.4.0 sends its body with
    `Content-Type: auto`, asking the proxy to infer the type (JSON when it parses as JSON).

    Args:
        project_id (str):
        integration_type (str): An integration type, like `salesforce`, `googleCalendar` or
            `custom.myapi`.
        path (str):
        x_paragon_credential (str | Unset): A UUID, a bare external ID or `ext:<externalId>`.
        x_paragon_use_raw_response (RawResponseFlag | Unset): `1` asks for the provider's body as
            it is; `0` (the default) for the `{output: ...}` wrapper.
        body (Any | Unset): The JSON body for the provider, sent as it is.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorEnvelope
    """

    return sync_detailed(
        project_id=project_id,
        integration_type=integration_type,
        path=path,
        client=client,
        body=body,
        x_paragon_credential=x_paragon_credential,
        x_paragon_use_raw_response=x_paragon_use_raw_response,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    integration_type: str,
    path: str,
    *,
    client: AuthenticatedClient,
    body: Any | Unset = UNSET,
    x_paragon_credential: str | Unset = UNSET,
    x_paragon_use_raw_response: RawResponseFlag | Unset = UNSET,
) -> Response[Any | ErrorEnvelope]:
    """Proxy a POST request to the provider

     Sends a JSON body to the provider's API, for example Slack's `chat.postMessage` (the reference's
    `request()` example).
    Part of `request(integrationType, path, {method, body, headers})`: the request is sent
    with the Connected User's credentials for the integration (the one chosen by
    `X-Paragon-Credential` when they have several). `path` is the provider path: send a
    multi-segment one with real slashes; a generated client's `%2F` reaches the same
    provider path (see the `path` parameter). Query parameters are passed on.
    The provider's response comes back wrapped as `{output: ...}`, or as it is with
    `X-Paragon-Use-Raw-Response: 1`. A provider error comes back with the provider's
    status when it is one of those documented here, otherwise as 502; either way the body
    is the error envelope with the provider's response in `meta.providerResponse`.
    An integration the user has not installed answers 404. SDK 2.4.0 sends its body with
    `Content-Type: auto`, asking the proxy to infer the type (JSON when it parses as JSON).

    Args:
        project_id (str):
        integration_type (str): An integration type, like `salesforce`, `googleCalendar` or
            `custom.myapi`.
        path (str):
        x_paragon_credential (str | Unset): A UUID, a bare external ID or `ext:<externalId>`.
        x_paragon_use_raw_response (RawResponseFlag | Unset): `1` asks for the provider's body as
            it is; `0` (the default) for the `{output: ...}` wrapper.
        body (Any | Unset): The JSON body for the provider, sent as it is.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        integration_type=integration_type,
        path=path,
        body=body,
        x_paragon_credential=x_paragon_credential,
        x_paragon_use_raw_response=x_paragon_use_raw_response,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    integration_type: str,
    path: str,
    *,
    client: AuthenticatedClient,
    body: Any | Unset = UNSET,
    x_paragon_credential: str | Unset = UNSET,
    x_paragon_use_raw_response: RawResponseFlag | Unset = UNSET,
) -> Any | ErrorEnvelope | None:
    """Proxy a POST request to the provider

     Sends a JSON body to the provider's API, for example Slack's `chat.postMessage` (the reference's
    `request()` example).
    Part of `request(integrationType, path, {method, body, headers})`: the request is sent
    with the Connected User's credentials for the integration (the one chosen by
    `X-Paragon-Credential` when they have several). `path` is the provider path: send a
    multi-segment one with real slashes; a generated client's `%2F` reaches the same
    provider path (see the `path` parameter). Query parameters are passed on.
    The provider's response comes back wrapped as `{output: ...}`, or as it is with
    `X-Paragon-Use-Raw-Response: 1`. A provider error comes back with the provider's
    status when it is one of those documented here, otherwise as 502; either way the body
    is the error envelope with the provider's response in `meta.providerResponse`.
    An integration the user has not installed answers 404. SDK 2.4.0 sends its body with
    `Content-Type: auto`, asking the proxy to infer the type (JSON when it parses as JSON).

    Args:
        project_id (str):
        integration_type (str): An integration type, like `salesforce`, `googleCalendar` or
            `custom.myapi`.
        path (str):
        x_paragon_credential (str | Unset): A UUID, a bare external ID or `ext:<externalId>`.
        x_paragon_use_raw_response (RawResponseFlag | Unset): `1` asks for the provider's body as
            it is; `0` (the default) for the `{output: ...}` wrapper.
        body (Any | Unset): The JSON body for the provider, sent as it is.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            integration_type=integration_type,
            path=path,
            client=client,
            body=body,
            x_paragon_credential=x_paragon_credential,
            x_paragon_use_raw_response=x_paragon_use_raw_response,
        )
    ).parsed
