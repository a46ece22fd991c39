"""The ``paragon-mock`` command: ``serve`` the mock, mint a development ``token``, print a ``key``.

``paragon-mock key`` prints the fixture's private signing key of a project (PEM), so that a
backend under test can sign its own user tokens exactly as it does with its real Paragon key.
The key is a development key, published on purpose; stderr says so, stdout holds the PEM alone
(``export PARAGON_SIGNING_KEY="$(paragon-mock key)"``).

``paragon-mock serve`` binds its port first (``--port 0`` picks a free one), prints the base URL
and a ready-to-use development token, then serves until Ctrl-C or SIGTERM, which uvicorn turns
into a graceful shutdown that releases the port; the mock runs in this one process. After Ctrl-C
it prints one line and exits 130, as shells expect of an interrupted command; after SIGTERM it
ends as a process killed by SIGTERM.

Output piped into a command that stops reading early (``paragon-mock token ... | head -c 40``)
ends the command quietly with status 141 (128 + SIGPIPE), like any Unix tool killed by SIGPIPE.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib.metadata
import ipaddress
import math
import os
import signal
import sys
import warnings
from collections.abc import Sequence
from pathlib import Path

import uvicorn

from paragon_mock.app import create_app
from paragon_mock.auth import sign_user_token
from paragon_mock.fixtures import Fixture, FixtureError, load_fixture
from paragon_mock.minimal import RESPONSE_MODES
from paragon_mock.server import (
    MAX_REQUEST_HEAD_BYTES,
    base_url_of,
    bind_socket,
    guarded_protocol,
)

__all__ = ["main"]

DEFAULT_PORT = 4010
LOG_LEVELS = ("critical", "error", "warning", "info", "debug", "trace")
DEFAULT_USER = "dev-user"
DISTRIBUTION = "paragon-connect"
MAX_PORT = 65535
# The bound POST /_mock/tokens applies to ttlSeconds too (about 3,000 years).
MAX_TTL = 1e11
# What a shell reports for a command ended by Ctrl-C, and by a closed pipe.
EXIT_INTERRUPTED = 128 + signal.SIGINT
EXIT_BROKEN_PIPE = 128 + signal.SIGPIPE


def _version() -> str:
    try:
        return importlib.metadata.version(DISTRIBUTION)
    except importlib.metadata.PackageNotFoundError:
        # Run from a source tree that was never installed.
        return "unknown"


def _finite(text: str) -> float:
    """A finite number of seconds: a token's exp must be an integer."""
    value = float(text)
    if not math.isfinite(value) or abs(value) > MAX_TTL:
        raise argparse.ArgumentTypeError(f"expected seconds within ±{MAX_TTL:.0e}, got {text}")
    return value


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="paragon-mock",
        description="A stateful local Paragon (zeus, hermes, proxy) honouring spec/paragon.yaml.",
    )
    parser.add_argument(
        "--version", action="version", version=f"%(prog)s {_version()}", help="print the version"
    )
    commands = parser.add_subparsers(dest="command", required=True)

    serve = commands.add_parser("serve", help="serve the mock")
    serve.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1)")
    serve.add_argument(
        "--port",
        type=int,
        default=DEFAULT_PORT,
        help=f"port, 0 to {MAX_PORT} (default {DEFAULT_PORT}; 0 picks a free one)",
    )
    serve.add_argument(
        "--fixtures", type=Path, help="a fixture file (YAML or JSON) instead of the default"
    )
    serve.add_argument("--seed", type=int, help="seed every random choice, for reproducible runs")
    serve.add_argument(
        "--state", type=Path, help="keep the state in this SQLite file across restarts"
    )
    serve.add_argument(
        "--user", help="the user of the printed token (default: the fixture's first user)"
    )
    serve.add_argument(
        "--responses",
        choices=RESPONSE_MODES,
        default="full",
        help="full answers (default), or minimal ones: only what the spec requires, plus a "
        "property no client knows",
    )
    serve.add_argument(
        "--cors-origin",
        action="append",
        dest="cors_origins",
        metavar="ORIGIN",
        help="a web origin allowed to call the mock from a browser (repeat it for more; "
        "default * on a loopback address, none elsewhere; 'none' turns CORS off)",
    )
    serve.add_argument(
        "--request-timeout",
        type=_request_timeout,
        default=10.0,
        metavar="SECONDS",
        help="how long a request's head, and then its body, may take to arrive (default 10); "
        "a slower head closes the connection, a slower body gets a 400",
    )
    serve.add_argument(
        "--log-level",
        # uvicorn's names; any other one would end in a KeyError traceback inside uvicorn.
        choices=LOG_LEVELS,
        default="warning",
        metavar="LEVEL",
        help=f"uvicorn's log level: {', '.join(LOG_LEVELS)} (default warning; its access log "
        "stays off)",
    )

    token = commands.add_parser("token", help="print a development user token")
    token.add_argument("--user", required=True, help="the Connected User (the token's sub)")
    token.add_argument(
        "--ttl", type=_finite, default=3600, help="seconds until it expires (default 3600)"
    )
    token.add_argument("--project", help="the project (default: the fixture's first project)")
    token.add_argument("--fixtures", type=Path, help="the fixture holding the project's key")
    token.add_argument("--no-aud", action="store_true", help="leave out the aud claim")

    key = commands.add_parser(
        "key",
        help="print the mock's development signing key (PEM) of a project",
        description="Print the fixture's private signing key of a project (PEM), for signing "
        "user tokens the mock accepts. It is the mock's development key, published on purpose: "
        "never use it with Paragon or anywhere else.",
    )
    key.add_argument("--project", help="the project (default: the fixture's first project)")
    key.add_argument("--fixtures", type=Path, help="the fixture holding the project's key")
    return parser


