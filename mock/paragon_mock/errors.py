"""The one error type of the mock and the spec's error envelope it turns into.

Every refusal, from the pipeline or from a handler, is an :class:`ApiError`; the app turns it into
the ``ErrorEnvelope`` body of ``spec/paragon.yaml`` (``code``, ``status``, ``message``, ``meta``).
Codes are ``"1" + status`` (``"1404"``), except insufficient permission, which is Paragon's
``"7210"``.
"""

from __future__ import annotations

from typing import Any

__all__ = ["ApiError", "envelope"]


class ApiError(Exception):
    """A request the mock refuses, with the status and a message that says what was wrong."""

    def __init__(
        self,
        status: int,
        message: str | list[str],
        *,
        code: str | None = None,
        meta: dict[str, Any] | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(message if isinstance(message, str) else "; ".join(message))
        self.status = status
        self.message = message
        self.code = code or f"1{status}"
        self.meta = meta or {}
        self.headers = headers or {}

    def body(self) -> dict[str, Any]:
        """The error envelope of this error."""
        return envelope(self.status, self.message, code=self.code, meta=self.meta)


def envelope(
    status: int,
    message: str | list[str],
    *,
    code: str | None = None,
    meta: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """Build the spec's ``ErrorEnvelope``."""
    return {
        "code": code or f"1{status}",
        "status": status,
        "message": message,
        "meta": meta or {},
    }
