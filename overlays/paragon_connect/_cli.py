"""The ``paragon`` command: every SDK function and REST call of the client, from a shell.

``paragon user``, ``paragon request slack /chat.postMessage -d @body.json``, ``paragon install
jira``, ... each authenticate a ``Paragon`` client, make one call and print its result as JSON on
stdout; ``paragon token sign`` signs a user token and ``paragon demo`` runs every SDK function
against a local mock. The README's section "The ``paragon`` command" lists them all.

Why click: it is mature and everywhere (Flask, pip-tools, black...), composes nested groups
(``paragon credentials get``) with ``--help`` on each for free, parses repeatable options
(``-H``, ``--pre``), and ships ``CliRunner`` to test a command in-process. It needs no other
package (but colorama on Windows). Only the entry point imports this module: ``import
paragon_connect`` never loads it.

Configuration comes from flags or the environment, flags winning (see ``_resolve_*``), and a flag
may come before the command or after it (after wins): ``paragon --project-id P user`` and
``paragon user --project-id P`` are the same.

Errors are one line on stderr, never showing the user token or the signing key (every message
is scrubbed of them, as a second guard behind the client's own care), and the exit status tells
the error's class (``exit_code_for``):

====  ==========================================================================================
0     success
1     an unexpected error: a bug, reported with Python's traceback
2     usage: a bad command line, missing or bad configuration, bad JSON, an argument the client
      refuses before sending (a tool's arguments that break its schema), install inputs the
      integration does not take
3     authentication: 401/403, or a user token or signing key refused before sending
4     not found: 404, an integration the project lacks or the user has not connected, an
      ActionKit tool the user does not have
5     conflict or invalid: 400, 409, 422, an integration already installed
6     rate-limited: 429 (after the client's own retries)
7     unavailable: 5xx, 408, no connection, a timeout
8     any other ParagonError (an unreadable answer, an oversized one, a redirect, ...)
9     not connected: the consent page was denied, not answered in time, or the flow cancelled
130   interrupted (Ctrl-C): one line on stderr
141   the reader of stdout went away (``paragon ... | head``): quiet
====  ==========================================================================================
"""

from __future__ import annotations

import contextlib
import json
import logging
import math
import os
import sys
import uuid
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final, NoReturn, TypeVar
from urllib.parse import urlencode

import click

from ._client import Paragon
from ._core import PROXY_METHODS
from ._exceptions import (
    APIConnectionError,
    APIStatusError,
    InstallFlowCancelledError,
    IntegrationAlreadyInstalledError,
    IntegrationNotFoundError,
    IntegrationNotInstalledError,
    OAuthBlockedError,
    OAuthTimeoutError,
    ParagonError,
    ToolNotFoundError,
)
from ._json import jsonable
from ._tokens import sign_user_token
from ._version import __version__

if TYPE_CHECKING:
    from ._tools import Tool

__all__ = ["EXIT_BROKEN_PIPE", "EXIT_INTERRUPTED", "cli", "exit_code_for", "main"]

EXIT_OK: Final = 0
EXIT_USAGE: Final = 2
EXIT_AUTH: Final = 3
EXIT_NOT_FOUND: Final = 4
EXIT_CONFLICT: Final = 5
EXIT_RATE_LIMITED: Final = 6
EXIT_UNAVAILABLE: Final = 7
EXIT_ERROR: Final = 8
EXIT_NOT_CONNECTED: Final = 9
# The shell's exit codes for a command ended by SIGINT (Ctrl-C) and by SIGPIPE (a closed pipe).
EXIT_INTERRUPTED: Final = 130
EXIT_BROKEN_PIPE: Final = 141

# A token signed on the fly lives for one command; ten minutes cover any request and its
# retries, and an install adds its OAuth wait (the server checks the token on every poll).
SIGNED_TOKEN_TTL: Final = 600
# How long an install waits for the consent page's answer unless --timeout says otherwise: as
# long as the mock's OAuth sessions live, and ample for a person at a browser.
DEFAULT_OAUTH_TIMEOUT: Final = 600.0
REDACTED: Final = "[redacted]"
# Shorter secrets are not scrubbed (blotting out every "x" would garble any message, and so
# short a value guards nothing), nor parts of a secret shorter than the second bound: a PEM's
# last line ("ok==") is worthless without the rest.
_MIN_SECRET: Final = 8
_MIN_SECRET_PART: Final = 16

ENV_PROJECT_ID: Final = "PARAGON_PROJECT_ID"
ENV_USER_TOKEN: Final = "PARAGON_USER_TOKEN"
ENV_SIGNING_KEY: Final = "PARAGON_SIGNING_KEY"
ENV_SIGNING_KEY_FILE: Final = "PARAGON_SIGNING_KEY_FILE"
ENV_USER_ID: Final = "PARAGON_USER_ID"
ENV_HOST: Final = "PARAGON_HOST"
ENV_BASE_URL: Final = "PARAGON_BASE_URL"

F = TypeVar("F", bound=Callable[..., Any])


# -- one run of the command line ------------------------------------------------------------------


@dataclass
class _Run:
    """What one run keeps across click's contexts: the shared flags given, the secrets seen."""

    # Shared options given as flags, by name; a flag after the command overwrites one before it.
    given: dict[str, Any] = field(default_factory=dict)
    # Every token and key this run read or made, scrubbed from whatever it prints on stderr.
    secrets: set[str] = field(default_factory=set)

    def keep_secret(self, value: str) -> str:
        """Remember ``value`` (and its long parts: lines of a PEM, parts of a JWT) as secret."""
        if len(value) >= _MIN_SECRET:
            self.secrets.add(value)
        for part in value.replace(".", "\n").splitlines():
            part = part.strip()
            if len(part) >= _MIN_SECRET_PART and not part.startswith("-----"):
                self.secrets.add(part)
        return value

    def scrub(self, text: str) -> str:
        """``text`` without any secret of this run (longest first, so none leaves a remnant)."""
        for secret in sorted(self.secrets, key=len, reverse=True):
            text = text.replace(secret, REDACTED)
        return text