def _key(fixture: Fixture, project_id: str | None) -> str:
    project = fixture.projects.get(project_id) if project_id else fixture.default_project
    if project is None:
        raise SystemExit(f"paragon-mock: no project {project_id} in the fixture")
    if project.private_key_pem is None:
        raise SystemExit(f"paragon-mock: the fixture holds no private key for project {project.id}")
    return project.private_key_pem


def _token(fixture: Fixture, user: str, ttl: float, project_id: str | None, audience: bool) -> str:
    project = fixture.projects.get(project_id) if project_id else fixture.default_project
    if project is None:
        raise SystemExit(f"paragon-mock: no project {project_id} in the fixture")
    if project.private_key_pem is None:
        raise SystemExit(f"paragon-mock: the fixture holds no private key for project {project.id}")
    return sign_user_token(
        project.private_key_pem, project_id=project.id, user_id=user, ttl=ttl, audience=audience
    )


def _cors_origins(host: str, given: list[str] | None) -> tuple[str, ...]:
    """The origins CORS allows: those given, else any on loopback and none elsewhere."""
    if given:
        return tuple(origin for origin in given if origin != "none")
    try:
        loopback = host == "localhost" or ipaddress.ip_address(host).is_loopback
    except ValueError:
        loopback = False
    # Any origin may call a mock only this machine reaches; a shared one must be told whom.
    return ("*",) if loopback else ()


def _request_timeout(text: str) -> float:
    """``--request-timeout``: a number of seconds, more than 0 and less than an hour."""
    try:
        seconds = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of seconds: {text!r}") from None
    if not 0 < seconds < 3600:
        raise argparse.ArgumentTypeError(f"must be more than 0 and less than 3600, not {text}")
    return seconds


