"""ActionKit tools (figure 8): 500 tools from listTools' JSON bytes to OpenAI function tools.

What ``paragon.tools.list()`` then ``[tool.to_openai() for tool in tools]`` costs an agent once
the bytes are in: the client's decoder (``json.loads`` and the generated ``ToolList.from_dict``,
as the operation runs them, which keeps each tool's schema as decoded JSON), the ``Tool``
objects (``tools_from_list``, what the plan returns) and the OpenAI format (``to_openai``, which
shares each tool's schema rather than copying it). The baseline is ``json.loads`` of the
same bytes, the least any client does; two more rows split the time between the decoding and
the conversion, each against the same baseline. The tools are the mock's catalogue
(``listTools`` with ``limit_to_available=false``, every integration's), repeated under fresh
names up to 500.

    python -m tests.benchmarks.bench_tools [--quick]
"""

from __future__ import annotations

import asyncio
import copy
import json
import sys
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

import httpx
from paragon_mock import DEFAULT_PROJECT_ID, create_app, dev_token

from ._report import Figure, Settings, figure, standalone
from ._timing import Comparison, compare

__all__ = ["run", "tool_list_body"]

TOOLS = 500


async def _catalogue() -> dict[str, list[dict[str, Any]]]:
    transport = httpx.ASGITransport(app=create_app(seed=1))
    headers = {"Authorization": f"Bearer {dev_token('xyz', ttl=3600)}"}
    async with httpx.AsyncClient(
        transport=transport, base_url="http://mock", headers=headers
    ) as client:
        answer = await client.get(
            f"/projects/{DEFAULT_PROJECT_ID}/tools", params={"limit_to_available": "false"}
        )
    answer.raise_for_status()
    tools: dict[str, list[dict[str, Any]]] = answer.json()["tools"]
    return tools


@cache
def tool_list_body(count: int = TOOLS) -> bytes:
    """A listTools answer (json_schema format) of ``count`` tools, as the bytes Paragon sends."""
    catalogue = asyncio.run(_catalogue())
    every = [(integration, tool) for integration, tools in catalogue.items() for tool in tools]
    by_integration: dict[str, list[dict[str, Any]]] = {}
    for index in range(count):
        integration, tool = every[index % len(every)]
        copied = copy.deepcopy(tool)
        if index >= len(every):
            copied["function"]["name"] += f"_{index // len(every)}"
        by_integration.setdefault(integration, []).append(copied)
    return json.dumps({"tools": by_integration, "errors": []}).encode()


def run(settings: Settings, work_dir: Path | None = None) -> list[Figure]:
    """listTools' bytes to OpenAI tools, against ``json.loads`` of the same bytes."""
    from paragon_connect._core.actionkit import tools_from_list
    from paragon_connect_api.models.tool_list import ToolList

    count = settings.scale(TOOLS, 100)
    body = tool_list_body(count)
    from_dict = ToolList.from_dict

    def tools_to_openai() -> object:
        tools = tools_from_list(from_dict(json.loads(body)))
        return [tool.to_openai() for tool in tools]

    def json_only() -> object:
        return json.loads(body)

    decoded = tools_from_list(from_dict(json.loads(body)))
    assert len(decoded) == count

    def tools_only() -> object:
        return tools_from_list(from_dict(json.loads(body)))

    def openai_only() -> object:
        return [tool.to_openai() for tool in decoded]

    def timed(ours: Callable[[], object]) -> Comparison:
        return compare(
            ours,
            json_only,
            repetitions=settings.scale(15, 2),
            inner=settings.scale(3, 1),
            warmup=1,
        )

    per_tool = 1e6 / count
    return [
        figure(
            "8",
            f"{count} ActionKit tools: listTools bytes to OpenAI tools",
            timed(tools_to_openai),
            scale=per_tool,
            unit="µs/tool",
            baseline="json.loads alone",
            limit=2.0,
        ),
        figure(
            "8",
            f"{count} ActionKit tools: the bytes to Tool objects (decoder, Tool)",
            timed(tools_only),
            scale=per_tool,
            unit="µs/tool",
            baseline="json.loads alone",
        ),
        figure(
            "8",
            f"{count} ActionKit tools: Tool objects to OpenAI tools (to_openai)",
            timed(openai_only),
            scale=per_tool,
            unit="µs/tool",
            baseline="json.loads alone",
        ),
    ]


def main(argv: list[str] | None = None) -> int:
    """Run the tools benchmark alone and print its figure."""
    return standalone("bench_tools", run, argv)


if __name__ == "__main__":
    sys.exit(main())
