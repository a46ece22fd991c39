"""The generation pipeline behind `python -m generator`.

From one OpenAPI document it builds two packages in a temporary folder:

* `paragon_connect_api`: the HTTP client, by openapi-python-client with the templates in
  generator/templates/ and the options in generator/openapi-python-client.yaml, from the spec
  as `python_profile` adapts it for reading what servers send (see there);
* `paragon_models`: pydantic v2 models of every component schema, by datamodel-code-generator
  with DATAMODEL_CODEGEN_OPTIONS.

Both are then formatted by ruff, isolated from any configuration around them, and every file gets
a header saying where it comes from. The result either replaces the output folder wholesale or is
compared with it (`--check`). The output depends only on the spec, on generator/ and on the tool
versions in PINNED_VERSIONS: not on the working directory, absolute paths, time or hash seed.
"""

from __future__ import annotations

import copy
import difflib
import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import Any, Final

import yaml

from generator.calls import CallsError, write_calls_module

# The generated code changes with any of these versions, so generation refuses to run with others.
# The project's dependency pins must name the same versions.
PINNED_VERSIONS: Final[Mapping[str, str]] = {
    "datamodel-code-generator": "0.89.0",
    "openapi-python-client": "0.29.1",
    "ruff": "0.17.6",
}

GENERATOR_DIR: Final = Path(__file__).resolve().parent
REPO_ROOT: Final = GENERATOR_DIR.parent
DEFAULT_SPEC: Final = REPO_ROOT / "spec" / "paragon.yaml"
DEFAULT_OUTPUT: Final = REPO_ROOT / "generated"
CLIENT_CONFIG: Final = GENERATOR_DIR / "openapi-python-client.yaml"
CLIENT_TEMPLATES: Final = GENERATOR_DIR / "templates"

CLIENT_PACKAGE: Final = "paragon_connect_api"
MODELS_PACKAGE: Final = "paragon_models"

# How generated files begin; the spec's place is filled in. Identifies files that may be replaced.
HEADER_PREFIX: Final = "# Generated from "
HEADER_TEMPLATE: Final = (
    HEADER_PREFIX + "{spec} by `python -m generator`. Do not edit:\n"
    "# change {spec} or generator/ and regenerate.\n"
)

# Options for datamodel-code-generator, kept here in one place. The input, output and file header
# are added per run (see _run_datamodel_codegen).
DATAMODEL_CODEGEN_OPTIONS: Final[tuple[str, ...]] = (
    # Read the document as OpenAPI and model its components/schemas (the default scope, written
    # out so the intent is visible): every component schema gets a model.
    "--input-file-type=openapi",
    "--openapi-scopes=schemas",
    "--output-model-type=pydantic_v2.BaseModel",
    # The generated packages need 3.11 anyway (openapi-python-client uses StrEnum and Self).
    "--target-python-version=3.11",
    # No black/isort: ruff formats the whole tree afterwards. Naming a formatter also avoids a
    # FutureWarning about the default changing, which would fail the run.
    "--formatters=builtin",
    # A timestamp would make every run differ.
    "--disable-timestamp",
    # Constraints go into Annotated[..., Field(...)] instead of con* types, which type checkers
    # understand; --use-annotated implies --field-constraints, which is spelled out for clarity.
    "--use-annotated",
    "--field-constraints",
    # list[...] / dict[...] and X | None, as in the rest of the project.
    "--use-standard-collections",
    "--use-union-operator",
    # Enum members in upper case, as openapi-python-client names them.
    "--capitalise-enum-members",
    # A one-value enum is a const (JSON Schema defines them as equal): type it Literal["x"]. Without
    # this, a oneOf whose variants tag themselves with `enum: [x]` leaves unused enum classes.
    "--use-single-value-enum-as-const",
    # Schema descriptions become class docstrings.
    "--use-schema-description",
    # An unresolvable $ref is an error, not a silent Any; remote $refs are never fetched.
    "--strict-refs",
    "--no-allow-remote-refs",
    # Ignore any [tool.datamodel-codegen] table in a pyproject.toml around the working directory.
    "--ignore-pyproject",
    # Plain messages: its stderr is shown as is when it complains.
    "--no-color",
    "--encoding=utf-8",
)

