"""Statistical engines of reasonscale (meta-analysis of benchmark claims)."""
