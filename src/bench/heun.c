/*
 * heun.c - hardware reference for the "heun-bias" throughput workload.
 *
 * N tokens on S^{d-1}, all driven by ONE shared noise per step (MATH.md §2,
 * c = 1): dQ = sigma_Q sqrt(h) (Z + Z^T)/sqrt(2), dw = sigma_b sqrt(h) xi.
 * Stratonovich Heun (MATH.md §6), same increments in both stages:
 *   f(x) = -(dQ x + dw) + <x, dQ x + dw> x          (= -P_x(dQ x + dw))
 *   y = normalize(x + f(x));  x <- normalize(x + (f(x) + f(y))/2)
 *
 * Build:  gcc -O3 -march=native -fno-math-errno -o heun_c heun.c -lm
 * Run:    ./heun_c d n steps seed [generic|aos]
 * Prints: c heun d=.. n=.. steps=.. token_steps_per_s=.. mean_x0=.. max_norm_err=..
 * Layout: x[i*d + k], token i, coordinate k, doubles; at d == 3 three coordinate
 * arrays (see below). Single-threaded.
 *
 * -fno-math-errno changes no result here (sqrt only ever sees |y|^2 >= 0), but
 * without it every sqrt() may have to set errno, and GCC will not vectorize a
 * loop that calls it: the d == 3 kernel then runs about 3x slower.
 *
 * Kernels:
 *  - d == 3: one token per iteration, dQ (6 distinct entries) and dw in
 *    registers; GCC vectorizes it across tokens. By default on three arrays
 *    X, Y, Z (structure of arrays, like the Java blocks): plain vector loads.
 *    "aos" runs the same loop on x[3i + k], which GCC vectorizes with
 *    shuffles: 1.6x slower on AMD EPYC (AVX2), about as fast on AVX-512.
 *  - any d: tokens in blocks of BLOCK; dQ x for a block is a small
 *    register-tiled matrix product, so each row of dQ loaded serves 4 tokens.
 *    Pass "generic" as 5th argument to force it for d == 3 as well.
 * The shared noise is drawn once per step with xoshiro256** + the polar method;
 * it is inside the timed loop (it is part of a step) but costs O(d^2) per
 * step, not per token.
 */
#include "bench.h"

/* ---- d == 3 kernels ---- */

/* One Heun step of token (x0, x1, x2) in place; dQ = (a b c; b e f; c f k), dw = (w0, w1, w2). */
#define HEUN_D3(X0, X1, X2)                                                        \
    do {                                                                          \
        const double x0 = X0, x1 = X1, x2 = X2;                                   \
        /* stage 1: v = dQ x + dw, f = -v + <x,v> x */                            \
        double v0 = a * x0 + b * x1 + c * x2 + w0;                                \
        double v1 = b * x0 + e * x1 + f * x2 + w1;                                \
        double v2 = c * x0 + f * x1 + k * x2 + w2;                                \
        double r = x0 * v0 + x1 * v1 + x2 * v2;                                   \
        const double f0 = r * x0 - v0, f1 = r * x1 - v1, f2 = r * x2 - v2;        \
        double y0 = x0 + f0, y1 = x1 + f1, y2 = x2 + f2;                          \
        double s = 1.0 / sqrt(y0 * y0 + y1 * y1 + y2 * y2);                       \
        y0 *= s; y1 *= s; y2 *= s;                                                \
        /* stage 2: same increments at y */                                       \
        v0 = a * y0 + b * y1 + c * y2 + w0;                                       \
        v1 = b * y0 + e * y1 + f * y2 + w1;                                       \
        v2 = c * y0 + f * y1 + k * y2 + w2;                                       \
        r = y0 * v0 + y1 * v1 + y2 * v2;                                          \
        const double z0 = x0 + 0.5 * (f0 + r * y0 - v0);                          \
        const double z1 = x1 + 0.5 * (f1 + r * y1 - v1);                          \
        const double z2 = x2 + 0.5 * (f2 + r * y2 - v2);                          \
        s = 1.0 / sqrt(z0 * z0 + z1 * z1 + z2 * z2);                              \
        X0 = z0 * s; X1 = z1 * s; X2 = z2 * s;                                    \
    } while (0)

