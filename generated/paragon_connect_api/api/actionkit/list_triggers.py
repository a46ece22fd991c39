# Generated from spec/paragon.yaml by `python -m generator`. Do not edit:
# change spec/paragon.yaml or generator/ and regenerate.
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.trigger_list import TriggerList
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
    integrations: str | Unset = UNSET,
    x_paragon_credential: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_paragon_credential, Unset):
        headers["X-Paragon-Credential"] = x_paragon_credential

    params: dict[str, Any] = {}

    params["integrations"] = integrations

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/projects/{path_segment(project_id)}/triggers",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | TriggerList | None:
    if response.status_code == 200:
        response_200 = _TriggerList_from_dict(response.json())

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
        response_200 = _TriggerList_from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


_ErrorEnvelope_from_dict = ErrorEnvelope.from_dict
_TriggerList_from_dict = TriggerList.from_dict


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorEnvelope | TriggerList]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (ValueError, TypeError, KeyError, AttributeError, RecursionError) as error:
        # errors.DecodeError and json's JSONDecodeError are ValueErrors.
        raise errors.UnexpectedBody("listTriggers", response, error) from error
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
    integrations: str | Unset = UNSET,
    x_paragon_credential: str | Unset = UNSET,
) -> Response[ErrorEnvelope | TriggerList]:
    """List the Triggers available to the Connected User

     Lists the Triggers (events in a third-party system, like a new HubSpot record) that the
    Connected User can be subscribed to, custom triggers included, grouped by integration
    type, each with the inputs its subscription takes (`getTriggers(integration)` of SDK
    2.4.0, which sends `?integrations=<integration>` and `X-Paragon-Credential`). Source:
    Paragon's "List Available Triggers" page
    (`docs.useparagon.com/actionkit/triggers/api-reference/list-available-triggers`), which
    embeds the Triggers API's OpenAPI document (`/actionkit/triggers/openapi.json`: the
    project and `integrations` are its only parameters), and the SDK's
    `GetTriggerTypesResponse` typing, which adds `errors`. The Triggers API is in beta.
    Integrations the user has not connected give no Triggers rather than an error; a project
    that does not exist answers 404. Subscribing (`/trigger-subscriptions`) is not described
    here.

    Args:
        project_id (str):
        integrations (str | Unset): Integration types separated by commas, without spaces, like
            `salesforce,hubspot`.
        x_paragon_credential (str | Unset): A UUID, a bare external ID or `ext:<externalId>`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | TriggerList]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        integrations=integrations,
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
    integrations: str | Unset = UNSET,
    x_paragon_credential: str | Unset = UNSET,
) -> ErrorEnvelope | TriggerList | None:
    """List the Triggers available to the Connected User

     Lists the Triggers (events in a third-party system, like a new HubSpot record) that the
    Connected User can be subscribed to, custom triggers included, grouped by integration
    type, each with the inputs its subscription takes (`getTriggers(integration)` of SDK
    2.4.0, which sends `?integrations=<integration>` and `X-Paragon-Credential`). Source:
    Paragon's "List Available Triggers" page
    (`docs.useparagon.com/actionkit/triggers/api-reference/list-available-triggers`), which
    embeds the Triggers API's OpenAPI document (`/actionkit/triggers/openapi.json`: the
    project and `integrations` are its only parameters), and the SDK's
    `GetTriggerTypesResponse` typing, which adds `errors`. The Triggers API is in beta.
    Integrations the user has not connected give no Triggers rather than an error; a project
    that does not exist answers 404. Subscribing (`/trigger-subscriptions`) is not described
    here.

    Args:
        project_id (str):
        integrations (str | Unset): Integration types separated by commas, without spaces, like
            `salesforce,hubspot`.
        x_paragon_credential (str | Unset): A UUID, a bare external ID or `ext:<externalId>`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | TriggerList
    """

    return sync_detailed(
        project_id=project_id,
        client=client,
        integrations=integrations,
        x_paragon_credential=x_paragon_credential,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    *,
    client: AuthenticatedClient,
    integrations: str | Unset = UNSET,
    x_paragon_credential: str | Unset = UNSET,
) -> Response[ErrorEnvelope | TriggerList]:
    """List the Triggers available to the Connected User

     Lists the Triggers (events in a third-party system, like a new HubSpot record) that the
    Connected User can be subscribed to, custom triggers included, grouped by integration
    type, each with the inputs its subscription takes (`getTriggers(integration)` of SDK
    2.4.0, which sends `?integrations=<integration>` and `X-Paragon-Credential`). Source:
    Paragon's "List Available Triggers" page
    (`docs.useparagon.com/actionkit/triggers/api-reference/list-available-triggers`), which
    embeds the Triggers API's OpenAPI document (`/actionkit/triggers/openapi.json`: the
    project and `integrations` are its only parameters), and the SDK's
    `GetTriggerTypesResponse` typing, which adds `errors`. The Triggers API is in beta.
    Integrations the user has not connected give no Triggers rather than an error; a project
    that does not exist answers 404. Subscribing (`/trigger-subscriptions`) is not described
    here.

    Args:
        project_id (str):
        integrations (str | Unset): Integration types separated by commas, without spaces, like
            `salesforce,hubspot`.
        x_paragon_credential (str | Unset): A UUID, a bare external ID or `ext:<externalId>`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | TriggerList]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        integrations=integrations,
        x_paragon_credential=x_paragon_credential,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    *,
    client: AuthenticatedClient,
    integrations: str | Unset = UNSET,
    x_paragon_credential: str | Unset = UNSET,
) -> ErrorEnvelope | TriggerList | None:
    """List the Triggers available to the Connected User

     Lists the Triggers (events in a third-party system, like a new HubSpot record) that the
    Connected User can be subscribed to, custom triggers included, grouped by integration
    type, each with the inputs its subscription takes (`getTriggers(integration)` of SDK
    2.4.0, which sends `?integrations=<integration>` and `X-Paragon-Credential`). Source:
    Paragon's "List Available Triggers" page
    (`docs.useparagon.com/actionkit/triggers/api-reference/list-available-triggers`), which
    embeds the Triggers API's OpenAPI document (`/actionkit/triggers/openapi.json`: the
    project and `integrations` are its only parameters), and the SDK's
    `GetTriggerTypesResponse` typing, which adds `errors`. The Triggers API is in beta.
    Integrations the user has not connected give no Triggers rather than an error; a project
    that does not exist answers 404. Subscribing (`/trigger-subscriptions`) is not described
    here.

    Args:
        project_id (str):
        integrations (str | Unset): Integration types separated by commas, without spaces, like
            `salesforce,hubspot`.
        x_paragon_credential (str | Unset): A UUID, a bare external ID or `ext:<externalId>`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | TriggerList
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            client=client,
            integrations=integrations,
            x_paragon_credential=x_paragon_credential,
        )
    ).parsed
