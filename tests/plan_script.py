"""Drive a plan of the core with a script of answers: no HTTP, no server, no clock.

A plan (``paragon_connect._core``) yields effects and receives each one's result. ``run`` plays
the shell's part from a script, a list of ``(matcher, answer)`` steps: each effect the plan
yields must match the next step's matcher, and the step's answer is sent back (a value, or a
``Response`` built with ``ok`` / ``error``) or thrown in (an exception). The plan must use the
whole script, no more and no less; ``run`` returns the plan's value or lets its exception
propagate (for ``pytest.raises``).

Matchers: ``call("user.get_current_user", project_id=...)`` for a ``Call`` (keyword arguments
compared one by one, generated models through ``to_dict()``; ``headers`` / ``params`` compared
whole when given), ``emitted(name, event)`` for an ``Emit``, ``effect(Sleep)`` for any other
kind. ``refused`` asserts that a plan raises on its first step, before yielding anything.
"""

from __future__ import annotations

from collections.abc import Callable, Generator, Mapping, Sequence
from dataclasses import dataclass, field
from http import HTTPStatus
from typing import Any, Protocol, TypeAlias, TypeVar

import httpx
import pytest
from paragon_connect._core._base import Emit
from paragon_connect_api.calls import Call
from paragon_connect_api.types import Response, Unset, status_code_from_int

__all__ = [
    "Answer",
    "Matcher",
    "Step",
    "call",
    "effect",
    "emitted",
    "error",
    "ok",
    "refused",
    "run",
    "where",
]

T = TypeVar("T")
E = TypeVar("E", bound=BaseException)

# Where the hand-built answers claim to come from: ``status_error`` and
# ``APIResponseValidationError`` read the request of the ``httpx.Response``.
DEFAULT_URL = "https://zeus.useparagon.com/projects/38b1f170-0c43-4eae-9a04-ab85325d99f7/sdk"


class Matcher(Protocol):
    """Says whether a yielded effect is the one the script expects."""

    def check(self, effect: object) -> None:
        """Raise ``AssertionError`` naming the difference when ``effect`` does not match."""

    def describe(self) -> str:
        """What is expected, for failure messages."""


# A value to send back (a ``Response`` for a ``Call``), or an exception to throw in.
Answer: TypeAlias = object
Step: TypeAlias = tuple[Matcher, Answer]


def _json(value: object) -> object:
    """A generated model (or a list of them) as JSON data; anything else unchanged."""
    if isinstance(value, list):
        return [_json(item) for item in value]
    to_dict = getattr(value, "to_dict", None)
    return to_dict() if callable(to_dict) else value


def _same(actual: object, expected: object) -> bool:
    """Whether a keyword argument of a Call is the expected one.

    ``UNSET`` must be ``UNSET`` (an optional header left out); a model compares by its JSON, so
    a test may write the body it expects as a dict.
    """
    if isinstance(expected, Unset) or isinstance(actual, Unset):
        return isinstance(expected, Unset) and isinstance(actual, Unset)
    if hasattr(actual, "to_dict") or hasattr(expected, "to_dict"):
        return _json(actual) == _json(expected)
    return actual == expected


def describe_effect(value: object) -> str:
    """An effect as a failure message shows it (a Call with its keyword arguments)."""
    if isinstance(value, Call):
        kwargs = {key: _json(item) for key, item in value.kwargs.items()}
        return (
            f"Call({value.operation!r}, service={value.service!r}, kwargs={kwargs!r}, "
            f"headers={value.headers!r}, params={value.params!r})"
        )
    return repr(value)


@dataclass(frozen=True)
class CallMatch:
    """A ``Call`` of one operation with (at least) these keyword arguments."""

    operation: str
    kwargs: Mapping[str, object]
    service: str | None = None
    headers: tuple[tuple[str, str], ...] | None = None
    params: tuple[tuple[str, str], ...] | None = None

    def check(self, effect: object) -> None:
        assert isinstance(effect, Call), f"expected {self.describe()}, got {effect!r}"
        shown = describe_effect(effect)
        assert effect.operation == self.operation, f"expected {self.describe()}, got {shown}"
        if self.service is not None:
            assert effect.service == self.service, f"wrong service: {shown}"
        for key, expected in self.kwargs.items():
            assert key in effect.kwargs, f"{self.operation} has no argument {key!r}: {shown}"
            actual = effect.kwargs[key]
            assert _same(actual, expected), (
                f"{self.operation}: {key}={_json(actual)!r}, expected {_json(expected)!r}"
            )
        if self.headers is not None:
            assert effect.headers == self.headers, f"wrong extra headers: {shown}"
        if self.params is not None:
            assert effect.params == self.params, f"wrong query parameters: {shown}"

    def describe(self) -> str:
        return f"call {self.operation} {dict(self.kwargs)!r}"


@dataclass(frozen=True)
class EmitMatch:
    """An ``Emit`` of one event name, with this event (and this user, when given)."""

    event_name: str
    event: object
    user: object = None

    def check(self, effect: object) -> None:
        assert isinstance(effect, Emit), (
            f"expected {self.describe()}, got {describe_effect(effect)}"
        )
        assert effect.event_name == self.event_name, f"expected {self.describe()}, got {effect!r}"
        assert effect.event == self.event, f"{self.event_name}: {effect.event!r} != {self.event!r}"
        if self.user is not None:
            assert effect.user == self.user, f"{self.event_name} for {effect.user!r}"

    def describe(self) -> str:
        return f"emit {self.event_name} {self.event!r}"


