# Generated from spec/paragon.yaml by `python -m generator`. Do not edit:
# change spec/paragon.yaml or generator/ and regenerate.
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.oauth_session import OAuthSession
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
    nonce: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/projects/{path_segment(project_id)}/sdk/actions/session-id/{path_segment(nonce)}",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | OAuthSession | None:
    if response.status_code == 200:
        response_200 = _OAuthSession_from_dict(response.json())

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
        response_200 = _OAuthSession_from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


_ErrorEnvelope_from_dict = ErrorEnvelope.from_dict
_OAuthSession_from_dict = OAuthSession.from_dict


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorEnvelope | OAuthSession]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (ValueError, TypeError, KeyError, AttributeError, RecursionError) as error:
        # errors.DecodeError and json's JSONDecodeError are ValueErrors.
        raise errors.UnexpectedBody("getOauthSession", response, error) from error
    return Response(
        status_code=status_code_from_int(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
        http_response=response,
    )


def sync_detailed(
    project_id: str,
    nonce: str,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorEnvelope | OAuthSession]:
    """Poll an OAuth handshake

     Tells where the handshake started by `buildOauthUrl` stands. SDK 2.4.0 polls every
    second, for at most 180 seconds, and deletes the session when it stops. `PENDING` while the user has
    not answered; `APPROVED` with
    `connectCredentialId` once they approved (read the credential with `getCredential`);
    `DENIED` with a `message` when they refused or the provider failed. A nonce that is
    unknown, was deleted or expired (sessions live 10 minutes) answers 404. The public
    material only shows `connectCredentialId` (null until the user approved), which is all
    the SDK reads; `status` and `message` are this description's additions, so that a
    denial is told apart from a wait. A client that gets no `status` takes a credential ID
    as approval and `null` as a wait.

    Args:
        project_id (str):
        nonce (str): A random nonce made up by the client, naming one OAuth handshake. SDK 2.4.0
            makes it with
            `Math.random().toString(36).substring(2, 15)`: up to 13 base-36 characters.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | OAuthSession]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        nonce=nonce,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    nonce: str,
    *,
    client: AuthenticatedClient,
) -> ErrorEnvelope | OAuthSession | None:
    """Poll an OAuth handshake

     Tells where the handshake started by `buildOauthUrl` stands. SDK 2.4.0 polls every
    second, for at most 180 seconds, and deletes the session when it stops. `PENDING` while the user has
    not answered; `APPROVED` with
    `connectCredentialId` once they approved (read the credential with `getCredential`);
    `DENIED` with a `message` when they refused or the provider failed. A nonce that is
    unknown, was deleted or expired (sessions live 10 minutes) answers 404. The public
    material only shows `connectCredentialId` (null until the user approved), which is all
    the SDK reads; `status` and `message` are this description's additions, so that a
    denial is told apart from a wait. A client that gets no `status` takes a credential ID
    as approval and `null` as a wait.

    Args:
        project_id (str):
        nonce (str): A random nonce made up by the client, naming one OAuth handshake. SDK 2.4.0
            makes it with
            `Math.random().toString(36).substring(2, 15)`: up to 13 base-36 characters.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | OAuthSession
    """

    return sync_detailed(
        project_id=project_id,
        nonce=nonce,
        client=client,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    nonce: str,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorEnvelope | OAuthSession]:
    """Poll an OAuth handshake

     Tells where the handshake started by `buildOauthUrl` stands. SDK 2.4.0 polls every
    second, for at most 180 seconds, and deletes the session when it stops. `PENDING` while the user has
    not answered; `APPROVED` with
    `connectCredentialId` once they approved (read the credential with `getCredential`);
    `DENIED` with a `message` when they refused or the provider failed. A nonce that is
    unknown, was deleted or expired (sessions live 10 minutes) answers 404. The public
    material only shows `connectCredentialId` (null until the user approved), which is all
    the SDK reads; `status` and `message` are this description's additions, so that a
    denial is told apart from a wait. A client that gets no `status` takes a credential ID
    as approval and `null` as a wait.

    Args:
        project_id (str):
        nonce (str): A random nonce made up by the client, naming one OAuth handshake. SDK 2.4.0
            makes it with
            `Math.random().toString(36).substring(2, 15)`: up to 13 base-36 characters.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | OAuthSession]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        nonce=nonce,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    nonce: str,
    *,
    client: AuthenticatedClient,
) -> ErrorEnvelope | OAuthSession | None:
    """Poll an OAuth handshake

     Tells where the handshake started by `buildOauthUrl` stands. SDK 2.4.0 polls every
    second, for at most 180 seconds, and deletes the session when it stops. `PENDING` while the user has
    not answered; `APPROVED` with
    `connectCredentialId` once they approved (read the credential with `getCredential`);
    `DENIED` with a `message` when they refused or the provider failed. A nonce that is
    unknown, was deleted or expired (sessions live 10 minutes) answers 404. The public
    material only shows `connectCredentialId` (null until the user approved), which is all
    the SDK reads; `status` and `message` are this description's additions, so that a
    denial is told apart from a wait. A client that gets no `status` takes a credential ID
    as approval and `null` as a wait.

    Args:
        project_id (str):
        nonce (str): A random nonce made up by the client, naming one OAuth handshake. SDK 2.4.0
            makes it with
            `Math.random().toString(36).substring(2, 15)`: up to 13 base-36 characters.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | OAuthSession
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            nonce=nonce,
            client=client,
        )
    ).parsed
