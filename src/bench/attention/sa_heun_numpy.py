"""NumPy reference for the attention workloads of compare.sh: the script a researcher writes.

N tokens on S^{d-1} moved by self-attention alone (MATH.md §3, alpha = 1, no
noise), one Heun step of h = 0.01 per step, as sa_heun.c and the Java
simulator (AttentionDrift):

    SA:  A = (W @ X) / W.sum(1),   W = exp(beta (X @ X.T - 1))
    USA: A = exp(beta) (W @ X) / N
    f(X) = h P_X A(X),  Y = normalize(X + f(X)),  X <- normalize(X + (f(X) + h P_Y A(Y)) / 2)

X has shape (N, d), one row per token. The N x N weights are a dense matrix
(O(N^2) memory), so N is limited by memory; beta = 0 is not special-cased.

Usage: python3 sa_heun_numpy.py --kind sa --d 3 --n 2000 --steps 200 --beta 1 --seed 1
Prints: numpy sa-heun d=.. n=.. steps=.. beta=.. steps_per_s=.. pair_interactions_per_s=.. seconds=..
        cpu_steps_per_s=.. mean_x0=.. max_norm_err=..  (cpu_: per second of CPU time)
"""
import argparse
import time

import numpy as np

STEP_H = 0.01


def normalize_rows(a):
    """Scale every row of a to unit length, in place."""
    a /= np.sqrt(np.einsum("ij,ij->i", a, a))[:, None]


def attention(x, kind, beta):
    """The attention vectors A_i of all rows of x (MATH.md §3), unprojected."""
    w = np.exp(beta * (x @ x.T - 1.0))
    a = w @ x
    if kind == "sa":
        a /= w.sum(axis=1)[:, None]
    else:
        a *= np.exp(beta) / x.shape[0]
    return a


def drift(x, kind, beta):
    """h P_x A(x) for every row."""
    a = attention(x, kind, beta)
    a -= np.einsum("ij,ij->i", x, a)[:, None] * x
    a *= STEP_H
    return a


def heun_step(x, kind, beta):
    """One Heun step of the attention drift, x (N, d) updated in place."""
    f = drift(x, kind, beta)
    y = x + f
    normalize_rows(y)
    x += 0.5 * (f + drift(y, kind, beta))
    normalize_rows(x)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kind", choices=("sa", "usa"), default="sa")
    parser.add_argument("--d", type=int, default=3, help="dimension of R^d (d >= 2)")
    parser.add_argument("--n", type=int, default=2000, help="number of tokens")
    parser.add_argument("--steps", type=int, default=200, help="number of steps of h = 0.01")
    parser.add_argument("--beta", type=float, default=1.0, help="inverse temperature, 0 <= beta <= 100")
    parser.add_argument("--seed", type=int, default=1, help="seed of the generator")
    args = parser.parse_args()
    if args.d < 2 or args.n < 1 or args.steps < 1 or not 0 <= args.beta <= 100:
        parser.error("need d >= 2, n >= 1, steps >= 1, 0 <= beta <= 100")

    rng = np.random.default_rng(args.seed)
    x = rng.standard_normal((args.n, args.d))
    normalize_rows(x)

    start = time.perf_counter()
    cpu_start = time.process_time()
    for _ in range(args.steps):
        heun_step(x, args.kind, args.beta)
    seconds = time.perf_counter() - start
    cpu_seconds = time.process_time() - cpu_start

    norm_err = np.abs(np.linalg.norm(x, axis=1) - 1.0).max()
    print(f"numpy {args.kind}-heun d={args.d} n={args.n} steps={args.steps} beta={args.beta:g} "
          f"steps_per_s={args.steps / seconds:.4g} "
          f"pair_interactions_per_s={2.0 * args.n * args.n * args.steps / seconds:.3e} "
          f"seconds={seconds:.4g} cpu_steps_per_s={args.steps / cpu_seconds:.4g} mean_x0={x[:, 0].mean():.6f} max_norm_err={norm_err:.2e}")


if __name__ == "__main__":
    main()
