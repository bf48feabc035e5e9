"""Developer tools outside the product path: the benchmark harness and synthetic corpora."""
