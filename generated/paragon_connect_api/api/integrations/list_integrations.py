# Generated from spec/paragon.yaml by `python -m generator`. Do not edit:
# change spec/paragon.yaml or generator/ and regenerate.
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...errors import DecodeError
from ...models.error_envelope import ErrorEnvelope
from ...models.integration import Integration
from ...types import Response, path_segment, status_code_from_int

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
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/projects/{path_segment(project_id)}/sdk/integrations",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | list[Integration] | None:
    if response.status_code == 200:
        _response_200 = response.json()
        if not isinstance(_response_200, list):
            raise DecodeError.wrong_type("an array", _response_200)
        response_200 = []
        try:
            for componentsschemas_integration_list_item_data in _response_200:
                componentsschemas_integration_list_item = _Integration_from_dict(
                    componentsschemas_integration_list_item_data
                )

                response_200.append(componentsschemas_integration_list_item)
        except DecodeError as _error:
            raise _error.at(len(response_200))

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
        _response_200 = response.json()
        if not isinstance(_response_200, list):
            raise DecodeError.wrong_type("an array", _response_200)
        response_200 = []
        try:
            for componentsschemas_integration_list_item_data in _response_200:
                componentsschemas_integration_list_item = _Integration_from_dict(
                    componentsschemas_integration_list_item_data
                )

                response_200.append(componentsschemas_integration_list_item)
        except DecodeError as _error:
            raise _error.at(len(response_200))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


_ErrorEnvelope_from_dict = ErrorEnvelope.from_dict
_Integration_from_dict = Integration.from_dict


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorEnvelope | list[Integration]]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (ValueError, TypeError, KeyError, AttributeError, RecursionError) as error:
        # errors.DecodeError and json's JSONDecodeError are ValueErrors.
        raise errors.UnexpectedBody("listIntegrations", response, error) from error
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
) -> Response[ErrorEnvelope | list[Integration]]:
    """List the project's integrations

     Returns the integrations of the project, each with its Connect Portal configuration
    (`configs`), its workflows and its SDK configuration (account types, pre- and post-OAuth
    inputs, data sources). The SDK computes `getIntegrationMetadata`, `getIntegrationConfig`
    and `getDataSourceOptions` from this list; `getIntegrationMetadata` keeps the active ones.

    Args:
        project_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | list[Integration]]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    *,
    client: AuthenticatedClient,
) -> ErrorEnvelope | list[Integration] | None:
    """List the project's integrations

     Returns the integrations of the project, each with its Connect Portal configuration
    (`configs`), its workflows and its SDK configuration (account types, pre- and post-OAuth
    inputs, data sources). The SDK computes `getIntegrationMetadata`, `getIntegrationConfig`
    and `getDataSourceOptions` from this list; `getIntegrationMetadata` keeps the active ones.

    Args:
        project_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | list[Integration]
    """

    return sync_detailed(
        project_id=project_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorEnvelope | list[Integration]]:
    """List the project's integrations

     Returns the integrations of the project, each with its Connect Portal configuration
    (`configs`), its workflows and its SDK configuration (account types, pre- and post-OAuth
    inputs, data sources). The SDK computes `getIntegrationMetadata`, `getIntegrationConfig`
    and `getDataSourceOptions` from this list; `getIntegrationMetadata` keeps the active ones.

    Args:
        project_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | list[Integration]]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    *,
    client: AuthenticatedClient,
) -> ErrorEnvelope | list[Integration] | None:
    """List the project's integrations

     Returns the integrations of the project, each with its Connect Portal configuration
    (`configs`), its workflows and its SDK configuration (account types, pre- and post-OAuth
    inputs, data sources). The SDK computes `getIntegrationMetadata`, `getIntegrationConfig`
    and `getDataSourceOptions` from this list; `getIntegrationMetadata` keeps the active ones.

    Args:
        project_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | list[Integration]
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            client=client,
        )
    ).parsed
