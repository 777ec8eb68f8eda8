"""NumPy reference for the splitting scheme on the "heun-bias" workload (see README.md).

Same increments as heun_numpy.py (MATH.md §2, c = 1); per step the exact flows of the two frozen terms in
turn (MATH.md §6):

    E = exp(-dQ)          through the eigendecomposition (numpy.linalg.eigh), once per step
    y = E x,  r = |y|     the quadratic term
    a = |dw|, w = dw/a, p = <y, w>
    x <- normalize((y + (p (cosh a - 1) - r sinh a) w) / (r cosh a - p sinh a))     the bias (Moebius map)

Vectorized over tokens: X has shape (N, d), one row per token; E is symmetric, so the row form of E x is
X @ E. This is the script a researcher writes; the C and Java programs compute E by a Taylor polynomial
instead, which changes nothing beyond rounding.

Usage: python3 splitting_numpy.py --d 3 --n 100000 --steps 200 --seed 1
Prints: numpy splitting d=.. n=.. steps=.. token_steps_per_s=.. mean_x0=.. max_norm_err=..
"""
import numpy as np

from heun_numpy import normalize_rows, run


def exp_neg(dq):
    """exp(-dQ) for symmetric dQ, through its eigendecomposition."""
    w, v = np.linalg.eigh(dq)
    return (v * np.exp(-w)) @ v.T


def splitting_step(x, dq, dw, y):
    """One splitting step for all tokens, x (N, d) updated in place; y is a work array of the shape of x."""
    np.matmul(x, exp_neg(dq), out=y)
    r = np.sqrt(np.einsum("ij,ij->i", y, y))
    a = np.sqrt(dw @ dw)
    if a == 0.0:
        np.divide(y, r[:, None], out=x)
        return
    w = dw / a
    p = y @ w
    coef = p * (np.cosh(a) - 1.0) - r * np.sinh(a)
    q = 1.0 / (r * np.cosh(a) - p * np.sinh(a))
    np.multiply(coef[:, None], w, out=x)
    x += y
    x *= q[:, None]
    normalize_rows(x)


if __name__ == "__main__":
    run("splitting", __doc__.splitlines()[0], splitting_step, 1)
