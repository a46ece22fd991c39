"""The plan of the proxy: a request to a provider's API with the Connected User's account."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final
from urllib.parse import parse_qsl

from paragon_connect_api import calls

from .._types import JsonValue
from .._validation import (
    check_headers,
    check_integration_type,
    check_json_value,
    check_non_empty_str,
)
from ._base import CoreBase, Plan, optional_selector, or_unset, perform

PROXY_METHODS: Final = ("GET", "POST", "PUT", "PATCH", "DELETE")


class ProxyPlans(CoreBase):
    """Requests to providers' APIs through Paragon's proxy."""

    def request(
        self,
        integration_type: str,
        path: str,
        *,
        method: str = "GET",
        body: JsonValue = None,
        headers: Mapping[str, str] | None = None,
        selected_credential_id: str | None = None,
    ) -> Plan[JsonValue]:
        """Send a request to the provider's API with the Connected User's account.

        ``path`` is the provider's path (``"/chat.postMessage"``), possibly with a query string.
        Returns the provider's response (the proxy's ``output``); a failure raises
        ``ProxyRequestError`` carrying the response.
        """
        integration = check_integration_type(integration_type)
        if not isinstance(method, str) or method.upper() not in PROXY_METHODS:
            raise ValueError(f"method must be one of {', '.join(PROXY_METHODS)}, got {method!r}")
        verb = method.upper()
        raw_path = check_non_empty_str(path, "path").lstrip("/")
        provider_path, _, query = raw_path.partition("?")
        if not provider_path:
            raise ValueError(
                f"path must name a provider path, like '/chat.postMessage', got {path!r}"
            )
        if body is not None:
            if verb == "GET":
                raise ValueError(
                    "a GET request cannot have a body; pass the values in the path's query string"
                )
            check_json_value(body, "body")
        extra_headers = tuple(check_headers(headers))
        params = tuple(parse_qsl(query, keep_blank_values=True))
        credential = optional_selector(selected_credential_id, "selected_credential_id")
        project_id, _ = self._require_user()
        selector = or_unset(credential)
        content = or_unset(body)
        if verb == "GET":
            call = calls.proxy_get(
                project_id, integration, provider_path, x_paragon_credential=selector
            )
        elif verb == "DELETE":
            call = calls.proxy_delete(
                project_id, integration, provider_path, x_paragon_credential=selector
            )
        else:
            send = {"POST": calls.proxy_post, "PUT": calls.proxy_put, "PATCH": calls.proxy_patch}
            call = send[verb](
                project_id, integration, provider_path, body=content, x_paragon_credential=selector
            )
        result: JsonValue = yield from perform(
            call.with_extras(headers=extra_headers, params=params), proxy=True
        )
        if isinstance(result, dict) and "output" in result:
            return result["output"]
        return result
