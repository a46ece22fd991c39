"""The SDK's functions, written once, without I/O, split by resource.

Each function that talks to Paragon is a *plan* (see ``_base``): a generator that validates its
arguments, then yields typed effects until it returns its value. ``Core`` gathers the plans of
every resource module over one ``Session``; ``Paragon`` and ``AsyncParagon`` run them.

Adding an SDK function: describe its request in spec/paragon.yaml and regenerate (the typed
constructor appears in ``paragon_connect_api.calls``); write its plan in the module of its
resource; bind it on the shells in ``_client.py`` (one line, shared by both); test it.
"""

from __future__ import annotations

from .actionkit import ActionKitPlans
from .credentials import CredentialPlans
from .events import EventPlans
from .integrations import DEFAULT_MAX_PAGES, FieldOptionPages, IntegrationPlans
from .proxy import PROXY_METHODS, ProxyPlans
from .user import UserPlans
from .workflows import WorkflowPlans

# The plans' shared vocabulary (effects, ``perform``, ``Session``, ``CoreBase``) is imported
# from ``_base`` by whoever writes or runs plans.
__all__ = ["DEFAULT_MAX_PAGES", "PROXY_METHODS", "Core", "FieldOptionPages"]


class Core(
    UserPlans,
    IntegrationPlans,
    CredentialPlans,
    WorkflowPlans,
    EventPlans,
    ProxyPlans,
    ActionKitPlans,
):
    """Every plan of the SDK over one ``Session`` (one class per resource, one shared base)."""
