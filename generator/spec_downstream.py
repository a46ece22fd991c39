"""The downstream matrix: stock generators' clients of the spec, built and run against the mock.

Other teams generate clients from the spec with their own tools, unchanged. This check does what
they do, for each of five targets:

- openapi-generator 7.26.0 (the jar inside the pinned ``openapi-generator-cli`` package, run on
  the machine's Java) with its ``python``, ``typescript-fetch``, ``typescript-axios`` and ``go``
  generators, no template of ours and only the options a user passes (``TARGETS`` below; the
  README's table of quirks says why each is needed);
- ``openapi-typescript`` for the types and ``openapi-fetch`` at run time (npm, pinned in
  package.json and installed by ``npm ci``).

Stock generators ignore per-operation ``servers``, so each target gets one client per Paragon
service, generated from that service's spec (``generator.spec_services``, derived here from the
spec under check, the same text as ``spec/services/``). Each target's clients are then compiled or
type-checked with the scenario beside them (``tests/downstream/``: ``tsc`` strict for
TypeScript, ``go build`` and ``go vet`` with the standard library only, byte-compiling for
Python), and the scenario runs against one ``python -m paragon_mock serve --port 0``, configured
as a user would: one base URL for every service, a token signed for a fresh user, the project
ID, in ``PARAGON_BASE_URL``, ``PARAGON_TOKEN`` and ``PARAGON_PROJECT_ID``. The check fails when

- openapi-generator prints a warning that is not among its target's known warnings; each known
  one says why it is harmless and names what the output must (not) contain to prove it, which
  is checked too (openapi-typescript must print nothing but its banner);
- a client does not compile, or its scenario fails a step (each step checks what came back) or
  does not announce every step its source declares (``step("N. ...")``, the same steps in every
  language).

Run it with ``python -m generator.spec_downstream [SPEC] [--keep DIR]``; ``--keep`` leaves the
clients, the scenarios and the mock's output in DIR for a look instead of deleting them. The nox
session ``downstream`` installs what it needs (Java 11+, Node and Go come from the machine).
"""

from __future__ import annotations

import argparse
import importlib.resources
import importlib.util
import json
import os
import re
import secrets
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Final

from generator import spec_services
from generator.spec_lint import DEFAULT_SPEC, REPO_ROOT, load_spec

NODE_MODULES: Final = REPO_ROOT / "node_modules"
NODE_BIN: Final = NODE_MODULES / ".bin"
SCENARIOS: Final = REPO_ROOT / "tests" / "downstream"

# A generator run lives for seconds: the quick compiler alone and the serial collector halve the
# CPU time it takes (measured: 5.8 s of CPU down to 3.0 s for one TypeScript client).
JVM_OPTIONS: Final = ("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC")
# Tests and docs are not compiled here, and the Go tests import a module from the network.
GLOBAL_PROPERTIES: Final[Mapping[str, str]] = {
    "apiTests": "false",
    "modelTests": "false",
    "apiDocs": "false",
    "modelDocs": "false",
}
# One `batch` run generates every client of a target in one JVM (for three clients, a third of the
# CPU time of three `generate` runs), but sets the loggers `org.openapitools` and `io.swagger` to
# errors only; a level named for the loggers below them keeps their warnings, in the format
# `generate` prints.
LOGBACK: Final = """\
<configuration>
  <appender name="out" class="ch.qos.logback.core.ConsoleAppender">
    <encoder><pattern>[%thread] %-5level %logger{36} - %msg%n</pattern></encoder>
  </appender>
  <logger name="org.openapitools.codegen" level="WARN"/>
  <logger name="io.swagger.v3" level="WARN"/>
  <root level="WARN"><appender-ref ref="out"/></root>
</configuration>
"""
# Two targets at a time: each alternates a generator with a compiler, so two keep two cores
# busy; more only queue for them.
JOBS: Final = 2
# A step that takes longer has hung (the slowest, a cold `go build`, takes about 20 s).
STEP_TIMEOUT: Final = 300.0