class _Failure(Exception):
    """A failure the command line reports itself: one line, and its exit code."""

    def __init__(self, code: int, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


class _Stop(Exception):
    """Ctrl-C or a closed pipe, carried past click (which would print or exit on its own)."""

    def __init__(self, code: int) -> None:
        super().__init__(code)
        self.code = code


def _fail(code: int, message: str) -> NoReturn:
    raise _Failure(code, message)


def _usage(message: str) -> NoReturn:
    raise _Failure(EXIT_USAGE, message)


def _run_of(ctx: click.Context) -> _Run:
    return ctx.ensure_object(_Run)


def _env(name: str) -> str | None:
    """An environment variable; set but empty counts as unset (``PARAGON_HOST= paragon ...``)."""
    value = os.environ.get(name)
    return value if value else None


# -- exit codes -----------------------------------------------------------------------------------


def exit_code_for(error: BaseException) -> int:
    """The exit status for an error of the client (the table in this module's docstring)."""
    if isinstance(error, APIStatusError):  # ProxyRequestError too: by status, as any other
        status = error.status_code
        if status in (401, 403):
            return EXIT_AUTH
        if status == 404:
            return EXIT_NOT_FOUND
        if status in (400, 409, 422):
            return EXIT_CONFLICT
        if status == 429:
            return EXIT_RATE_LIMITED
        if status >= 500 or status == 408:
            return EXIT_UNAVAILABLE
        return EXIT_ERROR
    if isinstance(error, APIConnectionError):  # APITimeoutError too
        return EXIT_UNAVAILABLE
    if isinstance(
        error, IntegrationNotFoundError | IntegrationNotInstalledError | ToolNotFoundError
    ):
        return EXIT_NOT_FOUND
    if isinstance(error, IntegrationAlreadyInstalledError):
        return EXIT_CONFLICT
    if isinstance(error, OAuthBlockedError | OAuthTimeoutError | InstallFlowCancelledError):
        return EXIT_NOT_CONNECTED
    if isinstance(error, ValueError | TypeError):  # InstallFlowError: inputs the flow refused
        return EXIT_USAGE
    return EXIT_ERROR


def _describe(error: BaseException) -> str:
    """One line naming the error's class and what it says."""
    text = " ".join(str(error).split())
    return f"{type(error).__name__}: {text}" if text else type(error).__name__


# -- the group: running, errors, help -------------------------------------------------------------


class _OrderedGroup(click.Group):
    """A group listing its commands in the order written, related ones together."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return list(self.commands)


class _Group(_OrderedGroup):
    """The ``paragon`` group: it reports every error as one line and an exit status."""

    def invoke(self, ctx: click.Context) -> Any:
        # click would answer Ctrl-C with an empty line then "Aborted!", and a closed pipe with
        # status 1: carry both past it, to be reported as one line (130) and quietly (141).
        try:
            return super().invoke(ctx)
        except KeyboardInterrupt:
            raise _Stop(EXIT_INTERRUPTED) from None
        except BrokenPipeError:
            raise _Stop(EXIT_BROKEN_PIPE) from None

    def main(  # type: ignore[override]
        self,
        args: Sequence[str] | None = None,
        prog_name: str | None = None,
        complete_var: str | None = None,
        standalone_mode: bool = True,
        **extra: Any,
    ) -> int:
        """Run the command line; returns its exit status (or exits with it, standalone)."""
        run = _Run()
        code = _guarded(
            lambda: super(_Group, self).main(
                args, prog_name, complete_var, standalone_mode=False, obj=run, **extra
            ),
            run,
        )
        if standalone_mode:
            sys.exit(code)
        return code


class _SharedOption(click.Option):
    """An option of every API command, accepted before the command or after it."""


class _Command(click.Command):
    """A command whose help lists its own options apart from the shared ones."""

    def format_options(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        own: list[tuple[str, str]] = []
        shared: list[tuple[str, str]] = []
        for param in self.get_params(ctx):
            # Arguments are named in the usage line; only options get a help record here.
            record = param.get_help_record(ctx) if isinstance(param, click.Option) else None
            if record is not None:
                (shared if isinstance(param, _SharedOption) else own).append(record)
        if own:
            with formatter.section("Options"):
                formatter.write_dl(own)
        if shared:
            with formatter.section("Connection and output (before or after the command)"):
                formatter.write_dl(shared)


def _guarded(run_click: Callable[[], Any], run: _Run) -> int:
    """Run click; turn whatever ends the run into an exit status and at most one stderr line."""
    try:
        result = run_click()
    except _Stop as stop:
        if stop.code == EXIT_INTERRUPTED:
            _say("interrupted")
        else:
            _silence_stdout()
        return stop.code
    except (KeyboardInterrupt, click.Abort):  # Ctrl-C while click parsed the command line
        _say("interrupted")
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        _silence_stdout()
        return EXIT_BROKEN_PIPE
    except _Failure as failure:
        _say(run.scrub(failure.message))
        return failure.code
    except click.exceptions.NoArgsIsHelpError as error:
        error.show()  # `paragon` alone: the help, on stderr, status 2
        return EXIT_USAGE
    except click.ClickException as error:
        where = error.ctx.command_path if isinstance(error, click.UsageError) and error.ctx else ""
        hint = f" (see '{where} --help')" if where else ""
        message = " ".join(error.format_message().split())
        _say(run.scrub(f"{message}{hint}"), where or "paragon")
        # Every exception click raises is about the command line (its own status for a few,
        # such as a missing file, is 1, which this command keeps for bugs).
        return EXIT_USAGE
    except ParagonError as error:
        _say(run.scrub(_describe(error)))
        return exit_code_for(error)
    return result if isinstance(result, int) else EXIT_OK


def _say(message: str, who: str = "paragon") -> None:
    click.echo(f"{who}: {message}", err=True)


def _silence_stdout() -> None:
    # The reader went away (`paragon ... | head`): nothing is left to tell it. Python would
    # still try to flush stdout at exit and print a second error, so point it away.
    with contextlib.suppress(OSError, ValueError):  # not a real file (a test's capture)
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())


# -- shared options and configuration -------------------------------------------------------------


def _remember(ctx: click.Context, param: click.Parameter, value: Any) -> Any:
    """Keep a shared option given as a flag; a later one (after the command) wins."""
    if value is not None and param.name is not None:
        _run_of(ctx).given[param.name] = value
    return value


_SHARED_OPTIONS: Final[list[tuple[tuple[str, ...], dict[str, Any]]]] = [
    (
        ("--project-id",),
        {"metavar": "UUID", "help": f"The Paragon project.  [env: {ENV_PROJECT_ID}]"},
    ),
    (
        ("--token",),
        {
            "metavar": "JWT",
            "help": f"The Connected User's token (prefer the variable: flags show in `ps`).  "
            f"[env: {ENV_USER_TOKEN}]",
        },
    ),
    (
        ("--signing-key-file",),
        {
            "metavar": "FILE",
            "help": "Sign a user token for --user with this private key (PEM; '-' reads stdin)."
            f"  [env: {ENV_SIGNING_KEY_FILE}, or {ENV_SIGNING_KEY} holding the PEM itself]",
        },
    ),
    (
        ("--user",),
        {"metavar": "ID", "help": f"The user to sign a token for.  [env: {ENV_USER_ID}]"},
    ),
    (
        ("--host",),
        {
            "metavar": "HOST",
            "help": f"An on-premise Paragon (mycompany.paragon.so); default: Paragon's cloud.  "
            f"[env: {ENV_HOST}]",
        },
    ),
    (
        ("--base-url",),
        {
            "metavar": "URL",
            "help": f"One URL for every service (a local paragon-mock).  [env: {ENV_BASE_URL}]",
        },
    ),
    (
        ("--pretty/--compact",),
        {"default": None, "help": "Indent the JSON, or not.  [default: indent on a terminal]"},
    ),
    (
        ("-v", "--verbose"),
        {
            "is_flag": True,
            "default": None,
            "help": "Log each request (method, URL without its query, status) on stderr.",
        },
    ),
]


def _shared_options(function: F) -> F:
    """Add the shared options (configuration and output) to a command or to the group."""
    for declarations, attributes in reversed(_SHARED_OPTIONS):
        function = click.option(
            *declarations,
            cls=_SharedOption,
            expose_value=False,
            callback=_remember,
            **attributes,
        )(function)
    return function


def _flag_or_env(run: _Run, name: str, flag: str, variable: str) -> tuple[str, str] | None:
    """A setting and where it came from (to name it in messages); the flag wins."""
    value = run.given.get(name)
    if value is not None:
        return str(value), flag
    env = _env(variable)
    return (env, variable) if env is not None else None


def _resolve_project_id(run: _Run) -> str:
    found = _flag_or_env(run, "project_id", "--project-id", ENV_PROJECT_ID)
    if found is None:
        _usage(f"no project ID: pass --project-id or set {ENV_PROJECT_ID}")
    value, source = found
    try:
        return str(uuid.UUID(value))
    except ValueError:
        _usage(f"{source} must be a project ID (a UUID), got {value[:80]!r}")


def _resolve_location(run: _Run) -> tuple[str | None, str | None, str]:
    """``Paragon``'s ``host`` and ``base_url``, and where the one given came from.

    One of them at most; neither means Paragon's cloud. The source names it in messages.
    """
    host, base_url = run.given.get("host"), run.given.get("base_url")
    if host is not None and base_url is not None:
        _usage("pass --host or --base-url, not both")
    if host is not None or base_url is not None:
        return host, base_url, "--host" if host is not None else "--base-url"
    # The environment counts only when no flag says where: a flag overrides either variable.
    host, base_url = _env(ENV_HOST), _env(ENV_BASE_URL)
    if host is not None and base_url is not None:
        _usage(f"set {ENV_HOST} or {ENV_BASE_URL}, not both")
    return host, base_url, ENV_HOST if host is not None else ENV_BASE_URL


def _read_text(path: str, what: str) -> str:
    """A file's text, or stdin's for ``-``; a usage error names the file, never its content."""
    if path == "-":
        return sys.stdin.read()
    try:
        return Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        reason = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
        _usage(f"cannot read {what} {path}: {reason}")


def _signing_key(run: _Run, path: str | None, flag: str) -> str | None:
    """The signing key's PEM from ``path`` (a flag), else from the environment; None if none."""
    if path is None:
        pem, path = _env(ENV_SIGNING_KEY), _env(ENV_SIGNING_KEY_FILE)
        if pem is not None and path is not None:
            _usage(f"set {ENV_SIGNING_KEY} or {ENV_SIGNING_KEY_FILE}, not both")
        if pem is not None:
            return run.keep_secret(pem)
        flag = ENV_SIGNING_KEY_FILE
    if path is None:
        return None
    return run.keep_secret(_read_text(path, f"the signing key ({flag})"))


def _sign(run: _Run, key: str, user: str, project_id: str | None, ttl: int) -> str:
    try:
        token = sign_user_token(key, user, project_id=project_id, ttl=ttl)
    except ValueError as error:  # sign_user_token's messages never quote the key
        _fail(EXIT_AUTH, f"cannot sign a user token: {error}")
    return run.keep_secret(token)


def _resolve_token(run: _Run, project_id: str, ttl: int) -> str:
    """The user token: given (flag, then variable), or signed with a signing key for a user.

    Flags win over the environment: ``--token``, or ``--signing-key-file`` / ``--user`` (which
    ask for signing; both kinds at once are refused, as the user's intent is unclear), then
    ``PARAGON_USER_TOKEN``, then a key from the environment.
    """
    token, key_file, user = (run.given.get(n) for n in ("token", "signing_key_file", "user"))
    if token is not None:
        if key_file is not None or user is not None:
            _usage("pass --token, or --signing-key-file and --user to sign one, not both")
        return run.keep_secret(str(token))
    if key_file is None and user is None:
        env_token = _env(ENV_USER_TOKEN)
        if env_token is not None:
            return run.keep_secret(env_token)
    key = _signing_key(run, key_file, "--signing-key-file")
    if key is None:
        if user is not None:
            _usage(
                "--user needs a signing key to sign the user's token: pass --signing-key-file, "
                f"or set {ENV_SIGNING_KEY_FILE} or {ENV_SIGNING_KEY}"
            )
        _usage(
            f"no user token: pass --token or set {ENV_USER_TOKEN}, or give a signing key "
            f"(--signing-key-file, {ENV_SIGNING_KEY_FILE} or {ENV_SIGNING_KEY}) and a user "
            f"(--user or {ENV_USER_ID})"
        )
    user_id = user if user is not None else _env(ENV_USER_ID)
    if user_id is None:
        _usage(f"signing a user token needs the user's ID: pass --user or set {ENV_USER_ID}")
    return _sign(run, key, str(user_id), project_id, ttl)


class _ScrubSecrets(logging.Filter):
    """Blot the run's secrets out of log records (the client's logs never hold any: a guard)."""

    def __init__(self, run: _Run) -> None:
        super().__init__()
        self._run = run

    def filter(self, record: logging.LogRecord) -> bool:
        record.msg = self._run.scrub(record.getMessage())
        record.args = ()
        return True


@contextlib.contextmanager
def _logging(run: _Run) -> Iterator[None]:
    """With ``--verbose``, the client's log (requests at DEBUG, retries at INFO) on stderr."""
    if not run.given.get("verbose"):
        yield
        return
    logger = logging.getLogger("paragon_connect")
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("paragon: %(levelname)s %(message)s"))
    handler.addFilter(_ScrubSecrets(run))
    level = logger.level
    logger.addHandler(handler)
    logger.setLevel(logging.DEBUG)
    try:
        yield
    finally:
        logger.removeHandler(handler)
        logger.setLevel(level)