# `ruff check` fixes (safe fixes only): the default rules remove unused imports the templates
# write, and I sorts imports. --isolated ignores every ruff configuration file, --no-cache keeps
# the output folder clean and the result location-independent.
RUFF_CHECK_OPTIONS: Final[tuple[str, ...]] = (
    "check",
    "--isolated",
    "--fix-only",
    "--extend-select=I",
    "--no-cache",
    "--target-version=py311",
    "-q",
)
RUFF_FORMAT_OPTIONS: Final[tuple[str, ...]] = (
    "format",
    "--isolated",
    "--no-cache",
    "--target-version=py311",
    "-q",
)

# The model the Python client reads an unknown variant of a tagged union into (python_profile).
UNKNOWN_VARIANT: Final = "UnknownVariant"
UNKNOWN_VARIANT_SCHEMA: Final[Mapping[str, Any]] = {
    "type": "object",
    "description": (
        "A variant of a tagged union that this client does not know: the server sent a tag "
        "value newer than the spec this client was generated from. The JSON is kept as it came "
        '(`to_dict()` gives it back, `variant["type"]` reads the tag).'
    ),
    "additionalProperties": True,
}

# Byte-code caches are not generated content: ignored when comparing, removed when replacing.
_CACHE_DIR_NAME: Final = "__pycache__"


class GenerationError(Exception):
    """A step of the pipeline failed; the message says which and includes the tool's output."""


@dataclass(frozen=True)
class TreeDiff:
    """How an existing output folder differs from freshly generated files (paths are relative)."""

    added: tuple[str, ...]
    removed: tuple[str, ...]
    changed: tuple[str, ...]
    unified_diff: str

    @property
    def is_empty(self) -> bool:
        """True when the two trees hold the same files with the same bytes."""
        return not (self.added or self.removed or self.changed)


def check_tool_versions() -> None:
    """Refuse to run with tool versions other than PINNED_VERSIONS: they change the output."""
    problems: list[str] = []
    for distribution, pinned in sorted(PINNED_VERSIONS.items()):
        try:
            installed = metadata.version(distribution)
        except metadata.PackageNotFoundError:
            problems.append(f"  {distribution}: not installed, need {pinned}")
            continue
        if installed != pinned:
            problems.append(f"  {distribution}: {installed} installed, need {pinned}")
    if problems:
        raise GenerationError(
            "the generated code depends on the exact tool versions, and these differ from the pins "
            "in generator/driver.py:\n"
            + "\n".join(problems)
            + "\ninstall the pinned versions (see pyproject.toml) in the environment running "
            "`python -m generator`."
        )


def spec_label(spec: Path) -> str:
    """Name the spec as file headers do: by its path relative to the repository when inside it.

    Outside the repository only the file name is used, so that nothing machine-specific ends up
    in generated files.
    """
    resolved = spec.resolve()
    try:
        return resolved.relative_to(REPO_ROOT).as_posix()
    except ValueError:
        return resolved.name


def display_path(path: Path) -> str:
    """Show a path in messages: relative to the repository when inside it, else as given."""
    try:
        return path.resolve().relative_to(REPO_ROOT).as_posix()
    except ValueError:
        return str(path)


def file_header(spec: Path) -> str:
    """Return the lines every generated file starts with, for the given spec."""
    return HEADER_TEMPLATE.format(spec=spec_label(spec))


# Required by the spec for the JavaScript SDK's sake, read by this client without them.
READ_WITHOUT: Final[Mapping[str, tuple[str, ...]]] = {"IntegrationState": ("allCredentials",)}

# Properties whose value this client reads as the JSON it is, without a model: a Tool's JSON
# Schema, which the client hands to a JSON Schema validator and to LLM APIs as a dict. Models of
# every property schema would be built only to be turned back into that dict. Each names the
# component schema the spec gives the property (by `$ref`), whose description it keeps.
READ_AS_JSON: Final[Mapping[str, Mapping[str, str]]] = {
    "FunctionDefinition": {"parameters": "ToolParametersSchema"},
}


