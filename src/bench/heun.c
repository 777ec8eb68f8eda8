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
 * Run:    ./heun_c d n steps seed [generic]
 * Prints: c heun d=.. n=.. steps=.. token_steps_per_s=.. mean_x0=.. max_norm_err=..
 * Layout: x[i*d + k], token i, coordinate k, doubles. Single-threaded.
 *
 * -fno-math-errno changes no result here (sqrt only ever sees |y|^2 >= 0), but
 * without it every sqrt() may have to set errno, and GCC will not vectorize a
 * loop that calls it: the d == 3 kernel then runs about 3x slower.
 *
 * Two kernels:
 *  - d == 3: one token per iteration, dQ (6 distinct entries) and dw in
 *    registers; GCC vectorizes it across tokens (about 9x the generic kernel
 *    at d = 3 on the machine of README.md).
 *  - any d: tokens in blocks of BLOCK; dQ x for a block is a small
 *    register-tiled matrix product, so each row of dQ loaded serves 4 tokens.
 *    Pass "generic" as 5th argument to force it for d == 3 as well.
 * The shared noise is drawn once per step with xoshiro256** + the polar method;
 * it is inside the timed loop (it is part of a step) but costs O(d^2) per
 * step, not per token.
 */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#ifndef __NO_MATH_ERRNO__
#warning "build with -fno-math-errno, or the d == 3 kernel is not vectorized (see top of file)"
#endif

#define SIGMA_Q 1.0
#define SIGMA_B 0.5
#define STEP_H 0.01
#define BLOCK 64 /* tokens per block in the generic kernel (multiple of 4) */

/* ---- xoshiro256** (Blackman & Vigna), seeded through splitmix64 ---- */
typedef struct { uint64_t s[4]; int has_spare; double spare; } rng_t;

static uint64_t splitmix64(uint64_t *z) {
    uint64_t r = (*z += 0x9e3779b97f4a7c15ULL);
    r = (r ^ (r >> 30)) * 0xbf58476d1ce4e5b9ULL;
    r = (r ^ (r >> 27)) * 0x94d049bb133111ebULL;
    return r ^ (r >> 31);
}

static inline uint64_t rotl(uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }

static inline uint64_t xoshiro_next(rng_t *g) {
    uint64_t *s = g->s;
    const uint64_t result = rotl(s[1] * 5, 7) * 9;
    const uint64_t t = s[1] << 17;
    s[2] ^= s[0]; s[3] ^= s[1]; s[1] ^= s[2]; s[0] ^= s[3];
    s[2] ^= t;
    s[3] = rotl(s[3], 45);
    return result;
}

static void rng_seed(rng_t *g, uint64_t seed) {
    uint64_t z = seed;
    for (int i = 0; i < 4; i++) g->s[i] = splitmix64(&z);
    g->has_spare = 0;
}

/* uniform in [0, 1) with 53 random bits */
static inline double rng_uniform(rng_t *g) { return (double)(xoshiro_next(g) >> 11) * 0x1.0p-53; }

/* standard normal, Marsaglia polar method (pairs; the second one is kept) */
static double rng_normal(rng_t *g) {
    if (g->has_spare) { g->has_spare = 0; return g->spare; }
    double u, v, s;
    do {
        u = 2.0 * rng_uniform(g) - 1.0;
        v = 2.0 * rng_uniform(g) - 1.0;
        s = u * u + v * v;
    } while (s >= 1.0 || s == 0.0);
    const double m = sqrt(-2.0 * log(s) / s);
    g->spare = v * m; g->has_spare = 1;
    return u * m;
}

/* ---- shared increments of one step (MATH.md §2) ---- */
static void draw_increments(rng_t *g, int d, double *z, double *dq, double *dw) {
    const double sq = SIGMA_Q * sqrt(STEP_H), sb = SIGMA_B * sqrt(STEP_H);
    for (int i = 0; i < d * d; i++) z[i] = rng_normal(g);
    for (int j = 0; j < d; j++)
        for (int k = 0; k < d; k++)
            dq[j * d + k] = sq * (z[j * d + k] + z[k * d + j]) * M_SQRT1_2;
    for (int k = 0; k < d; k++) dw[k] = sb * rng_normal(g);
}