def _serve(args: argparse.Namespace) -> int:
    if not 0 <= args.port <= MAX_PORT:
        print(
            f"paragon-mock: --port must be between 0 and {MAX_PORT}, not {args.port}",
            file=sys.stderr,
        )
        return 2
    try:
        fixture = load_fixture(args.fixtures)
    except FixtureError as exc:
        print(f"paragon-mock: {exc}", file=sys.stderr)
        return 2
    app = create_app(
        fixtures=fixture,
        seed=args.seed,
        state_path=args.state,
        responses=args.responses,
        cors_origins=_cors_origins(args.host, args.cors_origins),
        request_timeout=args.request_timeout,
    )
    # With --state the state file may hold another fixture than the one named.
    fixture = app.state.mock.store.fixture
    project = fixture.default_project
    user = args.user or (project.users[0]["id"] if project.users else DEFAULT_USER)
    try:
        sock = bind_socket(args.host, args.port)
    except OSError as exc:
        print(
            f"paragon-mock: cannot listen on {args.host}:{args.port}: {exc.strerror}",
            file=sys.stderr,
        )
        return 2
    try:
        print(f"Paragon mock on {base_url_of(sock)}")
        print(f"project  {project.id}")
        if project.private_key_pem is not None:
            print(f"user     {user}")
            print(f"token    {_token(fixture, user, 3600, None, True)}")
        origins = app.cors_origins
        print(f"cors     {', '.join(origins) if origins else 'off (see --cors-origin)'}")
        if args.responses == "minimal":
            print("answers  minimal: only what the spec requires, plus an unknown property")
        print(
            "control  /_mock/ (reset, fixture, records, tokens, faults, settings); Ctrl-C stops",
            flush=True,
        )
        # While it runs, uvicorn handles Ctrl-C itself (a graceful shutdown that closes the
        # store), then raises SIGINT again once it has stopped; main turns the resulting
        # KeyboardInterrupt, or one that comes before uvicorn has started, into exit 130.
        config = uvicorn.Config(
            app,
            log_level=args.log_level,
            lifespan="on",
            access_log=False,
            http=guarded_protocol(app.mock.request_timeout),
            h11_max_incomplete_event_size=MAX_REQUEST_HEAD_BYTES,
        )
        uvicorn.Server(config).run(sockets=[sock])
    finally:
        # A no-op after a graceful shutdown; otherwise what was acknowledged is written.
        app.mock.store.close()
        sock.close()
    return 0


def _quiet_broken_pipe() -> int:
    """End quietly once the reader of stdout has gone (``| head``)."""
    # Whatever is still buffered can never be written; pointing stdout at /dev/null keeps the
    # interpreter's last flush from reporting the broken pipe on its way out.
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    os.close(devnull)
    return EXIT_BROKEN_PIPE


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit code."""
    args = _parser().parse_args(argv)
    try:
        if args.command == "serve":
            return _serve(args)
        try:
            fixture = load_fixture(args.fixtures)
        except FixtureError as exc:
            print(f"paragon-mock: {exc}", file=sys.stderr)
            return 2
        if args.command == "key":
            pem = _key(fixture, args.project)
            # On stderr, so that $(paragon-mock key) and > key.pem capture the PEM alone.
            print(
                "paragon-mock: the mock's development signing key, published on purpose: "
                "never use it outside the mock",
                file=sys.stderr,
            )
            print(pem.rstrip("\n"), flush=True)
        else:
            print(_token(fixture, args.user, args.ttl, args.project, not args.no_aud), flush=True)
    except BrokenPipeError:
        return _quiet_broken_pipe()
    except KeyboardInterrupt:
        # A Ctrl-C that lands while uvicorn is starting leaves its serve() coroutine unstarted;
        # it is freed with this exception, and its "never awaited" warning is no news here.
        warnings.filterwarnings(
            "ignore", message="coroutine .* was never awaited", category=RuntimeWarning
        )
        with contextlib.suppress(OSError):  # stderr may be gone too: nowhere left to say it
            print("paragon-mock: stopped (Ctrl-C)", file=sys.stderr, flush=True)
        return EXIT_INTERRUPTED
    return 0


if __name__ == "__main__":
    sys.exit(main())
