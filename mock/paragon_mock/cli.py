"""The ``paragon-mock`` command: ``serve`` the mock, or mint a development ``token``.

``paragon-mock serve`` binds its port first (``--port 0`` picks a free one), prints the base URL
and a ready-to-use development token, then serves until Ctrl-C or SIGTERM, which uvicorn turns
into a graceful shutdown that releases the port; the mock runs in this one process.
"""

from __future__ import annotations

import argparse
import ipaddress
import sys
from collections.abc import Sequence
from pathlib import Path

import uvicorn

from paragon_mock.app import create_app
from paragon_mock.auth import sign_user_token
from paragon_mock.fixtures import Fixture, FixtureError, load_fixture
from paragon_mock.minimal import RESPONSE_MODES
from paragon_mock.server import base_url_of, bind_socket

__all__ = ["main"]

DEFAULT_PORT = 4010
DEFAULT_USER = "dev-user"


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="paragon-mock",
        description="A stateful local Paragon (zeus, hermes, proxy) honouring spec/paragon.yaml.",
    )
    commands = parser.add_subparsers(dest="command", required=True)

    serve = commands.add_parser("serve", help="serve the mock")
    serve.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1)")
    serve.add_argument(
        "--port",
        type=int,
        default=DEFAULT_PORT,
        help=f"port (default {DEFAULT_PORT}; 0 picks a free one)",
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
        "--log-level", default="warning", help="uvicorn's log level (default warning)"
    )

    token = commands.add_parser("token", help="print a development user token")
    token.add_argument("--user", required=True, help="the Connected User (the token's sub)")
    token.add_argument(
        "--ttl", type=float, default=3600, help="seconds until it expires (default 3600)"
    )
    token.add_argument("--project", help="the project (default: the fixture's first project)")
    token.add_argument("--fixtures", type=Path, help="the fixture holding the project's key")
    token.add_argument("--no-aud", action="store_true", help="leave out the aud claim")
    return parser


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


def _serve(args: argparse.Namespace) -> int:
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
    config = uvicorn.Config(app, log_level=args.log_level, lifespan="on", access_log=False)
    uvicorn.Server(config).run(sockets=[sock])
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit code."""
    args = _parser().parse_args(argv)
    if args.command == "serve":
        return _serve(args)
    try:
        fixture = load_fixture(args.fixtures)
    except FixtureError as exc:
        print(f"paragon-mock: {exc}", file=sys.stderr)
        return 2
    print(_token(fixture, args.user, args.ttl, args.project, not args.no_aud))
    return 0


if __name__ == "__main__":
    sys.exit(main())
