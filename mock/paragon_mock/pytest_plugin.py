"""pytest fixtures for testing code that uses paragon_connect against paragon-mock, offline.

Installed with ``paragon-connect[mock]`` and loaded by pytest through the ``pytest11`` entry point
(``-p no:paragon_mock`` turns it off). Each test that asks for one of these gets a fresh mock:

- ``paragon_mock``: the mock app in this process (``paragon_mock.testing.ParagonMock``):
  ``.app``, ``.project_id``, ``.url`` (a loopback server, started only if asked for),
  ``.reset()``, ``.records(kind=...)``, ``.approve(consent_url)`` / ``.deny(...)``,
  ``.client(user=...)`` / ``.async_client(...)``, ``.http``, ``.settings(...)``;
- ``paragon_token``: ``paragon_token(user="alice", ttl=600) -> str``, signed with the mock
  project's development key (a fresh user when ``user`` is left out);
- ``paragon_client`` / ``async_paragon_client``: a ``Paragon`` / ``AsyncParagon`` on the app,
  authenticated as a fresh user, closed after the test;
- ``paragon_faults``: ``paragon_faults.add(mode="429", path="*/sdk/me", count=2)``,
  ``.list()``, ``.remove(fault)``, ``.clear()``.

``async_paragon_client`` is a plain (sync) fixture whose client is not bound to an event loop,
so any plugin that runs async tests can await it: anyio's (``@pytest.mark.anyio``, shipped with
anyio, which httpx depends on) or pytest-asyncio's, in strict or auto mode.

Options of ``create_app`` (``seed``, ``fixtures``, ``responses``, ...) come from the
``paragon_mock_options`` fixture (override it in a conftest.py) and the ``paragon_mock`` marker
(``@pytest.mark.paragon_mock(responses="minimal")``), the marker closest to the test winning.

This module is imported in every pytest run of a project that installed the package, used or
not, so it imports nothing but pytest: the mock, httpx and the client load in the fixtures.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from types import ModuleType

    from paragon_connect import AsyncParagon, Paragon

    from paragon_mock.testing import FaultInjector, ParagonMock, TokenFactory

__all__ = [
    "async_paragon_client",
    "paragon_client",
    "paragon_faults",
    "paragon_mock",
    "paragon_mock_options",
    "paragon_token",
]

_MARKER = "paragon_mock"


def pytest_configure(config: pytest.Config) -> None:
    """Declare the marker, so that ``--strict-markers`` accepts it."""
    config.addinivalue_line(
        "markers",
        f"{_MARKER}(**options): options of paragon_mock.create_app (seed, fixtures, responses, "
        "cors_origins, request_timeout, state_path) for the paragon_mock fixture of this test",
    )


def _testing() -> ModuleType:
    try:
        from paragon_mock import testing
    except ImportError as exc:
        # The entry point comes with the package whether or not the extra was installed.
        pytest.fail(
            "the paragon_mock fixtures need the mock extra: install paragon-connect with "
            f"[mock] (pip install -e '.[mock]' in its clone; see its README) ({exc})",
            pytrace=False,
        )
    return testing


@pytest.fixture
def paragon_mock_options() -> dict[str, Any]:
    """Options for ``create_app`` of every ``paragon_mock`` in scope; override it to change them.

    The default, seed 0, makes generated IDs and fault fractions the same in every run.
    """
    return {"seed": 0}


@pytest.fixture
def paragon_mock(
    request: pytest.FixtureRequest, paragon_mock_options: dict[str, Any]
) -> Iterator[ParagonMock]:
    """A fresh in-process paragon-mock for this test, closed after it.

    Fresh per test rather than one per session reset between tests: building an app on the
    already-read fixture costs ~7 ms (a reset ~1 ms), and a fresh app also starts its generated
    IDs and fault draws again, so a test sees the same IDs whichever tests ran before it.
    """
    options = dict(paragon_mock_options)
    # iter_markers yields the closest marker first (function, class, module): apply it last.
    for marker in reversed(list(request.node.iter_markers(_MARKER))):
        if marker.args:
            pytest.fail(
                f"@pytest.mark.{_MARKER} takes keyword options only, not {marker.args!r}",
                pytrace=False,
            )
        options.update(marker.kwargs)
    testing = _testing()
    try:
        mock: ParagonMock = testing.ParagonMock(**options)
    except TypeError as exc:
        pytest.fail(str(exc), pytrace=False)
    try:
        yield mock
    finally:
        mock.close()


@pytest.fixture
def paragon_token(paragon_mock: ParagonMock) -> TokenFactory:
    """``paragon_token(user=None, ttl=3600, *, project_id=None, audience=True, claims=None)``."""
    return paragon_mock.token


@pytest.fixture
def paragon_client(paragon_mock: ParagonMock) -> Iterator[Paragon]:
    """A ``Paragon`` on the in-process mock, authenticated as a fresh user."""
    client = paragon_mock.client()
    try:
        yield client
    finally:
        client.close()


@pytest.fixture
def async_paragon_client(paragon_mock: ParagonMock) -> AsyncParagon:
    """An ``AsyncParagon`` on the in-process mock, authenticated as a fresh user.

    A sync fixture on purpose: it needs no particular async test plugin. ``paragon_mock``
    closes the client after the test.
    """
    return paragon_mock.async_client()


@pytest.fixture
def paragon_faults(paragon_mock: ParagonMock) -> FaultInjector:
    """Fault injection into this test's mock: 429, 503 and delays (``POST /_mock/faults``)."""
    return paragon_mock.faults
