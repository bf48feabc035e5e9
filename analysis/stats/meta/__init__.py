"""Meta-analysis engine: multilevel random-effects meta-regression with robust inference."""