@contextlib.contextmanager
def _connected(ctx: click.Context, *, wait: float = 0) -> Iterator[Paragon]:
    """A ``Paragon`` authenticated as configured, closed afterwards.

    ``wait``: how long the command may wait besides its requests (an install's OAuth wait), so
    that a token signed here outlives it. An argument the client refuses before sending
    (``ValueError``, ``TypeError``) is a usage error.
    """
    run = _run_of(ctx)
    project_id = _resolve_project_id(run)
    host, base_url, source = _resolve_location(run)
    ttl = SIGNED_TOKEN_TTL + math.ceil(wait)
    token = _resolve_token(run, project_id, ttl)
    try:
        paragon = Paragon(host=host, base_url=base_url)
    except ValueError as error:
        _usage(f"{source}: {error}")
    with _logging(run), paragon:
        try:
            paragon.authenticate(project_id, token)
        except ParagonError:
            raise
        except (ValueError, TypeError) as error:  # not a JWT, expired: refused before sending
            _fail(EXIT_AUTH, f"the user token was refused before sending: {error}")
        try:
            yield paragon
        except ParagonError:
            raise
        except (ValueError, TypeError) as error:
            _usage(str(error))


# -- values from the command line -----------------------------------------------------------------


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


def _json_argument(value: str, option: str = "-d") -> Any:
    """JSON given inline, as ``@FILE`` or as ``@-`` (stdin); errors never quote it."""
    text = _read_text(value[1:], f"the {option} file") if value.startswith("@") else value
    try:
        return json.loads(text, parse_constant=_reject_constant)
    except json.JSONDecodeError as error:
        _usage(f"{option}: not JSON ({error.msg} at line {error.lineno}, column {error.colno})")
    except ValueError as error:  # NaN, Infinity
        _usage(f"{option}: {error}")
    except RecursionError:
        _usage(f"{option}: the JSON is nested too deeply")