def python_profile(document: Mapping[str, Any]) -> dict[str, Any]:
    """The spec as openapi-python-client reads it: tolerant of what servers send.

    The spec says what Paragon promises; the Python client must also read what Paragon does not
    promise but may send. These changes, made here so that the spec stays the contract every
    other generator reads:

    * `format: uuid` is dropped everywhere, so IDs are `str`: a response whose ID is not a UUID
      (the SDK reference's own example has one) stays readable, and reading a string costs
      nothing where parsing a UUID does. What the client sends is still checked by its callers.
    * every `oneOf` whose variants are objects told apart by a `const` property (a tagged
      union) gets one more variant, `UnknownVariant`, an open object: the templates read a tag
      value this client does not know into it instead of failing the whole response
      (see generator/templates/property_templates/union_property.py.jinja).
    * the properties of ``READ_WITHOUT`` lose ``required``: the spec requires them because the
      JavaScript SDK dereferences them, while this client reads an answer without them (the SDK
      reference's own ``getUser()`` example leaves ``allCredentials`` out).
    * the properties of ``READ_AS_JSON`` (a Tool's JSON Schema) lose their schema, keeping its
      description: openapi-python-client reads a property without a schema as it comes (typed
      `Any`), so `from_dict` keeps the decoded JSON itself instead of building a model of every
      keyword of every property schema, which the client would only turn back into that JSON.
      The client checks the value's JSON type where it reads it (``_core.actionkit``).
    * a `oneOf` holding several lists of named schemas (`FieldOptionsResponse.output`: a list
      of options or a list of sections, split so that stock typescript-fetch compiles) holds
      one list instead, of the named `oneOf` of exactly those schemas (`FieldOptionItem`): a
      list that mixes them, or holds a kind this client does not know, stays readable, and the
      generated `to_dict` has no second, unreachable `isinstance(..., list)` branch.
    """
    profile: dict[str, Any] = copy.deepcopy(dict(document))
    schemas: dict[str, Any] = profile.setdefault("components", {}).setdefault("schemas", {})
    if UNKNOWN_VARIANT in schemas:
        raise GenerationError(
            f"the spec defines a schema named {UNKNOWN_VARIANT}, which the Python client's "
            "generator reserves for unknown variants of tagged unions; rename it"
        )

    def drop_uuid_format(node: Any) -> None:
        if isinstance(node, dict):
            if node.get("format") == "uuid":
                del node["format"]
            for value in node.values():
                drop_uuid_format(value)
        elif isinstance(node, list):
            for value in node:
                drop_uuid_format(value)

    drop_uuid_format(profile)
    for schema_name, names in READ_WITHOUT.items():
        schema = schemas.get(schema_name)
        if schema is None:
            continue  # a spec without the schema (the generator's own test specs)
        required = schema.get("required") if isinstance(schema, dict) else None
        missing = [name for name in names if not isinstance(required, list) or name not in required]
        if missing:
            raise GenerationError(
                f"READ_WITHOUT names {schema_name}.{', '.join(missing)}, which the spec does not "
                "require any more; update generator/driver.py"
            )
        assert isinstance(schema, dict) and isinstance(required, list)
        schema["required"] = [name for name in required if name not in names]
    prefix = "#/components/schemas/"
    _read_as_json(schemas, prefix)
    _merge_list_variants(profile, schemas, prefix)
    for schema in schemas.values():
        variants = schema.get("oneOf") if isinstance(schema, dict) else None
        if not isinstance(variants, list) or not variants:
            continue
        tags: set[str] = set()
        for variant in variants:
            ref = variant.get("$ref") if isinstance(variant, dict) else None
            target = schemas.get(ref[len(prefix) :]) if isinstance(ref, str) else None
            properties = target.get("properties", {}) if isinstance(target, dict) else {}
            consts = sorted(
                name
                for name, subschema in properties.items()
                if isinstance(subschema, dict) and "const" in subschema
            )
            if not consts:
                tags = set()
                break
            tags.add(consts[0])
        if len(tags) == 1:
            variants.append({"$ref": prefix + UNKNOWN_VARIANT})
    schemas[UNKNOWN_VARIANT] = dict(UNKNOWN_VARIANT_SCHEMA)
    return profile


