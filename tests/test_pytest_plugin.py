"""The pytest plugin (``paragon_mock.pytest_plugin``), as a user's test suite sees it.

Most cases run a small test file in a pytest of its own (``pytester``, in a subprocess), with the
plugin loaded the way a user's run loads it: through the ``pytest11`` entry point. A subprocess,
because an in-process run forgets, when it ends, the modules it imported (pytester restores
``sys.modules``), while this process's clients still hold classes from them. The helpers'
argument checks are called directly, through this suite's own fixtures.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import Any

import pytest
from paragon_connect import AsyncParagon, AuthenticatedUser, InternalServerError, Paragon
from paragon_mock.testing import FaultInjector, MockControlError, ParagonMock, TokenFactory

pytest_plugins = ["pytester"]

STRIPE = "6f3c5e1a-52a4-4c8e-9d0b-7f1e2a3b4c5d"
EXAMPLE = Path(__file__).resolve().parent.parent / "docs" / "examples" / "test_with_paragon_mock.py"


# Plugins of this project's environment that a user's run has no need of and that take seconds
# to import in every subprocess.
UNRELATED = ("-p", "no:cacheprovider", "-p", "no:hypothesispytest", "-p", "no:schemathesis")


def run(pytester: pytest.Pytester, *args: str) -> pytest.RunResult:
    """Run pytest on the files made in ``pytester``'s directory, in a subprocess."""
    return pytester.runpytest_subprocess(*UNRELATED, *args)


# -- the example, and the plugin as an installed package loads it --------------------------------


