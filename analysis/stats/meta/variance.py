"""REML / ML estimation of the variance components of a (multilevel) meta-analytic model.

The marginal covariance is M = diag(v) + Σ_l σ²_l Z_l Z_l' with Z_l the indicator matrix of
level l's groups. Estimates maximise the (restricted) log-likelihood exactly as metafor writes
it (rma.uni / rma.mv, including REML's +½ log|X'X| constant), so log-likelihoods and AICs are
comparable with metafor's.

M is block diagonal by the outermost random factor, so all algebra runs on a stack of small
padded blocks (J × s × s): fast, and it never calls multi-threaded BLAS on a k × k matrix
(whose thread start-up dominates at these sizes).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

import numpy as np
from scipy import optimize

log = logging.getLogger(__name__)

LOG2PI = float(np.log(2.0 * np.pi))
SCORE_TOL = 1e-12  # Newton decrement (score' I⁻¹ score, in log-lik units) at convergence
BOUNDARY_TOL = 1e-6  # a component at 0 is optimal if its information-scaled score is below this
MAX_ITER = 200  # Fisher-scoring iterations of the final polish


@dataclass(frozen=True)
class Blocks:
    """Data of a fit stacked by independent block; padding rows have v = 1 and y = X = 0."""

    y: np.ndarray  # (J, s)
    X: np.ndarray  # (J, s, p)
    v: np.ndarray  # (J, s)
    zz: tuple[np.ndarray, ...]  # per level (J, s, s): 1 where two rows share a group
    pos: np.ndarray  # (J, s) original row position, -1 for padding
    logdet_xtx: float  # log |X'X| (REML constant)

    @property
    def k(self) -> int:
        return int((self.pos >= 0).sum())

    @property
    def p(self) -> int:
        return int(self.X.shape[2])

    def unstack(self, values: np.ndarray) -> np.ndarray:
        """(J, s) block values back to the original row order."""
        out = np.empty(self.k)
        keep = self.pos >= 0
        out[self.pos[keep]] = values[keep]
        return out


@dataclass(frozen=True)
class Profile:
    """The model at fixed variance components: GLS estimates and the log-likelihood."""

    ll: float
    beta: np.ndarray
    vb: np.ndarray  # (X' W X)⁻¹
    W: np.ndarray  # (J, s, s) blocks of M⁻¹
    U: np.ndarray  # (J, s, p) blocks of W X
    Py: np.ndarray  # (J, s) P y = W (y − X β)
    rss: float  # (y − Xβ)' W (y − Xβ)


@dataclass(frozen=True)
class VarianceFit:
    """Estimated components with how the optimisation went."""

    sigma2: np.ndarray
    ll: float
    converged: bool
    message: str
    iterations: int


def make_blocks(y: np.ndarray, X: np.ndarray, v: np.ndarray,
                levels: tuple[np.ndarray, ...]) -> Blocks:
    """Stack rows by the outermost random factor (one row per block without random effects)."""
    k, p = X.shape
    outer = levels[0] if levels else np.arange(k)
    groups = [np.flatnonzero(outer == g) for g in np.unique(outer)]
    J, s = len(groups), max(len(g) for g in groups)
    pos = np.full((J, s), -1)
    for j, g in enumerate(groups):
        pos[j, :len(g)] = g
    keep = pos >= 0
    yb, vb_, Xb = np.zeros((J, s)), np.ones((J, s)), np.zeros((J, s, p))
    yb[keep], vb_[keep], Xb[keep] = y[pos[keep]], v[pos[keep]], X[pos[keep]]
    zz = []
    for codes in levels:
        cb = np.where(keep, np.where(keep, codes[np.maximum(pos, 0)], -1), -1)
        same = (cb[:, :, None] == cb[:, None, :]) & keep[:, :, None] & keep[:, None, :]
        zz.append(same.astype(float))
    logdet_xtx = float(np.linalg.slogdet(X.T @ X)[1])
    return Blocks(y=yb, X=Xb, v=vb_, zz=tuple(zz), pos=pos, logdet_xtx=logdet_xtx)


def block_cov(b: Blocks, sigma2: np.ndarray) -> np.ndarray:
    """(J, s, s) blocks of M = diag(v) + Σ σ²_l Z_l Z_l'."""
    s = b.v.shape[1]
    M = b.v[:, :, None] * np.eye(s)[None, :, :]
    for s2, z in zip(sigma2, b.zz, strict=True):
        M = M + s2 * z
    return M