/* ---- d == 3 kernel ---- */
static void heun_step_d3(double *restrict x, long n, const double *restrict dq,
                         const double *restrict dw) {
    const double a = dq[0], b = dq[1], c = dq[2], e = dq[4], f = dq[5], k = dq[8];
    const double w0 = dw[0], w1 = dw[1], w2 = dw[2];
    for (long i = 0; i < n; i++) {
        double *p = x + 3 * i;
        const double x0 = p[0], x1 = p[1], x2 = p[2];
        /* stage 1: v = dQ x + dw, f = -v + <x,v> x */
        double v0 = a * x0 + b * x1 + c * x2 + w0;
        double v1 = b * x0 + e * x1 + f * x2 + w1;
        double v2 = c * x0 + f * x1 + k * x2 + w2;
        double r = x0 * v0 + x1 * v1 + x2 * v2;
        const double f0 = r * x0 - v0, f1 = r * x1 - v1, f2 = r * x2 - v2;
        double y0 = x0 + f0, y1 = x1 + f1, y2 = x2 + f2;
        double s = 1.0 / sqrt(y0 * y0 + y1 * y1 + y2 * y2);
        y0 *= s; y1 *= s; y2 *= s;
        /* stage 2: same increments at y */
        v0 = a * y0 + b * y1 + c * y2 + w0;
        v1 = b * y0 + e * y1 + f * y2 + w1;
        v2 = c * y0 + f * y1 + k * y2 + w2;
        r = y0 * v0 + y1 * v1 + y2 * v2;
        const double z0 = x0 + 0.5 * (f0 + r * y0 - v0);
        const double z1 = x1 + 0.5 * (f1 + r * y1 - v1);
        const double z2 = x2 + 0.5 * (f2 + r * y2 - v2);
        s = 1.0 / sqrt(z0 * z0 + z1 * z1 + z2 * z2);
        p[0] = z0 * s; p[1] = z1 * s; p[2] = z2 * s;
    }
}

/* ---- generic kernel ---- */

/* Explicit SIMD type for the tile of the matrix product (GCC/Clang vector
 * extension): one AVX-512 register where available, else one AVX register. */
#if defined(__AVX512F__)
#define VL 8
#else
#define VL 4
#endif
typedef double vec __attribute__((vector_size(8 * VL)));

static inline vec vload(const double *p) { vec v; memcpy(&v, p, sizeof v); return v; }
static inline void vstore(double *p, vec v) { memcpy(p, &v, sizeof v); }

/* V = X dQ + dw for nb tokens (rows of X, V), dQ symmetric d x d.
 * Tiles of 4 tokens x 2*VL coordinates are accumulated in 8 registers (enough
 * independent FMA chains to keep both FMA units busy); each row of dQ loaded
 * serves 4 tokens. Leftover tokens/coordinates take a plain loop. */
static void mul_add_block(const double *restrict X, int nb, const double *restrict dq,
                          const double *restrict dw, int d, double *restrict V) {
    const int jt = d - d % (2 * VL), nb4 = nb - nb % 4;
    for (int t = 0; t < nb4; t += 4) {
        const double *x0 = X + (long)t * d, *x1 = x0 + d, *x2 = x1 + d, *x3 = x2 + d;
        for (int j = 0; j < jt; j += 2 * VL) {
            const vec wa = vload(dw + j), wb = vload(dw + j + VL);
            vec a0 = wa, a1 = wa, a2 = wa, a3 = wa, b0 = wb, b1 = wb, b2 = wb, b3 = wb;
            for (int k = 0; k < d; k++) {
                const double *q = dq + (long)k * d + j; /* row k = column k */
                const vec qa = vload(q), qb = vload(q + VL);
                a0 += x0[k] * qa; b0 += x0[k] * qb;
                a1 += x1[k] * qa; b1 += x1[k] * qb;
                a2 += x2[k] * qa; b2 += x2[k] * qb;
                a3 += x3[k] * qa; b3 += x3[k] * qb;
            }
            double *v = V + (long)t * d + j;
            vstore(v, a0); vstore(v + VL, b0); v += d;
            vstore(v, a1); vstore(v + VL, b1); v += d;
            vstore(v, a2); vstore(v + VL, b2); v += d;
            vstore(v, a3); vstore(v + VL, b3);
        }
    }
    for (int t = 0; t < nb; t++) {
        const double *xt = X + (long)t * d;
        double *vt = V + (long)t * d;
        for (int j = (t < nb4 ? jt : 0); j < d; j++) {
            double acc = dw[j];
            for (int k = 0; k < d; k++) acc += dq[(long)k * d + j] * xt[k];
            vt[j] = acc;
        }
    }
}