# The line openapi-generator logs for a warning: "[main] WARN  o.o.codegen.X - message".
LOG_LINE: Final = re.compile(r"^\[[^\]]+\] (WARN|ERROR)\s+\S+ - (.*)$")
# A scenario's steps, as its source declares them (`step("3. install Stripe ...")` in every
# language) and as its output announces them ("python: 3. install Stripe ...").
_DECLARED_STEP: Final = re.compile(r'\bstep\("(\d+\. [^"]+)"\)')
# What openapi-typescript prints when all is well: its banner and one line per file written.
_OPENAPI_TYPESCRIPT_QUIET: Final = re.compile(r"^(✨ openapi-typescript \S+|🚀 .* → .*)$")


@dataclass(frozen=True)
class KnownWarning:
    """A warning that is looked into and harmless, and how the output proves it.

    ``absent`` must appear in no generated file and ``present`` in at least one.
    """

    message: str
    why: str
    absent: str | None = None
    present: str | None = None


@dataclass(frozen=True)
class Target:
    """One column of the matrix: a generator, the options a user passes it, and its scenario.

    ``generator`` is openapi-generator's generator name, or None for openapi-typescript.
    ``settings`` are openapi-generator's, as its config files name them (``packageName`` is
    ``--package-name``, ``additionalProperties`` ``--additional-properties``); ``{service}`` in
    a value is the service's name (zeus, hermes, proxy, actionkit).
    """

    name: str
    generator: str | None
    scenario: str
    settings: Mapping[str, object] = field(default_factory=dict)
    known_warnings: tuple[KnownWarning, ...] = ()


BETA_NOTICE: Final = KnownWarning(
    "OpenAPI 3.1 support is still in beta. To report an issue related to 3.1 spec, please kindly "
    "open an issue in the Github repo: https://github.com/openAPITools/openapi-generator.",
    "printed for every OpenAPI 3.1 document",
)
_MAP_SCHEMA_MESSAGE: Final = "Failed to get the schema name: null"
_MAP_SCHEMA_WHY: Final = (
    "printed once for any schema with additionalProperties, in 3.0 and 3.1 documents alike (a "
    "one-schema document {type: object, additionalProperties: {type: string}} prints it); the "
    "maps come out typed"
)
_PARAMETERS_MESSAGE: Final = (
    "Parameters (model name matches existing language type) cannot be used as a model name. "
    "Renamed to ModelParameters"
)
_PARAMETERS_WHY: Final = (
    "buildOauthUrl's query parameter is called `parameters` (Paragon's name for it) and the "
    "generator tries its name against TypeScript's built-in types; no model is made from it and "
    "nothing is renamed"
)


def _reserved_go_type(go_type: str) -> KnownWarning:
    """Go's warning for a primitive member of a oneOf, which becomes a field of the union."""
    return KnownWarning(
        f"{go_type} (reserved word) cannot be used as model name. Renamed to model_{go_type}",
        "a primitive member of a oneOf (ErrorEnvelope.message, FieldOptionsPagination.pageCursor)"
        "; it becomes a field of the union's struct and no model of that name is made",
        absent=f"model_{go_type}",
        present=f"\t{go_type.capitalize()} *{go_type}\n",
    )


