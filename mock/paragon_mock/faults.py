"""Fault injection: make chosen requests fail or slow down, so retry logic can be tested for real.

A fault matches requests by path (a glob such as ``/projects/*/sdk/me``, or a regular expression
with ``pathRegex``, run by the linear-time matcher of ``pathregex.py`` so that no pattern can stall
the server) and optionally by method, and does one of three things:

- ``"429"``: answers 429 with ``Retry-After`` (``retryAfter`` seconds, 1 by default);
- ``"503"``: answers 503 with ``Retry-After``; ``retryAfter: null`` leaves the header out, on
  purpose outside the spec, to test a client against a bare 503;
- ``"delay"``: waits ``delayMs`` milliseconds, then handles the request normally.

``count`` limits a fault to the next N matching requests (then it is gone); ``fraction`` applies
it to that share of them, drawn from the mock's seeded generator so that a run can be replayed.
Faults are configured through the control surface (``/_mock/faults``), which they never affect.
"""

from __future__ import annotations

import fnmatch
import random
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

from paragon_mock.pathregex import PathPattern

__all__ = ["FAULT_MODES", "Fault", "Faults"]

FaultMode = Literal["429", "503", "delay"]
FAULT_MODES: tuple[FaultMode, ...] = ("429", "503", "delay")


@dataclass
class Fault:
    """One configured fault."""

    id: str
    mode: FaultMode
    path: str | None = None
    path_regex: str | None = None
    method: str | None = None
    retry_after: int | None = 1
    delay_ms: int = 0
    count: int | None = None
    fraction: float | None = None
    applied: int = 0
    _compiled: PathPattern | None = field(default=None, repr=False, compare=False)

    def __post_init__(self) -> None:
        if self.path is None and self.path_regex is None:
            raise ValueError("a fault needs path (a glob) or pathRegex")
        if self.path_regex is not None:
            self._compiled = PathPattern(self.path_regex)
        if self.method is not None:
            self.method = self.method.upper()

    def matches(self, method: str, path: str) -> bool:
        """Whether this fault is aimed at the request."""
        if self.method is not None and self.method != method:
            return False
        if self._compiled is not None:
            return self._compiled.search(path)
        return fnmatch.fnmatchcase(path, self.path or "")

    def describe(self) -> dict[str, Any]:
        """The fault as the control surface shows it."""
        data = asdict(self)
        data.pop("_compiled", None)
        return {
            "id": data["id"],
            "mode": data["mode"],
            "path": data["path"],
            "pathRegex": data["path_regex"],
            "method": data["method"],
            "retryAfter": data["retry_after"],
            "delayMs": data["delay_ms"],
            "count": data["count"],
            "fraction": data["fraction"],
            "applied": data["applied"],
        }


class Faults:
    """The configured faults, in the order they were added."""

    def __init__(self, seed: int | None = None) -> None:
        self._rng = random.Random(seed)
        self._faults: list[Fault] = []
        self._next_id = 0

    def __bool__(self) -> bool:
        return bool(self._faults)

    def add(self, **settings: Any) -> Fault:
        """Add a fault (see the module docstring for the settings)."""
        self._next_id += 1
        fault = Fault(id=f"fault-{self._next_id}", **settings)
        self._faults.append(fault)
        return fault

    def remove(self, fault_id: str) -> bool:
        """Remove one fault; False when there is none of that ID."""
        before = len(self._faults)
        self._faults = [fault for fault in self._faults if fault.id != fault_id]
        return len(self._faults) != before

    def clear(self) -> None:
        """Remove every fault."""
        self._faults.clear()

    def list(self) -> list[Fault]:
        """Every fault still active."""
        return list(self._faults)

    def pick(self, method: str, path: str) -> Fault | None:
        """The fault to apply to this request, if any, counting it as applied."""
        for fault in self._faults:
            if not fault.matches(method, path):
                continue
            if fault.fraction is not None and self._rng.random() >= fault.fraction:
                continue
            fault.applied += 1
            if fault.count is not None and fault.applied >= fault.count:
                self._faults.remove(fault)
            return fault
        return None
