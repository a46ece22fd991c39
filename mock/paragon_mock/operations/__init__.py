"""The handlers: what each operation of the spec does to the state and answers.

Each handler takes a :class:`Context` (the authenticated user, the validated parameters and
body) and returns a :class:`Reply`, or raises :class:`~paragon_mock.errors.ApiError`. Handlers are
synchronous and never await: a handler's reads and writes happen in one step of the event loop,
so concurrent requests cannot interleave inside it (see ``store.py``). The statuses they choose
follow the operation descriptions of ``spec/paragon.yaml``.

One module per resource holds its handlers and exports them as ``HANDLERS``, a mapping from
operationId to handler: ``user``, ``integrations``, ``credentials`` (with configurations and
resources), ``workflows``, ``events`` (with request-triggered workflows), ``actions``,
``oauth`` and ``proxy``. What they share lives in the protected modules ``_base.py`` (context,
reply, reply cache, lookups) and ``_credentials.py`` (a credential's views, settings merges and
creation); a handler module imports from those, never from another handler module.

To add an operation:

1. Write its handler, ``def handler(ctx: Context) -> Reply``, in the module of its resource,
   and add ``"operationId": handler`` to that module's ``HANDLERS``. A new resource gets a new
   module (``actionkit.py``, say) that imports from ``_base.py`` and defines ``HANDLERS``.
2. Only for a new module: add its name to ``_MODULES`` below, one line.

That is all: the pipeline (``state.py``) routes every operation of the spec to the handler
registered under its operationId, refuses to start when an operation of the spec has none, and
this module refuses two handlers for one operationId.
"""

from __future__ import annotations

import importlib
from collections.abc import Mapping

from paragon_mock.operations._base import (
    NO_BODY,
    Context,
    Encoded,
    Handler,
    Reply,
    ReplyCache,
    select_credential,
)
from paragon_mock.operations._credentials import (
    check_can_install,
    credential_view,
    new_credential,
)
from paragon_mock.operations.user import user_state

__all__ = [
    "HANDLERS",
    "NO_BODY",
    "Context",
    "Encoded",
    "Handler",
    "Reply",
    "ReplyCache",
    "check_can_install",
    "credential_view",
    "new_credential",
    "select_credential",
    "user_state",
]

# The modules of handlers, one a line: a new module is registered by adding its line.
_MODULES = (
    "user",
    "integrations",
    "credentials",
    "workflows",
    "events",
    "actions",
    "oauth",
    "proxy",
    "actionkit",
)


def _collect() -> dict[str, Handler]:
    """Every module's ``HANDLERS`` in one mapping; an operationId claimed twice is an error."""
    handlers: dict[str, Handler] = {}
    for name in _MODULES:
        module_handlers: Mapping[str, Handler] = importlib.import_module(
            f"{__name__}.{name}"
        ).HANDLERS
        for operation_id, handler in module_handlers.items():
            if operation_id in handlers:
                raise RuntimeError(f"two handlers for {operation_id}: see operations/{name}.py")
            handlers[operation_id] = handler
    return handlers


#: Every handler, by operationId.
HANDLERS: dict[str, Handler] = _collect()