PYTHON: Final = Target(
    "python",
    "python",
    "scenario.py",
    # Packages side by side need a name each (all are `openapi_client` otherwise).
    {"packageName": "paragon_{service}"},
    (
        BETA_NOTICE,
        KnownWarning(
            _MAP_SCHEMA_MESSAGE, _MAP_SCHEMA_WHY, present="Dict[str, WorkflowSettingState]"
        ),
    ),
)
TYPESCRIPT_FETCH: Final = Target(
    "typescript-fetch",
    "typescript-fetch",
    "scenario_fetch.ts",
    # Keep JSON names (OAUTH_ACCESS_TOKEN, Name): camelCased in a model that takes other keys
    # too, the object carries both names and sends the invented one back.
    {"additionalProperties": {"modelPropertyNaming": "original"}},
    (
        BETA_NOTICE,
        KnownWarning(
            _MAP_SCHEMA_MESSAGE,
            _MAP_SCHEMA_WHY,
            present="workflowSettings?: { [key: string]: WorkflowSettingState; };",
        ),
        KnownWarning(
            _PARAMETERS_MESSAGE,
            _PARAMETERS_WHY,
            absent="ModelParameters",
            present="parameters?: string;",
        ),
    ),
)
TYPESCRIPT_AXIOS: Final = Target(
    "typescript-axios",
    "typescript-axios",
    "scenario_axios.ts",
    {},
    (
        BETA_NOTICE,
        KnownWarning(
            _MAP_SCHEMA_MESSAGE,
            _MAP_SCHEMA_WHY,
            present="'workflowSettings'?: { [key: string]: WorkflowSettingState; };",
        ),
        KnownWarning(
            _PARAMETERS_MESSAGE,
            _PARAMETERS_WHY,
            absent="ModelParameters",
            present="parameters?: string,",
        ),
    ),
)
GO: Final = Target(
    "go",
    "go",
    "scenario.go",
    {
        # One module per service, which the scenario's go.mod replaces with its folder.
        "packageName": "{service}",
        "gitHost": "example.com",
        "gitUserId": "paragon",
        "gitRepoId": "{service}",
        "additionalProperties": {
            # Without it the enum constants of CredentialStatus and OAuthSessionStatus are both
            # called PENDING, and the package does not compile.
            "enumClassPrefix": True,
            # Without it every oneOf is checked with gopkg.in/validator.v2, from the network.
            "useOneOfDiscriminatorLookup": True,
        },
    },
    (
        BETA_NOTICE,
        KnownWarning(
            _MAP_SCHEMA_MESSAGE, _MAP_SCHEMA_WHY, present="map[string]WorkflowSettingState"
        ),
        _reserved_go_type("int32"),
        _reserved_go_type("string"),
    ),
)
OPENAPI_FETCH: Final = Target("openapi-fetch", None, "scenario_openapi_fetch.ts")

# The longest first: two run at a time, and the matrix ends when the last one does.
TARGETS: Final = (TYPESCRIPT_FETCH, TYPESCRIPT_AXIOS, PYTHON, GO, OPENAPI_FETCH)

# Strict, for Node 20: the fetch-based clients need the DOM library, the scenarios Node's types.
# CommonJS, because the generated imports name no file extension, which Node's ESM requires.
TSCONFIG: Final[Mapping[str, object]] = {
    "compilerOptions": {
        "target": "es2022",
        "module": "commonjs",
        "moduleResolution": "node10",
        "esModuleInterop": True,
        "lib": ["es2022", "dom"],
        "types": ["node"],
        "strict": True,
        "noFallthroughCasesInSwitch": True,
        "forceConsistentCasingInFileNames": True,
        # The generated .ts files are all checked; only the libraries' .d.ts files are skipped.
        "skipLibCheck": True,
        "outDir": "build",
    },
}

# Build with the standard library only, never fetch a module or a toolchain, send nothing home.
GO_ENVIRONMENT: Final[Mapping[str, str]] = {
    "GOFLAGS": "-mod=mod",
    "GOPROXY": "off",
    "GOTOOLCHAIN": "local",
    "GOTELEMETRY": "off",
    "CGO_ENABLED": "0",
}
GO_MODULE_PREFIX: Final = "example.com/paragon"

# What the stock python client imports (openapi-generator's requirements.txt), by import name.
PYTHON_CLIENT_MODULES: Final = ("urllib3", "pydantic", "dateutil", "typing_extensions")


class DownstreamError(Exception):
    """A tool is missing, or a command it ran failed; the message has the tool's output."""


@dataclass(frozen=True)
class Tools:
    """The programs the check runs, found before anything is generated."""

    java: str
    node: str
    tsc: Path
    openapi_typescript: Path
    go: str
    python: str


