"""A griffe extension: the methods ``paragon_connect``'s classes get from descriptors.

``_client.py`` declares each SDK function once, on the base both shells share, with a
descriptor of ``_binding.py`` — ``Bound(Core.x)``, ``Direct(Core.x)``, ``Paged(Core.x)``,
``Made(...)``, or their ``.lazy(...)`` forms — and so do the install flow's and the file
picker's shells. griffe's static analysis reads those as plain attributes without a signature.
Once the package is loaded, this extension asks each public class at run time what the
descriptor gives it and documents that as a method of the class itself: the function's
parameters without ``self``, its docstring, and its result as the caller sees it — ``R`` of a
plan's ``Plan[R]``, labelled ``async`` on an asynchronous shell (``_asynchronous``), an
``Iterator``/``AsyncIterator`` of a paged read's items, the shell class a factory's object comes
in. That is exactly what the descriptor gives at run time.
"""

from __future__ import annotations

import importlib
import inspect
import sys
from typing import Any

import griffe

__all__ = ["BoundMethods"]


def _inner(annotation: object, outer: str) -> str | None:
    """``X`` of an annotation written ``outer[X]``, or None."""
    text = str(annotation)
    if text.startswith(outer + "[") and text.endswith("]"):
        return text[len(outer) + 1 : -1]
    return None


class BoundMethods(griffe.Extension):
    """Turn descriptor-bound functions into documented methods of each public class."""

    def on_package(self, *, pkg: griffe.Module, **kwargs: Any) -> None:
        """Rewrite the public classes of ``paragon_connect`` once the package is loaded."""
        if pkg.path != "paragon_connect":
            return
        from paragon_connect import _binding

        for module in pkg.modules.values():
            if module.name == "__main__" or not module.classes:
                continue  # importing __main__ would run the command line
            runtime_module = importlib.import_module(module.path)
            for shell in module.classes.values():
                runtime = getattr(runtime_module, shell.name, None)
                if not isinstance(runtime, type):
                    continue
                for name in dir(runtime):
                    if name.startswith("_"):
                        continue
                    found = inspect.getattr_static(runtime, name)
                    if isinstance(found, _binding._Descriptor):
                        shell.set_member(name, self._method(runtime, name, found, _binding))

    def _method(self, runtime: type, name: str, descriptor: Any, binding: Any) -> griffe.Function:
        function = descriptor._function
        signature = inspect.signature(function)
        parameters = [
            griffe.Parameter(
                parameter.name,
                annotation=None
                if parameter.annotation is inspect.Parameter.empty
                else str(parameter.annotation),
                kind=griffe.ParameterKind(parameter.kind.description),
                default=None
                if parameter.default is inspect.Parameter.empty
                else repr(parameter.default),
            )
            for parameter in list(signature.parameters.values())[1:]  # without ``self``
        ]
        asynchronous = bool(getattr(runtime, "_asynchronous", False))
        returns: str | None = str(signature.return_annotation)
        labels: set[str] = set()
        if isinstance(descriptor, binding.Bound):
            returns = _inner(signature.return_annotation, "Plan") or returns
            if asynchronous:
                labels.add("async")
        elif isinstance(descriptor, binding.Paged):
            pages = sys.modules[function.__module__].__dict__.get(str(signature.return_annotation))
            items = inspect.signature(pages.next_items).return_annotation if pages else None
            item = _inner(_inner(items, "Plan") or "", "list") or "object"
            returns = f"{'AsyncIterator' if asynchronous else 'Iterator'}[{item}]"
        elif isinstance(descriptor, binding.Made):
            shells = (
                descriptor._shell_names
                if descriptor._shell_names[0]
                else tuple(shell.__name__ for shell in descriptor._shells)
            )
            returns = shells[1 if asynchronous else 0]
        method = griffe.Function(
            name,
            docstring=griffe.Docstring(inspect.getdoc(function) or ""),
            parameters=griffe.Parameters(*parameters),
            returns=returns,
        )
        method.labels.update(labels)
        return method
