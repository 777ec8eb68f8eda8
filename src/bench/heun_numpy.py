"""NumPy reference for the "heun-bias" throughput workload (see README.md).

N tokens on S^{d-1}, one shared noise per step (MATH.md §2, c = 1):
dQ = sigma_Q sqrt(h) (Z + Z^T)/sqrt(2), dw = sigma_b sqrt(h) xi, and the
Stratonovich Heun step of MATH.md §6 with the same increments in both stages:

    f(x) = -(dQ x + dw) + <x, dQ x + dw> x        (= -P_x(dQ x + dw))
    y = normalize(x + f(x));  x <- normalize(x + (f(x) + f(y))/2)

Vectorized over tokens: X has shape (N, d), one row per token; dQ is
symmetric, so the row form of dQ x is X @ dQ. Work arrays are allocated once.

Usage: python3 heun_numpy.py --d 3 --n 100000 --steps 200 --seed 1
Prints: numpy heun d=.. n=.. steps=.. token_steps_per_s=.. mean_x0=.. max_norm_err=..
"""
import argparse
import time

import numpy as np

SIGMA_Q = 1.0
SIGMA_B = 0.5
STEP_H = 0.01


def draw_increments(rng, d):
    """Shared increments of one step: (dQ, dw), dQ symmetric d x d, dw in R^d."""
    z = rng.standard_normal((d, d))
    dq = SIGMA_Q * np.sqrt(STEP_H) * (z + z.T) / np.sqrt(2.0)
    dw = SIGMA_B * np.sqrt(STEP_H) * rng.standard_normal(d)
    return dq, dw


def normalize_rows(a):
    """Scale every row of a to unit length, in place."""
    a /= np.sqrt(np.einsum("ij,ij->i", a, a))[:, None]


def heun_step(x, dq, dw, v, f, y):
    """One Heun step for all tokens, x (N, d) updated in place.

    v, f, y are work arrays of the shape of x; dq, dw are not modified.
    """
    # stage 1: v = dQ x + dw, f = <x, v> x - v, y = normalize(x + f)
    np.matmul(x, dq, out=v)
    v += dw
    np.multiply(np.einsum("ij,ij->i", x, v)[:, None], x, out=f)
    f -= v
    np.add(x, f, out=y)
    normalize_rows(y)
    # stage 2: same increments at y; x <- normalize(x + (f + f(y))/2)
    np.matmul(y, dq, out=v)
    v += dw
    y *= np.einsum("ij,ij->i", y, v)[:, None]
    y -= v  # y now holds f(y)
    f += y
    f *= 0.5
    x += f
    normalize_rows(x)


def run(scheme, description, step, work_arrays):
    """The command line of a reference: parse --d --n --steps --seed, time `steps` calls of
    step(x, dq, dw, *work) after drawing the increments, print the result line."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--d", type=int, default=3, help="dimension of R^d (d >= 2)")
    parser.add_argument("--n", type=int, default=100_000, help="number of tokens")
    parser.add_argument("--steps", type=int, default=200, help="number of steps of h = 0.01")
    parser.add_argument("--seed", type=int, default=1, help="seed of the generator")
    args = parser.parse_args()
    if args.d < 2 or args.n < 1 or args.steps < 1:
        parser.error("need d >= 2, n >= 1, steps >= 1")

    rng = np.random.default_rng(args.seed)
    x = rng.standard_normal((args.n, args.d))  # uniform on the sphere once normalized
    normalize_rows(x)
    work = [np.empty_like(x) for _ in range(work_arrays)]

    start, cpu_start = time.perf_counter(), time.process_time()
    for _ in range(args.steps):
        dq, dw = draw_increments(rng, args.d)
        step(x, dq, dw, *work)
    seconds, cpu_seconds = time.perf_counter() - start, time.process_time() - cpu_start

    norm_err = np.abs(np.linalg.norm(x, axis=1) - 1.0).max()
    print(f"numpy {scheme} d={args.d} n={args.n} steps={args.steps} "
          f"token_steps_per_s={args.n * args.steps / seconds:.3e} "
          f"mean_x0={x[:, 0].mean():.9f} max_norm_err={norm_err:.3e} "
          f"per_cpu_second={args.n * args.steps / cpu_seconds:.3e}")


if __name__ == "__main__":
    run("heun", __doc__.splitlines()[0], heun_step, 3)
