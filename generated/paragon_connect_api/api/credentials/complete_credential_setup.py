# Generated from spec/paragon.yaml by `python -m generator`. Do not edit:
# change spec/paragon.yaml or generator/ and regenerate.
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.credential import Credential
from ...models.credential_setup_request import CredentialSetupRequest
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
    credential_id: str,
    *,
    body: CredentialSetupRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": f"/projects/{path_segment(project_id)}/sdk/credentials/{path_segment(credential_id)}/complete-setup",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Credential | ErrorEnvelope | None:
    if response.status_code == 200:
        response_200 = _Credential_from_dict(response.json())

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
        response_200 = _Credential_from_dict(response.json())

        return response_200

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
        raise errors.UnexpectedBody(
            "completeCredentialSetup", response, error
        ) from error
    return Response(
        status_code=status_code_from_int(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
        http_response=response,
    )


def sync_detailed(
    project_id: str,
    credential_id: str,
    *,
    client: AuthenticatedClient,
    body: CredentialSetupRequest,
) -> Response[Credential | ErrorEnvelope]:
    """Complete a credential's post-OAuth setup

     Saves the values of the post-OAuth inputs (`installFlow.setPostOptions`) and completes
    the credential's setup: a `PENDING` credential becomes `VALID`. The body has the same
    shape as `createCredential`'s, with the inputs in `payload`. A required post-OAuth input
    missing from `payload`, or a workflow of another integration in `config`, answers 409.

    Args:
        project_id (str):
        credential_id (str):
        body (CredentialSetupRequest): The body of `completeCredentialSetup`, carrying the post-
            OAuth inputs.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Credential | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        credential_id=credential_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    credential_id: str,
    *,
    client: AuthenticatedClient,
    body: CredentialSetupRequest,
) -> Credential | ErrorEnvelope | None:
    """Complete a credential's post-OAuth setup

     Saves the values of the post-OAuth inputs (`installFlow.setPostOptions`) and completes
    the credential's setup: a `PENDING` credential becomes `VALID`. The body has the same
    shape as `createCredential`'s, with the inputs in `payload`. A required post-OAuth input
    missing from `payload`, or a workflow of another integration in `config`, answers 409.

    Args:
        project_id (str):
        credential_id (str):
        body (CredentialSetupRequest): The body of `completeCredentialSetup`, carrying the post-
            OAuth inputs.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Credential | ErrorEnvelope
    """

    return sync_detailed(
        project_id=project_id,
        credential_id=credential_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    credential_id: str,
    *,
    client: AuthenticatedClient,
    body: CredentialSetupRequest,
) -> Response[Credential | ErrorEnvelope]:
    """Complete a credential's post-OAuth setup

     Saves the values of the post-OAuth inputs (`installFlow.setPostOptions`) and completes
    the credential's setup: a `PENDING` credential becomes `VALID`. The body has the same
    shape as `createCredential`'s, with the inputs in `payload`. A required post-OAuth input
    missing from `payload`, or a workflow of another integration in `config`, answers 409.

    Args:
        project_id (str):
        credential_id (str):
        body (CredentialSetupRequest): The body of `completeCredentialSetup`, carrying the post-
            OAuth inputs.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Credential | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        credential_id=credential_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    credential_id: str,
    *,
    client: AuthenticatedClient,
    body: CredentialSetupRequest,
) -> Credential | ErrorEnvelope | None:
    """Complete a credential's post-OAuth setup

     Saves the values of the post-OAuth inputs (`installFlow.setPostOptions`) and completes
    the credential's setup: a `PENDING` credential becomes `VALID`. The body has the same
    shape as `createCredential`'s, with the inputs in `payload`. A required post-OAuth input
    missing from `payload`, or a workflow of another integration in `config`, answers 409.

    Args:
        project_id (str):
        credential_id (str):
        body (CredentialSetupRequest): The body of `completeCredentialSetup`, carrying the post-
            OAuth inputs.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Credential | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            credential_id=credential_id,
            client=client,
            body=body,
        )
    ).parsed
