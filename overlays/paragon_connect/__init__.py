"""paragon_connect: the Python client for Paragon's Connect SDK and REST API.

    from paragon_connect import Paragon

    with Paragon() as paragon:
        paragon.authenticate(project_id, user_token)
        paragon.request("slack", "/chat.postMessage", method="POST", body={...})

``AsyncParagon`` is the same client for asyncio. Both are thin shells over one core generated
from ``spec/paragon.yaml``; the raw operations are in ``paragon_connect_api``.

Importing this package is cheap: the generated models and operations, PyJWT, cryptography, the
install flow, the file pickers and ActionKit's tools (``paragon.tools``) load when first used.
"""

from __future__ import annotations

import importlib
import logging
from typing import TYPE_CHECKING, Any, Final

from ._client import AsyncParagon, Paragon
from ._config import ServiceURLs
from ._events import EVENT_NAMES
from ._exceptions import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    EventHandlerError,
    HeadlessModeNotEnabledError,
    InstallFlowCancelledError,
    IntegrationAlreadyInstalledError,
    IntegrationNotFoundError,
    IntegrationNotInstalledError,
    InternalServerError,
    NoActiveInstallFlowError,
    NotFoundError,
    OAuthBlockedError,
    OAuthTimeoutError,
    PaginationError,
    ParagonError,
    PermissionDeniedError,
    ProxyRequestError,
    RateLimitError,
    ResponseTooLargeError,
    ToolArgumentProblem,
    ToolArgumentsError,
    ToolNotFoundError,
    UnprocessableEntityError,
    UserNotAuthenticatedError,
)
from ._tokens import sign_user_token
from ._types import (
    AuthenticatedUser,
    IntegrationInstallEvent,
    IntegrationUninstallEvent,
    JsonValue,
    ParagonUser,
    PortalEvent,
    UnauthenticatedUser,
    WorkflowChangeEvent,
    WorkflowStateChange,
    WorkflowStateError,
    WorkflowStateUpdate,
)
from ._version import __version__

if TYPE_CHECKING:
    from paragon_connect_api.models.unknown_variant import UnknownVariant

    from ._file_picker import SUPPORTED_PICKERS, AsyncExternalFilePicker, ExternalFilePicker
    from ._install_flow import AsyncInstallFlow, ErrorContext, InstallFlow
    from ._install_machine import InstallFlowError
    from ._tool_formats import ToolCallFormatError
    from ._tools import AsyncTools, AsyncTriggers, Tool, Tools, Trigger, Triggers

# Names whose modules load on first access (PEP 562): the install flow and the file pickers are
# a third of the package's import time, and many applications never use them.
_LAZY: Final = {
    "SUPPORTED_PICKERS": "._file_picker",
    "AsyncExternalFilePicker": "._file_picker",
    "ExternalFilePicker": "._file_picker",
    "AsyncInstallFlow": "._install_flow",
    "ErrorContext": "._install_flow",
    "InstallFlow": "._install_flow",
    "InstallFlowError": "._install_machine",
    # ActionKit's types load with paragon.tools; the format adapters with them.
    "Tool": "._tools",
    "Tools": "._tools",
    "AsyncTools": "._tools",
    "Trigger": "._tools",
    "Triggers": "._tools",
    "AsyncTriggers": "._tools",
    "ToolCallFormatError": "._tool_formats",
    # What a tagged union's variant of a kind newer than this client is read into.
    "UnknownVariant": "paragon_connect_api.models.unknown_variant",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_LAZY})


__all__ = [
    "EVENT_NAMES",
    "SUPPORTED_PICKERS",
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncExternalFilePicker",
    "AsyncInstallFlow",
    "AsyncParagon",
    "AsyncTools",
    "AsyncTriggers",
    "AuthenticatedUser",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "ErrorContext",
    "EventHandlerError",
    "ExternalFilePicker",
    "HeadlessModeNotEnabledError",
    "InstallFlow",
    "InstallFlowCancelledError",
    "InstallFlowError",
    "IntegrationAlreadyInstalledError",
    "IntegrationInstallEvent",
    "IntegrationNotFoundError",
    "IntegrationNotInstalledError",
    "IntegrationUninstallEvent",
    "InternalServerError",
    "JsonValue",
    "NoActiveInstallFlowError",
    "NotFoundError",
    "OAuthBlockedError",
    "OAuthTimeoutError",
    "PaginationError",
    "Paragon",
    "ParagonError",
    "ParagonUser",
    "PermissionDeniedError",
    "PortalEvent",
    "ProxyRequestError",
    "RateLimitError",
    "ResponseTooLargeError",
    "ServiceURLs",
    "Tool",
    "ToolArgumentProblem",
    "ToolArgumentsError",
    "ToolCallFormatError",
    "ToolNotFoundError",
    "Tools",
    "Trigger",
    "Triggers",
    "UnauthenticatedUser",
    "UnknownVariant",
    "UnprocessableEntityError",
    "UserNotAuthenticatedError",
    "WorkflowChangeEvent",
    "WorkflowStateChange",
    "WorkflowStateError",
    "WorkflowStateUpdate",
    "__version__",
    "sign_user_token",
]

# Silent unless the application configures logging for "paragon_connect".
logging.getLogger("paragon_connect").addHandler(logging.NullHandler())
