"""Plans exposed as methods: one definition, a blocking method and an awaitable one.

A plan is a generator method of an *owner* object (``Core``, ``FlowCore``). ``SyncBound`` and
``AsyncBound`` are descriptors on a shell class: reading the attribute on a shell instance gives
a function with the plan's signature and docstring that runs the plan with the shell's ``_run``,
blocking or awaited. The shell names the attribute holding the owner (``_core`` by default).
"""

from __future__ import annotations

import functools
import inspect
from collections.abc import Callable, Coroutine, Generator
from typing import Any, Concatenate, Generic, ParamSpec, Protocol, Self, TypeVar, overload

__all__ = ["AsyncBound", "AsyncHost", "SyncBound", "SyncHost"]

P = ParamSpec("P")
R = TypeVar("R")
Plan = Generator[Any, Any, R]


class SyncHost(Protocol):
    """A shell that runs plans to completion with blocking I/O."""

    def _run(self, plan: Plan[R]) -> R: ...


class AsyncHost(Protocol):
    """A shell that runs plans to completion with ``await``."""

    async def _run(self, plan: Plan[R]) -> R: ...


class _Bound(Generic[P, R]):
    def __init__(
        self, plan: Callable[Concatenate[Any, P], Plan[R]], *, owner: str = "_core"
    ) -> None:
        self._plan = plan
        self._owner = owner
        self.__doc__ = plan.__doc__
        self.__wrapped__ = plan
        # The method's signature is the plan's without ``self``, computed once.
        signature = inspect.signature(plan)
        self._signature = signature.replace(parameters=list(signature.parameters.values())[1:])
        self._name = plan.__name__

    def __set_name__(self, owner: type, name: str) -> None:
        self._name = name

    def _bind(self, host: Any, method: Callable[..., Any]) -> Callable[..., Any]:
        functools.update_wrapper(method, self._plan)
        method.__signature__ = self._signature  # type: ignore[attr-defined]
        # Cached on the instance: a non-data descriptor is not consulted again.
        host.__dict__[self._name] = method
        return method


class SyncBound(_Bound[P, R]):
    """The plan as a blocking method."""

    @overload
    def __get__(self, host: None, owner: type | None = None) -> Self: ...
    @overload
    def __get__(self, host: SyncHost, owner: type | None = None) -> Callable[P, R]: ...
    def __get__(self, host: SyncHost | None, owner: type | None = None) -> Self | Callable[P, R]:
        if host is None:
            return self
        plan, target, run = self._plan, getattr(host, self._owner), host._run

        def method(*args: P.args, **kwargs: P.kwargs) -> R:
            return run(plan(target, *args, **kwargs))

        return self._bind(host, method)


class AsyncBound(_Bound[P, R]):
    """The plan as a coroutine function."""

    @overload
    def __get__(self, host: None, owner: type | None = None) -> Self: ...
    @overload
    def __get__(
        self, host: AsyncHost, owner: type | None = None
    ) -> Callable[P, Coroutine[Any, Any, R]]: ...
    def __get__(
        self, host: AsyncHost | None, owner: type | None = None
    ) -> Self | Callable[P, Coroutine[Any, Any, R]]:
        if host is None:
            return self
        plan, target, run = self._plan, getattr(host, self._owner), host._run

        async def method(*args: P.args, **kwargs: P.kwargs) -> R:
            return await run(plan(target, *args, **kwargs))

        return self._bind(host, method)
