# Generated from spec/paragon.yaml by `python -m generator`. Do not edit:
# change spec/paragon.yaml or generator/ and regenerate.
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...errors import DecodeError
from ...models.credential import Credential
from ...models.error_envelope import ErrorEnvelope
from ...models.include_account_auth import IncludeAccountAuth
from ...models.integration_account import IntegrationAccount
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
    integration: str | Unset = UNSET,
    include_account_auth: IncludeAccountAuth | Unset = UNSET,
    x_paragon_credential: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_paragon_credential, Unset):
        headers["X-Paragon-Credential"] = x_paragon_credential

    params: dict[str, Any] = {}

    params["integration"] = integration

    json_include_account_auth: str | Unset = UNSET
    if not isinstance(include_account_auth, Unset):
        json_include_account_auth = include_account_auth.value

    params["includeAccountAuth"] = json_include_account_auth

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/projects/{path_segment(project_id)}/sdk/credentials",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response_200(data: object) -> IntegrationAccount | list[Credential]:
    _problem: DecodeError | None = None
    if isinstance(data, list):
        try:
            _componentsschemas_credential_listing_type_0 = data
            if not isinstance(_componentsschemas_credential_listing_type_0, list):
                raise DecodeError.wrong_type(
                    "an array", _componentsschemas_credential_listing_type_0
                )
            componentsschemas_credential_listing_type_0 = []
            try:
                for (
                    componentsschemas_credential_list_item_data
                ) in _componentsschemas_credential_listing_type_0:
                    componentsschemas_credential_list_item = _Credential_from_dict(
                        componentsschemas_credential_list_item_data
                    )

                    componentsschemas_credential_listing_type_0.append(
                        componentsschemas_credential_list_item
                    )
            except DecodeError as _error:
                raise _error.at(len(componentsschemas_credential_listing_type_0))

            return componentsschemas_credential_listing_type_0
        except DecodeError as _variant_error:
            _problem = _problem or _variant_error
        except (TypeError, ValueError, AttributeError, KeyError) as _variant_error:
            _problem = _problem or DecodeError(
                f"{type(_variant_error).__name__}: {_variant_error}"
            )
    if isinstance(data, dict):
        try:
            componentsschemas_credential_listing_type_1 = _IntegrationAccount_from_dict(
                data
            )

            return componentsschemas_credential_listing_type_1
        except DecodeError as _variant_error:
            _problem = _problem or _variant_error
        except (TypeError, ValueError, AttributeError, KeyError) as _variant_error:
            _problem = _problem or DecodeError(
                f"{type(_variant_error).__name__}: {_variant_error}"
            )
    raise (
        _problem
        if _problem is not None
        else DecodeError.wrong_type("an array or an object", data)
    )


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | IntegrationAccount | list[Credential] | None:
    if response.status_code == 200:
        response_200 = _parse_response_200(response.json())

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
        response_200 = _parse_response_200(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


_Credential_from_dict = Credential.from_dict
_ErrorEnvelope_from_dict = ErrorEnvelope.from_dict
_IntegrationAccount_from_dict = IntegrationAccount.from_dict


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorEnvelope | IntegrationAccount | list[Credential]]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (ValueError, TypeError, KeyError, AttributeError, RecursionError) as error:
        # errors.DecodeError and json's JSONDecodeError are ValueErrors.
        raise errors.UnexpectedBody("listCredentials", response, error) from error
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
    integration: str | Unset = UNSET,
    include_account_auth: IncludeAccountAuth | Unset = UNSET,
    x_paragon_credential: str | Unset = UNSET,
) -> Response[ErrorEnvelope | IntegrationAccount | list[Credential]]:
    """List the Connected User's credentials

     Without `integration`: the Connected User's Connect credentials, the accounts they
    connected and authorised (the REST API's list). `providerId` is the user's ID at the
    provider (for Salesforce, their Salesforce user ID).

    With `integration` (SDK 2.4.0's `getIntegrationAccount`, which the file pickers call):
    one object, that integration with the user's account of it (`IntegrationAccount`); the
    account is the one `X-Paragon-Credential` selects, else the first. `includeAccountAuth`
    adds `accountAuth`, the provider's access token; without it `accountAuth` is never
    returned. An integration the user has not installed answers 404.

    Args:
        project_id (str):
        integration (str | Unset): An integration type, like `salesforce`, `googleCalendar` or
            `custom.myapi`.
        include_account_auth (IncludeAccountAuth | Unset): `true` or `false`; SDK 2.4.0 sends
            `undefined` when its caller did not say.
        x_paragon_credential (str | Unset): A UUID, a bare external ID or `ext:<externalId>`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | IntegrationAccount | list[Credential]]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        integration=integration,
        include_account_auth=include_account_auth,
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
    integration: str | Unset = UNSET,
    include_account_auth: IncludeAccountAuth | Unset = UNSET,
    x_paragon_credential: str | Unset = UNSET,
) -> ErrorEnvelope | IntegrationAccount | list[Credential] | None:
    """List the Connected User's credentials

     Without `integration`: the Connected User's Connect credentials, the accounts they
    connected and authorised (the REST API's list). `providerId` is the user's ID at the
    provider (for Salesforce, their Salesforce user ID).

    With `integration` (SDK 2.4.0's `getIntegrationAccount`, which the file pickers call):
    one object, that integration with the user's account of it (`IntegrationAccount`); the
    account is the one `X-Paragon-Credential` selects, else the first. `includeAccountAuth`
    adds `accountAuth`, the provider's access token; without it `accountAuth` is never
    returned. An integration the user has not installed answers 404.

    Args:
        project_id (str):
        integration (str | Unset): An integration type, like `salesforce`, `googleCalendar` or
            `custom.myapi`.
        include_account_auth (IncludeAccountAuth | Unset): `true` or `false`; SDK 2.4.0 sends
            `undefined` when its caller did not say.
        x_paragon_credential (str | Unset): A UUID, a bare external ID or `ext:<externalId>`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | IntegrationAccount | list[Credential]
    """

    return sync_detailed(
        project_id=project_id,
        client=client,
        integration=integration,
        include_account_auth=include_account_auth,
        x_paragon_credential=x_paragon_credential,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    *,
    client: AuthenticatedClient,
    integration: str | Unset = UNSET,
    include_account_auth: IncludeAccountAuth | Unset = UNSET,
    x_paragon_credential: str | Unset = UNSET,
) -> Response[ErrorEnvelope | IntegrationAccount | list[Credential]]:
    """List the Connected User's credentials

     Without `integration`: the Connected User's Connect credentials, the accounts they
    connected and authorised (the REST API's list). `providerId` is the user's ID at the
    provider (for Salesforce, their Salesforce user ID).

    With `integration` (SDK 2.4.0's `getIntegrationAccount`, which the file pickers call):
    one object, that integration with the user's account of it (`IntegrationAccount`); the
    account is the one `X-Paragon-Credential` selects, else the first. `includeAccountAuth`
    adds `accountAuth`, the provider's access token; without it `accountAuth` is never
    returned. An integration the user has not installed answers 404.

    Args:
        project_id (str):
        integration (str | Unset): An integration type, like `salesforce`, `googleCalendar` or
            `custom.myapi`.
        include_account_auth (IncludeAccountAuth | Unset): `true` or `false`; SDK 2.4.0 sends
            `undefined` when its caller did not say.
        x_paragon_credential (str | Unset): A UUID, a bare external ID or `ext:<externalId>`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | IntegrationAccount | list[Credential]]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        integration=integration,
        include_account_auth=include_account_auth,
        x_paragon_credential=x_paragon_credential,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    *,
    client: AuthenticatedClient,
    integration: str | Unset = UNSET,
    include_account_auth: IncludeAccountAuth | Unset = UNSET,
    x_paragon_credential: str | Unset = UNSET,
) -> ErrorEnvelope | IntegrationAccount | list[Credential] | None:
    """List the Connected User's credentials

     Without `integration`: the Connected User's Connect credentials, the accounts they
    connected and authorised (the REST API's list). `providerId` is the user's ID at the
    provider (for Salesforce, their Salesforce user ID).

    With `integration` (SDK 2.4.0's `getIntegrationAccount`, which the file pickers call):
    one object, that integration with the user's account of it (`IntegrationAccount`); the
    account is the one `X-Paragon-Credential` selects, else the first. `includeAccountAuth`
    adds `accountAuth`, the provider's access token; without it `accountAuth` is never
    returned. An integration the user has not installed answers 404.

    Args:
        project_id (str):
        integration (str | Unset): An integration type, like `salesforce`, `googleCalendar` or
            `custom.myapi`.
        include_account_auth (IncludeAccountAuth | Unset): `true` or `false`; SDK 2.4.0 sends
            `undefined` when its caller did not say.
        x_paragon_credential (str | Unset): A UUID, a bare external ID or `ext:<externalId>`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | IntegrationAccount | list[Credential]
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            client=client,
            integration=integration,
            include_account_auth=include_account_auth,
            x_paragon_credential=x_paragon_credential,
        )
    ).parsed
