"""Write `paragon_connect_api/calls.py`: one typed constructor of a `Call` per operation.

The hand-written client never names an operation by a string of its own: it builds a
`Call[T]` with a function of this module (`calls.get_current_user(project_id)`), whose keyword
arguments are the operation's and whose `T` is what its success answer parses to, so mypy checks
both ends. The service an operation goes to comes from the spec's `servers`, read here; the
operation's module is imported only when the call runs, so importing this module stays cheap.

The constructors are derived from the modules openapi-python-client wrote (their `sync_detailed`
signature and return annotation, read with `ast`), so they cannot disagree with them; the spec is
read only for each operation's service and summary.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

from generator.spec_lint import HTTP_METHODS
from generator.spec_services import DEFAULT_SERVICE, service_of

MODULE_DOC: Final = '''"""Typed calls of every operation of the spec: what to run, where, with what.

A `Call[T]` names an operation module of `paragon_connect_api.api` (imported only when the call
is run), the Paragon service that serves it (from the spec's `servers`) and its keyword
arguments; `T` is what its success answer parses to. Build one with the constructor named after
the operation (`get_current_user(project_id)`); run it with `paragon_connect_api.api.<module>`'s
`sync_detailed` / `asyncio_detailed`, on the base URL of `Call.service`. `headers` and `params`
are what an operation cannot express (free-form headers, a provider's own query string).
"""
'''

CALL_CLASS: Final = '''
T_co = TypeVar("T_co", covariant=True)


@dataclass(frozen=True, slots=True)
class Call(Generic[T_co]):
    """One operation with its arguments; its answer's parsed success is a `T_co`."""

    operation: str
    service: Service
    # Out of the repr: request bodies, extra headers and a provider's query string may carry
    # secrets, and a Call's repr is what a debugger or a failing assertion shows.
    kwargs: dict[str, Any] = field(repr=False)
    # What a success answer holds, for messages; `expects_body` is False when any JSON (or no
    # body) is a success, so that a missing body is not mistaken for an error.
    returns: str = field(repr=False)
    expects_body: bool = field(repr=False)
    headers: tuple[tuple[str, str], ...] = field(default=(), repr=False)
    params: tuple[tuple[str, str], ...] = field(default=(), repr=False)

    def with_extras(
        self,
        *,
        headers: tuple[tuple[str, str], ...] = (),
        params: tuple[tuple[str, str], ...] = (),
    ) -> Call[T_co]:
        """The same call with free-form headers and query parameters added by the transport."""
        return Call(
            self.operation,
            self.service,
            self.kwargs,
            self.returns,
            self.expects_body,
            self.headers + headers,
            self.params + params,
        )
'''

ERROR_MODEL: Final = "ErrorEnvelope"


class CallsError(Exception):
    """The generated modules and the spec do not line up (a generator or spec change)."""


@dataclass(frozen=True)
class _Operation:
    tag: str
    name: str
    method: str
    path: str
    service: str
    summary: str


def snake_case(identifier: str) -> str:
    """An operationId as openapi-python-client names its module (`build_oauth_url`)."""
    words = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", identifier)
    words = re.sub(r"([A-Z]+)([A-Z][a-z])", r"\1_\2", words)
    return re.sub(r"[^0-9a-zA-Z]+", "_", words).strip("_").lower()


def _spec_operations(spec: Mapping[str, Any]) -> Iterator[_Operation]:
    for path, item in spec["paths"].items():
        for method in HTTP_METHODS:
            operation = item.get(method)
            if operation is None:
                continue
            servers = operation.get("servers") or item.get("servers")
            service = DEFAULT_SERVICE if not servers else service_of(servers[0]["url"])
            tags = operation.get("tags") or ["default"]
            yield _Operation(
                tag=snake_case(tags[0]),
                name=snake_case(operation["operationId"]),
                method=method.upper(),
                path=path,
                service=service,
                summary=" ".join(str(operation.get("summary", "")).split()),
            )


def _union(node: ast.expr) -> list[ast.expr]:
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.BitOr):
        return [*_union(node.left), *_union(node.right)]
    return [node]


def _names(node: ast.AST) -> set[str]:
    return {child.id for child in ast.walk(node) if isinstance(child, ast.Name)}


def _constructor(operation: _Operation, module: ast.Module) -> tuple[str, set[str]]:
    """The constructor's source, and the names its annotations use."""
    detailed = next(
        (
            node
            for node in module.body
            if isinstance(node, ast.FunctionDef) and node.name == "sync_detailed"
        ),
        None,
    )
    if detailed is None or detailed.returns is None:
        raise CallsError(f"{operation.tag}/{operation.name}.py has no annotated sync_detailed")
    returns = detailed.returns
    if not (
        isinstance(returns, ast.Subscript)
        and isinstance(returns.value, ast.Name)
        and returns.value.id == "Response"
    ):
        raise CallsError(f"{operation.name}: sync_detailed does not return Response[...]")
    success = [
        member
        for member in _union(returns.slice)
        if not (isinstance(member, ast.Name) and member.id == ERROR_MODEL)
    ]
    if not success:
        raise CallsError(f"{operation.name}: no success type")
    result = " | ".join(ast.unparse(member) for member in success)
    expects_body = not any(isinstance(m, ast.Name) and m.id in {"Any", "None"} for m in success)
    used = _names(returns.slice) - {ERROR_MODEL}

    positional = detailed.args.args
    keyword = detailed.args.kwonlyargs
    if not keyword or keyword[0].arg != "client":
        raise CallsError(f"{operation.name}: sync_detailed's first keyword is not client")
    defaults = dict(zip([a.arg for a in keyword], detailed.args.kw_defaults, strict=True))
    parameters: list[str] = []
    for argument in positional:
        assert argument.annotation is not None
        parameters.append(f"{argument.arg}: {ast.unparse(argument.annotation)}")
        used |= _names(argument.annotation)
    if keyword[1:]:
        parameters.append("*")
    for argument in keyword[1:]:
        assert argument.annotation is not None
        text = f"{argument.arg}: {ast.unparse(argument.annotation)}"
        default = defaults[argument.arg]
        if default is not None:
            text += f" = {ast.unparse(default)}"
        parameters.append(text)
        used |= _names(argument.annotation)
    names = [a.arg for a in (*positional, *keyword[1:])]
    kwargs = "{" + ", ".join(f"{name!r}: {name}" for name in names) + "}"
    doc = f"{operation.method} {operation.path} on {operation.service}"
    if operation.summary:
        doc = f"{operation.summary.rstrip('.')}: {doc}"
    source = (
        f"def {operation.name}({', '.join(parameters)}) -> Call[{result}]:\n"
        f'    """{doc}."""\n'
        f"    return Call({operation.tag + '.' + operation.name!r}, {operation.service!r}, "
        f"{kwargs}, {result!r}, {expects_body!r})\n"
    )
    return source, used


def _model_imports(module: ast.Module) -> dict[str, str]:
    """Name -> `from .models.x import Name` line, for the models an operation module imports."""
    found: dict[str, str] = {}
    for node in module.body:
        if (
            isinstance(node, ast.ImportFrom)
            and node.level == 3
            and node.module
            and node.module.startswith("models.")
        ):
            for alias in node.names:
                found[alias.asname or alias.name] = f"from .{node.module} import {alias.name}"
    return found


def calls_module(package_dir: Path, spec: Mapping[str, Any]) -> str:
    """The source of `calls.py` for the client package in `package_dir` generated from `spec`."""
    operations = sorted(_spec_operations(spec), key=lambda op: op.name)
    api = package_dir / "api"
    written = {
        (path.parent.name, path.stem) for path in api.glob("*/*.py") if path.name != "__init__.py"
    }
    expected = {(op.tag, op.name) for op in operations}
    if written != expected:
        raise CallsError(
            "the generated operation modules do not match the spec's operations: "
            f"modules without an operation {sorted(written - expected)}, "
            f"operations without a module {sorted(expected - written)}"
        )
    if len({op.name for op in operations}) != len(operations):
        raise CallsError("two operations share a Python name in different tags")
    services = sorted({op.service for op in operations})
    functions: list[str] = []
    typing_imports: dict[str, str] = {}
    runtime = False
    for operation in operations:
        module = ast.parse((api / operation.tag / f"{operation.name}.py").read_text("utf-8"))
        source, used = _constructor(operation, module)
        functions.append(source)
        runtime = runtime or "UNSET" in source
        models = _model_imports(module)
        for name in sorted(used):
            if name in models:
                typing_imports[name] = models[name]
            elif name in {"Unset", "File"}:
                typing_imports[name] = f"from .types import {name}"
    lines = [
        MODULE_DOC,
        "from __future__ import annotations",
        "",
        "from dataclasses import dataclass, field",
        "from typing import TYPE_CHECKING, Any, Generic, Literal, TypeVar",
        "",
    ]
    if runtime:
        lines.append("from .types import UNSET")
    lines += ["", "if TYPE_CHECKING:"]
    lines += [f"    {line}" for line in sorted(set(typing_imports.values()))] or ["    pass"]
    literal = ", ".join(repr(service) for service in services)
    lines += [
        "",
        f"Service = Literal[{literal}]",
        f"SERVICES: tuple[Service, ...] = ({literal},)",
        CALL_CLASS,
    ]
    lines += ["", *("\n\n" + function for function in functions)]
    return "\n".join(lines) + "\n"


def write_calls_module(package_dir: Path, spec: Mapping[str, Any]) -> None:
    """Write `calls.py` into the freshly generated client package."""
    (package_dir / "calls.py").write_text(calls_module(package_dir, spec), encoding="utf-8")