def _json_object(value: str, option: str = "-d") -> dict[str, Any]:
    parsed = _json_argument(value, option)
    if not isinstance(parsed, dict):
        _usage(f"{option} must be a JSON object ({{...}}), not {type(parsed).__name__}")
    return parsed


def _pairs(values: Sequence[str], option: str) -> dict[str, Any]:
    """``KEY=VALUE`` (a string) or ``KEY:=JSON`` (any JSON value) pairs, as httpie writes them."""
    result: dict[str, Any] = {}
    for item in values:
        key, separator, raw = item.partition("=")
        if not separator or not key or key == ":":
            # The item may be a secret (an API key): name the option, not the value.
            _usage(f"{option} takes KEY=VALUE (or KEY:=JSON)")
        if key.endswith(":"):
            result[key[:-1]] = _json_argument(raw, f"{option} {key[:-1]}")
        else:
            result[key] = raw
    return result


def _query(values: Sequence[str], option: str = "-q") -> dict[str, str]:
    result: dict[str, str] = {}
    for item in values:
        key, separator, raw = item.partition("=")
        if not separator or not key:
            _usage(f"{option} takes KEY=VALUE")
        result[key] = raw
    return result


def _headers(values: Sequence[str]) -> dict[str, str]:
    result: dict[str, str] = {}
    for item in values:
        name, separator, raw = item.partition(":")
        if not separator or not name.strip():
            _usage("-H takes 'Name: value'")  # the value may be a secret: never shown
        result[name.strip()] = raw.strip()
    return result


# -- output ---------------------------------------------------------------------------------------


def _emit(ctx: click.Context, value: Any) -> int:
    """Print ``value`` as JSON on stdout: indented on a terminal, one line otherwise."""
    pretty = _run_of(ctx).given.get("pretty")
    if pretty is None:
        pretty = sys.stdout.isatty()
    text = json.dumps(
        jsonable(value),
        indent=2 if pretty else None,
        separators=None if pretty else (",", ":"),
        ensure_ascii=False,
        default=str,
    )
    sys.stdout.write(text + "\n")
    sys.stdout.flush()  # inside the command, so that a closed pipe is seen and reported as such
    return EXIT_OK


# -- the commands ---------------------------------------------------------------------------------

_CONTEXT: Final = {"help_option_names": ["-h", "--help"], "max_content_width": 100}
_EPILOG: Final = (
    "Configuration: --project-id, a user token (--token, or --signing-key-file and --user to "
    "sign one) and --host or --base-url, each also from a PARAGON_* variable; flags win. "
    "Exit status: 0 ok, 2 usage, 3 auth, 4 not found, 5 conflict/invalid, 6 rate-limited, "
    "7 unavailable, 8 other error, 9 not connected (consent denied or timed out), "
    "130 interrupted, 141 closed pipe."
)


