"""Decode (figure 3): 10,000 credentials from JSON bytes to models.

Three ways from the same bytes: the generated attrs models (``json.loads`` then
``Credential.from_dict`` for each item, what the client does), the pydantic models of
``paragon_models`` (``TypeAdapter(list[Credential]).validate_json``), and ``json.loads`` alone,
the floor. The target compares attrs with pydantic.

    python -m tests.benchmarks.bench_decode [--quick]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from ._payloads import credentials
from ._report import Figure, Settings, figure, standalone
from ._timing import compare

__all__ = ["run"]


def run(settings: Settings, work_dir: Path | None = None) -> list[Figure]:
    """attrs ÷ pydantic (the target) and attrs ÷ json.loads (the floor)."""
    import paragon_models
    from paragon_connect_api.models.credential import Credential
    from pydantic import TypeAdapter

    count = settings.scale(10_000, 1_000)
    body = json.dumps(credentials(count)).encode()
    adapter = TypeAdapter(list[paragon_models.Credential])
    from_dict = Credential.from_dict

    def attrs_models() -> object:
        return [from_dict(item) for item in json.loads(body)]

    def pydantic_models() -> object:
        return adapter.validate_json(body)

    def json_only() -> object:
        return json.loads(body)

    repetitions = settings.scale(15, 2)
    versus_pydantic = compare(
        attrs_models, pydantic_models, repetitions=repetitions, inner=1, warmup=1
    )
    versus_json = compare(attrs_models, json_only, repetitions=repetitions, inner=1, warmup=1)
    pydantic_json = compare(pydantic_models, json_only, repetitions=repetitions, inner=1, warmup=1)
    per_item = 1e6 / count
    return [
        figure(
            "3",
            f"decode {count:,} credentials: attrs from_dict vs pydantic",
            versus_pydantic,
            scale=per_item,
            unit="µs/item",
            baseline="pydantic validate_json",
            limit=1.0,
        ),
        figure(
            "3",
            f"decode {count:,} credentials: attrs from_dict vs json.loads",
            versus_json,
            scale=per_item,
            unit="µs/item",
            baseline="json.loads alone",
        ),
        figure(
            "3",
            f"decode {count:,} credentials: pydantic vs json.loads",
            pydantic_json,
            scale=per_item,
            unit="µs/item",
            baseline="json.loads alone",
        ),
    ]


def main(argv: list[str] | None = None) -> int:
    """Run the decode benchmark alone and print its figures."""
    return standalone("bench_decode", run, argv)


if __name__ == "__main__":
    sys.exit(main())