def find_tools() -> Tools:
    """Find every tool, or say how to install whichever is missing."""
    missing: list[str] = []
    java, node, go = shutil.which("java"), shutil.which("node"), shutil.which("go")
    if java is None:
        missing.append("java is not on PATH: openapi-generator needs Java 11 or newer")
    if node is None:
        missing.append("node is not on PATH: the TypeScript scenarios need Node 20 or newer")
    if go is None:
        missing.append(
            "go is not on PATH: install Debian's golang-go (apt-get install golang-go); "
            ".ci/run does so before running nox"
        )
    tsc, openapi_typescript = NODE_BIN / "tsc", NODE_BIN / "openapi-typescript"
    for tool in (tsc, openapi_typescript):
        if not tool.exists():
            missing.append(
                f"{tool} is missing: run `npm ci` in {REPO_ROOT} (nox -s downstream does)"
            )
    if importlib.util.find_spec("openapi_generator_cli") is None:
        missing.append("openapi-generator-cli is not installed (the `downstream` dependency group)")
    if importlib.util.find_spec("paragon_mock") is None:
        missing.append('paragon_mock is not installed: pip install -e ".[mock]"')
    absent = [name for name in PYTHON_CLIENT_MODULES if importlib.util.find_spec(name) is None]
    if absent:
        missing.append(
            f"the stock python client needs {', '.join(absent)} (the `downstream` dependency group)"
        )
    if missing or java is None or node is None or go is None:
        raise DownstreamError("\n".join(missing))
    return Tools(java, node, tsc, openapi_typescript, go, sys.executable)


def _run(
    command: Sequence[str],
    cwd: Path,
    env: Mapping[str, str] | None = None,
    timeout: float = STEP_TIMEOUT,
) -> str:
    try:
        result = subprocess.run(
            list(command),
            cwd=cwd,
            env={**os.environ, **(env or {})},
            capture_output=True,
            text=True,
            check=False,
            timeout=timeout,
        )
    except subprocess.TimeoutExpired as error:
        raise DownstreamError(f"`{' '.join(command)}` did not finish in {timeout:.0f} s") from error
    output = result.stdout + result.stderr
    if result.returncode != 0:
        raise DownstreamError(f"`{' '.join(command)}` failed ({result.returncode}):\n{output}")
    return output


# -- the generators ---------------------------------------------------------------------------


def service_specs(spec: Path, folder: Path) -> dict[str, Path]:
    """Write the per-service documents of ``spec`` into ``folder``; return them by service."""
    document = load_spec(spec)
    folder.mkdir(parents=True, exist_ok=True)
    files: dict[str, Path] = {}
    for service in spec_services.services(document):
        path = folder / f"paragon-{service}.yaml"
        path.write_text(spec_services.render(spec_services.derive(document, service)), "utf-8")
        files[service] = path
    return files


def _for_service(value: object, service: str) -> object:
    """A setting with ``{service}`` replaced, at any depth."""
    if isinstance(value, str):
        return value.replace("{service}", service)
    if isinstance(value, Mapping):
        return {key: _for_service(item, service) for key, item in value.items()}
    return value


def batch_config(target: Target, service: str, spec: Path, output: Path) -> dict[str, object]:
    """openapi-generator's config for one service's client (what `batch` reads)."""
    return {
        "generatorName": target.generator,
        "inputSpec": str(spec),
        "outputDir": str(output),
        "globalProperties": dict(GLOBAL_PROPERTIES),
        **{key: _for_service(value, service) for key, value in target.settings.items()},
    }


def generate(tools: Tools, target: Target, specs: Mapping[str, Path], root: Path) -> str:
    """Generate every service's client of one target into ``root/<service>``; return the log."""
    root.mkdir(parents=True, exist_ok=True)
    if target.generator is None:
        return "".join(
            _run(
                [str(tools.openapi_typescript), str(spec), "--output", f"{service}.ts"],
                cwd=root,
            )
            for service, spec in specs.items()
        )
    configs: list[str] = []
    for service, spec in specs.items():
        config = root / f".openapi-generator-{service}.json"
        config.write_text(
            json.dumps(batch_config(target, service, spec, root / service), indent=2) + "\n",
            encoding="utf-8",
        )
        configs.append(str(config))
    logback = root / ".logback.xml"
    logback.write_text(LOGBACK, encoding="utf-8")
    jar = importlib.resources.files("openapi_generator_cli") / "openapi-generator.jar"
    return _run(
        [
            tools.java,
            f"-Dlogback.configurationFile={logback}",
            *JVM_OPTIONS,
            "-jar",
            str(jar),
            "batch",
            "--fail-fast",
            *configs,
        ],
        cwd=root,
    )