def profile(b: Blocks, sigma2: np.ndarray, *, reml: bool) -> Profile:
    """GLS fit and (restricted) log-likelihood at the given components."""
    M = block_cov(b, sigma2)
    L = np.linalg.cholesky(M)
    W = np.linalg.inv(M)
    U = W @ b.X
    xwx = np.einsum("jsp,jsq->pq", b.X, U)
    vb = np.linalg.inv(xwx)
    vb = 0.5 * (vb + vb.T)
    beta = vb @ np.einsum("jsp,js->p", U, b.y)
    resid = b.y - b.X @ beta
    Py = np.einsum("jst,jt->js", W, resid)
    rss = float(np.sum(resid * Py))
    logdet_m = 2.0 * float(np.log(np.diagonal(L, axis1=1, axis2=2)).sum())
    k, p = b.k, b.p
    if reml:
        logdet_xwx = float(np.linalg.slogdet(xwx)[1])
        ll = -0.5 * ((k - p) * LOG2PI - b.logdet_xtx + logdet_m + logdet_xwx + rss)
    else:
        ll = -0.5 * (k * LOG2PI + logdet_m + rss)
    return Profile(ll=ll, beta=beta, vb=vb, W=W, U=U, Py=Py, rss=rss)


def score_information(b: Blocks, prof: Profile, *, reml: bool) -> tuple[np.ndarray, np.ndarray]:
    """Score and expected information of the components (Harville 1977).

    REML works with P = W − U vb U' (U = W X); its traces are expanded blockwise:
    tr(P A) = tr(W A) − tr(vb U'A U) and
    tr(P A P B) = tr(WAWB) − 2 tr(vb U'B W A U) + tr(vb U'AU vb U'BU).
    """
    WZ = [prof.W @ z for z in b.zz]
    # Two-operand einsums after a batched matmul: numpy's three-operand einsum runs an
    # unoptimised loop (about 10x slower on these shapes; same sums to 1e-13).
    UZU = [np.einsum("jsp,jsq->pq", prof.U, z @ prof.U) for z in b.zz]
    n = len(b.zz)
    score = np.empty(n)
    for i, z in enumerate(b.zz):
        quad = float(np.einsum("js,jst,jt->", prof.Py, z, prof.Py))
        trace = float(np.trace(WZ[i], axis1=1, axis2=2).sum())
        if reml:
            trace -= float(np.sum(prof.vb * UZU[i]))
        score[i] = -0.5 * trace + 0.5 * quad
    info = np.empty((n, n))
    for i in range(n):
        for j in range(i, n):
            t = float(np.einsum("jab,jba->", WZ[i], WZ[j]))
            if reml:
                cross = np.einsum("jsp,jsq->pq", prof.U, b.zz[j] @ WZ[i] @ prof.U)
                t += -2.0 * float(np.sum(prof.vb * cross.T)) + float(
                    np.trace(prof.vb @ UZU[i] @ prof.vb @ UZU[j]))
            info[i, j] = info[j, i] = 0.5 * t
    return score, info


def safe_ll(b: Blocks, sigma2: np.ndarray, *, reml: bool) -> float:
    """The log-likelihood, or −inf where M or X'WX is not positive definite."""
    try:
        return profile(b, sigma2, reml=reml).ll
    except np.linalg.LinAlgError:
        return -np.inf


def _kkt(score: np.ndarray, info: np.ndarray, free: np.ndarray, held: np.ndarray) -> float:
    """How far from a (boundary) maximum: Newton decrement inside, scaled score at 0."""
    scaled = score / np.sqrt(np.maximum(np.diag(info), 1e-300))
    at_zero = ~free & ~held
    worst = float(scaled[at_zero].max()) if at_zero.any() else -np.inf
    if worst > BOUNDARY_TOL:
        return np.inf
    if not free.any():
        return 0.0
    sub = info[np.ix_(free, free)]
    return float(score[free] @ np.linalg.lstsq(sub, score[free], rcond=None)[0])


