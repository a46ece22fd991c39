"""Other languages' generators take ``spec/paragon.yaml`` cleanly: TypeScript and Go clients.

openapi-generator (the jar inside the pinned ``openapi-generator-cli`` package, run on the
machine's Java) generates a ``typescript-fetch`` and a ``go`` client from the spec into a
temporary folder. The check fails when

- the generator prints a warning that is not among its target's known warnings; each known one
  says why it is harmless and names what the output must (not) contain to prove it, which is
  checked too;
- the TypeScript client does not type-check with ``tsc --noEmit`` (typescript from package.json,
  installed by ``npm ci``), strict, against the ES2022 and DOM libraries only;
- the Go client does not build with ``go build`` or is not clean under ``go vet`` (the standard
  library only: the client needs no module, and the module proxy is switched off).

The generator options are TYPESCRIPT's and GO's below, and the one template typescript-fetch
needs fixed is in ``generator/openapi-generator/typescript-fetch/``; a team generating its own
client from the spec needs the same.

Run it with ``python -m generator.spec_downstream [--keep DIR]``; ``--keep`` leaves the clients
in DIR for a look instead of deleting them.
"""

from __future__ import annotations

import argparse
import importlib.resources
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from generator.spec_lint import DEFAULT_SPEC, REPO_ROOT

CONFIG_DIR: Final = Path(__file__).resolve().parent / "openapi-generator"
NODE_BIN: Final = REPO_ROOT / "node_modules" / ".bin"

# A generator run lives for seconds: the quick compiler alone and the serial collector halve the
# CPU time it takes (measured: 5.8 s of CPU down to 3.0 s for the TypeScript client), and the two
# runs go one after the other, as two JVMs at once on two cores were slower than in turn.
JVM_OPTIONS: Final = ("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC")
# Tests and docs are not compiled here, and the Go tests import a module from the network.
GLOBAL_PROPERTIES: Final = "apiTests=false,modelTests=false,apiDocs=false,modelDocs=false"

# The line openapi-generator logs for a warning: "[main] WARN  o.o.codegen.X - message".
_LOG_LINE: Final = re.compile(r"^\[[^\]]+\] (WARN|ERROR)\s+\S+ - (.*)$")


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
    """One client to generate: the generator, its options, and what it is checked with."""

    name: str
    options: tuple[str, ...]
    known_warnings: tuple[KnownWarning, ...]


BETA_NOTICE: Final = KnownWarning(
    "OpenAPI 3.1 support is still in beta. To report an issue related to 3.1 spec, please kindly "
    "open an issue in the Github repo: https://github.com/openAPITools/openapi-generator.",
    "printed for every OpenAPI 3.1 document",
)
MAP_SCHEMA_NOTICE: Final = KnownWarning(
    "Failed to get the schema name: null",
    "printed once for any schema with additionalProperties, in 3.0 and 3.1 documents alike (a "
    "one-schema document {type: object, additionalProperties: {type: string}} prints it); the "
    "maps come out typed",
)

TYPESCRIPT: Final = Target(
    "typescript-fetch",
    (
        # The one template fixed for this generator; see the comment at its top.
        f"--template-dir={CONFIG_DIR / 'typescript-fetch'}",
    ),
    (
        BETA_NOTICE,
        KnownWarning(
            MAP_SCHEMA_NOTICE.message,
            MAP_SCHEMA_NOTICE.why,
            present="workflowSettings?: { [key: string]: WorkflowSettingState; };",
        ),
        KnownWarning(
            "Parameters (model name matches existing language type) cannot be used as a model "
            "name. Renamed to ModelParameters",
            "buildOauthUrl's query parameter is called `parameters` (Paragon's name for it) and "
            "the generator tries its name against TypeScript's built-in types; no model is made "
            "from it and nothing is renamed",
            absent="ModelParameters",
            present="parameters?: string;",
        ),
    ),
)

