# Generated from spec/paragon.yaml by `python -m generator`. Do not edit:
# change spec/paragon.yaml or generator/ and regenerate.
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.credential import Credential
from ...models.credential_code_exchange import CredentialCodeExchange
from ...models.credential_create_request import CredentialCreateRequest
from ...models.error_envelope import ErrorEnvelope
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
    *,
    body: CredentialCodeExchange | CredentialCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": f"/projects/{path_segment(project_id)}/sdk/credentials",
    }

    if isinstance(body, CredentialCreateRequest):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Credential | ErrorEnvelope | None:
    if response.status_code == 201:
        response_201 = _Credential_from_dict(response.json())

        return response_201

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
        response_201 = _Credential_from_dict(response.json())

        return response_201

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


_Credential_from_dict = Credential.from_dict
_ErrorEnvelope_from_dict = ErrorEnvelope.from_dict


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Credential | ErrorEnvelope]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (ValueError, TypeError, KeyError, AttributeError, RecursionError) as error:
        # errors.DecodeError and json's JSONDecodeError are ValueErrors.
        raise errors.UnexpectedBody("createCredential", response, error) from error
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
    body: CredentialCodeExchange | CredentialCreateRequest,
) -> Response[Credential | ErrorEnvelope]:
    """Create a credential from inputs or from an authorization code

     Creates a credential, in one of two ways:

    - from the values the user types, for an integration that does not authenticate with
      OAuth (API keys and the like): the headless install flow sends the integration's UUID
      and the user's inputs in `payload` (SDK 2.4.0 adds `skipPostOAuthInputs` to it). OAuth
      integrations answer 409 here: they install through `buildOauthUrl`;
    - from an OAuth authorization code the application received itself
      (`completeInstall(integrationType, {authorizationCode, redirectUrl?,
      integrationOptions?})`): `code`, `integrationId`, the `redirectUrl` the code was
      issued for, and `integrationOptions`.

    Installing an integration the user already has answers 409 unless
    `installOptions.allowMultipleCredentials` is true; so do inputs the integration requires
    missing from `payload`, and a `code` for an integration that does not use OAuth.

    Args:
        project_id (str):
        body (CredentialCodeExchange | CredentialCreateRequest): The body of `createCredential`:
            the user's inputs, or an authorization code.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Credential | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    *,
    client: AuthenticatedClient,
    body: CredentialCodeExchange | CredentialCreateRequest,
) -> Credential | ErrorEnvelope | None:
    """Create a credential from inputs or from an authorization code

     Creates a credential, in one of two ways:

    - from the values the user types, for an integration that does not authenticate with
      OAuth (API keys and the like): the headless install flow sends the integration's UUID
      and the user's inputs in `payload` (SDK 2.4.0 adds `skipPostOAuthInputs` to it). OAuth
      integrations answer 409 here: they install through `buildOauthUrl`;
    - from an OAuth authorization code the application received itself
      (`completeInstall(integrationType, {authorizationCode, redirectUrl?,
      integrationOptions?})`): `code`, `integrationId`, the `redirectUrl` the code was
      issued for, and `integrationOptions`.

    Installing an integration the user already has answers 409 unless
    `installOptions.allowMultipleCredentials` is true; so do inputs the integration requires
    missing from `payload`, and a `code` for an integration that does not use OAuth.

    Args:
        project_id (str):
        body (CredentialCodeExchange | CredentialCreateRequest): The body of `createCredential`:
            the user's inputs, or an authorization code.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Credential | ErrorEnvelope
    """

    return sync_detailed(
        project_id=project_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    *,
    client: AuthenticatedClient,
    body: CredentialCodeExchange | CredentialCreateRequest,
) -> Response[Credential | ErrorEnvelope]:
    """Create a credential from inputs or from an authorization code

     Creates a credential, in one of two ways:

    - from the values the user types, for an integration that does not authenticate with
      OAuth (API keys and the like): the headless install flow sends the integration's UUID
      and the user's inputs in `payload` (SDK 2.4.0 adds `skipPostOAuthInputs` to it). OAuth
      integrations answer 409 here: they install through `buildOauthUrl`;
    - from an OAuth authorization code the application received itself
      (`completeInstall(integrationType, {authorizationCode, redirectUrl?,
      integrationOptions?})`): `code`, `integrationId`, the `redirectUrl` the code was
      issued for, and `integrationOptions`.

    Installing an integration the user already has answers 409 unless
    `installOptions.allowMultipleCredentials` is true; so do inputs the integration requires
    missing from `payload`, and a `code` for an integration that does not use OAuth.

    Args:
        project_id (str):
        body (CredentialCodeExchange | CredentialCreateRequest): The body of `createCredential`:
            the user's inputs, or an authorization code.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Credential | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    *,
    client: AuthenticatedClient,
    body: CredentialCodeExchange | CredentialCreateRequest,
) -> Credential | ErrorEnvelope | None:
    """Create a credential from inputs or from an authorization code

     Creates a credential, in one of two ways:

    - from the values the user types, for an integration that does not authenticate with
      OAuth (API keys and the like): the headless install flow sends the integration's UUID
      and the user's inputs in `payload` (SDK 2.4.0 adds `skipPostOAuthInputs` to it). OAuth
      integrations answer 409 here: they install through `buildOauthUrl`;
    - from an OAuth authorization code the application received itself
      (`completeInstall(integrationType, {authorizationCode, redirectUrl?,
      integrationOptions?})`): `code`, `integrationId`, the `redirectUrl` the code was
      issued for, and `integrationOptions`.

    Installing an integration the user already has answers 409 unless
    `installOptions.allowMultipleCredentials` is true; so do inputs the integration requires
    missing from `payload`, and a `code` for an integration that does not use OAuth.

    Args:
        project_id (str):
        body (CredentialCodeExchange | CredentialCreateRequest): The body of `createCredential`:
            the user's inputs, or an authorization code.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Credential | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            client=client,
            body=body,
        )
    ).parsed
