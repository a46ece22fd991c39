r"""A fault's ``pathRegex``, matched in time linear in the path: it can never stall the server.

Python's ``re`` backtracks: ``^/(a+)+$`` against a long path of ``a`` takes exponential time, and
even ``.*.*x`` takes seconds on a 2,000-character path, all of it on the event loop that serves
every request. So a ``pathRegex`` is parsed with ``re``'s own parser (the syntax is Python's) and
compiled into a small program that a Thompson-style automaton runs over the path, following
every alternative at once: the work is at most the path's length times the program's size.

The automaton supports what a path pattern needs: literals, ``.``, character classes and
escapes (``\d``, ``\w``, ``\s`` and their negations), groups, alternation ``|``, every
quantifier (``*``, ``+``, ``?``, ``{m,n}``, greedy or lazy: for "does it match?" they are the
same) and the anchors ``^``, ``$``, ``\A``, ``\Z``, ``\b``, ``\B``. It refuses, with a
:class:`UnsafePattern`, what it cannot run in linear time or what changes the meaning of the
rest: backreferences, conditionals, lookaheads and lookbehinds, atomic groups, possessive
quantifiers and flags. It also refuses patterns longer than ``MAX_PATTERN_LENGTH`` characters or
compiling to more than ``MAX_PROGRAM_SIZE`` steps (large ``{m,n}`` counts), and a path longer
than ``MAX_PATH_LENGTH`` characters never matches a ``pathRegex``.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

__all__ = [
    "MAX_PATH_LENGTH",
    "MAX_PATTERN_LENGTH",
    "MAX_PROGRAM_SIZE",
    "PathPattern",
    "UnsafePattern",
]

MAX_PATTERN_LENGTH = 256
MAX_PROGRAM_SIZE = 256
MAX_PATH_LENGTH = 2048

# re's parser is not public API, but it is the only parser of Python's regex syntax there is;
# importing it by name keeps its absence from the type stubs out of the way.
_sre_parser: Any = importlib.import_module("re._parser")
_MAXREPEAT: int = _sre_parser.MAXREPEAT
# The flags every str pattern carries; any other (inline (?i), (?s), ...) is refused.
_DEFAULT_FLAGS = re.UNICODE.value

_Predicate = Callable[[str], bool]


class UnsafePattern(ValueError):
    """A ``pathRegex`` the mock will not run: too long, or using a construct it refuses."""


@dataclass(frozen=True)
class _Char:
    """Consume one character the predicate accepts."""

    accepts: _Predicate


@dataclass(frozen=True)
class _Split:
    """Continue at both targets."""

    first: int
    second: int


@dataclass(frozen=True)
class _Jump:
    target: int


@dataclass(frozen=True)
class _Assert:
    """Continue only where the anchor holds."""

    anchor: str


@dataclass(frozen=True)
class _Match:
    pass


_Instruction = _Char | _Split | _Jump | _Assert | _Match


def _is_word(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


_CATEGORIES: dict[str, _Predicate] = {
    "CATEGORY_DIGIT": str.isdecimal,
    "CATEGORY_NOT_DIGIT": lambda ch: not ch.isdecimal(),
    "CATEGORY_WORD": _is_word,
    "CATEGORY_NOT_WORD": lambda ch: not _is_word(ch),
    "CATEGORY_SPACE": str.isspace,
    "CATEGORY_NOT_SPACE": lambda ch: not ch.isspace(),
}


def _class_predicate(items: list[tuple[Any, Any]]) -> _Predicate:
    negate = False
    singles: set[str] = set()
    ranges: list[tuple[int, int]] = []
    categories: list[_Predicate] = []
    for op, arg in items:
        name = str(op)
        if name == "NEGATE":
            negate = True
        elif name == "LITERAL":
            singles.add(chr(arg))
        elif name == "RANGE":
            ranges.append((int(arg[0]), int(arg[1])))
        elif name == "CATEGORY" and str(arg) in _CATEGORIES:
            categories.append(_CATEGORIES[str(arg)])
        else:
            raise UnsafePattern(f"unsupported in a character class: {name}")

    def accepts(ch: str) -> bool:
        code = ord(ch)
        found = (
            ch in singles
            or any(low <= code <= high for low, high in ranges)
            or any(category(ch) for category in categories)
        )
        return found != negate

    return accepts


class _Compiler:
    def __init__(self) -> None:
        self.program: list[_Instruction] = []

    def emit(self, instruction: _Instruction) -> int:
        if len(self.program) >= MAX_PROGRAM_SIZE:
            raise UnsafePattern(
                f"the pattern is too large to match safely (over {MAX_PROGRAM_SIZE} steps)"
            )
        self.program.append(instruction)
        return len(self.program) - 1

    def patch(self, index: int, instruction: _Instruction) -> None:
        self.program[index] = instruction

    def sequence(self, items: Any) -> None:
        for op, arg in items:
            self.item(str(op), arg)

    def item(self, name: str, arg: Any) -> None:
        if name == "LITERAL":
            literal = chr(arg)
            self.emit(_Char(lambda ch: ch == literal))
        elif name == "NOT_LITERAL":
            excluded = chr(arg)
            self.emit(_Char(lambda ch: ch != excluded))
        elif name == "ANY":
            # Without (?s), which is refused, "." matches anything but a newline.
            self.emit(_Char(lambda ch: ch != "\n"))
        elif name == "IN":
            self.emit(_Char(_class_predicate(list(arg))))
        elif name == "AT":
            anchor = str(arg)
            if anchor not in _ANCHORS:
                raise UnsafePattern(f"unsupported anchor {anchor}")
            self.emit(_Assert(anchor))
        elif name == "SUBPATTERN":
            _group, add_flags, del_flags, inner = arg
            if add_flags or del_flags:
                raise UnsafePattern("inline flags are not supported")
            self.sequence(inner)
        elif name == "BRANCH":
            self.branch(list(arg[1]))
        elif name in ("MAX_REPEAT", "MIN_REPEAT"):
            low, high, inner = arg
            self.repeat(int(low), int(high), inner)
        else:
            raise UnsafePattern(f"{_REFUSED.get(name, name)} is not supported")

    def branch(self, alternatives: list[Any]) -> None:
        jumps: list[int] = []
        for index, alternative in enumerate(alternatives):
            if index < len(alternatives) - 1:
                split = self.emit(_Jump(-1))
                self.sequence(alternative)
                jumps.append(self.emit(_Jump(-1)))
                self.patch(split, _Split(split + 1, len(self.program)))
            else:
                self.sequence(alternative)
        for jump in jumps:
            self.patch(jump, _Jump(len(self.program)))

    def repeat(self, low: int, high: int, inner: Any) -> None:
        for _ in range(low):
            self.sequence(inner)
        if high == _MAXREPEAT:
            # A loop: split into the body or past it; the body jumps back to the split.
            split = self.emit(_Jump(-1))
            self.sequence(inner)
            self.emit(_Jump(split))
            self.patch(split, _Split(split + 1, len(self.program)))
            return
        # Each optional copy may be skipped, which skips the rest too.
        splits: list[int] = []
        for _ in range(high - low):
            splits.append(self.emit(_Jump(-1)))
            self.sequence(inner)
        for split in splits:
            self.patch(split, _Split(split + 1, len(self.program)))


_REFUSED = {
    "GROUPREF": "a backreference",
    "GROUPREF_EXISTS": "a conditional group",
    "ASSERT": "a lookahead or lookbehind",
    "ASSERT_NOT": "a negative lookahead or lookbehind",
    "ATOMIC_GROUP": "an atomic group",
    "POSSESSIVE_REPEAT": "a possessive quantifier",
}


def _at_boundary(text: str, pos: int) -> bool:
    before = pos > 0 and _is_word(text[pos - 1])
    after = pos < len(text) and _is_word(text[pos])
    return before != after


_ANCHORS: dict[str, Callable[[str, int], bool]] = {
    "AT_BEGINNING": lambda text, pos: pos == 0,
    "AT_BEGINNING_STRING": lambda text, pos: pos == 0,
    # "$" without (?m): at the end, or before a newline that ends the text.
    "AT_END": lambda text, pos: pos == len(text) or (pos == len(text) - 1 and text[pos] == "\n"),
    "AT_END_STRING": lambda text, pos: pos == len(text),
    "AT_BOUNDARY": _at_boundary,
    "AT_NON_BOUNDARY": lambda text, pos: not _at_boundary(text, pos),
}


class PathPattern:
    """A checked ``pathRegex``; :meth:`search` is ``re.search`` in linear time."""

    def __init__(self, pattern: str) -> None:
        if len(pattern) > MAX_PATTERN_LENGTH:
            raise UnsafePattern(f"longer than {MAX_PATTERN_LENGTH} characters")
        re.compile(pattern)  # re.error, with its usual message, for a malformed pattern
        parsed = _sre_parser.parse(pattern)
        if parsed.state.flags & ~_DEFAULT_FLAGS:
            raise UnsafePattern("inline flags are not supported")
        compiler = _Compiler()
        compiler.sequence(parsed)
        compiler.emit(_Match())
        self.pattern = pattern
        self._program = compiler.program

    def __repr__(self) -> str:
        return f"PathPattern({self.pattern!r})"

    def _closure(self, starts: list[int], text: str, pos: int) -> list[int] | None:
        """The character steps reachable from ``starts`` without consuming; None on a match."""
        program = self._program
        seen: set[int] = set()
        steps: list[int] = []
        stack = list(reversed(starts))
        while stack:
            pc = stack.pop()
            if pc in seen:
                continue
            seen.add(pc)
            instruction = program[pc]
            if isinstance(instruction, _Char):
                steps.append(pc)
            elif isinstance(instruction, _Split):
                stack.append(instruction.second)
                stack.append(instruction.first)
            elif isinstance(instruction, _Jump):
                stack.append(instruction.target)
            elif isinstance(instruction, _Assert):
                if _ANCHORS[instruction.anchor](text, pos):
                    stack.append(pc + 1)
            else:
                return None
        return steps

    def search(self, text: str) -> bool:
        """Whether the pattern matches somewhere in ``text`` (never for an over-long text)."""
        if len(text) > MAX_PATH_LENGTH:
            return False
        program = self._program
        threads: list[int] = []
        for pos in range(len(text) + 1):
            # A search may start at any position: a fresh thread joins the running ones.
            steps = self._closure([*threads, 0], text, pos)
            if steps is None:
                return True
            if pos == len(text):
                break
            ch = text[pos]
            threads = [pc + 1 for pc in steps if program[pc].accepts(ch)]  # type: ignore[union-attr]
        return False
