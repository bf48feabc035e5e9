"""Cluster-robust (sandwich) variances: CR2 with Satterthwaite df, and CR1 with t(G − 1).

The CR2 estimator and its degrees of freedom follow Pustejovsky & Tipton (2018, JBES 36:672)
as implemented by clubSandwich 0.5.8 (vcovCR / coef_test / linear_contrast) for rma.mv and
rma.uni fits: working model = the fitted marginal covariance M, weights W = M⁻¹ (the
"inverse_var" case), no augmented design.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from analysis.stats.meta.errors import MetaSpecError

# Eigenvalues at or below EIG_RTOL × the largest are treated as 0 in B^(-1/2). clubSandwich
# uses an absolute 1e-12, which is scale dependent: with scores in points (M ~ 1e2, B ~ 1e5)
# the exact zeros of a singular I − H_jj come out as rounding noise ~1e-10 and get inverted.
# A relative cut-off gives clubSandwich's answer on any scale where its own cut works.
EIG_RTOL = 1e-10


@dataclass(frozen=True)
class RobustVcov:
    """A cluster-robust covariance of the coefficients and what its df need."""

    kind: str  # "CR2" or "CR1"
    vcov: np.ndarray
    n_clusters: int
    G: tuple[np.ndarray, ...]  # per cluster (p × n_j): B E_j L_j (Satterthwaite only)
    H: np.ndarray  # (J, p, p): B E_j X_j C with C C' = B (Satterthwaite only)

    def se(self, c: np.ndarray) -> float:
        return float(np.sqrt(c @ self.vcov @ c))

    def df(self, c: np.ndarray) -> float:
        """Degrees of freedom of the linear combination c'β."""
        if self.kind == "CR1":
            return float(self.n_clusters - 1)
        return satterthwaite_df(self, c)


def satterthwaite_df(rv: RobustVcov, c: np.ndarray) -> float:
    """Satterthwaite df of c'β under the working model (clubSandwich's P-array form).

    With g_j = c'G_j and h_j = c'H_j, P = diag(|g_j|²) − [h_j·h_k]; E = tr P, Var = 2 |P|²_F,
    df = 2 E² / Var.
    """
    gg = np.array([float(np.sum((c @ g) ** 2)) for g in rv.G])
    h = np.einsum("p,jpq->jq", c, rv.H)
    P = np.diag(gg) - h @ h.T
    return float(np.trace(P) ** 2 / np.sum(P**2))


def _inv_sqrt(m: np.ndarray) -> np.ndarray:
    vals, vecs = np.linalg.eigh(0.5 * (m + m.T))
    cut = EIG_RTOL * max(float(vals.max(initial=0.0)), np.finfo(float).tiny)
    inv = np.where(vals > cut, 1.0 / np.sqrt(np.where(vals > cut, vals, 1.0)), 0.0)
    return (vecs * inv) @ vecs.T


def check_nesting(levels: tuple[np.ndarray, ...], cluster: np.ndarray) -> None:
    """Every random-effect group must lie inside one cluster (else M has cross-cluster terms)."""
    for depth, codes in enumerate(levels):
        spans = {}
        for g, c in zip(codes, cluster, strict=True):
            if spans.setdefault(g, c) != c:
                raise MetaSpecError(f"random-effect level {depth + 1} is not nested within the "
                                    f"robust clustering variable (a group spans two clusters)")


def cluster_cov(v: np.ndarray, levels: tuple[np.ndarray, ...], sigma2: np.ndarray,
                idx: np.ndarray) -> np.ndarray:
    """The block of the fitted marginal covariance M for rows idx."""
    M = np.diag(v[idx]).astype(float)
    for s2, codes in zip(sigma2, levels, strict=True):
        M += s2 * (codes[idx][:, None] == codes[idx][None, :])
    return M


def _cr2_adjustment(Xj, Wj, Mj, B) -> np.ndarray:
    """A_j = U' (U (I − X_j B X_j' W_j) M_j U')^(-1/2) U with M_j = U'U (clubSandwich CR2)."""
    U = np.linalg.cholesky(Mj).T
    ih = np.eye(len(Mj)) - Xj @ B @ Xj.T @ Wj
    return U.T @ _inv_sqrt(U @ ih @ Mj @ U.T) @ U


def cluster_robust(y: np.ndarray, X: np.ndarray, v: np.ndarray, levels: tuple[np.ndarray, ...],
                   sigma2: np.ndarray, beta: np.ndarray, cluster: np.ndarray, *,
                   kind: str = "CR2") -> RobustVcov:
    """CR2 (or CR1) sandwich of the GLS coefficients, clustered by integer codes `cluster`."""
    if kind not in ("CR2", "CR1"):
        raise MetaSpecError(f"robust variance kind must be CR2 or CR1, got {kind!r}")
    check_nesting(levels, cluster)
    groups = [np.flatnonzero(cluster == g) for g in np.unique(cluster)]
    J = len(groups)
    if J < 2:
        raise MetaSpecError("cluster-robust variances need at least two clusters")
    blocks = []
    for idx in groups:
        Mj = cluster_cov(v, levels, sigma2, idx)
        blocks.append((idx, Mj, np.linalg.inv(Mj)))
    B = np.linalg.inv(sum(X[idx].T @ Wj @ X[idx] for idx, _, Wj in blocks))
    meat = np.zeros_like(B)
    G, H = [], []
    C = np.linalg.cholesky(B)
    for idx, Mj, Wj in blocks:
        Xj = X[idx]
        if kind == "CR2":
            Ej = Xj.T @ Wj @ _cr2_adjustment(Xj, Wj, Mj, B)
            G.append(B @ Ej @ np.linalg.cholesky(Mj))
            H.append(B @ Ej @ Xj @ C)
        else:  # CR1: the plain sandwich times J/(J − 1)
            Ej = np.sqrt(J / (J - 1.0)) * (Xj.T @ Wj)
        u = Ej @ (y[idx] - Xj @ beta)
        meat += np.outer(u, u)
    vcov = B @ meat @ B
    return RobustVcov(kind=kind, vcov=0.5 * (vcov + vcov.T), n_clusters=J, G=tuple(G),
                      H=np.array(H) if H else np.zeros((0, len(beta), len(beta))))
