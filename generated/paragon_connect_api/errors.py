# Generated from spec/paragon.yaml by `python -m generator`. Do not edit:
# change spec/paragon.yaml or generator/ and regenerate.
"""Contains shared errors types that can be raised from API functions"""

import httpx


class UnexpectedStatus(Exception):
    """Raised by api functions when the response status an undocumented status and Client.raise_on_unexpected_status is True"""

    def __init__(self, status_code: int, content: bytes):
        self.status_code = status_code
        self.content = content

        super().__init__(
            f"Unexpected status code: {status_code}\n\nResponse content:\n{content.decode(errors='ignore')}"
        )


def describe(value: object) -> str:
    """A JSON value's type in words, for messages (never the value itself)."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "an array"
    if isinstance(value, dict):
        return "an object"
    return type(value).__name__


class DecodeError(ValueError):
    """A JSON value that cannot be read as the model the spec describes.

    ``path`` leads from the root of the document to the value at fault, as object keys and
    array indexes; ``json_path`` writes it as ``$.integrations.slack.enabled``. ``problem`` says
    what is wrong with that value. Each model that the error passes through on its way out adds
    its own step to the front of ``path``.
    """

    def __init__(self, problem: str, path: list[str | int] | None = None) -> None:
        super().__init__(problem)
        self.problem = problem
        self.path: list[str | int] = [] if path is None else path

    @classmethod
    def wrong_type(cls, expected: str, value: object) -> "DecodeError":
        """The value is not of the JSON type the spec says (``expected``: "a string", ...)."""
        return cls(f"expected {expected}, got {describe(value)}")

    def at(self, step: str | int) -> "DecodeError":
        """Put ``step`` (a key or an index) in front of the path; returns the error itself."""
        self.path.insert(0, step)
        return self

    @property
    def json_path(self) -> str:
        """The path as JSONPath: ``$``, then ``.key``, ``['odd key']`` or ``[index]`` per step."""
        parts = ["$"]
        for step in self.path:
            if isinstance(step, int):
                parts.append(f"[{step}]")
            elif step.isidentifier():
                parts.append(f".{step}")
            else:
                parts.append("[" + repr(step) + "]")
        return "".join(parts)

    def __str__(self) -> str:
        return f"{self.json_path}: {self.problem}"


class UnexpectedBody(Exception):
    """A response whose body the operation cannot read: not JSON, or not the documented shape.

    ``operation`` is the spec's operationId, ``response`` the httpx.Response (with its request),
    ``path`` and ``problem`` say where and what (``path`` is empty when the body is not JSON at
    all); the exception that revealed it is the ``__cause__``.
    """

    def __init__(
        self, operation: str, response: httpx.Response, cause: BaseException
    ) -> None:
        self.operation = operation
        self.response = response
        self.status_code = response.status_code
        if isinstance(cause, DecodeError):
            self.path: list[str | int] = list(cause.path)
            self.problem = cause.problem
            self.json_path = cause.json_path
        else:
            self.path = []
            self.json_path = "$"
            if isinstance(cause, RecursionError):
                self.problem = "the JSON is nested too deeply to read"
            elif isinstance(cause, UnicodeDecodeError):
                self.problem = "the body is not UTF-8 text"
            elif (
                isinstance(cause, ValueError)
                and type(cause).__name__ == "JSONDecodeError"
            ):
                self.problem = f"the body is not JSON ({cause})"
            else:
                self.problem = f"{type(cause).__name__}: {cause}"
        super().__init__(
            f"{operation}: the {response.status_code} answer cannot be read: "
            f"{self.json_path}: {self.problem}"
        )


__all__ = ["DecodeError", "UnexpectedBody", "UnexpectedStatus", "describe"]