#define HEUN_D3_COEFFICIENTS                                                      \
    const double a = dq[0], b = dq[1], c = dq[2], e = dq[4], f = dq[5], k = dq[8]; \
    const double w0 = dw[0], w1 = dw[1], w2 = dw[2]

__attribute__((noinline)) static void heun_step_d3(double *restrict X, double *restrict Y, double *restrict Z,
                                                   long n, const double *restrict dq, const double *restrict dw) {
    HEUN_D3_COEFFICIENTS;
    for (long i = 0; i < n; i++) HEUN_D3(X[i], Y[i], Z[i]);
}

__attribute__((noinline)) static void heun_step_d3_aos(double *restrict x, long n, const double *restrict dq,
                                                       const double *restrict dw) {
    HEUN_D3_COEFFICIENTS;
    for (long i = 0; i < n; i++) HEUN_D3(x[3 * i], x[3 * i + 1], x[3 * i + 2]);
}

/* ---- generic kernel ---- */

/* work: 3 * BLOCK * d doubles */
static void heun_step_generic(double *restrict x, long n, int d, const double *restrict dq,
                              const double *restrict dw, double *restrict work) {
    double *V = work, *F = V + (long)BLOCK * d, *Y = F + (long)BLOCK * d;
    for (long i0 = 0; i0 < n; i0 += BLOCK) {
        const int nb = (int)(n - i0 < BLOCK ? n - i0 : BLOCK);
        double *X = x + i0 * d;
        mul_add_block(X, nb, dq, dw, d, V);
        for (int t = 0; t < nb; t++) { /* stage 1 */
            const double *xt = X + (long)t * d, *vt = V + (long)t * d;
            double *ft = F + (long)t * d, *yt = Y + (long)t * d;
            const double r = dot(xt, vt, d);
            for (int k = 0; k < d; k++) { ft[k] = r * xt[k] - vt[k]; yt[k] = xt[k] + ft[k]; }
            const double s = 1.0 / sqrt(dot(yt, yt, d));
            for (int k = 0; k < d; k++) yt[k] *= s;
        }
        mul_add_block(Y, nb, dq, dw, d, V);
        for (int t = 0; t < nb; t++) { /* stage 2 */
            double *xt = X + (long)t * d;
            const double *vt = V + (long)t * d, *ft = F + (long)t * d, *yt = Y + (long)t * d;
            const double r = dot(yt, vt, d);
            for (int k = 0; k < d; k++) xt[k] += 0.5 * (ft[k] + r * yt[k] - vt[k]);
            const double s = 1.0 / sqrt(dot(xt, xt, d));
            for (int k = 0; k < d; k++) xt[k] *= s;
        }
    }
}

int main(int argc, char **argv) {
    run_t r;
    const int status = run_setup(argc, argv, &r);
    if (status) return status;
    const int d = r.d;
    double *z = malloc(sizeof(double) * (size_t)d * d), *dq = malloc(sizeof(double) * (size_t)d * d);
    double *dw = malloc(sizeof(double) * (size_t)d);
    double *work = malloc(sizeof(double) * 3 * BLOCK * (size_t)d);
    if (!z || !dq || !dw || !work) { fprintf(stderr, "out of memory\n"); return 1; }

    const double t0 = now_seconds(), c0 = cpu_now();
    for (long s = 0; s < r.steps; s++) {
        draw_increments(&r.g, d, z, dq, dw);
        if (r.kernel == KERNEL_GENERIC) heun_step_generic(r.x, r.n, d, dq, dw, work);
        else if (r.kernel == KERNEL_AOS) heun_step_d3_aos(r.x, r.n, dq, dw);
        else heun_step_d3(r.X, r.Y, r.Z, r.n, dq, dw);
    }
    const double seconds = now_seconds() - t0, cpu_seconds = cpu_now() - c0;

    run_finish(&r, "heun", seconds, cpu_seconds);
    free(z); free(dq); free(dw); free(work);
    return 0;
}
