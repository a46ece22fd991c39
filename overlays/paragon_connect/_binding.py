"""Plans exposed as methods: one definition, blocking on ``Paragon``, awaited on ``AsyncParagon``.

A plan is a generator method of an *owner* object (``Core``, ``FlowCore``, a picker's core).
``Bound`` is a descriptor declared once, on a base class both shells share: reading the
attribute on a shell gives a function with the plan's signature and docstring that runs the plan
with the shell's ``_run`` — a plain function on a blocking shell, a coroutine function on an
asynchronous one (the shell's ``_asynchronous`` says which, and mypy reads the same flag through
the overloads of ``__get__``). The shell names the attribute holding the owner (``_core`` by
default). ``Direct`` does the same for an owner's plain method (no I/O, nothing to run).

``Paged`` turns a function returning a ``Pages`` (the state of a paged read) into an iterator
of the items: a generator on a blocking shell, an async generator on an asynchronous one.

``Made`` turns an owner's factory into a constructor of the matching shell object (the file
picker): the object the factory makes, wrapped by a blocking or an asynchronous shell class.

``Namespace`` groups methods under one attribute (``paragon.tools``): an object of a blocking or
an asynchronous shell class, whose methods are ``Bound`` plans, made for each client when the
attribute is first read.

``Bound.lazy`` names the plan by module and attribute instead: its module is imported when the
method is first read on a shell, which keeps ``import paragon_connect`` from loading code (the
install flow) that many applications never run. ``Made.lazy`` and ``Namespace.lazy`` do the same
for their shell classes.
"""

from __future__ import annotations

import functools
import importlib
import inspect
from collections.abc import AsyncIterator, Callable, Coroutine, Iterator, Sequence
from typing import (
    Any,
    Concatenate,
    Generic,
    Literal,
    ParamSpec,
    Protocol,
    Self,
    TypeVar,
    overload,
)

from ._core._base import Plan

__all__ = [
    "AsyncHost",
    "Bound",
    "Direct",
    "Made",
    "Namespace",
    "Paged",
    "Pages",
    "Shell",
    "SyncHost",
]

P = ParamSpec("P")
R = TypeVar("R")
T = TypeVar("T")
S = TypeVar("S")
OwnerT = TypeVar("OwnerT")
A = TypeVar("A")
T_co = TypeVar("T_co", covariant=True)


class SyncHost(Protocol):
    """A shell that runs plans to completion with blocking I/O."""

    @property
    def _asynchronous(self) -> Literal[False]: ...

    def _run(self, plan: Plan[R]) -> R: ...


class AsyncHost(Protocol):
    """A shell that runs plans to completion with ``await``."""

    @property
    def _asynchronous(self) -> Literal[True]: ...

    async def _run(self, plan: Plan[R]) -> R: ...


class _Descriptor:
    """What both descriptors share: the wrapped function, found now or on first use."""

    def __init__(self, function: Callable[..., Any] | None, owner: str) -> None:
        self._loaded: Callable[..., Any] | None = None
        self._where = ("", "")
        self._owner = owner
        self._name = ""
        self._signature_cache: inspect.Signature | None = None
        if function is not None:
            self._load(function)

    def _load(self, function: Callable[..., Any]) -> None:
        self._loaded = function
        self._name = self._name or function.__name__
        self.__doc__ = function.__doc__
        self.__wrapped__ = function

    @property
    def _function(self) -> Callable[..., Any]:
        function = self._loaded
        if function is None:
            module, attribute = self._where
            found: Any = importlib.import_module(module)
            for name in attribute.split("."):
                found = getattr(found, name)
            self._load(found)
            function = found
        return function

    def __set_name__(self, owner: type, name: str) -> None:
        self._name = name

    def _bind(self, host: object, method: Callable[..., Any]) -> Callable[..., Any]:
        functools.update_wrapper(method, self._function)
        # The method's signature is the function's without ``self``, computed once.
        if self._signature_cache is None:
            signature = inspect.signature(self._function)
            parameters = list(signature.parameters.values())[1:]
            result = signature.return_annotation
            # A plan's ``Plan[R]`` is, to the caller, ``R`` (awaited on an asynchronous shell).
            if isinstance(result, str) and result.startswith("Plan[") and result.endswith("]"):
                result = result[len("Plan[") : -1]
            self._signature_cache = signature.replace(
                parameters=parameters, return_annotation=result
            )
        method.__signature__ = self._signature_cache  # type: ignore[attr-defined]
        # Cached on the instance: a non-data descriptor is not consulted again.
        host.__dict__[self._name] = method
        return method