GO: Final = Target(
    "go",
    (
        "--package-name=paragon",
        "--git-user-id=paragon-connect",
        "--git-repo-id=paragon-go",
        # Without it the Go client ignores `discriminator` and tries every variant in turn.
        "--additional-properties=useOneOfDiscriminatorLookup=true",
        # Without it the enum constants of CredentialStatus and OAuthSessionStatus are both
        # called PENDING, and the package does not compile.
        "--additional-properties=enumClassPrefix=true",
    ),
    (
        BETA_NOTICE,
        KnownWarning(
            MAP_SCHEMA_NOTICE.message,
            MAP_SCHEMA_NOTICE.why,
            present="WorkflowSettings map[string]WorkflowSettingState",
        ),
        # The primitive members of ProviderData's values, ErrorEnvelope.message and
        # FieldOptionsPagination.pageCursor (oneOf string / number / boolean / integer): the
        # generator tries each type's name as a model name before it wraps it as a field.
        *(
            KnownWarning(
                f"{go_type} (reserved word) cannot be used as model name. "
                f"Renamed to model_{go_type}",
                "a primitive member of a oneOf; it becomes a field of the union's struct "
                "and no model of that name is made",
                absent=f"model_{go_type}",
                present=f"\t{go_type.capitalize()} *{go_type}\n",
            )
            for go_type in ("bool", "float32", "int32", "string")
        ),
    ),
)

# Strict, for a browser or Node 20: the fetch client needs the DOM library and nothing else.
TSCONFIG: Final[Mapping[str, object]] = {
    "compilerOptions": {
        "target": "es2022",
        "module": "esnext",
        "moduleResolution": "bundler",
        "lib": ["es2022", "dom"],
        "types": [],
        "strict": True,
        "noEmit": True,
        "noFallthroughCasesInSwitch": True,
        "forceConsistentCasingInFileNames": True,
    },
    "include": ["**/*.ts"],
}

# Build with the standard library only, never fetch a module or a toolchain, send nothing home.
GO_ENVIRONMENT: Final[Mapping[str, str]] = {
    "GOFLAGS": "-mod=mod",
    "GOPROXY": "off",
    "GOTOOLCHAIN": "local",
    "GOTELEMETRY": "off",
    "CGO_ENABLED": "0",
}


class DownstreamError(Exception):
    """A tool is missing, or a command it ran failed; the message has the tool's output."""


@dataclass(frozen=True)
class Tools:
    """The programs the check runs, found before anything is generated."""

    java: str
    tsc: Path
    go: str


def find_tools() -> Tools:
    """Find Java, tsc and Go, or say how to install whichever is missing."""
    missing: list[str] = []
    java = shutil.which("java")
    if java is None:
        missing.append("java is not on PATH: openapi-generator needs Java 11 or newer")
    tsc = NODE_BIN / "tsc"
    if not tsc.exists():
        missing.append(f"{tsc} is missing: run `npm ci` in {REPO_ROOT} (nox -s spec does)")
    go = shutil.which("go")
    if go is None:
        missing.append(
            "go is not on PATH: install Debian's golang-go (apt-get install golang-go); "
            ".ci/run does so before running nox"
        )
    if missing or java is None or go is None:
        raise DownstreamError("\n".join(missing))
    return Tools(java, tsc, go)


def _run(command: Sequence[str], cwd: Path, env: Mapping[str, str] | None = None) -> str:
    result = subprocess.run(
        list(command),
        cwd=cwd,
        env={**os.environ, **(env or {})},
        capture_output=True,
        text=True,
        check=False,
    )
    output = result.stdout + result.stderr
    if result.returncode != 0:
        raise DownstreamError(f"`{' '.join(command)}` failed ({result.returncode}):\n{output}")
    return output


def generate(tools: Tools, target: Target, spec: Path, output: Path) -> str:
    """Generate one client into ``output``; return the generator's log."""
    jar = importlib.resources.files("openapi_generator_cli") / "openapi-generator.jar"
    return _run(
        [
            tools.java,
            *JVM_OPTIONS,
            "-jar",
            str(jar),
            "generate",
            f"--input-spec={spec}",
            f"--generator-name={target.name}",
            f"--output={output}",
            f"--global-property={GLOBAL_PROPERTIES}",
            *target.options,
        ],
        cwd=output.parent,
    )


def unexpected_warnings(log: str, known: Sequence[KnownWarning]) -> list[str]:
    """The warnings and errors of a generator log that are not known to be harmless.

    Besides the generator's own log lines, any other line that shouts WARN or ERROR (the JVM's
    "WARNING: ...", a stack trace) counts, whole.
    """
    allowed = {warning.message for warning in known}
    problems: list[str] = []
    for line in (raw.strip() for raw in log.splitlines()):
        match = _LOG_LINE.match(line)
        if match:
            if match.group(2).strip() not in allowed:
                problems.append(f"{match.group(1)} {match.group(2).strip()}")
        elif "WARN" in line or "ERROR" in line or "Exception" in line:
            problems.append(line)
    return problems