@click.group(cls=_Group, name="paragon", context_settings=_CONTEXT, epilog=_EPILOG)
@click.version_option(
    __version__, "--version", prog_name="paragon-connect", message="%(prog)s %(version)s"
)
@_shared_options
def cli() -> None:
    """Paragon Connect from the command line: every SDK function and REST call, as JSON."""


def _credential_option(function: F) -> F:
    return click.option(
        "--credential",
        metavar="ID",
        help="The connected account, when the user has several (UUID, external ID, ext:<id>).",
    )(function)


def _configuration_option(function: F) -> F:
    return click.option(
        "--configuration",
        metavar="ID",
        help="The configuration of the account, when it has several.",
    )(function)


def _data_option(required: bool, what: str) -> Callable[[F], F]:
    return click.option(
        "-d",
        "--data",
        metavar="JSON|@FILE|@-",
        required=required,
        help=f"{what}: inline JSON, @FILE, or @- for stdin.",
    )


@cli.command(cls=_Command)
@_shared_options
@click.pass_context
def user(ctx: click.Context) -> int:
    """The Connected User (GET /sdk/me).

    Their integrations, accounts, settings and metadata: ``authenticate`` then ``get_user()``.
    """
    with _connected(ctx) as paragon:
        result = paragon.get_user()
    return _emit(ctx, result)


@cli.command("set-user-metadata", cls=_Command)
@_data_option(True, "The metadata (a JSON object), merged into the user's")
@_shared_options
@click.pass_context
def set_user_metadata(ctx: click.Context, data: str) -> int:
    """Merge metadata into the user's (setUserMetadata).

    ``name`` and ``email`` are stored as ``Name`` and ``Email``. Prints the user.
    """
    meta = _json_object(data)
    with _connected(ctx) as paragon:
        result = paragon.set_user_metadata(meta)
    return _emit(ctx, result)


@cli.command(cls=_Command)
@_shared_options
@click.pass_context
def integrations(ctx: click.Context) -> int:
    """The project's integrations (GET /sdk/integrations)."""
    with _connected(ctx) as paragon:
        result = paragon.list_integrations()
    return _emit(ctx, result)


@cli.command(cls=_Command)
@click.argument("integration", required=False)
@_shared_options
@click.pass_context
def metadata(ctx: click.Context, integration: str | None) -> int:
    """Name, colour and icon of integrations.

    Of the active ones, or of INTEGRATION (getIntegrationMetadata).
    """
    with _connected(ctx) as paragon:
        result: Any = (
            paragon.get_integration_metadata()
            if integration is None
            else paragon.get_integration_metadata(integration)
        )
    return _emit(ctx, result)


@cli.command("integration-config", cls=_Command)
@click.argument("integration")
@_shared_options
@click.pass_context
def integration_config(ctx: click.Context, integration: str) -> int:
    """An integration's settings and workflows.

    Its descriptions, User Settings and workflows, as its Connect Portal shows them
    (getIntegrationConfig).
    """
    with _connected(ctx) as paragon:
        result = paragon.get_integration_config(integration)
    return _emit(ctx, result)


@cli.command("data-source", cls=_Command)
@click.argument("integration")
@click.argument("source")
@_shared_options
@click.pass_context
def data_source(ctx: click.Context, integration: str, source: str) -> int:
    """A data source of dynamic User Settings.

    The SDK's getDataSourceOptions; null when Paragon sent no data sources for INTEGRATION.
    """
    with _connected(ctx) as paragon:
        result = paragon.get_data_source_options(integration, source)
    return _emit(ctx, result)


@cli.command("field-options", cls=_Command)
@click.argument("integration")
@click.argument("action")
@click.option("--search", metavar="TEXT", help="Only options matching TEXT.")
@click.option("--cursor", metavar="CURSOR", help="The page after this cursor (nextPageCursor).")
@click.option("--all", "every_page", is_flag=True, help="Every page: prints a list of options.")
@click.option(
    "-p",
    "--parameter",
    "parameters",
    multiple=True,
    metavar="KEY=VALUE",
    help="The user's choice in a compound source's first input (repeatable).",
)
@_credential_option
@_shared_options
@click.pass_context
def field_options(
    ctx: click.Context,
    integration: str,
    action: str,
    search: str | None,
    cursor: str | None,
    every_page: bool,
    parameters: tuple[str, ...],
    credential: str | None,
) -> int:
    """Options of a dynamic data source.

    One page (getFieldOptions; --cursor for the next), or every page with --all.
    """
    values = _query(parameters, "-p") if parameters else None
    if every_page and cursor is not None:
        _usage("--all reads every page from the first: leave --cursor out")
    with _connected(ctx) as paragon:
        result: Any
        if every_page:
            result = list(
                paragon.iter_field_options(
                    integration=integration,
                    action=action,
                    search=search,
                    parameters=values,
                    selected_credential_id=credential,
                )
            )
        else:
            result = paragon.get_field_options(
                integration=integration,
                action=action,
                search=search,
                cursor=cursor,
                parameters=values,
                selected_credential_id=credential,
            )
    return _emit(ctx, result)


@cli.command(cls=_Command)
@click.argument("integration")
@_credential_option
@_shared_options
@click.pass_context
def account(ctx: click.Context, integration: str, credential: str | None) -> int:
    """An integration with the user's account of it.

    The SDK's getIntegrationAccount, without the account's access token.
    """
    with _connected(ctx) as paragon:
        result = paragon.get_integration_account(integration, selected_credential_id=credential)
    return _emit(ctx, result)


@cli.group(cls=_OrderedGroup, context_settings=_CONTEXT)
def credentials() -> None:
    """The user's credentials: list, get, update."""


@credentials.command("list", cls=_Command)
@click.option("--integration", metavar="TYPE", help="Only the credentials of this integration.")
@_shared_options
@click.pass_context
def credentials_list(ctx: click.Context, integration: str | None) -> int:
    """The user's credentials (GET /sdk/credentials)."""
    with _connected(ctx) as paragon:
        result = paragon.list_credentials(integration=integration)
    return _emit(ctx, result)


