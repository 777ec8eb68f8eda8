/*
 * bench.h - what the C references of src/bench share: the generator, the
 * shared increments of a step (MATH.md §2), the register-tiled product of a
 * block of tokens with a symmetric d x d matrix, a dot product, the clock.
 * Included by heun.c and splitting.c (one translation unit each).
 */
#ifndef TOKENSPHERE_BENCH_H
#define TOKENSPHERE_BENCH_H

#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#ifndef __NO_MATH_ERRNO__
#warning "build with -fno-math-errno, or the d == 3 kernels are not vectorized (see heun.c)"
#endif

#define SIGMA_Q 1.0
#define SIGMA_B 0.5
#define STEP_H 0.01
#define BLOCK 64 /* tokens per block in the generic kernels (multiple of 4) */

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

/* ---- block products ---- */

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

static double clock_of(clockid_t clock) {
    struct timespec ts;
    clock_gettime(clock, &ts);
    return (double)ts.tv_sec + 1e-9 * (double)ts.tv_nsec;
}

static double now_seconds(void) { return clock_of(CLOCK_MONOTONIC); }

/* CPU time of this (single-threaded) process. */
static double cpu_now(void) { return clock_of(CLOCK_PROCESS_CPUTIME_ID); }


/* Tokens uniform on the sphere (normalized Gaussians), x[i*d + k]. */
static void init_uniform(rng_t *g, double *x, long n, int d) {
    for (long i = 0; i < n; i++) {
        double *p = x + i * d;
        for (int k = 0; k < d; k++) p[k] = rng_normal(g);
        const double s = 1.0 / sqrt(dot(p, p, d));
        for (int k = 0; k < d; k++) p[k] *= s;
    }
}

/* d == 3 layouts: row-major x[3i + k] to three coordinate arrays (structure of arrays) and back. */
static void to_soa(const double *x, long n, double *X, double *Y, double *Z) {
    for (long i = 0; i < n; i++) { X[i] = x[3 * i]; Y[i] = x[3 * i + 1]; Z[i] = x[3 * i + 2]; }
}

static void from_soa(const double *X, const double *Y, const double *Z, long n, double *x) {
    for (long i = 0; i < n; i++) { x[3 * i] = X[i]; x[3 * i + 1] = Y[i]; x[3 * i + 2] = Z[i]; }
}

/* The kernel a run uses: the d == 3 kernel on three coordinate arrays (default), the same kernel on the
 * row-major array ("aos"), or the generic one ("generic"; always for d != 3). */
typedef enum { KERNEL_SOA, KERNEL_AOS, KERNEL_GENERIC } kernel_t;

/* Parses "d n steps seed [generic|aos]"; returns 0 and fills the values, or prints the usage and returns 2. */
static int parse_args(int argc, char **argv, int *d, long *n, long *steps, uint64_t *seed, kernel_t *kernel) {
    if (argc < 5 || argc > 6 || (argc == 6 && strcmp(argv[5], "generic") != 0 && strcmp(argv[5], "aos") != 0)) {
        fprintf(stderr, "usage: %s d n steps seed [generic|aos]\n", argv[0]);
        return 2;
    }
    *d = atoi(argv[1]);
    *n = atol(argv[2]);
    *steps = atol(argv[3]);
    *seed = strtoull(argv[4], NULL, 10);
    if (*d < 2 || *n < 1 || *steps < 1) { fprintf(stderr, "need d >= 2, n >= 1, steps >= 1\n"); return 2; }
    *kernel = *d != 3 || (argc == 6 && strcmp(argv[5], "generic") == 0) ? KERNEL_GENERIC
            : argc == 6 ? KERNEL_AOS : KERNEL_SOA;
    return 0;
}

/* One run: its arguments, the tokens (row-major x, or X, Y, Z for the d == 3 kernel) and the generator. */
typedef struct {
    int d;
    long n, steps;
    uint64_t seed;
    kernel_t kernel;
    double *x, *X, *Y, *Z;
    rng_t g;
} run_t;

static void print_result(const char *scheme, const double *x, long n, int d, long steps, double seconds,
                         double cpu_seconds);

/* Parses the arguments, draws the tokens uniform on the sphere and lays them out for the kernel; returns 0, or the
 * exit status on bad arguments (2) or no memory (1). */
static int run_setup(int argc, char **argv, run_t *r) {
    if (parse_args(argc, argv, &r->d, &r->n, &r->steps, &r->seed, &r->kernel)) return 2;
    r->x = malloc(sizeof(double) * (size_t)r->n * r->d);
    r->X = malloc(sizeof(double) * 3 * (size_t)r->n);
    if (!r->x || !r->X) { fprintf(stderr, "out of memory\n"); return 1; }
    r->Y = r->X + r->n;
    r->Z = r->Y + r->n;
    rng_seed(&r->g, r->seed);
    init_uniform(&r->g, r->x, r->n, r->d);
    if (r->kernel == KERNEL_SOA) to_soa(r->x, r->n, r->X, r->Y, r->Z);
    return 0;
}

/* Prints the result line of a run that took `seconds` and frees its tokens. */
static void run_finish(run_t *r, const char *scheme, double seconds, double cpu_seconds) {
    if (r->kernel == KERNEL_SOA) from_soa(r->X, r->Y, r->Z, r->n, r->x);
    print_result(scheme, r->x, r->n, r->d, r->steps, seconds, cpu_seconds);
    free(r->x);
    free(r->X);
}

/* The result line: token-steps per second (of wall time, and per_cpu_second: of the process's CPU time, which a
 * busy machine does not dilute) and the checksums mean_x0, max | |x| - 1 |. */
static void print_result(const char *scheme, const double *x, long n, int d, long steps, double seconds,
                         double cpu_seconds) {
    double mean_x0 = 0.0, max_err = 0.0;
    for (long i = 0; i < n; i++) {
        const double *p = x + i * d;
        mean_x0 += p[0];
        const double err = fabs(sqrt(dot(p, p, d)) - 1.0);
        if (err > max_err) max_err = err;
    }
    mean_x0 /= (double)n;
    printf("c %s d=%d n=%ld steps=%ld token_steps_per_s=%.3e mean_x0=%.9f max_norm_err=%.3e per_cpu_second=%.3e\n",
           scheme, d, n, steps, (double)n * (double)steps / seconds, mean_x0, max_err,
           (double)n * (double)steps / cpu_seconds);
}

#endif