def unexpected_warnings(log: str, known: Sequence[KnownWarning]) -> list[str]:
    """The warnings and errors of a generator log that are not known to be harmless.

    Besides the generator's own log lines, any other line that shouts WARN or ERROR (the JVM's
    "WARNING: ...", a stack trace) counts, whole.
    """
    allowed = {warning.message for warning in known}
    problems: list[str] = []
    for line in (raw.strip() for raw in log.splitlines()):
        match = LOG_LINE.match(line)
        if match:
            if match.group(2).strip() not in allowed:
                problems.append(f"{match.group(1)} {match.group(2).strip()}")
        elif "WARN" in line or "ERROR" in line or "Exception" in line:
            problems.append(line)
    return problems


def openapi_typescript_noise(log: str) -> list[str]:
    """What openapi-typescript printed besides its banner and the files it wrote."""
    lines = (line.strip() for line in log.splitlines())
    return [line for line in lines if line and not _OPENAPI_TYPESCRIPT_QUIET.match(line)]


def printed_warnings(log: str) -> set[str]:
    """The messages of the warnings and errors in a generator log."""
    return {match.group(2).strip() for match in map(LOG_LINE.match, log.splitlines()) if match}


def unproven_warnings(log: str, known: Sequence[KnownWarning], output: Path) -> list[str]:
    """Known warnings that were printed but whose proof is missing from the output."""
    printed = printed_warnings(log)
    texts = [
        path.read_text(encoding="utf-8", errors="replace")
        for path in sorted(output.rglob("*"))
        if path.is_file() and path.suffix in {".ts", ".go", ".py"}
    ]
    problems: list[str] = []
    for warning in known:
        if warning.message not in printed:
            continue
        if warning.absent is not None and any(warning.absent in text for text in texts):
            problems.append(f"{warning.message!r}: {warning.absent!r} is in the output")
        if warning.present is not None and not any(warning.present in text for text in texts):
            problems.append(f"{warning.message!r}: {warning.present!r} is not in the output")
    return problems


def generate_clients(tools: Tools, target: Target, specs: Mapping[str, Path], root: Path) -> str:
    """Every service's client of one target, in ``root``; return the log, checked.

    Raises DownstreamError with every unexpected or unproven warning.
    """
    log = generate(tools, target, specs, root)
    if target.generator is None:
        problems = openapi_typescript_noise(log)
    else:
        problems = [
            *dict.fromkeys(unexpected_warnings(log, target.known_warnings)),
            *unproven_warnings(log, target.known_warnings, root),
        ]
        if BETA_NOTICE.message not in printed_warnings(log):
            # Every 3.1 document gets this notice: without it, the log shows no warning at all.
            problems.append(
                f"openapi-generator's log has no warning, not even {BETA_NOTICE.message!r}"
            )
    if problems:
        raise DownstreamError("\n".join(problems))
    return log


# -- building ---------------------------------------------------------------------------------


def tsconfig(target: Target, services: Sequence[str]) -> dict[str, object]:
    """The tsconfig.json of a TypeScript target: its scenario and every service's client."""
    if target.generator is None:
        sources = [f"{service}.ts" for service in services]
    else:
        sources = [f"{service}/**/*.ts" for service in services]
    return {**TSCONFIG, "include": [target.scenario, *sources]}


