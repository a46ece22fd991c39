"""Plans exposed as methods: one definition, a blocking method and an awaitable one.

A plan is a generator method of an *owner* object (``Core``, ``FlowCore``). ``SyncBound`` and
``AsyncBound`` are descriptors on a shell class: reading the attribute on a shell instance gives
a function with the plan's signature and docstring that runs the plan with the shell's ``_run``,
blocking or awaited. The shell names the attribute holding the owner (``_core`` by default).

``SyncBound.lazy`` / ``AsyncBound.lazy`` name the plan by module and attribute instead: its module
is imported when the method is first read on a shell, which keeps ``import paragon_connect`` from
loading code (the install flow) that many applications never run.
"""

from __future__ import annotations

import functools
import importlib
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
        self._loaded: Callable[Concatenate[Any, P], Plan[R]] | None = None
        self._where = ("", "")
        self._owner = owner
        self._name = plan.__name__
        self._signature_cache: inspect.Signature | None = None
        self._load(plan)

    def _load(self, plan: Callable[Concatenate[Any, P], Plan[R]]) -> None:
        self._loaded = plan
        self.__doc__ = plan.__doc__
        self.__wrapped__ = plan

    @classmethod
    def lazy(cls, module: str, attribute: str, *, owner: str = "_core") -> _Bound[..., Any]:
        """The plan ``module.attribute`` (dotted), imported when first needed."""
        bound: _Bound[..., Any] = cls.__new__(cls)
        bound._loaded = None
        bound._where = (module, attribute)
        bound._owner = owner
        bound._name = attribute.rpartition(".")[2]
        bound._signature_cache = None
        return bound

    @property
    def _plan(self) -> Callable[Concatenate[Any, P], Plan[R]]:
        plan = self._loaded
        if plan is None:
            module, attribute = self._where
            found: Any = importlib.import_module(module)
            for name in attribute.split("."):
                found = getattr(found, name)
            self._load(found)
            plan = found
        return plan

    @property
    def _signature(self) -> inspect.Signature:
        # The method's signature is the plan's without ``self``, computed once, when first bound.
        if self._signature_cache is None:
            signature = inspect.signature(self._plan)
            parameters = list(signature.parameters.values())[1:]
            self._signature_cache = signature.replace(parameters=parameters)
        return self._signature_cache

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
