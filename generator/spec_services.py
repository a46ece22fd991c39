"""One spec per Paragon service, derived from ``spec/paragon.yaml``, for stock generators.

Paragon serves its API from four hosts: zeus (the REST API), hermes (App Events and workflow
triggers), the proxy and actionkit (ActionKit's Tools and Triggers). The source spec says so
with per-operation ``servers``, which stock generators ignore or take literally:
openapi-generator's ``python`` sends hermes calls to ``https://hermes.{host}`` with the braces,
``typescript-fetch`` sends them to zeus. Every generator honours a document's top-level
``servers``, so each service gets its own document:

- ``spec/services/paragon-<service>.yaml`` holds that service's operations only, with the
  service's server (and its variables) at the top and no per-operation ``servers``;
- components are kept when the service's operations reach them (through ``$ref``, transitively),
  plus the security schemes; tags, when an operation uses them; response ``links`` to an
  operation of another service are dropped, as they would point nowhere;
- ``info.title`` names the service; ``info.version`` is the source's.

A generated client per service is then configured with one base URL each: Paragon's cloud
(``https://zeus.useparagon.com``, ``https://hermes.useparagon.com``,
``https://proxy.useparagon.com``, ``https://actionkit.useparagon.com``), an on-premise instance,
or the same URL for every service for the local mock, which serves every service on one port.
Why not one document with one base URL: on Paragon's cloud the services are separate hosts, and
a client that sends events to zeus fails there however well it works against the mock. Why not
server variables: no stock generator substitutes variables of per-operation servers.

The files are committed, so a team can feed one to its generator without running anything;
``nox -s generate`` rewrites them and ``nox -s drift`` fails when they differ from what the
source spec gives. Run ``python -m generator.spec_services [--check]``.
"""

from __future__ import annotations

import argparse
import copy
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Final

import yaml

from generator.spec_lint import DEFAULT_SPEC, HTTP_METHODS, REPO_ROOT, load_spec

SERVICES_DIR: Final = REPO_ROOT / "spec" / "services"
# The service of an operation without its own ``servers``: the document's first server, zeus.
DEFAULT_SERVICE: Final = "zeus"
HEADER: Final = (
    "# Derived from spec/paragon.yaml by `python -m generator.spec_services`; do not edit.\n"
    "# One Paragon service's operations, with that service's server at the top, for stock\n"
    "# generators (see generator/spec_services.py and the README).\n"
)


def service_of(server_url: str) -> str:
    """The service a server URL belongs to: the part of its host before the base host."""
    host = server_url.split("://", 1)[-1]
    first = host.split(".", 1)[0]
    # ``api.useparagon.com`` is zeus by the name the REST reference uses; the proxy's and
    # ActionKit's subdomains are variables (``proxy`` and ``actionkit`` on the cloud,
    # ``worker-proxy`` and ``worker-actionkit`` on-premise).
    aliases = {"api": "zeus", "{proxySubdomain}": "proxy", "{actionkitSubdomain}": "actionkit"}
    return aliases.get(first, first)


def _operations(spec: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any], str]]:
    """Every operation: its path, method, object and service."""
    for path, item in spec["paths"].items():
        for method in HTTP_METHODS:
            operation = item.get(method)
            if operation is None:
                continue
            servers = operation.get("servers") or item.get("servers")
            service = DEFAULT_SERVICE if not servers else service_of(servers[0]["url"])
            yield path, method, operation, service


def services(spec: dict[str, Any]) -> list[str]:
    """The services the spec's operations use, in the order of its top-level servers."""
    used = {service for _, _, _, service in _operations(spec)}
    ordered = [service_of(server["url"]) for server in spec["servers"]]
    return [name for name in dict.fromkeys(ordered) if name in used]