def _read_as_json(schemas: dict[str, Any], prefix: str) -> None:
    """Give each property of ``READ_AS_JSON`` no schema but its description (see above)."""
    for schema_name, read in READ_AS_JSON.items():
        schema = schemas.get(schema_name)
        if schema is None:
            continue  # a spec without the schema (the generator's own test specs)
        properties = schema.get("properties") if isinstance(schema, dict) else None
        for name, target in read.items():
            found = properties.get(name) if isinstance(properties, dict) else None
            if found != {"$ref": prefix + target}:
                raise GenerationError(
                    f"READ_AS_JSON reads {schema_name}.{name} as JSON in place of {target}, but "
                    "the spec describes it otherwise now; update generator/driver.py"
                )
            assert isinstance(properties, dict)
            described = schemas.get(target)
            description = described.get("description") if isinstance(described, dict) else None
            properties[name] = {} if description is None else {"description": description}


def _merge_list_variants(node: Any, schemas: Mapping[str, Any], prefix: str) -> None:
    """Read a oneOf of lists of named schemas as one list of their named oneOf (see above)."""
    if isinstance(node, list):
        for value in node:
            _merge_list_variants(value, schemas, prefix)
        return
    if not isinstance(node, dict):
        return
    for value in node.values():
        _merge_list_variants(value, schemas, prefix)
    variants = node.get("oneOf")
    if not isinstance(variants, list):
        return
    lists = [
        variant
        for variant in variants
        if isinstance(variant, dict)
        and variant.get("type") == "array"
        and isinstance(variant.get("items"), dict)
        and isinstance(variant["items"].get("$ref"), str)
    ]
    if len(lists) < 2:
        return
    wanted = {variant["items"]["$ref"] for variant in lists}
    union = next(
        (
            name
            for name, schema in schemas.items()
            if isinstance(schema, dict)
            and isinstance(schema.get("oneOf"), list)
            and {member.get("$ref") for member in schema["oneOf"]} == wanted
        ),
        None,
    )
    if union is None:
        raise GenerationError(
            "a oneOf holds lists of " + ", ".join(sorted(wanted)) + " but no named oneOf of "
            "exactly those schemas exists for the Python client to read them as one list"
        )
    merged = {"type": "array", "items": {"$ref": prefix + union}}
    first = variants.index(lists[0])
    node["oneOf"] = [v for v in variants if v not in lists]
    node["oneOf"].insert(first, merged)


def generate_tree(spec: Path, destination: Path) -> None:
    """Generate both packages from `spec` into `destination`, which must not exist yet."""
    check_tool_versions()
    spec = spec.resolve()
    if not spec.is_file():
        raise GenerationError(f"spec not found: {spec}")
    header = file_header(spec)
    with tempfile.TemporaryDirectory(prefix="paragon-generator-") as work_name:
        work_dir = Path(work_name)
        tree = work_dir / "tree"
        tree.mkdir()
        # The two generators are independent and each spends about a second starting up and
        # parsing the spec, so they run side by side. Results are read in a fixed order, so the
        # same failure is always reported first.
        with ThreadPoolExecutor(max_workers=2) as pool:
            client_spec = work_dir / "spec.python.json"
            client_spec.write_text(
                json.dumps(python_profile(_load_spec(spec)), indent=1, ensure_ascii=False),
                encoding="utf-8",
            )
            client_run = pool.submit(
                _run_openapi_python_client, client_spec, tree / CLIENT_PACKAGE, work_dir
            )
            models_run = pool.submit(
                _run_datamodel_codegen, spec, tree / MODELS_PACKAGE, header, work_dir
            )
            client_run.result()
            models_run.result()
        try:
            write_calls_module(tree / CLIENT_PACKAGE, _load_spec(spec))
        except CallsError as error:
            raise GenerationError(f"writing {CLIENT_PACKAGE}/calls.py failed: {error}") from error
        for package in (CLIENT_PACKAGE, MODELS_PACKAGE):
            # PEP 561 marker; its content (our header) is ignored unless a line reads "partial".
            (tree / package / "py.typed").write_text("", encoding="utf-8")
        python_files = [str(path) for path in sorted(tree.rglob("*.py"))]
        _run_tool("ruff check", [*RUFF_CHECK_OPTIONS, *python_files], "ruff", work_dir)
        _add_headers(tree, header)
        # Formatting after the header is added makes the files exactly what `ruff format` wants;
        # formatting never moves the header's comment lines away from the top.
        _run_tool("ruff format", [*RUFF_FORMAT_OPTIONS, *python_files], "ruff", work_dir)
        _check_headers(tree, header)
        shutil.copytree(tree, destination)


