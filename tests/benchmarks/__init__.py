"""Benchmarks: run as modules (``python -m tests.benchmarks.bench_mock``), never by pytest."""
