"""The subscribe bus: names, order, unsubscribe, failures, coroutine handlers, threads."""

from __future__ import annotations

import asyncio
import logging
import threading
from collections.abc import Callable
from typing import Any

import pytest
from paragon_connect import AsyncParagon, EventHandlerError, Paragon, ParagonError
from paragon_connect._events import EVENT_NAMES, EventBus


def test_the_five_event_names() -> None:
    assert EVENT_NAMES == (
        "onIntegrationInstall",
        "onIntegrationUninstall",
        "onWorkflowChange",
        "onPortalOpen",
        "onPortalClose",
    )


@pytest.mark.parametrize("name", ["onInstall", "integrationInstall", "", None])
def test_unknown_event_name_is_refused(name: Any) -> None:
    with pytest.raises(ValueError, match=r"unknown event .* the events are: onIntegrationInstall"):
        Paragon().subscribe(name, lambda event, user: None)


def test_handler_must_be_callable() -> None:
    with pytest.raises(TypeError, match="handler must be callable"):
        Paragon().subscribe("onWorkflowChange", "print")  # type: ignore[arg-type]


def test_handlers_run_in_subscription_order_with_event_and_user() -> None:
    bus = EventBus(allow_async=False)
    calls: list[tuple[str, object, object]] = []

    def recorder(label: str) -> Callable[[object, object], None]:
        return lambda event, user: calls.append((label, event, user))

    for label in ("first", "second", "third"):
        bus.subscribe("onWorkflowChange", recorder(label))
    bus.emit("onWorkflowChange", "event", "user")
    assert calls == [
        ("first", "event", "user"),
        ("second", "event", "user"),
        ("third", "event", "user"),
    ]


def test_unsubscribe_removes_only_that_subscription_and_is_idempotent() -> None:
    bus = EventBus(allow_async=False)
    calls: list[str] = []

    def handler(event: object, user: object) -> None:
        calls.append("handler")

    undo_first = bus.subscribe("onPortalOpen", handler)
    bus.subscribe("onPortalOpen", handler)
    undo_first()
    undo_first()
    bus.emit("onPortalOpen", None, None)
    assert calls == ["handler"]
    bus.emit("onPortalClose", None, None)
    assert calls == ["handler"]


def test_a_handler_may_unsubscribe_itself_while_the_event_runs() -> None:
    bus = EventBus(allow_async=False)
    calls: list[str] = []
    undo: list[Any] = []

    def once(event: object, user: object) -> None:
        calls.append("once")
        undo[0]()

    undo.append(bus.subscribe("onIntegrationInstall", once))
    bus.subscribe("onIntegrationInstall", lambda event, user: calls.append("always"))
    bus.emit("onIntegrationInstall", None, None)
    bus.emit("onIntegrationInstall", None, None)
    assert calls == ["once", "always", "always"]


def test_failing_handlers_do_not_stop_the_others_and_are_raised_together(
    caplog: pytest.LogCaptureFixture,
) -> None:
    bus = EventBus(allow_async=False)
    calls: list[str] = []

    def broken(event: object, user: object) -> None:
        raise KeyError("broken")

    def also_broken(event: object, user: object) -> None:
        raise ValueError("also broken")

    bus.subscribe("onWorkflowChange", broken)
    bus.subscribe("onWorkflowChange", lambda event, user: calls.append("ran"))
    bus.subscribe("onWorkflowChange", also_broken)
    with (
        caplog.at_level(logging.ERROR, logger="paragon_connect"),
        pytest.raises(EventHandlerError) as caught,
    ):
        bus.emit("onWorkflowChange", None, None)
    assert calls == ["ran"]
    assert [type(error) for error in caught.value.exceptions] == [KeyError, ValueError]
    assert isinstance(caught.value, ParagonError) and isinstance(caught.value, ExceptionGroup)
    assert len([r for r in caplog.records if "onWorkflowChange handler" in r.getMessage()]) == 2


def test_sync_client_refuses_coroutine_handlers() -> None:
    async def handler(event: object, user: object) -> None:
        return None

    class CallableObject:
        async def __call__(self, event: object, user: object) -> None:
            return None

    with pytest.raises(TypeError, match="use AsyncParagon"):
        Paragon().subscribe("onIntegrationInstall", handler)
    with pytest.raises(TypeError, match="use AsyncParagon"):
        Paragon().subscribe("onIntegrationInstall", CallableObject())


def test_sync_bus_counts_a_returned_awaitable_as_a_failure() -> None:
    bus = EventBus(allow_async=False)

    async def later() -> None:
        return None

    bus.subscribe("onPortalOpen", lambda event, user: later())
    with pytest.raises(EventHandlerError) as caught:
        bus.emit("onPortalOpen", None, None)
    assert "returned an awaitable" in str(caught.value.exceptions[0])


def test_async_client_awaits_coroutine_handlers_in_order() -> None:
    client = AsyncParagon()
    calls: list[str] = []

    async def slow(event: object, user: object) -> None:
        # A suspension point: handlers run concurrently would let "plain" in first here.
        await asyncio.sleep(0)
        calls.append("slow")

    client.subscribe("onWorkflowChange", slow)
    client.subscribe("onWorkflowChange", lambda event, user: calls.append("plain"))
    asyncio.run(client._shared.bus.aemit("onWorkflowChange", None, None))
    assert calls == ["slow", "plain"]


def test_subscribing_from_many_threads_loses_nothing() -> None:
    bus = EventBus(allow_async=False)
    calls: list[int] = []
    lock = threading.Lock()

    def subscribe_many(offset: int) -> None:
        for index in range(200):
            undo = bus.subscribe("onPortalClose", lambda event, user: None)
            bus.subscribe("onPortalClose", _appender(lock, calls, offset + index))
            undo()

    threads = [threading.Thread(target=subscribe_many, args=(n * 1000,)) for n in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    bus.emit("onPortalClose", None, None)
    assert sorted(calls) == sorted(n * 1000 + i for n in range(8) for i in range(200))
    assert len(bus.handlers("onPortalClose")) == 1600


def _appender(
    lock: threading.Lock, calls: list[int], value: int
) -> Callable[[object, object], None]:
    def handler(event: object, user: object) -> None:
        with lock:
            calls.append(value)

    return handler
