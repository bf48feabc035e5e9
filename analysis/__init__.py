"""reasonscale: meta-analysis of reasoning-benchmark claims against model scale."""

__version__ = "0.1.0"
