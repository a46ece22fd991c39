# Generated from spec/paragon.yaml by `python -m generator`. Do not edit:
# change spec/paragon.yaml or generator/ and regenerate.
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.oauth_url import OAuthUrl
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
    action: str,
    integration_id: str,
    oauth_meta_key_id: str,
    end_user_supplied_values: str | Unset = UNSET,
    parameters: str | Unset = UNSET,
    install_options: str | Unset = UNSET,
    redirect_url: str | Unset = UNSET,
    user_token: str | Unset = UNSET,
    origin_for_post_message: str | Unset = UNSET,
    is_preview_mode: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["action"] = action

    params["integrationId"] = integration_id

    params["oauthMetaKeyId"] = oauth_meta_key_id

    params["endUserSuppliedValues"] = end_user_supplied_values

    params["parameters"] = parameters

    params["installOptions"] = install_options

    params["redirectUrl"] = redirect_url

    params["userToken"] = user_token

    params["originForPostMessage"] = origin_for_post_message

    params["isPreviewMode"] = is_preview_mode

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/v2/projects/{path_segment(project_id)}/sdk/actions/build-oauth",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | OAuthUrl | None:
    if response.status_code == 200:
        response_200 = _OAuthUrl_from_dict(response.json())

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
        response_200 = _OAuthUrl_from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


