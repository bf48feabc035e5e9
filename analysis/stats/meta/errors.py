"""Errors raised by the meta-analysis engine (all are product errors: the CLI exits 2)."""

from __future__ import annotations

from analysis.errors import InsufficientDataError, ReasonscaleError

__all__ = ["ConvergenceError", "InsufficientDataError", "MetaSpecError", "SingularDesignError"]


class MetaSpecError(ReasonscaleError, ValueError):
    """A model specification that cannot be fitted: unknown columns, bad options, bad values."""


class SingularDesignError(MetaSpecError):
    """The moderator design matrix is rank deficient; the message names the collinear terms."""

    def __init__(self, terms: list[str], detail: str = ""):
        self.terms = list(terms)
        extra = f" ({detail})" if detail else ""
        super().__init__("design matrix is singular: collinear terms "
                         + ", ".join(self.terms) + extra)


class ConvergenceError(ReasonscaleError):
    """Variance components did not converge and the caller asked not to go on regardless."""
