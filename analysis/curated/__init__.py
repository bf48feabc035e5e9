"""Curated inputs (benchmarks, model registry, claim overrides), table schemas and table loading."""