def _load_spec(spec: Path) -> dict[str, Any]:
    try:
        document = yaml.safe_load(spec.read_text(encoding="utf-8"))
    except yaml.YAMLError as error:
        raise GenerationError(f"{display_path(spec)} is not valid YAML: {error}") from error
    if not isinstance(document, dict):
        raise GenerationError(f"{display_path(spec)} is not an OpenAPI document")
    return document


def read_tree(root: Path) -> dict[str, bytes]:
    """All files under `root` by relative POSIX path, byte-code caches left out."""
    if not root.is_dir():
        return {}
    files: dict[str, bytes] = {}
    for path in sorted(root.rglob("*")):
        relative = path.relative_to(root)
        if _CACHE_DIR_NAME in relative.parts or not path.is_file():
            continue
        files[relative.as_posix()] = path.read_bytes()
    return files


def diff_trees(current: Mapping[str, bytes], expected: Mapping[str, bytes]) -> TreeDiff:
    """Compare an output folder's files (`current`) with freshly generated ones (`expected`)."""
    added = tuple(sorted(expected.keys() - current.keys()))
    removed = tuple(sorted(current.keys() - expected.keys()))
    changed = tuple(
        sorted(name for name in current.keys() & expected.keys() if current[name] != expected[name])
    )
    chunks: list[str] = []
    for name in sorted({*added, *removed, *changed}):
        old = current.get(name)
        new = expected.get(name)
        chunks.extend(
            difflib.unified_diff(
                _lines(old),
                _lines(new),
                fromfile="/dev/null" if old is None else f"a/{name}",
                tofile="/dev/null" if new is None else f"b/{name}",
            )
        )
    return TreeDiff(added=added, removed=removed, changed=changed, unified_diff="".join(chunks))


def replace_tree(output: Path, files: Mapping[str, bytes]) -> TreeDiff:
    """Make `output` hold exactly `files`: write what changed, delete everything else.

    Refuses (before touching anything) when `output` holds a file the generator did not write, so
    that a wrong --output cannot wipe a folder of hand-written files.
    """
    if output.exists() and not output.is_dir():
        raise GenerationError(f"{display_path(output)} is not a folder")
    current = read_tree(output)
    foreign = sorted(name for name, content in current.items() if not _is_generated(content))
    if foreign:
        listing = "\n".join(f"  {name}" for name in foreign[:20])
        more = f"\n  ... and {len(foreign) - 20} more" if len(foreign) > 20 else ""
        raise GenerationError(
            f"refusing to replace {display_path(output)}/: these files were not written by the "
            f"generator (no '{HEADER_PREFIX.strip()}' header):\n{listing}{more}"
        )
    difference = diff_trees(current, files)
    output.mkdir(parents=True, exist_ok=True)
    for cache_dir in sorted(output.rglob(_CACHE_DIR_NAME), reverse=True):
        if cache_dir.is_dir():
            shutil.rmtree(cache_dir)
    for name in difference.removed:
        (output / name).unlink()
    for name in (*difference.added, *difference.changed):
        target = output / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(files[name])
    # Deepest first, so a folder emptied by removing its subfolders goes too.
    for directory in sorted(output.rglob("*"), key=lambda path: len(path.parts), reverse=True):
        if directory.is_dir() and not any(directory.iterdir()):
            directory.rmdir()
    return difference


def generate(spec: Path = DEFAULT_SPEC, output: Path = DEFAULT_OUTPUT) -> TreeDiff:
    """Regenerate `output` from `spec`; returns what changed."""
    with tempfile.TemporaryDirectory(prefix="paragon-generated-") as fresh_name:
        fresh = Path(fresh_name) / "generated"
        generate_tree(spec, fresh)
        return replace_tree(output, read_tree(fresh))


