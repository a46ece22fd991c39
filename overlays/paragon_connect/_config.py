"""Where Paragon's services live, and the per-client request options.

``configureGlobal({host})`` in the JavaScript SDK derives every service URL from one host. Paragon's
cloud (``useparagon.com``) names the proxy ``proxy.``; an on-premise instance names it
``worker-proxy.``. ``Paragon(base_url=...)`` points every service at one URL instead, which is how
the local mock serves all of them on one port.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Final

import httpx

from ._validation import check_count

__all__ = [
    "CLOUD_HOST",
    "DEFAULT_MAX_RESPONSE_BYTES",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "ClientOptions",
    "ServiceURLs",
    "services_for_base_url",
    "services_for_host",
]

if TYPE_CHECKING:
    # The services are the spec's (its operations' ``servers``), named once, in the generated
    # calls; ``ServiceURLs`` has a field for each (tests/test_public_api.py checks).
    from paragon_connect_api.calls import Service

CLOUD_HOST: Final = "useparagon.com"
# Workflow triggers may run for up to 55 seconds before answering, so reads wait a little longer;
# connecting should never take long.
DEFAULT_TIMEOUT: Final = httpx.Timeout(60.0, connect=5.0)
DEFAULT_MAX_RETRIES: Final = 2
# The largest body the client reads, counted after decompression: far above any answer of the
# API, far below what would strain a process.
DEFAULT_MAX_RESPONSE_BYTES: Final = 32 * 1024 * 1024

_SCHEME = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*://")
# A DNS host name with an optional port: what an on-premise instance's base host looks like.
_HOST = re.compile(
    r"^(?=.{1,253}(:|$))([a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?\.)*[a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(:\d{1,5})?$"
)


@dataclass(frozen=True)
class ServiceURLs:
    """The base URL of each service (no trailing slash)."""

    zeus: str
    hermes: str
    proxy: str
    actionkit: str

    def for_service(self, service: Service) -> str:
        """The base URL of one of the services the client calls."""
        url: str = getattr(self, service)
        return url


def services_for_host(host: str | None = None) -> ServiceURLs:
    """Derive every service URL from a base host, as ``configureGlobal({host})`` does.

    Any scheme and trailing slash are stripped. ``None`` or ``"useparagon.com"`` is Paragon's
    cloud; any other host is an on-premise instance.
    """
    if host is None:
        host = CLOUD_HOST
    if not isinstance(host, str):
        raise TypeError(
            f"host must be a string like 'mycompany.paragon.so', not {type(host).__name__}"
        )
    bare = _SCHEME.sub("", host.strip()).rstrip("/")
    if not _HOST.match(bare):
        raise ValueError(
            f"host must be a host name like 'mycompany.paragon.so' (scheme optional), got {host!r}"
        )
    if bare.lower() == CLOUD_HOST:
        return ServiceURLs(
            zeus="https://zeus.useparagon.com",
            hermes="https://hermes.useparagon.com",
            proxy="https://proxy.useparagon.com",
            actionkit="https://actionkit.useparagon.com",
        )
    return ServiceURLs(
        zeus=f"https://zeus.{bare}",
        hermes=f"https://hermes.{bare}",
        proxy=f"https://worker-proxy.{bare}",
        actionkit=f"https://actionkit.{bare}",
    )


def services_for_base_url(base_url: str) -> ServiceURLs:
    """Point every service at one URL (the local mock serves all of them on one port)."""
    if not isinstance(base_url, str):
        raise TypeError(f"base_url must be a string, not {type(base_url).__name__}")
    url = httpx.URL(base_url.strip())
    if url.scheme not in ("http", "https") or not url.host:
        raise ValueError(
            f"base_url must be an http(s) URL like 'http://127.0.0.1:8080', got {base_url!r}"
        )
    text = str(url).rstrip("/")
    return ServiceURLs(zeus=text, hermes=text, proxy=text, actionkit=text)


@dataclass(frozen=True)
class ClientOptions:
    """Timeout, retry and size settings; ``with_options`` makes a copy with some changed."""

    # httpx.Timeout is unhashable, so dataclasses wants a factory for it.
    timeout: httpx.Timeout = dataclasses.field(default_factory=lambda: DEFAULT_TIMEOUT)
    max_retries: int = DEFAULT_MAX_RETRIES
    max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES

    def replace(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_response_bytes: int | None = None,
    ) -> ClientOptions:
        """A copy with the given settings changed (``None`` keeps the current one)."""
        changes: dict[str, object] = {}
        if timeout is not None:
            changes["timeout"] = coerce_timeout(timeout)
        if max_retries is not None:
            changes["max_retries"] = coerce_max_retries(max_retries)
        if max_response_bytes is not None:
            changes["max_response_bytes"] = coerce_max_response_bytes(max_response_bytes)
        return dataclasses.replace(self, **changes)  # type: ignore[arg-type]


def coerce_timeout(timeout: float | httpx.Timeout) -> httpx.Timeout:
    """Accept seconds or an ``httpx.Timeout``; refuse anything else before a request is made."""
    if isinstance(timeout, httpx.Timeout):
        return timeout
    if isinstance(timeout, bool) or not isinstance(timeout, int | float):
        raise TypeError(
            f"timeout must be seconds or an httpx.Timeout, not {type(timeout).__name__}"
        )
    if not timeout > 0:
        raise ValueError(f"timeout must be more than 0 seconds, got {timeout}")
    return httpx.Timeout(float(timeout))


def coerce_max_retries(max_retries: int) -> int:
    """Accept a whole number of retries, 0 or more."""
    return check_count(max_retries, "max_retries", 0)


def coerce_max_response_bytes(max_response_bytes: int) -> int:
    """Accept a whole number of bytes, 1 or more."""
    return check_count(max_response_bytes, "max_response_bytes", 1)