@credentials.command("get", cls=_Command)
@click.argument("credential_id", metavar="ID")
@_shared_options
@click.pass_context
def credentials_get(ctx: click.Context, credential_id: str) -> int:
    """One credential, by its UUID (GET /sdk/credentials/ID)."""
    with _connected(ctx) as paragon:
        result = paragon.get_credential(credential_id)
    return _emit(ctx, result)


@credentials.command("update", cls=_Command)
@click.argument("credential_id", metavar="ID")
@_data_option(True, 'The config to merge, {"sharedSettings": {...}, "workflowSettings": {...}}')
@_shared_options
@click.pass_context
def credentials_update(ctx: click.Context, credential_id: str, data: str) -> int:
    """Merge settings into a credential's config (PATCH /sdk/credentials/ID)."""
    config = _json_object(data)
    with _connected(ctx) as paragon:
        result = paragon.update_credential(credential_id, config)
    return _emit(ctx, result)


@cli.command("user-settings", cls=_Command)
@click.argument("integration")
@_data_option(True, "The User Settings to change, by setting ID (a JSON object)")
@_credential_option
@_configuration_option
@_shared_options
@click.pass_context
def user_settings(
    ctx: click.Context,
    integration: str,
    data: str,
    credential: str | None,
    configuration: str | None,
) -> int:
    """Change an integration's User Settings.

    The SDK's updateIntegrationUserSettings: settings not in -d are kept. Prints the credential.
    """
    update = _json_object(data)
    with _connected(ctx) as paragon:
        result = paragon.update_integration_user_settings(
            integration,
            update,
            selected_credential_id=credential,
            selected_configuration_id=configuration,
        )
    return _emit(ctx, result)


@cli.command("workflow-settings", cls=_Command)
@click.argument("integration")
@click.argument("workflow_id", metavar="WORKFLOW")
@_data_option(True, "The workflow's User Settings to change (a JSON object)")
@_credential_option
@_configuration_option
@_shared_options
@click.pass_context
def workflow_settings(
    ctx: click.Context,
    integration: str,
    workflow_id: str,
    data: str,
    credential: str | None,
    configuration: str | None,
) -> int:
    """Change a workflow's User Settings.

    The SDK's updateWorkflowUserSettings: settings not in -d are kept. Prints the credential.
    """
    update = _json_object(data)
    with _connected(ctx) as paragon:
        result = paragon.update_workflow_user_settings(
            integration,
            workflow_id,
            update,
            selected_credential_id=credential,
            selected_configuration_id=configuration,
        )
    return _emit(ctx, result)


@cli.command(cls=_Command)
@click.argument("workflow_id", metavar="WORKFLOW")
@_credential_option
@_configuration_option
@_shared_options
@click.pass_context
def enable(
    ctx: click.Context, workflow_id: str, credential: str | None, configuration: str | None
) -> int:
    """Turn a workflow on for the user (enableWorkflow)."""
    with _connected(ctx) as paragon:
        result = paragon.enable_workflow(
            workflow_id, selected_credential_id=credential, selected_configuration_id=configuration
        )
    return _emit(ctx, result)


@cli.command(cls=_Command)
@click.argument("workflow_id", metavar="WORKFLOW")
@_credential_option
@_configuration_option
@_shared_options
@click.pass_context
def disable(
    ctx: click.Context, workflow_id: str, credential: str | None, configuration: str | None
) -> int:
    """Turn a workflow off for the user (disableWorkflow).

    Its settings are kept.
    """
    with _connected(ctx) as paragon:
        result = paragon.disable_workflow(
            workflow_id, selected_credential_id=credential, selected_configuration_id=configuration
        )
    return _emit(ctx, result)


@cli.command("workflow-state", cls=_Command)
@_data_option(True, 'Workflows to turn on or off: {"WORKFLOW": true, "WORKFLOW": false}')
@_credential_option
@_configuration_option
@_shared_options
@click.pass_context
def workflow_state(
    ctx: click.Context, data: str, credential: str | None, configuration: str | None
) -> int:
    """Turn several workflows on or off.

    The SDK's updateWorkflowState. Prints the user and the workflows that could not be
    changed; when there are any, each is also told on stderr, and the exit status is that of
    the first one's error.
    """
    states = _json_object(data)
    with _connected(ctx) as paragon:
        result = paragon.update_workflow_state(
            states, selected_credential_id=credential, selected_configuration_id=configuration
        )
    _emit(ctx, result)
    for failed in result.errors:
        _say(_run_of(ctx).scrub(f"workflow {failed.workflow_id}: {_describe(failed.error)}"))
    return exit_code_for(result.errors[0].error) if result.errors else EXIT_OK


@cli.command(cls=_Command)
@click.argument("name")
@_data_option(True, "The event's payload (a JSON object)")
@_credential_option
@_configuration_option
@_shared_options
@click.pass_context
def event(
    ctx: click.Context, name: str, data: str, credential: str | None, configuration: str | None
) -> int:
    """Send an App Event (POST /sdk/events/trigger)."""
    payload = _json_object(data)
    with _connected(ctx) as paragon:
        result = paragon.event(
            name,
            payload,
            selected_credential_id=credential,
            selected_configuration_id=configuration,
        )
    return _emit(ctx, result)


@cli.command(cls=_Command)
@click.argument("workflow_id", metavar="WORKFLOW")
@_data_option(False, "The request's body (a JSON object)")
@click.option("-q", "--query", multiple=True, metavar="KEY=VALUE", help="Query (repeatable).")
@click.option(
    "-H",
    "--header",
    "headers",
    multiple=True,
    metavar="'NAME: VALUE'",
    help="A header (repeatable).",
)
@_credential_option
@_configuration_option
@_shared_options
@click.pass_context
def workflow(
    ctx: click.Context,
    workflow_id: str,
    data: str | None,
    query: tuple[str, ...],
    headers: tuple[str, ...],
    credential: str | None,
    configuration: str | None,
) -> int:
    """Trigger a request-triggered workflow.

    Prints what its Response step answers, or null when it has none (202).
    """
    body = None if data is None else _json_object(data)
    with _connected(ctx) as paragon:
        result = paragon.workflow(
            workflow_id,
            body=body,
            query=_query(query) if query else None,
            headers=_headers(headers) if headers else None,
            selected_credential_id=credential,
            selected_configuration_id=configuration,
        )
    return _emit(ctx, result)