_ErrorEnvelope_from_dict = ErrorEnvelope.from_dict
_OAuthUrl_from_dict = OAuthUrl.from_dict


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorEnvelope | OAuthUrl]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (ValueError, TypeError, KeyError, AttributeError, RecursionError) as error:
        # errors.DecodeError and json's JSONDecodeError are ValueErrors.
        raise errors.UnexpectedBody("buildOauthUrl", response, error) from error
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
    oauth_meta_key_id: str,
    end_user_supplied_values: str | Unset = UNSET,
    parameters: str | Unset = UNSET,
    install_options: str | Unset = UNSET,
    redirect_url: str | Unset = UNSET,
    user_token: str | Unset = UNSET,
    origin_for_post_message: str | Unset = UNSET,
    is_preview_mode: bool | Unset = False,
) -> Response[ErrorEnvelope | OAuthUrl]:
    """Start an OAuth handshake

     First step of installing an OAuth integration (`installIntegration`, `connect` and the
    headless install flow): the client makes up a random nonce (`oauthMetaKeyId`) and asks
    for the provider's consent page, which its user then opens. The pre-OAuth inputs travel
    JSON-encoded in `endUserSuppliedValues`; the install options, among them the chosen
    `accountType`, JSON-encoded in `installOptions`. The client then polls
    `getOauthSession` with the same nonce. A nonce already in use answers 409, and so do a
    required pre-OAuth input missing from `endUserSuppliedValues` and an integration the
    user already has (without `allowMultipleCredentials`); an `integrationId` that is not
    the integration `action` names (`action=custom` names custom integrations only) and an
    `accountType` the integration does not have answer 404.

    `endUserSuppliedValues`, `parameters` and `installOptions` are JSON texts in the query
    (`JsonObjectString`), described as strings rather than with the parameter's `content`
    (see `JsonObjectString` for why). A value that fits the schema but is not a JSON object
    (`{0}`, say), and an install option of the wrong type, are ignored as if they had not
    been sent, so a request that fits this description is never refused for them.

    SDK 2.4.0 also sends `userToken`, `originForPostMessage` and `isPreviewMode`, calls a
    custom integration `action=custom` (the `integrationId` says which), and installs every
    integration this way, `installIntegration()` included: for an integration that does not
    use OAuth (an API key, say) `redirectUrl` is a page of Paragon's that asks the user for
    the integration's inputs and completes the same session. In a browser the SDK first
    opens `getOauthNoncePage` in its popup and sends the popup to `redirectUrl` once that
    page is loaded.

    Args:
        project_id (str):
        action (str): An integration type, like `salesforce`, `googleCalendar` or `custom.myapi`.
        integration_id (str):
        oauth_meta_key_id (str): A random nonce made up by the client, naming one OAuth handshake.
            SDK 2.4.0 makes it with
            `Math.random().toString(36).substring(2, 15)`: up to 13 base-36 characters.
        end_user_supplied_values (str | Unset): A JSON object, encoded as a string (the SDK sends
            these query parameters with
            `JSON.stringify`).

            Why a string schema and not OpenAPI's `content: {application/json: {schema: ...}}` on
            the parameter, which would tell generic tools to send JSON: openapi-python-client 0.29.1
            (the generator of this project's Python client, and a common one) drops a parameter
            that has `content` instead of `schema` from the function it generates, silently, so its
            clients could not send these parameters at all. JSON Schema itself cannot say "a JSON
            text" (`contentMediaType` is an annotation, which tools do not enforce), so a string can
            fit this schema without being JSON: servers ignore such a value, as if the parameter had
            not been sent, rather than refuse a request that fits this description.
        parameters (str | Unset): A JSON object, encoded as a string (the SDK sends these query
            parameters with
            `JSON.stringify`).

            Why a string schema and not OpenAPI's `content: {application/json: {schema: ...}}` on
            the parameter, which would tell generic tools to send JSON: openapi-python-client 0.29.1
            (the generator of this project's Python client, and a common one) drops a parameter
            that has `content` instead of `schema` from the function it generates, silently, so its
            clients could not send these parameters at all. JSON Schema itself cannot say "a JSON
            text" (`contentMediaType` is an annotation, which tools do not enforce), so a string can
            fit this schema without being JSON: servers ignore such a value, as if the parameter had
            not been sent, rather than refuse a request that fits this description.
        install_options (str | Unset): A JSON object, encoded as a string (the SDK sends these
            query parameters with
            `JSON.stringify`).

            Why a string schema and not OpenAPI's `content: {application/json: {schema: ...}}` on
            the parameter, which would tell generic tools to send JSON: openapi-python-client 0.29.1
            (the generator of this project's Python client, and a common one) drops a parameter
            that has `content` instead of `schema` from the function it generates, silently, so its
            clients could not send these parameters at all. JSON Schema itself cannot say "a JSON
            text" (`contentMediaType` is an annotation, which tools do not enforce), so a string can
            fit this schema without being JSON: servers ignore such a value, as if the parameter had
            not been sent, rather than refuse a request that fits this description.
        redirect_url (str | Unset):
        user_token (str | Unset):
        origin_for_post_message (str | Unset): A web origin, as `window.location.origin` gives it:
            scheme, host (a name in ASCII, an IPv4
            address or an IPv6 one in brackets) and port.
        is_preview_mode (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | OAuthUrl]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        action=action,
        integration_id=integration_id,
        oauth_meta_key_id=oauth_meta_key_id,
        end_user_supplied_values=end_user_supplied_values,
        parameters=parameters,
        install_options=install_options,
        redirect_url=redirect_url,
        user_token=user_token,
        origin_for_post_message=origin_for_post_message,
        is_preview_mode=is_preview_mode,
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
    oauth_meta_key_id: str,
    end_user_supplied_values: str | Unset = UNSET,
    parameters: str | Unset = UNSET,
    install_options: str | Unset = UNSET,
    redirect_url: str | Unset = UNSET,
    user_token: str | Unset = UNSET,
    origin_for_post_message: str | Unset = UNSET,
    is_preview_mode: bool | Unset = False,
) -> ErrorEnvelope | OAuthUrl | None:
    """Start an OAuth handshake

     First step of installing an OAuth integration (`installIntegration`, `connect` and the
    headless install flow): the client makes up a random nonce (`oauthMetaKeyId`) and asks
    for the provider's consent page, which its user then opens. The pre-OAuth inputs travel
    JSON-encoded in `endUserSuppliedValues`; the install options, among them the chosen
    `accountType`, JSON-encoded in `installOptions`. The client then polls
    `getOauthSession` with the same nonce. A nonce already in use answers 409, and so do a
    required pre-OAuth input missing from `endUserSuppliedValues` and an integration the
    user already has (without `allowMultipleCredentials`); an `integrationId` that is not
    the integration `action` names (`action=custom` names custom integrations only) and an
    `accountType` the integration does not have answer 404.

    `endUserSuppliedValues`, `parameters` and `installOptions` are JSON texts in the query
    (`JsonObjectString`), described as strings rather than with the parameter's `content`
    (see `JsonObjectString` for why). A value that fits the schema but is not a JSON object
    (`{0}`, say), and an install option of the wrong type, are ignored as if they had not
    been sent, so a request that fits this description is never refused for them.

    SDK 2.4.0 also sends `userToken`, `originForPostMessage` and `isPreviewMode`, calls a
    custom integration `action=custom` (the `integrationId` says which), and installs every
    integration this way, `installIntegration()` included: for an integration that does not
    use OAuth (an API key, say) `redirectUrl` is a page of Paragon's that asks the user for
    the integration's inputs and completes the same session. In a browser the SDK first
    opens `getOauthNoncePage` in its popup and sends the popup to `redirectUrl` once that
    page is loaded.

    Args:
        project_id (str):
        action (str): An integration type, like `salesforce`, `googleCalendar` or `custom.myapi`.
        integration_id (str):
        oauth_meta_key_id (str): A random nonce made up by the client, naming one OAuth handshake.
            SDK 2.4.0 makes it with
            `Math.random().toString(36).substring(2, 15)`: up to 13 base-36 characters.
        end_user_supplied_values (str | Unset): A JSON object, encoded as a string (the SDK sends
            these query parameters with
            `JSON.stringify`).

            Why a string schema and not OpenAPI's `content: {application/json: {schema: ...}}` on
            the parameter, which would tell generic tools to send JSON: openapi-python-client 0.29.1
            (the generator of this project's Python client, and a common one) drops a parameter
            that has `content` instead of `schema` from the function it generates, silently, so its
            clients could not send these parameters at all. JSON Schema itself cannot say "a JSON
            text" (`contentMediaType` is an annotation, which tools do not enforce), so a string can
            fit this schema without being JSON: servers ignore such a value, as if the parameter had
            not been sent, rather than refuse a request that fits this description.
        parameters (str | Unset): A JSON object, encoded as a string (the SDK sends these query
            parameters with
            `JSON.stringify`).

            Why a string schema and not OpenAPI's `content: {application/json: {schema: ...}}` on
            the parameter, which would tell generic tools to send JSON: openapi-python-client 0.29.1
            (the generator of this project's Python client, and a common one) drops a parameter
            that has `content` instead of `schema` from the function it generates, silently, so its
            clients could not send these parameters at all. JSON Schema itself cannot say "a JSON
            text" (`contentMediaType` is an annotation, which tools do not enforce), so a string can
            fit this schema without being JSON: servers ignore such a value, as if the parameter had
            not been sent, rather than refuse a request that fits this description.
        install_options (str | Unset): A JSON object, encoded as a string (the SDK sends these
            query parameters with
            `JSON.stringify`).

            Why a string schema and not OpenAPI's `content: {application/json: {schema: ...}}` on
            the parameter, which would tell generic tools to send JSON: openapi-python-client 0.29.1
            (the generator of this project's Python client, and a common one) drops a parameter
            that has `content` instead of `schema` from the function it generates, silently, so its
            clients could not send these parameters at all. JSON Schema itself cannot say "a JSON
            text" (`contentMediaType` is an annotation, which tools do not enforce), so a string can
            fit this schema without being JSON: servers ignore such a value, as if the parameter had
            not been sent, rather than refuse a request that fits this description.
        redirect_url (str | Unset):
        user_token (str | Unset):
        origin_for_post_message (str | Unset): A web origin, as `window.location.origin` gives it:
            scheme, host (a name in ASCII, an IPv4
            address or an IPv6 one in brackets) and port.
        is_preview_mode (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | OAuthUrl
    """

    return sync_detailed(
        project_id=project_id,
        client=client,
        action=action,
        integration_id=integration_id,
        oauth_meta_key_id=oauth_meta_key_id,
        end_user_supplied_values=end_user_supplied_values,
        parameters=parameters,
        install_options=install_options,
        redirect_url=redirect_url,
        user_token=user_token,
        origin_for_post_message=origin_for_post_message,
        is_preview_mode=is_preview_mode,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    *,
    client: AuthenticatedClient,
    action: str,
    integration_id: str,
    oauth_meta_key_id: str,
    end_user_supplied_values: str | Unset = UNSET,
    parameters: str | Unset = UNSET,
    install_options: str | Unset = UNSET,
    redirect_url: str | Unset = UNSET,
    user_token: str | Unset = UNSET,
    origin_for_post_message: str | Unset = UNSET,
    is_preview_mode: bool | Unset = False,
) -> Response[ErrorEnvelope | OAuthUrl]:
    """Start an OAuth handshake

     First step of installing an OAuth integration (`installIntegration`, `connect` and the
    headless install flow): the client makes up a random nonce (`oauthMetaKeyId`) and asks
    for the provider's consent page, which its user then opens. The pre-OAuth inputs travel
    JSON-encoded in `endUserSuppliedValues`; the install options, among them the chosen
    `accountType`, JSON-encoded in `installOptions`. The client then polls
    `getOauthSession` with the same nonce. A nonce already in use answers 409, and so do a
    required pre-OAuth input missing from `endUserSuppliedValues` and an integration the
    user already has (without `allowMultipleCredentials`); an `integrationId` that is not
    the integration `action` names (`action=custom` names custom integrations only) and an
    `accountType` the integration does not have answer 404.

    `endUserSuppliedValues`, `parameters` and `installOptions` are JSON texts in the query
    (`JsonObjectString`), described as strings rather than with the parameter's `content`
    (see `JsonObjectString` for why). A value that fits the schema but is not a JSON object
    (`{0}`, say), and an install option of the wrong type, are ignored as if they had not
    been sent, so a request that fits this description is never refused for them.

    SDK 2.4.0 also sends `userToken`, `originForPostMessage` and `isPreviewMode`, calls a
    custom integration `action=custom` (the `integrationId` says which), and installs every
    integration this way, `installIntegration()` included: for an integration that does not
    use OAuth (an API key, say) `redirectUrl` is a page of Paragon's that asks the user for
    the integration's inputs and completes the same session. In a browser the SDK first
    opens `getOauthNoncePage` in its popup and sends the popup to `redirectUrl` once that
    page is loaded.

    Args:
        project_id (str):
        action (str): An integration type, like `salesforce`, `googleCalendar` or `custom.myapi`.
        integration_id (str):
        oauth_meta_key_id (str): A random nonce made up by the client, naming one OAuth handshake.
            SDK 2.4.0 makes it with
            `Math.random().toString(36).substring(2, 15)`: up to 13 base-36 characters.
        end_user_supplied_values (str | Unset): A JSON object, encoded as a string (the SDK sends
            these query parameters with
            `JSON.stringify`).

            Why a string schema and not OpenAPI's `content: {application/json: {schema: ...}}` on
            the parameter, which would tell generic tools to send JSON: openapi-python-client 0.29.1
            (the generator of this project's Python client, and a common one) drops a parameter
            that has `content` instead of `schema` from the function it generates, silently, so its
            clients could not send these parameters at all. JSON Schema itself cannot say "a JSON
            text" (`contentMediaType` is an annotation, which tools do not enforce), so a string can
            fit this schema without being JSON: servers ignore such a value, as if the parameter had
            not been sent, rather than refuse a request that fits this description.
        parameters (str | Unset): A JSON object, encoded as a string (the SDK sends these query
            parameters with
            `JSON.stringify`).

            Why a string schema and not OpenAPI's `content: {application/json: {schema: ...}}` on
            the parameter, which would tell generic tools to send JSON: openapi-python-client 0.29.1
            (the generator of this project's Python client, and a common one) drops a parameter
            that has `content` instead of `schema` from the function it generates, silently, so its
            clients could not send these parameters at all. JSON Schema itself cannot say "a JSON
            text" (`contentMediaType` is an annotation, which tools do not enforce), so a string can
            fit this schema without being JSON: servers ignore such a value, as if the parameter had
            not been sent, rather than refuse a request that fits this description.
        install_options (str | Unset): A JSON object, encoded as a string (the SDK sends these
            query parameters with
            `JSON.stringify`).

            Why a string schema and not OpenAPI's `content: {application/json: {schema: ...}}` on
            the parameter, which would tell generic tools to send JSON: openapi-python-client 0.29.1
            (the generator of this project's Python client, and a common one) drops a parameter
            that has `content` instead of `schema` from the function it generates, silently, so its
            clients could not send these parameters at all. JSON Schema itself cannot say "a JSON
            text" (`contentMediaType` is an annotation, which tools do not enforce), so a string can
            fit this schema without being JSON: servers ignore such a value, as if the parameter had
            not been sent, rather than refuse a request that fits this description.
        redirect_url (str | Unset):
        user_token (str | Unset):
        origin_for_post_message (str | Unset): A web origin, as `window.location.origin` gives it:
            scheme, host (a name in ASCII, an IPv4
            address or an IPv6 one in brackets) and port.
        is_preview_mode (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | OAuthUrl]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        action=action,
        integration_id=integration_id,
        oauth_meta_key_id=oauth_meta_key_id,
        end_user_supplied_values=end_user_supplied_values,
        parameters=parameters,
        install_options=install_options,
        redirect_url=redirect_url,
        user_token=user_token,
        origin_for_post_message=origin_for_post_message,
        is_preview_mode=is_preview_mode,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    *,
    client: AuthenticatedClient,
    action: str,
    integration_id: str,
    oauth_meta_key_id: str,
    end_user_supplied_values: str | Unset = UNSET,
    parameters: str | Unset = UNSET,
    install_options: str | Unset = UNSET,
    redirect_url: str | Unset = UNSET,
    user_token: str | Unset = UNSET,
    origin_for_post_message: str | Unset = UNSET,
    is_preview_mode: bool | Unset = False,
) -> ErrorEnvelope | OAuthUrl | None:
    """Start an OAuth handshake

     First step of installing an OAuth integration (`installIntegration`, `connect` and the
    headless install flow): the client makes up a random nonce (`oauthMetaKeyId`) and asks
    for the provider's consent page, which its user then opens. The pre-OAuth inputs travel
    JSON-encoded in `endUserSuppliedValues`; the install options, among them the chosen
    `accountType`, JSON-encoded in `installOptions`. The client then polls
    `getOauthSession` with the same nonce. A nonce already in use answers 409, and so do a
    required pre-OAuth input missing from `endUserSuppliedValues` and an integration the
    user already has (without `allowMultipleCredentials`); an `integrationId` that is not
    the integration `action` names (`action=custom` names custom integrations only) and an
    `accountType` the integration does not have answer 404.

    `endUserSuppliedValues`, `parameters` and `installOptions` are JSON texts in the query
    (`JsonObjectString`), described as strings rather than with the parameter's `content`
    (see `JsonObjectString` for why). A value that fits the schema but is not a JSON object
    (`{0}`, say), and an install option of the wrong type, are ignored as if they had not
    been sent, so a request that fits this description is never refused for them.

    SDK 2.4.0 also sends `userToken`, `originForPostMessage` and `isPreviewMode`, calls a
    custom integration `action=custom` (the `integrationId` says which), and installs every
    integration this way, `installIntegration()` included: for an integration that does not
    use OAuth (an API key, say) `redirectUrl` is a page of Paragon's that asks the user for
    the integration's inputs and completes the same session. In a browser the SDK first
    opens `getOauthNoncePage` in its popup and sends the popup to `redirectUrl` once that
    page is loaded.

    Args:
        project_id (str):
        action (str): An integration type, like `salesforce`, `googleCalendar` or `custom.myapi`.
        integration_id (str):
        oauth_meta_key_id (str): A random nonce made up by the client, naming one OAuth handshake.
            SDK 2.4.0 makes it with
            `Math.random().toString(36).substring(2, 15)`: up to 13 base-36 characters.
        end_user_supplied_values (str | Unset): A JSON object, encoded as a string (the SDK sends
            these query parameters with
            `JSON.stringify`).

            Why a string schema and not OpenAPI's `content: {application/json: {schema: ...}}` on
            the parameter, which would tell generic tools to send JSON: openapi-python-client 0.29.1
            (the generator of this project's Python client, and a common one) drops a parameter
            that has `content` instead of `schema` from the function it generates, silently, so its
            clients could not send these parameters at all. JSON Schema itself cannot say "a JSON
            text" (`contentMediaType` is an annotation, which tools do not enforce), so a string can
            fit this schema without being JSON: servers ignore such a value, as if the parameter had
            not been sent, rather than refuse a request that fits this description.
        parameters (str | Unset): A JSON object, encoded as a string (the SDK sends these query
            parameters with
            `JSON.stringify`).

            Why a string schema and not OpenAPI's `content: {application/json: {schema: ...}}` on
            the parameter, which would tell generic tools to send JSON: openapi-python-client 0.29.1
            (the generator of this project's Python client, and a common one) drops a parameter
            that has `content` instead of `schema` from the function it generates, silently, so its
            clients could not send these parameters at all. JSON Schema itself cannot say "a JSON
            text" (`contentMediaType` is an annotation, which tools do not enforce), so a string can
            fit this schema without being JSON: servers ignore such a value, as if the parameter had
            not been sent, rather than refuse a request that fits this description.
        install_options (str | Unset): A JSON object, encoded as a string (the SDK sends these
            query parameters with
            `JSON.stringify`).

            Why a string schema and not OpenAPI's `content: {application/json: {schema: ...}}` on
            the parameter, which would tell generic tools to send JSON: openapi-python-client 0.29.1
            (the generator of this project's Python client, and a common one) drops a parameter
            that has `content` instead of `schema` from the function it generates, silently, so its
            clients could not send these parameters at all. JSON Schema itself cannot say "a JSON
            text" (`contentMediaType` is an annotation, which tools do not enforce), so a string can
            fit this schema without being JSON: servers ignore such a value, as if the parameter had
            not been sent, rather than refuse a request that fits this description.
        redirect_url (str | Unset):
        user_token (str | Unset):
        origin_for_post_message (str | Unset): A web origin, as `window.location.origin` gives it:
            scheme, host (a name in ASCII, an IPv4
            address or an IPv6 one in brackets) and port.
        is_preview_mode (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | OAuthUrl
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            client=client,
            action=action,
            integration_id=integration_id,
            oauth_meta_key_id=oauth_meta_key_id,
            end_user_supplied_values=end_user_supplied_values,
            parameters=parameters,
            install_options=install_options,
            redirect_url=redirect_url,
            user_token=user_token,
            origin_for_post_message=origin_for_post_message,
            is_preview_mode=is_preview_mode,
        )
    ).parsed
