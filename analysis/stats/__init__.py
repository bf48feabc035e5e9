"""Analyses: observations, scaling fits, meta-analysis and diagnostics (pure: no disk reads)."""