@cli.command(cls=_Command)
@click.argument("integration")
@click.argument("path")
@click.option(
    "-X",
    "--method",
    type=click.Choice(PROXY_METHODS, case_sensitive=False),
    metavar="METHOD",
    help=f"{', '.join(PROXY_METHODS)}.  [default: POST with -d, else GET]",
)
@_data_option(False, "The request's body (any JSON)")
@click.option(
    "-H",
    "--header",
    "headers",
    multiple=True,
    metavar="'NAME: VALUE'",
    help="A header (repeatable).",
)
@click.option(
    "-q", "--query", multiple=True, metavar="KEY=VALUE", help="Query, added to PATH's (repeatable)."
)
@_credential_option
@_shared_options
@click.pass_context
def request(
    ctx: click.Context,
    integration: str,
    path: str,
    method: str | None,
    data: str | None,
    headers: tuple[str, ...],
    query: tuple[str, ...],
    credential: str | None,
) -> int:
    """Call the provider's API with the user's account.

    Through Paragon's Connect proxy (the SDK's request). PATH is the provider's (/chat.postMessage),
    possibly with a query string. Prints the provider's answer.
    """
    body = None if data is None else _json_argument(data)
    if query:
        path += ("&" if "?" in path else "?") + urlencode(list(_query(query).items()))
    verb = (method or ("POST" if data is not None else "GET")).upper()
    with _connected(ctx) as paragon:
        result = paragon.request(
            integration,
            path,
            method=verb,
            body=body,
            headers=_headers(headers) if headers else None,
            selected_credential_id=credential,
        )
    return _emit(ctx, result)


@cli.command(cls=_Command)
@click.argument("integration")
@click.option("--account-type", metavar="ID", help="The account type, when there are several.")
@click.option(
    "--pre",
    multiple=True,
    metavar="KEY=VALUE",
    help="An input asked before OAuth, or an API key's (repeatable; KEY:=JSON for non-strings).",
)
@click.option(
    "--post", multiple=True, metavar="KEY=VALUE", help="An input asked after OAuth (repeatable)."
)
@click.option("--open-browser", is_flag=True, help="Open the consent page in a browser too.")
@click.option(
    "--timeout",
    type=click.FloatRange(min=0, min_open=True),
    default=DEFAULT_OAUTH_TIMEOUT,
    show_default=True,
    metavar="SECONDS",
    help="How long to wait for the user's answer on the consent page.",
)
@click.option(
    "--poll-interval",
    type=click.FloatRange(min=0, min_open=True),
    default=1.0,
    show_default=True,
    metavar="SECONDS",
    help="How often to ask Paragon whether the user answered.",
)
@click.option("--allow-multiple", is_flag=True, help="Connect another account if one is.")
@_shared_options
@click.pass_context
def install(
    ctx: click.Context,
    integration: str,
    account_type: str | None,
    pre: tuple[str, ...],
    post: tuple[str, ...],
    open_browser: bool,
    timeout: float,
    poll_interval: float,
    allow_multiple: bool,
) -> int:
    """Connect an integration (headless install flow).

    For OAuth, the consent page's URL is printed on stderr: open it and approve, and the command
    goes on once Paragon hears of the answer. Prints the install event.
    """
    pre_options = _pairs(pre, "--pre")
    post_options = _pairs(post, "--post")

    def on_next(stage: Any) -> None:
        if getattr(stage, "stage", None) == "oauth":
            _say(f"open this URL to connect {integration}: {stage.consent_url}")
            _say(f"waiting up to {timeout:g} s for the answer (Ctrl-C cancels)")

    with _connected(ctx, wait=timeout) as paragon:
        paragon.set_headless(True)
        result = paragon.install_integration(
            integration,
            account_type=account_type,
            pre_options=pre_options,
            post_options=post_options,
            on_next=on_next,
            oauth_timeout=timeout,
            open_browser=open_browser,
            allow_multiple_credentials=allow_multiple,
            poll_interval=poll_interval,
        )
    return _emit(ctx, result)


@cli.command("complete-install", cls=_Command)
@click.argument("integration")
@click.argument("code")
@click.option("--redirect-url", metavar="URL", help="The redirect URL the code was issued for.")
@_data_option(False, "Integration options (a JSON object)")
@_shared_options
@click.pass_context
def complete_install(
    ctx: click.Context, integration: str, code: str, redirect_url: str | None, data: str | None
) -> int:
    """Install from an OAuth authorization code.

    For apps that run the provider's OAuth themselves (completeInstall). Prints the install
    event.
    """
    options = None if data is None else _json_object(data)
    with _connected(ctx) as paragon:
        _run_of(ctx).keep_secret(code)  # an authorization code is as good as a credential
        result = paragon.complete_install(
            integration, code, redirect_url=redirect_url, integration_options=options
        )
    return _emit(ctx, result)


@cli.command(cls=_Command)
@click.argument("integration")
@_credential_option
@_shared_options
@click.pass_context
def uninstall(ctx: click.Context, integration: str, credential: str | None) -> int:
    """Disconnect an integration or one account.

    The SDK's uninstallIntegration. Prints the uninstall event.
    """
    with _connected(ctx) as paragon:
        events: list[Any] = []
        paragon.subscribe("onIntegrationUninstall", lambda event, user: events.append(event))
        paragon.uninstall_integration(integration, selected_credential_id=credential)
    return _emit(ctx, events[0] if events else None)


@cli.command("connect-action", cls=_Command)
@click.argument("resource")
@_data_option(True, "The payload for the resource (a JSON object)")
@_shared_options
@click.pass_context
def connect_action(ctx: click.Context, resource: str, data: str) -> int:
    """Connect to a project resource by its slug.

    The SDK's connectAction. Prints what the connection answers.
    """
    payload = _json_object(data)
    with _connected(ctx) as paragon:
        result = paragon.connect_action(resource, payload)
    return _emit(ctx, result)


