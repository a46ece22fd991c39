"""User tokens as Paragon checks them: RS256 JWTs verified with the project's public key.

A token is accepted only when it is a well-formed JWT whose header names ``RS256``, whose
signature verifies with the public key of the project in the path, which carries ``exp`` (in the
future) and ``sub`` (the Connected User), and whose ``aud``, when present, is
``useparagon.com/<projectId>``. Everything else answers 401 with a message saying which rule
failed: ``alg: none``, HS256 signed with the public key (key confusion), another project's key,
a past or missing ``exp``. The optional ``urn:useparagon:connect:permissions`` claim, a list of
operation IDs or tags (``"*"`` for all), limits what the token may do (403, code ``"7210"``).

Tokens are never logged or echoed. A verified token is remembered (its ``exp`` is still checked
on every use), because RSA verification is most of the cost of a cheap request.
"""

from __future__ import annotations

import time
import uuid
from collections import OrderedDict
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, cast

import jwt
from cryptography.hazmat.primitives.asymmetric.rsa import RSAPrivateKey, RSAPublicKey
from cryptography.hazmat.primitives.serialization import load_pem_private_key, load_pem_public_key

from paragon_mock.errors import ApiError

__all__ = [
    "AUDIENCE_PREFIX",
    "PERMISSIONS_CLAIM",
    "Principal",
    "TokenVerifier",
    "load_private_key",
    "sign_user_token",
]

AUDIENCE_PREFIX = "useparagon.com/"
PERMISSIONS_CLAIM = "urn:useparagon:connect:permissions"
_ACCEPTED_ALGORITHM = "RS256"
_CACHE_SIZE = 4096


@dataclass(frozen=True)
class Principal:
    """Who a verified token speaks for."""

    user_id: str
    expires_at: float
    permissions: frozenset[str] | None = field(default=None)

    def allows(self, operation_id: str, tag: str) -> bool:
        """Whether the token's permissions claim (if any) covers this operation."""
        if self.permissions is None:
            return True
        return bool({"*", operation_id, tag} & self.permissions)


def _unauthorized(message: str) -> ApiError:
    return ApiError(401, message)


class TokenVerifier:
    """Verifies the user tokens of one project."""

    def __init__(self, project_id: str, public_key_pem: str) -> None:
        self.project_id = project_id
        key = load_pem_public_key(public_key_pem.encode("ascii"))
        if not isinstance(key, RSAPublicKey):
            raise ValueError(f"the public key of project {project_id} is not an RSA key")
        self._key = key
        self._audience = AUDIENCE_PREFIX + project_id
        self._cache: OrderedDict[str, Principal] = OrderedDict()

    def __repr__(self) -> str:
        return f"TokenVerifier(project_id={self.project_id!r})"

    def verify(self, authorization: str | None, now: float | None = None) -> Principal:
        """The Principal of an ``Authorization`` header's bearer token, or a 401 ApiError."""
        now = time.time() if now is None else now
        token = _bearer_token(authorization)
        cached = self._cache.get(token)
        if cached is not None:
            if cached.expires_at <= now:
                del self._cache[token]
                raise _unauthorized(
                    "The user token has expired (exp is in the past). Sign a new one."
                )
            return cached
        principal = self._verify_uncached(token, now)
        self._cache[token] = principal
        if len(self._cache) > _CACHE_SIZE:
            self._cache.popitem(last=False)
        return principal

    def _verify_uncached(self, token: str, now: float) -> Principal:
        try:
            header = jwt.get_unverified_header(token)
        except jwt.DecodeError:
            raise _unauthorized(
                "The user token is not a well-formed JWT (three base64url parts: header, "
                "claims, signature)."
            ) from None
        algorithm = header.get("alg")
        if algorithm != _ACCEPTED_ALGORITHM:
            raise _unauthorized(
                f"The user token is signed with alg {algorithm!r}; only RS256 tokens signed "
                "with the project's private signing key are accepted."
            )
        try:
            claims = jwt.decode(
                token,
                self._key,
                algorithms=[_ACCEPTED_ALGORITHM],
                options={"require": ["exp", "sub"], "verify_aud": False},
                leeway=0,
            )
        except jwt.InvalidSignatureError:
            raise _unauthorized(
                f"The user token's signature does not verify with the signing key of project "
                f"{self.project_id}; sign it with this project's private key (a token signed for "
                "another project is refused)."
            ) from None
        except jwt.ExpiredSignatureError:
            raise _unauthorized(
                "The user token has expired (exp is in the past). Sign a new one."
            ) from None
        except jwt.MissingRequiredClaimError as exc:
            raise _unauthorized(
                f"The user token has no {exc.claim} claim; "
                + (
                    "add one (for example one hour ahead)."
                    if exc.claim == "exp"
                    else "name the Connected User in sub."
                )
            ) from None
        except jwt.ImmatureSignatureError:
            raise _unauthorized(
                "The user token is not valid yet (nbf or iat is in the future)."
            ) from None
        except jwt.InvalidTokenError as exc:
            raise _unauthorized(f"The user token is invalid: {_safe_reason(exc)}.") from None
        return self._principal(claims, now)

    def _principal(self, claims: dict[str, Any], now: float) -> Principal:
        audience = claims.get("aud")
        if audience is not None:
            audiences = audience if isinstance(audience, list) else [audience]
            if self._audience not in audiences:
                raise _unauthorized(
                    f"The user token's aud is {audience!r}; project {self.project_id} expects "
                    f"{self._audience!r} (or no aud at all)."
                )
        subject = claims.get("sub")
        if not isinstance(subject, str) or not subject.strip():
            raise _unauthorized(
                "The user token's sub must name the Connected User (a non-empty string)."
            )
        expires_at = claims.get("exp")
        if not isinstance(expires_at, int | float) or expires_at <= now:
            raise _unauthorized("The user token has expired (exp is in the past). Sign a new one.")
        permissions = claims.get(PERMISSIONS_CLAIM)
        if permissions is not None and not (
            isinstance(permissions, list) and all(isinstance(p, str) for p in permissions)
        ):
            raise _unauthorized(
                f"The user token's {PERMISSIONS_CLAIM} claim must be a list of operation IDs "
                "or tags."
            )
        return Principal(
            user_id=subject,
            expires_at=float(expires_at),
            permissions=None if permissions is None else frozenset(cast(list[str], permissions)),
        )