def check(spec: Path = DEFAULT_SPEC, output: Path = DEFAULT_OUTPUT) -> TreeDiff:
    """Generate from `spec` into a temporary folder and compare with `output`, changing nothing."""
    with tempfile.TemporaryDirectory(prefix="paragon-generated-") as fresh_name:
        fresh = Path(fresh_name) / "generated"
        generate_tree(spec, fresh)
        return diff_trees(read_tree(output), read_tree(fresh))


def _run_openapi_python_client(spec: Path, package_dir: Path, work_dir: Path) -> None:
    arguments = [
        "generate",
        f"--path={spec}",
        "--meta=none",
        f"--output-path={package_dir}",
        f"--config={CLIENT_CONFIG}",
        f"--custom-template-path={CLIENT_TEMPLATES}",
        "--fail-on-warning",
    ]
    _run_tool("openapi-python-client", arguments, "openapi_python_client", work_dir)


def _run_datamodel_codegen(spec: Path, package_dir: Path, header: str, work_dir: Path) -> None:
    package_dir.mkdir()
    arguments = [
        *DATAMODEL_CODEGEN_OPTIONS,
        # Replaces its own header, which names the input file.
        f"--custom-file-header={header.rstrip()}",
        f"--input={spec}",
        f"--output={package_dir / '__init__.py'}",
    ]
    result = _run_tool("datamodel-codegen", arguments, "datamodel_code_generator", work_dir)
    # It reports problems it works around (an unsupported keyword, a name clash, ...) as warnings
    # and still exits 0; the models would then silently differ from the spec.
    if result.stderr.strip():
        raise GenerationError(
            "datamodel-codegen wrote warnings; fix the spec or the options in "
            "generator/driver.py:\n" + result.stderr.rstrip()
        )


def _run_tool(
    label: str, arguments: Sequence[str], module: str, work_dir: Path
) -> subprocess.CompletedProcess[str]:
    """Run `python -m module` with the current interpreter, so PATH does not matter."""
    command = [sys.executable, "-m", module, *arguments]
    result = subprocess.run(
        command,
        cwd=work_dir,
        env=_tool_environment(),
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors="replace",
        check=False,
    )
    if result.returncode != 0:
        output = "\n".join(part.rstrip() for part in (result.stdout, result.stderr) if part.strip())
        raise GenerationError(f"{label} failed (exit code {result.returncode}):\n{output}")
    return result


def _tool_environment() -> dict[str, str]:
    """Return the tools' environment, without the settings that could change their output."""
    environment = {
        name: value
        for name, value in os.environ.items()
        if not name.startswith(("PYTHON", "RUFF_"))
    }
    environment.update(
        # Any set or dict ordered by string hashes comes out the same on every run.
        PYTHONHASHSEED="0",
        # Reading and writing files does not depend on the locale.
        PYTHONUTF8="1",
        # Messages without colour codes or terminal-width wrapping.
        NO_COLOR="1",
        TERM="dumb",
        COLUMNS="120",
    )
    return environment


def _add_headers(tree: Path, header: str) -> None:
    for path in sorted(tree.rglob("*")):
        if not path.is_file():
            continue
        text = path.read_text(encoding="utf-8")
        if not text.startswith(header):
            path.write_text(header + text, encoding="utf-8")


def _check_headers(tree: Path, header: str) -> None:
    missing = [
        path.relative_to(tree).as_posix()
        for path in sorted(tree.rglob("*"))
        if path.is_file() and not path.read_text(encoding="utf-8").startswith(header)
    ]
    if missing:
        raise GenerationError("generated files lost their header:\n" + "\n".join(missing))


def _is_generated(content: bytes) -> bool:
    return content.startswith(HEADER_PREFIX.encode())


def _lines(content: bytes | None) -> list[str]:
    if content is None:
        return []
    lines = content.decode("utf-8", errors="replace").splitlines(keepends=True)
    if lines and not lines[-1].endswith("\n"):
        lines[-1] += "\n\\ No newline at end of file\n"
    return lines