def test_the_documented_example_passes(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(test_example=EXAMPLE.read_text(encoding="utf-8"))
    result = run(pytester, "--strict-markers")
    result.assert_outcomes(passed=10)


def test_an_unused_plugin_imports_only_itself(pytester: pytest.Pytester) -> None:
    # pytest loads the plugin in every run of a project that installed the package: a run that
    # never asks for a fixture must not pay for the mock, httpx or the client.
    pytester.makepyfile(
        """
        import sys

        def test_nothing_heavy_was_imported(pytestconfig):
            assert pytestconfig.pluginmanager.has_plugin("paragon_mock")
            loaded = sorted(m for m in sys.modules if m.startswith("paragon"))
            assert loaded == ["paragon_mock", "paragon_mock.pytest_plugin"]
        """
    )
    result = run(pytester)
    result.assert_outcomes(passed=1)


def test_the_plugin_can_be_turned_off(pytester: pytest.Pytester) -> None:
    pytester.makepyfile("def test_uses_it(paragon_mock):\n    pass\n")
    result = run(pytester, "-p", "no:paragon_mock")
    result.assert_outcomes(errors=1)
    result.stdout.fnmatch_lines(["*fixture 'paragon_mock' not found*"])


# -- isolation, laziness, options -----------------------------------------------------------------


def test_each_test_gets_a_fresh_mock(pytester: pytest.Pytester) -> None:
    # The second test must see nothing of the first: no records, faults, settings or users, and
    # the same generated IDs (a fresh app starts its seeded generator again).
    pytester.makepyfile(
        """
        IDS = []

        def install(paragon_mock, paragon_client):
            event = paragon_client.install_integration(
                "slack", on_next=paragon_mock.approving(), poll_interval=0.01
            )
            IDS.append(event.credential_id)

        def test_one_changes_everything(paragon_mock, paragon_client, paragon_faults):
            install(paragon_mock, paragon_client)
            paragon_client.event("Contact Created", {"n": 1})
            paragon_faults.add(mode="503", path="*/sdk/integrations", count=5)
            paragon_mock.settings(responses="minimal")
            assert paragon_client.get_user().user_id == "pytest-user-1"

        def test_two_sees_none_of_it(paragon_mock, paragon_client, paragon_faults):
            assert paragon_mock.records() == []
            assert paragon_faults.list() == []
            assert paragon_mock.settings()["responses"] == "full"
            assert paragon_client.get_user().user_id == "pytest-user-1"
            assert paragon_client.list_credentials() == []
            install(paragon_mock, paragon_client)
            assert IDS[0] == IDS[1]
        """
    )
    run(pytester).assert_outcomes(passed=2)


def test_the_served_url_starts_only_when_asked_for(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(
        """
        import threading

        import httpx

        def servers():
            return [t for t in threading.enumerate() if t.name == "paragon-mock"]

        def test_in_process(paragon_mock, paragon_client, async_paragon_client, paragon_faults):
            paragon_faults.add(mode="429", path="*/sdk/credentials", count=1)
            assert paragon_client.list_credentials() == []
            assert paragon_mock.records() == []
            assert not paragon_mock.served and servers() == []

        def test_served(paragon_mock, paragon_client):
            url = paragon_mock.url
            assert paragon_mock.served and len(servers()) == 1
            assert paragon_mock.url == url  # started once
            # The same app in both places: what the in-process client does, the URL shows.
            paragon_client.event("Seen Twice", {})
            records = httpx.get(f"{url}/_mock/records").json()["records"]
            assert [r["name"] for r in records] == ["Seen Twice"]

        def test_stopped_after_its_test():
            assert servers() == []
        """
    )
    run(pytester).assert_outcomes(passed=3)


def test_options_from_a_conftest_and_markers(pytester: pytest.Pytester) -> None:
    pytester.makeconftest(
        """
        import pytest

        @pytest.fixture
        def paragon_mock_options():
            return {"seed": 5, "responses": "minimal"}
        """
    )
    pytester.makepyfile(
        """
        import pytest

        def test_conftest_options(paragon_mock):
            assert paragon_mock.settings()["responses"] == "minimal"

        @pytest.mark.paragon_mock(responses="full")
        class TestMarked:
            def test_class_marker(self, paragon_mock):
                assert paragon_mock.settings()["responses"] == "full"

            @pytest.mark.paragon_mock(responses="minimal")
            def test_closest_marker_wins(self, paragon_mock):
                assert paragon_mock.settings()["responses"] == "minimal"
        """
    )
    run(pytester, "--strict-markers").assert_outcomes(passed=3)


def test_bad_options_fail_the_test_clearly(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(
        """
        import pytest

        @pytest.mark.paragon_mock(colour="red")
        def test_unknown_option(paragon_mock):
            pass

        @pytest.mark.paragon_mock("minimal")
        def test_positional(paragon_mock):
            pass
        """
    )
    result = run(pytester)
    result.assert_outcomes(errors=2)
    result.stdout.fnmatch_lines(
        [
            "*unknown paragon-mock option(s) colour; the options are those of create_app:*",
            "*@pytest.mark.paragon_mock takes keyword options only, not ('minimal',)*",
        ]
    )


def test_a_bad_fault_fails_at_the_line_that_made_it(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(
        """
        def test_typo(paragon_faults):
            paragon_faults.add(mode="500", path="*/sdk/me")
        """
    )
    result = run(pytester)
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(
        [
            '>*paragon_faults.add(mode="500", path="*/sdk/me")',
            "E*ValueError: mode must be '429', '503' or 'delay', not '500'",
        ]
    )


def test_async_fixture_under_pytest_asyncio(pytester: pytest.Pytester) -> None:
    # pytest-asyncio is no dependency; when a user has it, its marker works too (strict mode).
    # The test group pins it, so this runs in every `nox -s tests`; it fails, never skips.
    assert importlib.util.find_spec("pytest_asyncio"), "pytest-asyncio is in the test group"
    pytester.makepyfile(
        """
        import pytest

        @pytest.mark.asyncio
        async def test_it(async_paragon_client, paragon_mock):
            await async_paragon_client.event("Async Event", {})
            assert [r["name"] for r in paragon_mock.records(kind="event")] == ["Async Event"]
        """
    )
    result = run(pytester, "-o", "asyncio_mode=strict")
    result.assert_outcomes(passed=1)


# -- the helpers, through this suite's own fixtures ------------------------------------------------


@pytest.mark.parametrize(
    ("arguments", "error", "message"),
    [
        ({"mode": "500", "path": "*"}, ValueError, "mode must be '429', '503' or 'delay'"),
        ({"mode": "429"}, ValueError, "give path .* or path_regex"),
        ({"mode": "429", "path": "*", "path_regex": "x"}, ValueError, "exactly one of them"),
        ({"mode": "429", "path": "sdk/me"}, ValueError, "'sdk/me' can never match"),
        ({"mode": "429", "path": 5}, TypeError, "path must be a str glob, not int"),
        ({"mode": "429", "path": "*", "count": 0}, ValueError, "count must be >= 1, got 0"),
        ({"mode": "429", "path": "*", "count": True}, TypeError, "count must be an int, not bool"),
        (
            {"mode": "503", "path": "*", "fraction": 1.5},
            ValueError,
            r"fraction must be in \(0, 1\]",
        ),
        ({"mode": "503", "path": "*", "fraction": "1"}, TypeError, "fraction must be a number"),
        ({"mode": "429", "path": "*", "retry_after": -1}, ValueError, "retry_after must be >= 0"),
        ({"mode": "429", "path": "*", "retry_after": 1.5}, TypeError, "retry_after must be an int"),
        ({"mode": "429", "path": "*", "delay_ms": 5}, ValueError, "delay_ms applies to delay"),
        ({"mode": "delay", "path": "*"}, ValueError, "a delay fault needs delay_ms"),
        ({"mode": "delay", "path": "*", "delay_ms": 0}, ValueError, "delay_ms must be in"),
        ({"mode": "delay", "path": "*", "delay_ms": 5, "retry_after": 1}, ValueError, "applies"),
        ({"mode": "429", "path": "*", "method": "GET /"}, ValueError, "must be an HTTP method"),
        # Only the mock can tell: its linear-time matcher refuses backreferences.
        ({"mode": "429", "path_regex": r"(a)\1"}, ValueError, "the mock refused the fault"),
    ],
)
def test_fault_arguments_are_checked_before_sending(
    paragon_faults: FaultInjector, arguments: dict[str, Any], error: type[Exception], message: str
) -> None:
    with pytest.raises(error, match=message):
        paragon_faults.add(**arguments)
    assert paragon_faults.list() == []


def test_faults_are_described_listed_and_removed(
    paragon_faults: FaultInjector, paragon_client: Paragon
) -> None:
    limited = paragon_faults.add(429, "*/sdk/credentials", method="get", count=3, retry_after=2)
    assert (limited.mode, limited.method, limited.retry_after, limited.applied) == (
        "429",
        "GET",
        2,
        0,
    )
    bare = paragon_faults.add(mode="503", path_regex="/sdk/integrations$", retry_after=None)
    assert bare.retry_after is None and bare.path_regex == "/sdk/integrations$"
    slow = paragon_faults.add(mode="delay", path="*/sdk/me", delay_ms=10, fraction=0.5)
    assert (slow.delay_ms, slow.fraction) == (10, 0.5)
    assert [f.id for f in paragon_faults.list()] == [limited.id, bare.id, slow.id]
    paragon_faults.remove(limited)
    paragon_faults.remove(bare.id)
    with pytest.raises(KeyError, match=f"no fault {bare.id}"):
        paragon_faults.remove(bare)
    paragon_faults.clear()
    assert paragon_faults.list() == []


def test_the_retries_show_in_the_fault(
    paragon_faults: FaultInjector, paragon_client: Paragon
) -> None:
    fault = paragon_faults.add(mode="503", path="*/sdk/credentials", method="GET", count=4)
    with pytest.raises(InternalServerError):
        paragon_client.list_credentials()
    [left] = paragon_faults.list()
    assert left.id == fault.id and left.applied == 3  # the first try and two retries
    assert paragon_client.list_credentials() == []  # the last 503, then the answer
    assert paragon_faults.list() == []


def test_tokens_sign_for_the_mock_project(
    paragon_mock: ParagonMock, paragon_token: TokenFactory
) -> None:
    me = f"/projects/{paragon_mock.project_id}/sdk/me"

    def status(token: str) -> int:
        return paragon_mock.http.get(me, headers={"Authorization": f"Bearer {token}"}).status_code

    assert status(paragon_token("xyz")) == 200
    assert status(paragon_token(user="xyz", ttl=-10)) == 401
    assert paragon_token() != paragon_token()  # a fresh user each time
    with pytest.raises(ValueError, match="the mock has no project nope; its projects: 38b1f170"):
        paragon_token(project_id="nope")


def test_the_clients_are_signed_in_as_fresh_users(
    paragon_mock: ParagonMock, paragon_client: Paragon, async_paragon_client: AsyncParagon
) -> None:
    users = [paragon_client.get_user(), async_paragon_client.get_user()]
    assert all(isinstance(user, AuthenticatedUser) for user in users)
    ids = [user.user_id for user in users if isinstance(user, AuthenticatedUser)]
    assert ids == ["pytest-user-1", "pytest-user-2"]
    xyz = paragon_mock.client(user="xyz")
    assert len(xyz.list_credentials()) == 3


def test_records_filter_and_clear(paragon_mock: ParagonMock, paragon_client: Paragon) -> None:
    paragon_client.event("One", {})
    paragon_mock.client(user="other").event("Two", {})
    assert [r["name"] for r in paragon_mock.records(kind="event")] == ["One", "Two"]
    assert [r["name"] for r in paragon_mock.records(user="other")] == ["Two"]
    with pytest.raises(ValueError, match="kind must be one of event"):
        paragon_mock.records(kind="evnt")  # type: ignore[arg-type]
    paragon_mock.clear_records()
    assert paragon_mock.records() == []


def test_reset_seeds_the_state_again(paragon_mock: ParagonMock, paragon_client: Paragon) -> None:
    xyz = paragon_mock.client(user="xyz")
    xyz.uninstall_integration("slack")
    paragon_client.event("Gone After Reset", {})
    paragon_mock.reset()
    assert len(xyz.list_credentials()) == 3
    assert paragon_mock.records() == []


def test_consent_answers(paragon_mock: ParagonMock, paragon_client: Paragon) -> None:
    consent: list[str] = []

    def keep(stage: Any) -> None:
        if stage.stage == "oauth":
            consent.append(stage.consent_url)
            paragon_mock.approve(stage.consent_url)

    paragon_client.install_integration("slack", on_next=keep, poll_interval=0.01)
    with pytest.raises(MockControlError, match="expired or does not exist"):
        paragon_mock.approve(consent[0])  # the client deleted its session once approved
    with pytest.raises(ValueError, match="is not a consent URL of the mock"):
        paragon_mock.approve("https://example.com/oauth")
    # An API-key integration's page is a form (what the JavaScript SDK opens): approve() fills
    # it, and says what it lacks.
    build = paragon_mock.http.get(
        f"/v2/projects/{paragon_mock.project_id}/sdk/actions/build-oauth",
        params={"action": "stripe", "integrationId": STRIPE, "oauthMetaKeyId": "nonce-form-0001"},
        headers={"Authorization": f"Bearer {paragon_mock.token('form-user')}"},
    )
    form_url = build.json()["redirectUrl"]
    with pytest.raises(ValueError, match="the consent form refused the values: Enter API key"):
        paragon_mock.approve(form_url, values={})
    paragon_mock.approve(form_url, values={"API_KEY": "rk_test_1"})
    with pytest.raises(MockControlError, match="already approved"):
        paragon_mock.deny(form_url)


def test_a_closed_mock_refuses_use() -> None:
    with ParagonMock() as mock:
        assert mock.records() == []
    with pytest.raises(RuntimeError, match="this ParagonMock is closed"):
        mock.http  # noqa: B018
    mock.close()  # again: nothing to do