def _bearer_token(authorization: str | None) -> str:
    if authorization is None or not authorization.strip():
        raise _unauthorized(
            "No user token: send Authorization: Bearer <token>, an RS256 JWT signed with the "
            "project's private signing key."
        )
    scheme, _, token = authorization.strip().partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise _unauthorized("The Authorization header must be 'Bearer <user token>'.")
    return token.strip()


def _safe_reason(exc: Exception) -> str:
    # PyJWT's messages name claims and algorithms, never the token or a key.
    return str(exc).rstrip(".") or type(exc).__name__


def load_private_key(private_key_pem: str) -> RSAPrivateKey:
    """Parse a PEM private key (the fixture's development key)."""
    key = load_pem_private_key(private_key_pem.encode("ascii"), password=None)
    if not isinstance(key, RSAPrivateKey):
        raise ValueError("the development signing key is not an RSA key")
    return key


# Parsing a PEM RSA key checks the key, which costs ~70 ms, while signing costs ~1 ms: a test
# suite that signs a token per test would spend most of its time here. A key object is immutable.
_cached_private_key = lru_cache(maxsize=32)(load_private_key)


def sign_user_token(
    private_key: RSAPrivateKey | str,
    *,
    project_id: str,
    user_id: str,
    ttl: float = 3600,
    audience: bool = True,
    now: float | None = None,
    extra_claims: dict[str, Any] | None = None,
) -> str:
    """Sign a user token the way an application's backend does (RS256, sub, iat, exp, aud)."""
    if not user_id:
        raise ValueError("user_id must name the Connected User")
    key = _cached_private_key(private_key) if isinstance(private_key, str) else private_key
    issued = int(time.time() if now is None else now)
    claims: dict[str, Any] = {
        "sub": user_id,
        "iat": issued,
        "exp": issued + int(ttl),
        # A unique ID, so that two tokens minted in the same second differ.
        "jti": uuid.uuid4().hex,
    }
    if audience:
        claims["aud"] = AUDIENCE_PREFIX + project_id
    claims.update(extra_claims or {})
    return jwt.encode(claims, key, algorithm=_ACCEPTED_ALGORITHM)