class Bound(_Descriptor, Generic[P, R]):
    """A plan as a method: blocking on a ``SyncHost``, a coroutine function on an ``AsyncHost``."""

    def __init__(
        self, plan: Callable[Concatenate[Any, P], Plan[R]], *, owner: str = "_core"
    ) -> None:
        super().__init__(plan, owner)

    @classmethod
    def lazy(cls, module: str, attribute: str, *, owner: str = "_core") -> Bound[..., Any]:
        """The plan ``module.attribute`` (dotted), imported when first needed."""
        bound: Bound[..., Any] = cls.__new__(cls)
        _Descriptor.__init__(bound, None, owner)
        bound._where = (module, attribute)
        bound._name = attribute.rpartition(".")[2]
        return bound

    @overload
    def __get__(self, host: None, owner: type | None = None) -> Self: ...
    @overload
    def __get__(self, host: SyncHost, owner: type | None = None) -> Callable[P, R]: ...
    @overload
    def __get__(
        self, host: AsyncHost, owner: type | None = None
    ) -> Callable[P, Coroutine[Any, Any, R]]: ...
    def __get__(
        self, host: SyncHost | AsyncHost | None, owner: type | None = None
    ) -> Self | Callable[P, R] | Callable[P, Coroutine[Any, Any, R]]:
        if host is None:
            return self
        plan, target = self._function, getattr(host, self._owner)
        run: Callable[[Any], Any] = host._run
        method: Callable[P, R] | Callable[P, Coroutine[Any, Any, R]]
        # The one place where blocking and awaiting part: ``await`` needs a coroutine function.
        if host._asynchronous:

            async def method(*args: P.args, **kwargs: P.kwargs) -> R:
                result: R = await run(plan(target, *args, **kwargs))
                return result

        else:

            def method(*args: P.args, **kwargs: P.kwargs) -> R:
                result: R = run(plan(target, *args, **kwargs))
                return result

        return self._bind(host, method)


class Direct(_Descriptor, Generic[P, R]):
    """An owner's plain method (no I/O) as the same method of the shell."""

    def __init__(self, function: Callable[Concatenate[Any, P], R], *, owner: str = "_core") -> None:
        super().__init__(function, owner)

    @overload
    def __get__(self, host: None, owner: type | None = None) -> Self: ...
    @overload
    def __get__(self, host: object, owner: type | None = None) -> Callable[P, R]: ...
    def __get__(self, host: object | None, owner: type | None = None) -> Self | Callable[P, R]:
        if host is None:
            return self
        function, target = self._function, getattr(host, self._owner)

        def method(*args: P.args, **kwargs: P.kwargs) -> R:
            result: R = function(target, *args, **kwargs)
            return result

        return self._bind(host, method)


class Shell(Generic[OwnerT]):
    """A shell over an owner, for objects a client hands out (the install flow, a picker).

    Subclasses declare their methods once with ``Bound`` and say whether they await with a
    class attribute ``_asynchronous``; the client passes its own ``_run``.
    """

    def __init__(self, owner: OwnerT, run: Callable[[Any], Any]) -> None:
        self._core = owner
        self._run = run


class Pages(Protocol[T_co]):
    """A paged read: plans that read the next page's items while ``more``, then ``finish``."""

    @property
    def more(self) -> bool: ...

    def next_items(self) -> Plan[Sequence[T_co]]: ...

    def finish(self) -> None: ...


class Paged(_Descriptor, Generic[P, T]):
    """An owner's method returning ``Pages`` as an iterator of every item, page after page.

    Arguments are checked when the method is called (the owner's method runs then); pages are
    read as the iteration goes.
    """

    def __init__(
        self, function: Callable[Concatenate[Any, P], Pages[T]], *, owner: str = "_core"
    ) -> None:
        super().__init__(function, owner)

    @overload
    def __get__(self, host: None, owner: type | None = None) -> Self: ...
    @overload
    def __get__(self, host: SyncHost, owner: type | None = None) -> Callable[P, Iterator[T]]: ...
    @overload
    def __get__(
        self, host: AsyncHost, owner: type | None = None
    ) -> Callable[P, AsyncIterator[T]]: ...
    def __get__(
        self, host: SyncHost | AsyncHost | None, owner: type | None = None
    ) -> Self | Callable[P, Iterator[T]] | Callable[P, AsyncIterator[T]]:
        if host is None:
            return self
        function, target = self._function, getattr(host, self._owner)
        run: Callable[[Any], Any] = host._run
        method: Callable[P, Iterator[T]] | Callable[P, AsyncIterator[T]]
        # Twins because ``await`` needs an async generator; the paging logic is in ``Pages``.
        if host._asynchronous:

            async def walk_async(pages: Pages[T]) -> AsyncIterator[T]:
                while pages.more:
                    for item in await run(pages.next_items()):
                        yield item
                pages.finish()

            def method(*args: P.args, **kwargs: P.kwargs) -> AsyncIterator[T]:
                return walk_async(function(target, *args, **kwargs))

        else:

            def walk(pages: Pages[T]) -> Iterator[T]:
                while pages.more:
                    yield from run(pages.next_items())
                pages.finish()

            def method(*args: P.args, **kwargs: P.kwargs) -> Iterator[T]:
                return walk(function(target, *args, **kwargs))

        bound = self._bind(host, method)
        # What the caller iterates: the items of the pages' ``next_items``.
        kind = "AsyncIterator" if host._asynchronous else "Iterator"
        bound.__signature__ = self._signature_cache.replace(  # type: ignore[attr-defined,union-attr]
            return_annotation=f"{kind}[{self._item_annotation()}]"
        )
        return bound

    def _item_annotation(self) -> str:
        """The items' type, as the pages class's ``next_items`` names it."""
        function = self._function
        pages = vars(importlib.import_module(function.__module__)).get(
            str(inspect.signature(function).return_annotation)
        )
        text = str(inspect.signature(pages.next_items).return_annotation) if pages else ""
        for outer in ("Plan[", "list[", "Sequence["):
            if text.startswith(outer) and text.endswith("]"):
                text = text[len(outer) : -1]
        return text or "object"