@cli.group(cls=_OrderedGroup, context_settings=_CONTEXT)
def tools() -> None:
    """ActionKit's tools: list them in a model's format, run one."""


# ``--format`` of ``tools list``: how each tool is printed.
_TOOL_FORMATS: Final = ("json", "openai", "openai-responses", "anthropic", "mcp")


def _tool_as(format_: str, tool: Tool) -> object:
    """A ``Tool`` as ``tools list --format`` prints it."""
    if format_ == "openai":
        return tool.to_openai()
    if format_ == "openai-responses":
        return tool.to_openai(api="responses")
    if format_ == "anthropic":
        return tool.to_anthropic()
    if format_ == "mcp":
        return tool.to_mcp()
    return {
        "name": tool.name,
        "integration": tool.integration,
        "description": tool.description,
        "parameters": dict(tool.parameters),
    }


@tools.command("list", cls=_Command)
@click.option(
    "--integration",
    "integrations",
    multiple=True,
    metavar="TYPE",
    help="Only the tools of this integration (repeatable).",
)
@click.option(
    "--category",
    "categories",
    multiple=True,
    metavar="NAME",
    help="Only the tools of integrations in this category, like crm (repeatable).",
)
@click.option(
    "--all-integrations",
    is_flag=True,
    help="The tools of every integration of the project, connected by the user or not.",
)
@click.option(
    "--format",
    "format_",
    type=click.Choice(_TOOL_FORMATS),
    default="json",
    show_default=True,
    help="json: name, integration, description, parameters; or a vendor's tool definition.",
)
@_shared_options
@click.pass_context
def tools_list(
    ctx: click.Context,
    integrations: tuple[str, ...],
    categories: tuple[str, ...],
    all_integrations: bool,
    format_: str,
) -> int:
    """The tools the user can run (listTools), ready for a model.

    Prints a list: --format openai gives Chat Completions' tools=[...], anthropic the
    Messages API's, mcp the tools of an MCP tools/list result.
    """
    with _connected(ctx) as paragon:
        found = paragon.tools.list(
            integrations=list(integrations) or None,
            categories=list(categories) or None,
            available_only=not all_integrations,
        )
        shown = [_tool_as(format_, tool) for tool in found]
    return _emit(ctx, shown)


@tools.command("run", cls=_Command)
@click.argument("name")
@_data_option(False, "The tool's arguments (a JSON object; {} when left out)")
@click.option(
    "--no-validate",
    is_flag=True,
    help="Send the arguments unchecked (Paragon judges them); runs paragon-format names too.",
)
@_credential_option
@_shared_options
@click.pass_context
def tools_run(
    ctx: click.Context, name: str, data: str | None, no_validate: bool, credential: str | None
) -> int:
    """Run a tool for the user (runTool); prints what it answered.

    The arguments are checked against the tool's JSON Schema first: arguments that break it
    are listed on stderr, by JSON path, and nothing is sent (exit status 2).
    """
    arguments = {} if data is None else _json_object(data)
    with _connected(ctx) as paragon:
        result = paragon.tools.run(
            name, arguments, validate=not no_validate, selected_credential_id=credential
        )
    return _emit(ctx, result)


@cli.group(cls=_OrderedGroup, context_settings=_CONTEXT)
def token() -> None:
    """Sign user tokens."""


@token.command("sign")
@click.option(
    "--key",
    "key_file",
    metavar="FILE",
    help=f"The private signing key (PEM; '-' reads stdin).  "
    f"[env: {ENV_SIGNING_KEY_FILE}, or {ENV_SIGNING_KEY} holding the PEM itself]",
)
@click.option("--user", "user_id", metavar="ID", help=f"The user's ID.  [env: {ENV_USER_ID}]")
@click.option(
    "--project-id",
    metavar="UUID",
    help=f"Adds the audience Paragon checks.  [env: {ENV_PROJECT_ID}]",
)
@click.option(
    "--ttl",
    type=click.IntRange(min=1),
    default=3600,
    show_default=True,
    metavar="SECONDS",
    help="How long the token lives.",
)
@click.pass_context
def token_sign(
    ctx: click.Context, key_file: str | None, user_id: str | None, project_id: str | None, ttl: int
) -> int:
    """Print a user token (RS256 JWT) for a user, as your backend would sign it.

    The one command that prints plain text: the token alone, for TOKEN=$(paragon token sign ...).
    """
    run = _run_of(ctx)
    if user_id is not None:
        run.given["user"] = user_id
    if project_id is not None:
        run.given["project_id"] = project_id
    user_found = _flag_or_env(run, "user", "--user", ENV_USER_ID)
    if user_found is None:
        _usage(f"no user: pass --user or set {ENV_USER_ID}")
    project = (
        _resolve_project_id(run)
        if _flag_or_env(run, "project_id", "--project-id", ENV_PROJECT_ID)
        else None
    )
    key = _signing_key(run, key_file, "--key")
    if key is None:
        _usage(f"no signing key: pass --key or set {ENV_SIGNING_KEY_FILE} or {ENV_SIGNING_KEY}")
    signed = _sign(run, key, user_found[0], project, ttl)
    sys.stdout.write(signed + "\n")
    sys.stdout.flush()
    return EXIT_OK


@cli.command()
@click.option("--async", "use_async", is_flag=True, help="Use AsyncParagon.")
@click.option(
    "--responses",
    type=click.Choice(["full", "minimal"]),
    default="full",
    help="The mock's answers: full (default), or minimal (only what the spec requires).",
)
def demo(use_async: bool, responses: str) -> int:
    """Run every SDK function against a local mock.

    Starts the mock on a free loopback port, calls each function with the reference's
    examples, prints what each returned, and stops the mock. Needs paragon-connect[mock].
    """
    from ._demo import run_demo

    return run_demo(use_async=use_async, responses=responses)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status (the ``paragon`` entry point)."""
    return cli.main(argv, prog_name="paragon", standalone_mode=False)


if __name__ == "__main__":
    sys.exit(main())