@dataclass(frozen=True)
class EffectMatch:
    """Any effect of one kind that passes ``predicate``."""

    kind: type
    predicate: Callable[[Any], bool] = field(default=lambda _: True)

    def check(self, effect: object) -> None:
        assert isinstance(effect, self.kind), f"expected {self.describe()}, got {effect!r}"
        assert self.predicate(effect), f"{effect!r} does not pass the script's predicate"

    def describe(self) -> str:
        return f"a {self.kind.__name__}"


@dataclass(frozen=True)
class WhereMatch:
    """Another matcher, plus a condition on anything at the moment the effect is yielded."""

    matcher: Matcher
    condition: Callable[[], bool]
    what: str

    def check(self, effect: object) -> None:
        self.matcher.check(effect)
        assert self.condition(), f"when {self.matcher.describe()} was yielded, not {self.what}"

    def describe(self) -> str:
        return f"{self.matcher.describe()} with {self.what}"


def where(matcher: Matcher, condition: Callable[[], bool], what: str) -> WhereMatch:
    """Match what ``matcher`` matches, when ``condition()`` holds as the effect is yielded."""
    return WhereMatch(matcher, condition, what)


def call(
    operation: str,
    /,
    *,
    service: str | None = None,
    headers: tuple[tuple[str, str], ...] | None = None,
    params: tuple[tuple[str, str], ...] | None = None,
    **kwargs: object,
) -> CallMatch:
    """Match a ``Call`` of ``operation`` whose keyword arguments include ``kwargs``."""
    return CallMatch(operation, kwargs, service, headers, params)


def emitted(event_name: str, event: object, *, user: object = None) -> EmitMatch:
    """Match the ``Emit`` of ``event`` under ``event_name`` (for ``user``, when given)."""
    return EmitMatch(event_name, event, user)


def effect(kind: type, predicate: Callable[[Any], bool] | None = None) -> EffectMatch:
    """Match any effect of type ``kind`` (``Sleep``, ``Notify``, ``Subscribe``, ...)."""
    return EffectMatch(kind) if predicate is None else EffectMatch(kind, predicate)


def _response(
    status: int, body: object, parsed: object, headers: Mapping[str, str] | None, method: str
) -> Response[Any]:
    request = httpx.Request(method, DEFAULT_URL)
    if body is None:
        raw = httpx.Response(status, headers=headers, request=request)
    else:
        raw = httpx.Response(status, json=body, headers=headers, request=request)
    return Response(
        status_code=status_code_from_int(status),
        content=raw.content,
        headers=raw.headers,
        parsed=parsed,
        http_response=raw,
    )


def ok(
    value: object = None,
    status: int = HTTPStatus.OK,
    *,
    headers: Mapping[str, str] | None = None,
    method: str = "GET",
) -> Response[Any]:
    """A success answer whose parsed body is ``value`` (a model, a list of them, or JSON).

    The raw body is ``value``'s JSON; None means no body at all (a 202 or a 204).
    """
    return _response(int(status), _json(value), value, headers, method)


def error(
    status: int,
    body: object = None,
    *,
    headers: Mapping[str, str] | None = None,
    method: str = "GET",
) -> Response[Any]:
    """An error answer with ``body`` (Paragon's envelope, by default) as its JSON."""
    if body is None:
        try:
            phrase = HTTPStatus(status).phrase
        except ValueError:  # a status the standard library does not name (520, say)
            phrase = "Error"
        body = {"message": f"scripted {phrase}", "code": str(status), "status": status}
    return _response(int(status), body, None, headers, method)


def run(plan: Generator[Any, Any, T], script: Sequence[Step]) -> T:
    """Drive ``plan`` through ``script``; its value, or the exception it raised.

    Fails when an effect does not match its step, when the plan yields more effects than the
    script has, and when the plan ends (returning or raising) before using the whole script.
    """
    steps = list(script)
    used = 0

    def leftover() -> str:
        return "; ".join(matcher.describe() for matcher, _ in steps[used:])

    answer: Answer = None
    throw = False
    while True:
        try:
            if throw:
                assert isinstance(answer, BaseException)
                yielded = plan.throw(answer)
            else:
                yielded = plan.send(answer) if used else next(plan)
        except StopIteration as stop:
            assert used == len(steps), f"the plan returned with steps left: {leftover()}"
            value: T = stop.value
            return value
        except BaseException as raised:
            if used != len(steps):
                raise AssertionError(
                    f"the plan raised {raised!r} with steps left: {leftover()}"
                ) from raised
            raise
        if used == len(steps):
            plan.close()
            raise AssertionError(
                f"the plan yielded {describe_effect(yielded)} after the end of the script"
            )
        matcher, answer = steps[used]
        used += 1
        try:
            matcher.check(yielded)
        except AssertionError as mismatch:
            plan.close()
            raise AssertionError(f"step {used}: {mismatch}") from None
        throw = isinstance(answer, BaseException)


def refused(
    plan: Generator[Any, Any, Any], kind: type[E], match: str | None = None
) -> pytest.ExceptionInfo[E]:
    """Assert that ``plan`` raises ``kind`` on its first step, before yielding any effect."""
    with pytest.raises(kind, match=match) as info:
        first = next(plan)
        plan.close()
        pytest.fail(f"the plan yielded {describe_effect(first)} before refusing")
    return info
