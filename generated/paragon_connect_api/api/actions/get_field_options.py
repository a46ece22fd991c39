# Generated from spec/paragon.yaml by `python -m generator`. Do not edit:
# change spec/paragon.yaml or generator/ and regenerate.
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.field_options_request import FieldOptionsRequest
from ...models.field_options_response import FieldOptionsResponse
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
    body: FieldOptionsRequest,
    x_paragon_credential: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_paragon_credential, Unset):
        headers["X-Paragon-Credential"] = x_paragon_credential

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": f"/projects/{path_segment(project_id)}/sdk/actions",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | FieldOptionsResponse | None:
    if response.status_code == 200:
        response_200 = _FieldOptionsResponse_from_dict(response.json())

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

    if response.status_code == 409:
        try:
            response_409 = _ErrorEnvelope_from_dict(response.json())

            return response_409

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
        response_200 = _FieldOptionsResponse_from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


_ErrorEnvelope_from_dict = ErrorEnvelope.from_dict
_FieldOptionsResponse_from_dict = FieldOptionsResponse.from_dict


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorEnvelope | FieldOptionsResponse]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (ValueError, TypeError, KeyError, AttributeError, RecursionError) as error:
        # errors.DecodeError and json's JSONDecodeError are ValueErrors.
        raise errors.UnexpectedBody("getFieldOptions", response, error) from error
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
    body: FieldOptionsRequest,
    x_paragon_credential: str | Unset = UNSET,
) -> Response[ErrorEnvelope | FieldOptionsResponse]:
    """Load the options of a dynamic data source

     Loads options from a `DYNAMIC_DATA_SOURCE` with the Connected User's account
    (`getFieldOptions`): `action` is the integration type and `sourceKey` the source type (or
    the `cacheKey` of a source inside a compound data source). `parameters` carry the user's
    choice in the first input of a compound source. `paginationParameters.pageCursor` is the
    `nextPageCursor` of the previous page (`0` or absent for the first) and `search` filters
    the options. `output` is a list of options, a list of sections, or a page of `records`
    with `nextPageCursor` (`null` on the last page); the SDK maps each to
    `{data, nestedData, nextPageCursor}`. An integration the user has not installed, a choice
    that is not an option of the compound source's first input, and a `pageCursor` the source
    did not issue answer 404; a `sourceKey` naming a compound source (load its inputs' sources
    instead) and a dependent source asked for without the first input's choice answer 409.

    Args:
        project_id (str):
        x_paragon_credential (str | Unset): A UUID, a bare external ID or `ext:<externalId>`.
        body (FieldOptionsRequest): The body of `getFieldOptions`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | FieldOptionsResponse]
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
    body: FieldOptionsRequest,
    x_paragon_credential: str | Unset = UNSET,
) -> ErrorEnvelope | FieldOptionsResponse | None:
    """Load the options of a dynamic data source

     Loads options from a `DYNAMIC_DATA_SOURCE` with the Connected User's account
    (`getFieldOptions`): `action` is the integration type and `sourceKey` the source type (or
    the `cacheKey` of a source inside a compound data source). `parameters` carry the user's
    choice in the first input of a compound source. `paginationParameters.pageCursor` is the
    `nextPageCursor` of the previous page (`0` or absent for the first) and `search` filters
    the options. `output` is a list of options, a list of sections, or a page of `records`
    with `nextPageCursor` (`null` on the last page); the SDK maps each to
    `{data, nestedData, nextPageCursor}`. An integration the user has not installed, a choice
    that is not an option of the compound source's first input, and a `pageCursor` the source
    did not issue answer 404; a `sourceKey` naming a compound source (load its inputs' sources
    instead) and a dependent source asked for without the first input's choice answer 409.

    Args:
        project_id (str):
        x_paragon_credential (str | Unset): A UUID, a bare external ID or `ext:<externalId>`.
        body (FieldOptionsRequest): The body of `getFieldOptions`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | FieldOptionsResponse
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
    body: FieldOptionsRequest,
    x_paragon_credential: str | Unset = UNSET,
) -> Response[ErrorEnvelope | FieldOptionsResponse]:
    """Load the options of a dynamic data source

     Loads options from a `DYNAMIC_DATA_SOURCE` with the Connected User's account
    (`getFieldOptions`): `action` is the integration type and `sourceKey` the source type (or
    the `cacheKey` of a source inside a compound data source). `parameters` carry the user's
    choice in the first input of a compound source. `paginationParameters.pageCursor` is the
    `nextPageCursor` of the previous page (`0` or absent for the first) and `search` filters
    the options. `output` is a list of options, a list of sections, or a page of `records`
    with `nextPageCursor` (`null` on the last page); the SDK maps each to
    `{data, nestedData, nextPageCursor}`. An integration the user has not installed, a choice
    that is not an option of the compound source's first input, and a `pageCursor` the source
    did not issue answer 404; a `sourceKey` naming a compound source (load its inputs' sources
    instead) and a dependent source asked for without the first input's choice answer 409.

    Args:
        project_id (str):
        x_paragon_credential (str | Unset): A UUID, a bare external ID or `ext:<externalId>`.
        body (FieldOptionsRequest): The body of `getFieldOptions`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | FieldOptionsResponse]
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
    body: FieldOptionsRequest,
    x_paragon_credential: str | Unset = UNSET,
) -> ErrorEnvelope | FieldOptionsResponse | None:
    """Load the options of a dynamic data source

     Loads options from a `DYNAMIC_DATA_SOURCE` with the Connected User's account
    (`getFieldOptions`): `action` is the integration type and `sourceKey` the source type (or
    the `cacheKey` of a source inside a compound data source). `parameters` carry the user's
    choice in the first input of a compound source. `paginationParameters.pageCursor` is the
    `nextPageCursor` of the previous page (`0` or absent for the first) and `search` filters
    the options. `output` is a list of options, a list of sections, or a page of `records`
    with `nextPageCursor` (`null` on the last page); the SDK maps each to
    `{data, nestedData, nextPageCursor}`. An integration the user has not installed, a choice
    that is not an option of the compound source's first input, and a `pageCursor` the source
    did not issue answer 404; a `sourceKey` naming a compound source (load its inputs' sources
    instead) and a dependent source asked for without the first input's choice answer 409.

    Args:
        project_id (str):
        x_paragon_credential (str | Unset): A UUID, a bare external ID or `ext:<externalId>`.
        body (FieldOptionsRequest): The body of `getFieldOptions`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | FieldOptionsResponse
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            client=client,
            body=body,
            x_paragon_credential=x_paragon_credential,
        )
    ).parsed