/* <a, b>. Summed in 4*VL interleaved partial sums: one running sum would be a
 * long chain of dependent additions (C forbids the compiler to reorder it). */
static inline double dot(const double *restrict a, const double *restrict b, int d) {
    const int k4 = d - d % (4 * VL), kv = d - d % VL;
    vec s0 = {0}, s1 = {0}, s2 = {0}, s3 = {0};
    int k = 0;
    for (; k < k4; k += 4 * VL) {
        s0 += vload(a + k) * vload(b + k);
        s1 += vload(a + k + VL) * vload(b + k + VL);
        s2 += vload(a + k + 2 * VL) * vload(b + k + 2 * VL);
        s3 += vload(a + k + 3 * VL) * vload(b + k + 3 * VL);
    }
    for (; k < kv; k += VL) s0 += vload(a + k) * vload(b + k);
    const vec acc = (s0 + s1) + (s2 + s3);
    double s = 0.0;
    for (int l = 0; l < VL; l++) s += acc[l];
    for (k = kv; k < d; k++) s += a[k] * b[k];
    return s;
}

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

static double now_seconds(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + 1e-9 * (double)ts.tv_nsec;
}

int main(int argc, char **argv) {
    if (argc < 5 || argc > 6 || (argc == 6 && strcmp(argv[5], "generic") != 0)) {
        fprintf(stderr, "usage: %s d n steps seed [generic]\n", argv[0]);
        return 2;
    }
    const int d = atoi(argv[1]);
    const long n = atol(argv[2]), steps = atol(argv[3]);
    const uint64_t seed = strtoull(argv[4], NULL, 10);
    const int generic = (argc == 6) || d != 3;
    if (d < 2 || n < 1 || steps < 1) { fprintf(stderr, "need d >= 2, n >= 1, steps >= 1\n"); return 2; }

    double *x = malloc(sizeof(double) * (size_t)n * d);
    double *z = malloc(sizeof(double) * (size_t)d * d), *dq = malloc(sizeof(double) * (size_t)d * d);
    double *dw = malloc(sizeof(double) * (size_t)d);
    double *work = malloc(sizeof(double) * 3 * BLOCK * (size_t)d);
    if (!x || !z || !dq || !dw || !work) { fprintf(stderr, "out of memory\n"); return 1; }

    rng_t g;
    rng_seed(&g, seed);
    for (long i = 0; i < n; i++) { /* uniform on the sphere: normalized Gaussians */
        double *p = x + i * d;
        for (int k = 0; k < d; k++) p[k] = rng_normal(&g);
        const double s = 1.0 / sqrt(dot(p, p, d));
        for (int k = 0; k < d; k++) p[k] *= s;
    }

    const double t0 = now_seconds();
    for (long s = 0; s < steps; s++) {
        draw_increments(&g, d, z, dq, dw);
        if (generic) heun_step_generic(x, n, d, dq, dw, work);
        else heun_step_d3(x, n, dq, dw);
    }
    const double seconds = now_seconds() - t0;

    double mean_x0 = 0.0, max_err = 0.0;
    for (long i = 0; i < n; i++) {
        const double *p = x + i * d;
        mean_x0 += p[0];
        const double err = fabs(sqrt(dot(p, p, d)) - 1.0);
        if (err > max_err) max_err = err;
    }
    mean_x0 /= (double)n;
    printf("c heun d=%d n=%ld steps=%ld token_steps_per_s=%.3e mean_x0=%.9f max_norm_err=%.3e\n",
           d, n, steps, (double)n * (double)steps / seconds, mean_x0, max_err);
    free(x); free(z); free(dq); free(dw); free(work);
    return 0;
}