def go_mod(services: Sequence[str]) -> str:
    """The go.mod of the scenario's module: each service's package, from its folder."""
    requires = "".join(f"\t{GO_MODULE_PREFIX}/{service} v0.0.0\n" for service in services)
    replaces = "".join(f"\t{GO_MODULE_PREFIX}/{service} => ../{service}\n" for service in services)
    return (
        f"module {GO_MODULE_PREFIX}/scenario\n\n"
        # The oldest Go this check runs on (Debian's 1.19); the generated modules say 1.23 and
        # build on 1.19 all the same.
        "go 1.19\n\n"
        f"require (\n{requires})\n\nreplace (\n{replaces})\n"
    )


def _go_environment() -> dict[str, str]:
    environment = dict(GO_ENVIRONMENT)
    # Go keeps its build cache and module folder under $HOME; give it one where there is none.
    if not (os.environ.get("HOME") or os.environ.get("XDG_CACHE_HOME")):
        home = Path(tempfile.gettempdir()) / "paragon-go"
        environment.setdefault("GOCACHE", str(home / "cache"))
        environment.setdefault("GOPATH", str(home / "path"))
    return environment


def build(tools: Tools, target: Target, root: Path, services: Sequence[str]) -> Path:
    """Put the scenario beside the clients and compile both; return what runs the scenario.

    Python is byte-compiled (its imports are checked when the scenario runs), TypeScript is
    type-checked strict and compiled to CommonJS, Go is built and vetted.
    """
    source = SCENARIOS / target.scenario
    if target.name == GO.name:
        module = root / "scenario"
        module.mkdir(exist_ok=True)
        shutil.copyfile(source, module / "main.go")
        (module / "go.mod").write_text(go_mod(services), encoding="utf-8")
        packages = [".", *(f"{GO_MODULE_PREFIX}/{service}" for service in services)]
        environment = _go_environment()
        _run([tools.go, "build", "-o", "scenario", "."], module, environment)
        _run([tools.go, "vet", *packages], module, environment)
        return module / "scenario"
    shutil.copyfile(source, root / target.scenario)
    if target.name == PYTHON.name:
        _run([tools.python, "-m", "compileall", "-q", "."], root)
        return root / target.scenario
    # The scenarios and clients import axios, openapi-fetch and Node's types from npm ci's tree.
    link = root / "node_modules"
    if not link.exists():
        link.symlink_to(NODE_MODULES, target_is_directory=True)
    config = root / "tsconfig.json"
    config.write_text(json.dumps(tsconfig(target, services), indent=2) + "\n", encoding="utf-8")
    _run([str(tools.tsc), "--project", str(config)], root)
    return root / "build" / Path(target.scenario).with_suffix(".js").name


# -- the mock and the scenarios ---------------------------------------------------------------


@dataclass(frozen=True)
class Mock:
    """A running ``paragon-mock serve``: where it listens and the project it serves."""

    base_url: str
    project_id: str


def read_banner(text: str) -> Mock | None:
    """The mock's address and project from what ``serve`` printed, once it printed both."""
    address = re.search(r"^Paragon mock on (\S+)$", text, re.MULTILINE)
    project = re.search(r"^project\s+(\S+)$", text, re.MULTILINE)
    if address is None or project is None:
        return None
    return Mock(address.group(1), project.group(1))


@contextmanager
def running_mock(tools: Tools, folder: Path, timeout: float = 60.0) -> Iterator[Mock]:
    """``python -m paragon_mock serve --port 0`` for the duration of the block.

    Its output goes to files in ``folder`` (a pipe nobody reads would fill and stall it).
    """
    folder.mkdir(parents=True, exist_ok=True)
    stdout_path, stderr_path = folder / "mock.stdout", folder / "mock.stderr"
    with stdout_path.open("w") as stdout, stderr_path.open("w") as stderr:
        server = subprocess.Popen(
            [tools.python, "-m", "paragon_mock", "serve", "--port", "0"],
            stdout=stdout,
            stderr=stderr,
            text=True,
        )
        try:
            deadline = time.monotonic() + timeout
            mock = None
            while mock is None:
                mock = read_banner(stdout_path.read_text(encoding="utf-8"))
                if mock is None and (server.poll() is not None or time.monotonic() > deadline):
                    raise DownstreamError(
                        "paragon-mock serve did not start:\n"
                        + stdout_path.read_text(encoding="utf-8")
                        + stderr_path.read_text(encoding="utf-8")
                    )
                if mock is None:
                    time.sleep(0.05)
            yield mock
        finally:
            server.terminate()
            try:
                server.wait(timeout=30)
            except subprocess.TimeoutExpired:
                server.kill()
                server.wait()