def _refs(node: Any) -> Iterator[str]:
    """Every ``$ref`` value in a node, at any depth."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "$ref" and isinstance(value, str):
                yield value
            else:
                yield from _refs(value)
    elif isinstance(node, list):
        for value in node:
            yield from _refs(value)


def _reachable(spec: dict[str, Any], roots: Any) -> set[tuple[str, str]]:
    """The (section, name) of every component that ``roots`` reach, following refs through."""
    found: set[tuple[str, str]] = set()
    pending = list(_refs(roots))
    while pending:
        ref = pending.pop()
        parts = ref.removeprefix("#/components/").split("/")
        if not ref.startswith("#/components/") or len(parts) != 2:
            raise ValueError(f"the spec has a $ref this derivation cannot follow: {ref}")
        key = (parts[0], parts[1])
        if key in found:
            continue
        found.add(key)
        pending.extend(_refs(spec["components"][key[0]][key[1]]))
    return found


def _drop_foreign_links(operation: dict[str, Any], kept: set[str]) -> None:
    for response in operation.get("responses", {}).values():
        links = response.get("links") if isinstance(response, dict) else None
        if not links:
            continue
        for name in [n for n, link in links.items() if link.get("operationId") not in kept]:
            del links[name]
        if not links:
            del response["links"]


def derive(spec: dict[str, Any], service: str) -> dict[str, Any]:
    """The document of one service (the source spec is not changed)."""
    source = copy.deepcopy(spec)
    paths: dict[str, Any] = {}
    kept: set[str] = set()
    for path, method, operation, owner in _operations(source):
        if owner != service:
            continue
        item = paths.setdefault(path, {})
        shared = {k: v for k, v in source["paths"][path].items() if k not in HTTP_METHODS}
        shared.pop("servers", None)
        for key, value in shared.items():
            item.setdefault(key, value)
        operation.pop("servers", None)
        item[method] = operation
        kept.add(operation["operationId"])
    for item in paths.values():
        for method in HTTP_METHODS:
            if method in item:
                _drop_foreign_links(item[method], kept)
    components = source.get("components", {})
    security = {"securitySchemes": components.get("securitySchemes", {})}
    reachable = _reachable(source, [paths, security])
    derived_components: dict[str, Any] = {}
    for section, entries in components.items():
        keep = {
            name: value
            for name, value in entries.items()
            if section == "securitySchemes" or (section, name) in reachable
        }
        if keep:
            derived_components[section] = keep
    servers = [s for s in source["servers"] if service_of(s["url"]) == service]
    used_tags = {
        tag
        for item in paths.values()
        for m in HTTP_METHODS
        for tag in item.get(m, {}).get("tags", [])
    }
    info = dict(source["info"])
    info["title"] = f"{source['info']['title']}: {service}"
    document: dict[str, Any] = {}
    for key, value in source.items():
        if key == "info":
            document["info"] = info
        elif key == "servers":
            document["servers"] = servers
        elif key == "tags":
            document["tags"] = [tag for tag in value if tag["name"] in used_tags]
        elif key == "paths":
            document["paths"] = paths
        elif key == "components":
            document["components"] = derived_components
        else:
            document[key] = value
    return document


class _Dumper(yaml.SafeDumper):
    """Block style for text with line breaks, so descriptions read as in the source."""


def _str(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _str)


def render(document: dict[str, Any]) -> str:
    """The YAML text of a derived document, stable from run to run."""
    body = yaml.dump(
        document, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100, indent=2
    )
    return HEADER + body


def expected_files(spec_path: Path = DEFAULT_SPEC) -> dict[Path, str]:
    """Every derived file and its text."""
    spec = load_spec(spec_path)
    return {
        SERVICES_DIR / f"paragon-{service}.yaml": render(derive(spec, service))
        for service in services(spec)
    }


def main(argv: list[str] | None = None) -> int:
    """Write the per-service specs, or with ``--check`` report any that is out of date."""
    parser = argparse.ArgumentParser(prog="python -m generator.spec_services")
    parser.add_argument("spec", nargs="?", type=Path, default=DEFAULT_SPEC)
    parser.add_argument("--check", action="store_true", help="fail if a file is out of date")
    arguments = parser.parse_args(argv)
    files = expected_files(arguments.spec)
    if arguments.check:
        stale = [
            path
            for path, text in files.items()
            if not path.exists() or path.read_text(encoding="utf-8") != text
        ]
        extra = sorted(set(SERVICES_DIR.glob("*.yaml")) - set(files))
        for path in [*stale, *extra]:
            print(f"{path.relative_to(REPO_ROOT)} is out of date: run nox -s generate")
        return 1 if stale or extra else 0
    SERVICES_DIR.mkdir(parents=True, exist_ok=True)
    for path in set(SERVICES_DIR.glob("*.yaml")) - set(files):
        path.unlink()
    for path, text in files.items():
        path.write_text(text, encoding="utf-8")
        print(f"wrote {path.relative_to(REPO_ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