def unproven_warnings(log: str, known: Sequence[KnownWarning], output: Path) -> list[str]:
    """Known warnings that were printed but whose proof is missing from the output."""
    printed = {match.group(2).strip() for match in map(_LOG_LINE.match, log.splitlines()) if match}
    texts = [
        path.read_text(encoding="utf-8", errors="replace")
        for path in sorted(output.rglob("*"))
        if path.is_file() and path.suffix in {".ts", ".go"}
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


def typecheck_typescript(tools: Tools, output: Path) -> str:
    """``tsc --noEmit`` over the TypeScript client with TSCONFIG."""
    (output / "tsconfig.json").write_text(json.dumps(TSCONFIG, indent=2) + "\n", encoding="utf-8")
    return _run([str(tools.tsc), "--project", str(output / "tsconfig.json")], cwd=output)


def _go_environment() -> dict[str, str]:
    environment = dict(GO_ENVIRONMENT)
    # Go keeps its build cache and module folder under $HOME; give it one where there is none.
    if not (os.environ.get("HOME") or os.environ.get("XDG_CACHE_HOME")):
        home = Path(tempfile.gettempdir()) / "paragon-go"
        environment.setdefault("GOCACHE", str(home / "cache"))
        environment.setdefault("GOPATH", str(home / "path"))
    return environment


def build_go(tools: Tools, output: Path) -> str:
    """``go build`` and ``go vet`` of the Go client, offline."""
    environment = _go_environment()
    return _run([tools.go, "build", "./..."], output, environment) + _run(
        [tools.go, "vet", "./..."], output, environment
    )


def _generate_checked(tools: Tools, target: Target, spec: Path, root: Path) -> list[str]:
    """Generate one client; return its unexpected or unproven warnings, or its failure."""
    output = root / target.name
    output.mkdir()
    started = time.perf_counter()
    try:
        log = generate(tools, target, spec, output)
    except DownstreamError as error:
        return [f"{target.name}: {error}"]
    print(f"{target.name}: generated in {time.perf_counter() - started:.1f} s")
    return [
        f"{target.name}: {problem}"
        for problem in [
            *unexpected_warnings(log, target.known_warnings),
            *unproven_warnings(log, target.known_warnings, output),
        ]
    ]


def _compiled(label: str, step: Callable[[], str]) -> list[str]:
    """Run one compile step; return its failure as a problem, or print how long it took."""
    started = time.perf_counter()
    try:
        step()
    except DownstreamError as error:
        return [f"{label}: {error}"]
    print(f"{label}: passed in {time.perf_counter() - started:.1f} s")
    return []


def check(spec: Path = DEFAULT_SPEC, keep: Path | None = None) -> list[str]:
    """Generate, type-check and build both clients; return the problems (empty when clean).

    Raises DownstreamError, before generating anything, when a tool is missing.
    """
    tools = find_tools()
    root = keep if keep is not None else Path(tempfile.mkdtemp(prefix="paragon-downstream-"))
    if keep is not None:
        shutil.rmtree(root, ignore_errors=True)
    root.mkdir(parents=True, exist_ok=True)
    typescript, go = root / TYPESCRIPT.name, root / GO.name
    try:
        problems = [
            problem
            for target in (TYPESCRIPT, GO)
            for problem in _generate_checked(tools, target, spec, root)
        ]
        if (typescript / "index.ts").is_file():
            problems += _compiled(
                "typescript-fetch: tsc --noEmit", lambda: typecheck_typescript(tools, typescript)
            )
        if (go / "go.mod").is_file():
            problems += _compiled("go: go build and go vet", lambda: build_go(tools, go))
        return problems
    finally:
        if keep is None:
            shutil.rmtree(root, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    """Check the spec named on the command line; return the exit code."""
    parser = argparse.ArgumentParser(
        prog="python -m generator.spec_downstream", description=__doc__.splitlines()[0]
    )
    parser.add_argument("spec", nargs="?", type=Path, default=DEFAULT_SPEC, help="the spec")
    parser.add_argument("--keep", type=Path, help="generate into this folder and leave it there")
    args = parser.parse_args(argv)
    try:
        problems = check(args.spec.resolve(), args.keep.resolve() if args.keep else None)
    except DownstreamError as error:
        print(error, file=sys.stderr)
        return 1
    for problem in problems:
        print(problem)
    if problems:
        print(f"{len(problems)} problem(s) with the generated clients", file=sys.stderr)
        return 1
    print(f"{args.spec}: the TypeScript and Go clients generate cleanly and compile")
    return 0


if __name__ == "__main__":
    sys.exit(main())