class Made(_Descriptor, Generic[P, S, A]):
    """An object an owner's factory makes, in the shell class matching the host.

    ``sync_shell(made, host._run)`` on a blocking host, ``async_shell(made, host._run)`` on an
    asynchronous one; the method has the factory's signature and docstring.
    """

    def __init__(
        self,
        factory: Callable[Concatenate[Any, P], object],
        sync_shell: Callable[[Any, Any], S],
        async_shell: Callable[[Any, Any], A],
        *,
        owner: str = "_core",
    ) -> None:
        super().__init__(factory, owner)
        self._shells: tuple[Callable[[Any, Any], object], ...] = (sync_shell, async_shell)
        self._shell_names = ("", "")

    @classmethod
    def lazy(
        cls, module: str, factory: str, sync_shell: str, async_shell: str, *, owner: str = "_core"
    ) -> Made[..., Any, Any]:
        """The factory and shell classes by name in ``module``, imported when first needed."""
        made: Made[..., Any, Any] = cls.__new__(cls)
        _Descriptor.__init__(made, None, owner)
        made._where = (module, factory)
        made._shells = ()
        made._shell_names = (sync_shell, async_shell)
        return made

    @overload
    def __get__(self, host: None, owner: type | None = None) -> Self: ...
    @overload
    def __get__(self, host: SyncHost, owner: type | None = None) -> Callable[P, S]: ...
    @overload
    def __get__(self, host: AsyncHost, owner: type | None = None) -> Callable[P, A]: ...
    def __get__(
        self, host: SyncHost | AsyncHost | None, owner: type | None = None
    ) -> Self | Callable[P, S] | Callable[P, A]:
        if host is None:
            return self
        factory, target, run = self._function, getattr(host, self._owner), host._run
        if not self._shells:
            module = importlib.import_module(self._where[0])
            self._shells = tuple(getattr(module, name) for name in self._shell_names)
        shell = self._shells[1 if host._asynchronous else 0]

        def method(*args: P.args, **kwargs: P.kwargs) -> Any:
            return shell(factory(target, *args, **kwargs), run)

        bound = self._bind(host, method)
        # What the caller gets is the shell, whatever the factory's own annotation says.
        bound.__signature__ = bound.__signature__.replace(  # type: ignore[attr-defined]
            return_annotation=getattr(shell, "__name__", "object")
        )
        return bound


class Namespace(Generic[S, A]):
    """Methods grouped under one attribute of a shell (``paragon.tools``), for both shells.

    Reading the attribute on a blocking host gives ``sync_shell(owner, host._run)``, on an
    asynchronous one ``async_shell(owner, host._run)``, where ``owner`` is the host's
    attribute of that name (``_core``); the shell classes declare their methods with ``Bound``.
    The object is made on the first read and kept on that host, so that it runs with the host's
    own options: a ``with_options`` copy makes its own.
    """

    def __init__(
        self,
        sync_shell: Callable[[Any, Any], S],
        async_shell: Callable[[Any, Any], A],
        *,
        owner: str = "_core",
    ) -> None:
        self._shells: tuple[Callable[[Any, Any], Any], ...] = (sync_shell, async_shell)
        self._where = ("", "", "")
        self._owner = owner
        self._name = ""

    @classmethod
    def lazy(
        cls, module: str, sync_shell: str, async_shell: str, *, owner: str = "_core"
    ) -> Namespace[Any, Any]:
        """The shell classes by name in ``module``, imported when the attribute is first read."""
        namespace: Namespace[Any, Any] = cls.__new__(cls)
        namespace._shells = ()
        namespace._where = (module, sync_shell, async_shell)
        namespace._owner = owner
        namespace._name = ""
        return namespace

    def __set_name__(self, owner: type, name: str) -> None:
        self._name = name

    @overload
    def __get__(self, host: None, owner: type | None = None) -> Self: ...
    @overload
    def __get__(self, host: SyncHost, owner: type | None = None) -> S: ...
    @overload
    def __get__(self, host: AsyncHost, owner: type | None = None) -> A: ...
    def __get__(self, host: SyncHost | AsyncHost | None, owner: type | None = None) -> Self | S | A:
        if host is None:
            return self
        if not self._shells:
            module, sync_shell, async_shell = self._where
            found = importlib.import_module(module)
            self._shells = (getattr(found, sync_shell), getattr(found, async_shell))
        shell = self._shells[1 if host._asynchronous else 0]
        made: S | A = shell(getattr(host, self._owner), host._run)
        # Cached on the instance: a non-data descriptor is not consulted again.
        host.__dict__[self._name] = made
        return made