def new_user(target: Target) -> str:
    """A Connected User of the mock that no other run has seen."""
    return f"downstream-{target.name}-{secrets.token_hex(4)}"


def sign_token(tools: Tools, user: str) -> str:
    """A user token for ``user``, signed as ``paragon-mock token`` signs one."""
    return _run([tools.python, "-m", "paragon_mock", "token", "--user", user], REPO_ROOT).strip()


def scenario_command(tools: Tools, target: Target, program: Path) -> list[str]:
    """How to run a built scenario."""
    if target.name == GO.name:
        return [str(program)]
    if target.name == PYTHON.name:
        return [tools.python, str(program)]
    return [tools.node, str(program)]


def scenario_environment(
    target: Target, root: Path, services: Sequence[str], mock: Mock, token: str
) -> dict[str, str]:
    """What a user sets: one base URL, the token and the project, plus the Python packages."""
    environment = {
        "PARAGON_BASE_URL": mock.base_url,
        "PARAGON_TOKEN": token,
        "PARAGON_PROJECT_ID": mock.project_id,
    }
    if target.name == PYTHON.name:
        environment["PYTHONPATH"] = os.pathsep.join(str(root / service) for service in services)
    return environment


def declared_steps(target: Target) -> list[str]:
    """The steps of a target's scenario as its source names them, in order ("1. GET /sdk/me")."""
    return _DECLARED_STEP.findall((SCENARIOS / target.scenario).read_text(encoding="utf-8"))


def announced_steps(target: Target, output: str) -> list[str]:
    """The steps a run of a target's scenario announced, in order."""
    prefix = f"{target.name}: "
    return [
        line.removeprefix(prefix)
        for line in output.splitlines()
        if line.startswith(prefix) and re.match(r"\d+\. ", line.removeprefix(prefix))
    ]


def checked_steps(target: Target, output: str) -> list[str]:
    """The steps a successful run announced; DownstreamError unless they are all it declares.

    A step its program skipped passed nothing, even though the program exited with 0.
    """
    announced, declared = announced_steps(target, output), declared_steps(target)
    if announced != declared:
        raise DownstreamError(
            f"it announced the steps {announced}, not those it declares, {declared}:\n{output}"
        )
    return announced


def run_scenario(
    tools: Tools,
    target: Target,
    root: Path,
    program: Path,
    services: Sequence[str],
    mock: Mock,
    user: str | None = None,
) -> str:
    """Run a built scenario as ``user`` (a fresh one by default); return its output, its steps."""
    token = sign_token(tools, user or new_user(target))
    environment = scenario_environment(target, root, services, mock, token)
    return _run(scenario_command(tools, target, program), program.parent, environment, 120.0)


# -- the matrix -------------------------------------------------------------------------------


@dataclass
class Outcome:
    """What happened to one target: the seconds each stage took, and its problems."""

    target: str
    seconds: dict[str, float] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)
    scenario: str = ""
    steps: list[str] = field(default_factory=list)


@contextmanager
def _stage(outcome: Outcome, name: str) -> Iterator[None]:
    """Time one stage of a target; a failure is recorded as its problem, then goes on up."""
    started = time.perf_counter()
    try:
        yield
    except DownstreamError as error:
        outcome.problems.append(f"{outcome.target}: {name}: {error}")
        raise
    finally:
        outcome.seconds[name] = time.perf_counter() - started


