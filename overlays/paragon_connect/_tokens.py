"""Paragon user tokens: signing them for a backend, checking them before use, keeping them secret.

A Paragon user token is an RS256 JWT signed with the project's private signing key: ``sub`` is
the application's user ID (the Connected User), ``iat`` and ``exp`` bound its life, ``aud`` names
the project (``useparagon.com/<projectId>``) and an optional permissions claim narrows what it
may do. PyJWT is imported on first use, so ``import paragon_connect`` stays cheap.
"""

from __future__ import annotations

import datetime
import time
from collections.abc import Mapping
from typing import Any, Final, NoReturn

from ._validation import check_json_value, check_non_empty_str, check_uuid

__all__ = ["PERMISSIONS_CLAIM", "Secret", "check_user_token", "sign_user_token"]

PERMISSIONS_CLAIM: Final = "urn:useparagon:connect:permissions"
AUDIENCE_PREFIX: Final = "useparagon.com/"


class Secret:
    """A string that never shows itself: not in ``repr``, ``str``, logs or pickles."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        self._value = value

    def reveal(self) -> str:
        """The secret itself, for the one place that must send it."""
        return self._value

    def __repr__(self) -> str:
        return "Secret('**********')"

    __str__ = __repr__

    def __reduce__(self) -> NoReturn:
        raise TypeError("a Secret cannot be pickled")


def sign_user_token(
    private_key_pem: str | bytes,
    user_id: str,
    *,
    project_id: str | None = None,
    ttl: int = 3600,
    permissions: Mapping[str, Any] | None = None,
) -> str:
    """Sign a Paragon user token (RS256) for ``user_id`` with the project's private key.

    ``project_id`` adds ``aud: "useparagon.com/<project_id>"``; ``ttl`` is the token's life in
    seconds; ``permissions`` becomes the ``urn:useparagon:connect:permissions`` claim.
    """
    if not isinstance(private_key_pem, str | bytes):
        raise TypeError(
            f"private_key_pem must be str or bytes, not {type(private_key_pem).__name__}"
        )
    check_non_empty_str(user_id, "user_id")
    if isinstance(ttl, bool) or not isinstance(ttl, int):
        raise TypeError(f"ttl must be a whole number of seconds, not {type(ttl).__name__}")
    if ttl <= 0:
        raise ValueError(f"ttl must be more than 0 seconds, got {ttl}")
    now = int(time.time())
    claims: dict[str, Any] = {"sub": user_id, "iat": now, "exp": now + ttl}
    if project_id is not None:
        claims["aud"] = AUDIENCE_PREFIX + str(check_uuid(project_id, "project_id"))
    if permissions is not None:
        if not isinstance(permissions, Mapping):
            raise TypeError(f"permissions must be a mapping, not {type(permissions).__name__}")
        claims[PERMISSIONS_CLAIM] = check_json_value(dict(permissions), "permissions")

    from cryptography.hazmat.primitives.asymmetric.rsa import RSAPrivateKey
    from cryptography.hazmat.primitives.serialization import load_pem_private_key

    pem = private_key_pem.encode() if isinstance(private_key_pem, str) else private_key_pem
    try:
        key = load_pem_private_key(pem, password=None)
    except (ValueError, TypeError):
        # The key's text must not reach the message, so the library's error is not chained.
        raise ValueError(
            "private_key_pem is not an unencrypted PEM private key (-----BEGIN PRIVATE KEY-----)"
        ) from None
    if not isinstance(key, RSAPrivateKey):
        raise ValueError(
            "private_key_pem must be an RSA private key: Paragon user tokens are RS256"
        )

    import jwt

    return jwt.encode(claims, key, algorithm="RS256")


def check_user_token(user_token: object, *, now: float | None = None) -> Secret:
    """Refuse, before any request, a token that is not a JWT, has no ``exp`` or has expired.

    The signature is not checked here (only Paragon holds the public key); this catches the
    mistakes that would otherwise surface as a 401 after a round trip.
    """
    if not isinstance(user_token, str):
        raise TypeError(f"user_token must be a string, not {type(user_token).__name__}")
    token = user_token.strip()
    if token.lower().startswith("bearer "):
        raise ValueError("user_token must be the token alone, without the 'Bearer ' prefix")
    if token.count(".") != 2:
        raise ValueError("user_token is not a JWT: expected three base64url parts separated by '.'")

    import jwt

    try:
        jwt.get_unverified_header(token)
        claims = jwt.decode(token, options={"verify_signature": False})
    except jwt.InvalidTokenError:
        # PyJWT's message can quote parts of the token; say what is wrong without it.
        raise ValueError(
            "user_token is not a JWT: its header or claims are not base64url-encoded JSON"
        ) from None
    expiry = claims.get("exp")
    if expiry is None:
        raise ValueError(
            "user_token has no 'exp' claim; sign it with an expiry (Paragon refuses it)"
        )
    if isinstance(expiry, bool) or not isinstance(expiry, int | float):
        raise ValueError("user_token's 'exp' claim is not a number of seconds since the epoch")
    current = time.time() if now is None else now
    if expiry <= current:
        when = datetime.datetime.fromtimestamp(expiry, tz=datetime.UTC).isoformat()
        raise ValueError(f"user_token expired at {when}; sign a new one")
    return Secret(token)
