"""A griffe extension: the methods ``paragon_connect``'s classes get from descriptors.

``_client.py`` (like ``_install_flow.py`` and ``_file_picker.py``) binds the core's plans with
``SyncBound(Core.x)`` / ``AsyncBound(Core.x)`` (or ``SyncBound.lazy(_FLOW, "FlowCore.x",
owner="_flow")``), which griffe's static analysis reads as plain attributes, without a signature.
Once the package is loaded, this extension replaces each such attribute with a function made
from the plan it binds: the plan's parameters without ``self``, its docstring, and ``R`` of its
``Plan[R]`` as the return type; an ``AsyncBound`` one is labelled ``async``. That is exactly what
the descriptor gives at run time (``_binding.py``).

A few methods get their docstring by assignment (``select.__doc__ = FilePickerCore.select.__doc__``,
``iter_field_options.__doc__ = _ITER_FIELD_OPTIONS_DOC``), which static analysis does not run:
a method left without a docstring takes the one it has at run time.
"""

from __future__ import annotations

import importlib
import inspect
import re
from typing import Any

import griffe

__all__ = ["BoundMethods"]

_BOUND = re.compile(
    r"^(?P<kind>Sync|Async)Bound"
    r"(?:\((?P<cls>\w+)\.(?P<name>\w+)\b|\.lazy\(\w+, [\"'](?P<lcls>\w+)\.(?P<lname>\w+)[\"'])"
)


def _result(returns: str | griffe.Expr | None) -> str | griffe.Expr | None:
    """``R`` of a plan's ``Plan[R]`` (a generator's return value is the method's result)."""
    if isinstance(returns, griffe.ExprSubscript) and str(returns.left) == "Plan":
        return returns.slice
    return returns


class BoundMethods(griffe.Extension):
    """Turn descriptor-bound plans into documented methods."""

    def on_package(self, *, pkg: griffe.Module, **kwargs: Any) -> None:
        """Rewrite the shells of ``paragon_connect`` once the package is loaded.

        The shells: ``Paragon`` and ``AsyncParagon`` (``_client``), the install flows
        (``_install_flow``) and the file pickers (``_file_picker``).
        """
        if pkg.path != "paragon_connect":
            return
        for module in pkg.modules.values():
            for shell in module.classes.values():
                for name, member in list(shell.members.items()):
                    if isinstance(member, griffe.Attribute) and member.value is not None:
                        self._rewrite(shell, name, member)
                    elif isinstance(member, griffe.Function) and member.docstring is None:
                        self._runtime_docstring(shell, member)

    def _runtime_docstring(self, shell: griffe.Class, method: griffe.Function) -> None:
        runtime = getattr(importlib.import_module(shell.module.path), shell.name, None)
        function = vars(runtime).get(method.name) if isinstance(runtime, type) else None
        doc = inspect.getdoc(function) if function is not None else None
        if doc:
            method.docstring = griffe.Docstring(doc, parent=method)

    def _rewrite(self, shell: griffe.Class, name: str, attribute: griffe.Attribute) -> None:
        match = _BOUND.match(str(attribute.value))
        if match is None:
            return
        owner = match["cls"] or match["lcls"]
        plan_name = match["name"] or match["lname"]
        owner_path = shell.module.resolve(owner)
        plan = shell.modules_collection[f"{owner_path}.{plan_name}"]
        if not isinstance(plan, griffe.Function):
            raise TypeError(f"{shell.path}.{name} binds {plan.path}, which is not a function")
        parameters = list(plan.parameters)[1:]  # without ``self``
        method = griffe.Function(
            name,
            lineno=attribute.lineno,
            endlineno=attribute.endlineno,
            docstring=plan.docstring,
            parameters=griffe.Parameters(*parameters),
            returns=_result(plan.returns),
        )
        if match["kind"] == "Async":
            method.labels.add("async")
        shell.set_member(name, method)