def run_target(
    tools: Tools, target: Target, specs: Mapping[str, Path], root: Path, mock: Mock
) -> Outcome:
    """Generate, build and run one target; stop at its first failing stage."""
    outcome = Outcome(target.name)
    folder, services = root / target.name, list(specs)
    try:
        with _stage(outcome, "generate"):
            generate_clients(tools, target, specs, folder)
        with _stage(outcome, "build"):
            program = build(tools, target, folder, services)
        with _stage(outcome, "scenario"):
            outcome.scenario = run_scenario(tools, target, folder, program, services, mock)
            # The steps it passed, for a look with --keep.
            (folder / "scenario.log").write_text(outcome.scenario, encoding="utf-8")
            outcome.steps = checked_steps(target, outcome.scenario)
    except DownstreamError:
        pass  # _stage recorded it; the other targets go on
    return outcome


def run_matrix(
    spec: Path = DEFAULT_SPEC,
    keep: Path | None = None,
    targets: Sequence[Target] = TARGETS,
    jobs: int = JOBS,
) -> list[Outcome]:
    """Run every target against one mock; return their outcomes, in the order of ``targets``.

    Raises DownstreamError, before generating anything, when a tool is missing.
    """
    tools = find_tools()
    root = keep if keep is not None else Path(tempfile.mkdtemp(prefix="paragon-downstream-"))
    if keep is not None:
        shutil.rmtree(root, ignore_errors=True)
    root.mkdir(parents=True, exist_ok=True)
    try:
        specs = service_specs(spec, root / "specs")
        with running_mock(tools, root / "mock") as mock, ThreadPoolExecutor(jobs) as pool:
            futures = [
                pool.submit(run_target, tools, target, specs, root, mock) for target in targets
            ]
            return [future.result() for future in futures]
    finally:
        if keep is None:
            shutil.rmtree(root, ignore_errors=True)


def check(spec: Path = DEFAULT_SPEC, keep: Path | None = None) -> list[str]:
    """Run the matrix; return the problems (empty when every target passed)."""
    return [problem for outcome in run_matrix(spec, keep) for problem in outcome.problems]


def report(outcomes: Sequence[Outcome]) -> str:
    """One line per target: the time of each stage, and whether it passed."""
    lines = [f"{'target':18} {'generate':>9} {'build':>7} {'scenario':>9}  result"]
    for outcome in outcomes:
        cells = [
            f"{outcome.seconds[stage]:.1f} s" if stage in outcome.seconds else "-"
            for stage in ("generate", "build", "scenario")
        ]
        result = "FAILED" if outcome.problems else "passed"
        lines.append(f"{outcome.target:18} {cells[0]:>9} {cells[1]:>7} {cells[2]:>9}  {result}")
    return "\n".join(lines)


def steps_passed(outcomes: Sequence[Outcome]) -> str:
    """How many steps the targets passed: "5 × 11 steps" when each passed as many."""
    counts = {len(outcome.steps) for outcome in outcomes}
    if len(counts) == 1:
        return f"{len(outcomes)} × {counts.pop()} steps"
    return f"{sum(len(outcome.steps) for outcome in outcomes)} steps"


def main(argv: list[str] | None = None) -> int:
    """Run the matrix for the spec named on the command line; return the exit code."""
    parser = argparse.ArgumentParser(
        prog="python -m generator.spec_downstream", description=__doc__.splitlines()[0]
    )
    parser.add_argument("spec", nargs="?", type=Path, default=DEFAULT_SPEC, help="the spec")
    parser.add_argument("--keep", type=Path, help="work in this folder and leave it there")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    try:
        outcomes = run_matrix(args.spec.resolve(), args.keep.resolve() if args.keep else None)
    except DownstreamError as error:
        print(error, file=sys.stderr)
        return 1
    problems = [problem for outcome in outcomes for problem in outcome.problems]
    for problem in problems:
        print(problem)
    print(report(outcomes))
    elapsed = time.perf_counter() - started
    if problems:
        print(f"{len(problems)} target(s) failed ({elapsed:.0f} s)", file=sys.stderr)
        return 1
    print(
        f"{args.spec}: {len(outcomes)} stock clients generate, compile and pass the scenario "
        f"({steps_passed(outcomes)}) against paragon-mock ({elapsed:.0f} s)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
