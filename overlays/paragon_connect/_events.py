"""The subscribe bus: ``paragon.subscribe(event_name, handler)`` under the SDK's event names.

Policy, the same on ``Paragon`` and ``AsyncParagon``:

- Handlers receive ``(event, user)`` and run in the order they subscribed, each time in a
  snapshot of the subscriptions taken when the event fires (so a handler may unsubscribe itself).
- ``subscribe`` returns an unsubscribe callable; calling it twice is harmless. Subscribing the
  same handler twice makes two subscriptions, undone one by one. References are strong.
- A handler that raises does not stop the others. Each failure is logged on the
  ``paragon_connect`` logger; once every handler ran, the failures are raised together as one
  ``EventHandlerError`` (an ``ExceptionGroup``). The change that fired the event has happened.
- ``AsyncParagon`` awaits handlers that return an awaitable, one after the other. ``Paragon``
  refuses coroutine functions at subscription, and a handler that still returns an awaitable
  counts as a failure: nothing would ever run it.
- Subscribing and unsubscribing are thread-safe.
"""

from __future__ import annotations

import inspect
import logging
import threading
from collections.abc import Callable
from typing import Any, Final

from ._exceptions import EventHandlerError

__all__ = ["EVENT_NAMES", "EventBus", "Handler", "Unsubscribe"]

logger = logging.getLogger("paragon_connect")

EVENT_NAMES: Final = (
    "onIntegrationInstall",
    "onIntegrationUninstall",
    "onWorkflowChange",
    "onPortalOpen",
    "onPortalClose",
)

Handler = Callable[[Any, Any], Any]
Unsubscribe = Callable[[], None]


def check_event_name(event_name: object) -> str:
    """One of the five SDK event names, else a ValueError listing them."""
    if not isinstance(event_name, str) or event_name not in EVENT_NAMES:
        raise ValueError(f"unknown event {event_name!r}; the events are: {', '.join(EVENT_NAMES)}")
    return event_name


def _is_coroutine_handler(handler: Handler) -> bool:
    call = getattr(handler, "__call__", None)  # noqa: B004 - also catches async __call__ methods
    return inspect.iscoroutinefunction(handler) or inspect.iscoroutinefunction(call)


class EventBus:
    """The subscriptions of one client; ``allow_async`` says whether it may await handlers."""

    def __init__(self, *, allow_async: bool) -> None:
        self._allow_async = allow_async
        self._lock = threading.Lock()
        # Per event, (subscription id, handler) in subscription order; the id tells two
        # subscriptions of the same handler apart.
        self._subscriptions: dict[str, list[tuple[int, Handler]]] = {
            name: [] for name in EVENT_NAMES
        }
        self._next_id = 0

    def subscribe(self, event_name: str, handler: Handler) -> Unsubscribe:
        """Call ``handler(event, user)`` whenever ``event_name`` fires; returns the undo."""
        name = check_event_name(event_name)
        if not callable(handler):
            raise TypeError(f"handler must be callable, not {type(handler).__name__}")
        if not self._allow_async and _is_coroutine_handler(handler):
            raise TypeError(
                "Paragon cannot await a coroutine handler; use AsyncParagon, or a plain function"
            )
        with self._lock:
            subscription_id = self._next_id
            self._next_id += 1
            self._subscriptions[name].append((subscription_id, handler))

        def unsubscribe() -> None:
            with self._lock:
                self._subscriptions[name] = [
                    entry for entry in self._subscriptions[name] if entry[0] != subscription_id
                ]

        return unsubscribe

    def handlers(self, event_name: str) -> list[Handler]:
        """The handlers of an event, in subscription order (a snapshot)."""
        name = check_event_name(event_name)
        with self._lock:
            return [handler for _, handler in self._subscriptions[name]]

    def emit(self, event_name: str, event: object, user: object) -> None:
        """Run every handler of the event now; raise their failures together afterwards."""
        failures: list[Exception] = []
        for handler in self.handlers(event_name):
            try:
                result = handler(event, user)
                if inspect.isawaitable(result):
                    if inspect.iscoroutine(result):
                        result.close()  # never awaited: close it instead of leaking a warning
                    raise TypeError(
                        f"handler {handler!r} returned an awaitable, which Paragon cannot await; "
                        "use AsyncParagon"
                    )
            except Exception as error:
                self._record(event_name, handler, error, failures)
        self._raise_failures(event_name, failures)

    async def aemit(self, event_name: str, event: object, user: object) -> None:
        """Run (and await) every handler of the event; raise their failures together afterwards."""
        failures: list[Exception] = []
        for handler in self.handlers(event_name):
            try:
                result = handler(event, user)
                if inspect.isawaitable(result):
                    await result
            except Exception as error:
                self._record(event_name, handler, error, failures)
        self._raise_failures(event_name, failures)

    @staticmethod
    def _record(
        event_name: str, handler: Handler, error: Exception, failures: list[Exception]
    ) -> None:
        logger.error(
            "%s handler %r raised %s", event_name, handler, type(error).__name__, exc_info=error
        )
        failures.append(error)

    @staticmethod
    def _raise_failures(event_name: str, failures: list[Exception]) -> None:
        if failures:
            raise EventHandlerError(f"{len(failures)} {event_name} handler(s) raised", failures)
