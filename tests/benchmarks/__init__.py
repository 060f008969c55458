"""Benchmarks: a synthetic-data generator and the benchmark command (not part of `pytest`).

    python -m tests.benchmarks.generate --out /tmp/big.consulta
    python -m tests.benchmarks.run_benchmarks [--scale small|default]
"""