def fisher_scoring(b: Blocks, start: np.ndarray, *, reml: bool, held: np.ndarray,
                   max_iter: int = MAX_ITER) -> VarianceFit:
    """Projected Fisher scoring with step halving; components in `held` stay where they are."""
    s2 = np.maximum(np.asarray(start, float), 0.0)
    ll = safe_ll(b, s2, reml=reml)
    crit = np.inf
    for it in range(1, max_iter + 1):
        prof = profile(b, s2, reml=reml)
        score, info = score_information(b, prof, reml=reml)
        # a component at 0 whose score points below 0 stays there (active-set projection)
        free = ~held & ~((s2 <= 0.0) & (score <= 0.0))
        crit = _kkt(score, info, free, held)
        if crit < SCORE_TOL:
            return VarianceFit(s2, prof.ll, True, "converged", it)
        step = np.zeros_like(s2)
        step[free] = np.linalg.lstsq(info[np.ix_(free, free)], score[free], rcond=None)[0]
        for _ in range(40):  # halve until the likelihood does not fall
            trial = np.where(held, s2, np.maximum(s2 + step, 0.0))
            new_ll = safe_ll(b, trial, reml=reml)
            if new_ll >= ll - 1e-12 * max(1.0, abs(ll)):
                break
            step = step / 2.0
        else:
            return VarianceFit(s2, ll, False, f"line search failed (criterion {crit:.3g})", it)
        if np.allclose(trial, s2, rtol=1e-14, atol=0.0) and abs(new_ll - ll) < 1e-13:
            return VarianceFit(s2, ll, crit < 1e-8, f"stalled (criterion {crit:.3g})", it)
        s2, ll = trial, new_ll
    return VarianceFit(s2, ll, False, f"no convergence in {max_iter} Fisher-scoring "
                       f"iterations (criterion {crit:.3g})", max_iter)


def _bounded_search(b: Blocks, start: np.ndarray, *, reml: bool, held: np.ndarray,
                    scale: float) -> np.ndarray:
    """L-BFGS-B over σ_l / scale ≥ 0 (a square-root scale reaches 0 smoothly)."""
    free = ~held

    def negll(theta: np.ndarray) -> tuple[float, np.ndarray]:
        s2 = start.copy()
        s2[free] = (theta * scale) ** 2
        try:
            prof = profile(b, s2, reml=reml)
        except np.linalg.LinAlgError:
            return 1e300, np.zeros_like(theta)
        score, _ = score_information(b, prof, reml=reml)
        return -prof.ll, -score[free] * 2.0 * theta * scale**2

    theta0 = np.sqrt(np.maximum(start[free], 0.0)) / scale
    res = optimize.minimize(negll, theta0, jac=True, method="L-BFGS-B",
                            bounds=[(0.0, None)] * int(free.sum()),
                            options={"ftol": 1e-12, "gtol": 1e-8, "maxiter": 500})
    out = start.copy()
    out[free] = (res.x * scale) ** 2
    return out


def starting_values(b: Blocks, n: int) -> list[np.ndarray]:
    """A moment-style total heterogeneity, split over the levels in a few ways."""
    keep = b.pos >= 0
    X, y, v = b.X[keep], b.y[keep], b.v[keep]
    beta = np.linalg.lstsq(X, y, rcond=None)[0]
    total = max(float(np.var(y - X @ beta)) - float(np.mean(v)), 0.05 * float(np.mean(v)))
    starts = [np.full(n, total / n)]
    for level in range(n if n > 1 else 0):  # each level taking (nearly) all of it
        s = np.full(n, 0.01 * total)
        s[level] = total
        starts.append(s)
    return starts


def estimate_components(b: Blocks, *, reml: bool = True, fixed: dict[int, float] | None = None,
                        max_iter: int = MAX_ITER,
                        starts: list[np.ndarray] | None = None) -> VarianceFit:
    """Maximum (restricted) likelihood components.

    Projected Fisher scoring runs from several starts (`starts` replaces the defaults, e.g. a
    warm start when profiling) and the best converged end point wins. If no start converges,
    a bounded quasi-Newton search (L-BFGS-B on sqrt scale) is polished by Fisher scoring, and
    the fit is reported as not converged unless that polish meets the optimality conditions.
    """
    n = len(b.zz)
    held, base = np.zeros(n, bool), np.zeros(n)
    for idx, val in (fixed or {}).items():
        held[idx], base[idx] = True, max(float(val), 0.0)
    if held.all():
        return VarianceFit(base, safe_ll(b, base, reml=reml), True, "all components fixed", 0)
    fits = []
    for start in starts if starts is not None else starting_values(b, n):
        try:
            fits.append(fisher_scoring(b, np.where(held, base, start), reml=reml, held=held,
                                       max_iter=max_iter))
        except np.linalg.LinAlgError:
            continue
    done = [f for f in fits if f.converged]
    if done:
        return max(done, key=lambda f: f.ll)
    keep = b.pos >= 0
    scale = float(np.sqrt(max(np.var(b.y[keep]), float(np.mean(b.v[keep])))))
    first = max(fits, key=lambda f: f.ll).sigma2 if fits else starting_values(b, n)[0]
    cand = _bounded_search(b, np.where(held, base, first), reml=reml, held=held, scale=scale)
    fit = fisher_scoring(b, cand, reml=reml, held=held, max_iter=max_iter)
    if not fit.converged:
        log.warning("variance components did not converge: %s", fit.message)
    return fit
