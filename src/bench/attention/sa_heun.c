/*
 * sa_heun.c - plain C reference for the attention workloads of compare.sh.
 *
 * N tokens on S^{d-1} moved by self-attention alone (MATH.md §3, alpha = 1, no
 * noise), one Heun step of h per step, with the attention vectors of MATH.md §3:
 *   SA:  A_i = sum_j e^{beta<x_i,x_j>} x_j / sum_k e^{beta<x_i,x_k>}
 *   USA: A_i = (1/N) sum_j e^{beta<x_i,x_j>} x_j
 *   f(x_i) = h P_{x_i} A_i(X),  y_i = normalize(x_i + f(x_i)),
 *   x_i <- normalize(x_i + (f(x_i) + h P_{y_i} A_i(Y)) / 2).
 * This is the step the Java simulator runs (AttentionDrift), without its 16
 * Lyapunov test particles (16 N more pairs per evaluation, under 1 % here).
 *
 * Build:  gcc -O3 -march=native -ffast-math -o sa_heun sa_heun.c -lm
 * Run:    ./sa_heun sa|usa d n steps beta seed
 * Prints: c sa-heun d=.. n=.. steps=.. beta=.. steps_per_s=.. pair_interactions_per_s=.. seconds=..
 *         cpu_steps_per_s=.. mean_x0=.. max_norm_err=..   (cpu_: per second of CPU time, which a busy
 *         machine does not dilute as it does wall time)
 *
 * One thread, no symmetry (every ordered pair computes its weight), structure
 * of arrays: coordinate k of token i is X[k*n + i]. The weight of a pair is
 * e^{beta(<x_i,x_j> - 1)} up to a constant factor (it cancels in SA and is
 * divided out for USA), by the vectorizable exponential below. Kernels:
 *  - d == 3: one loop over j per token i (dot, exponential, four sums),
 *    vectorized over j by GCC (checked with -fopt-info-vec).
 *  - any d: per pair a dot product and a weighted sum over k, vectorized
 *    over k, on a row-major copy of the tokens.
 *  - beta == 0: the weights are all 1, A_i is the mean direction (O(N)).
 *
 * The exponential is the Java kernel's (AttentionWeights): for
 * t = beta(<x_i,x_j> - 1) in [-2 beta, 0] and 2^m >= 8 beta,
 * e^{t + 2^m/8} = (e^r)^(2^m) with r = t/2^m + 1/8 in [-1/8, 1/8], e^r by a
 * degree-8 polynomial; relative error below 2^m * 4e-16. It vectorizes (no
 * bit casts) and ran faster here than glibc's vectorized exp (libmvec, which
 * -ffast-math enables) and than an exponential by bit manipulation.
 */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define STEP_H 0.01

static int squarings;      /* m */
static double inv_pow;     /* 1 / 2^m */
static double log_factor;  /* the weights are e^{t + log_factor}, log_factor = 2^m/8 */

/* e^{t + 2^m/8} for t in [-2 beta, 0]: r = t/2^m + 1/8 in [-1/8, 1/8], a degree-8 Chebyshev fit of e^r there
 * (the coefficients of the Java kernel, AttentionWeights), then m squarings. */
static inline __attribute__((always_inline)) double weight(double t, const int m) {
    const double r = t * inv_pow + 0.125;
    double p = 2.481127714200542e-05;
    p = p * r + 0.00019850960025800983;
    p = p * r + 0.0013888887753297243;
    p = p * r + 0.008333332197688665;
    p = p * r + 0.041666666667159555;
    p = p * r + 0.16666666667159583;
    p = p * r + 0.49999999999999944;
    p = p * r + 0.9999999999999942;
    p = p * r + 1.0;
    for (int s = 0; s < m; s++) p *= p; /* m is a constant at each call: unrolled, so the loops vectorize */
    return p;
}

/* ---- the start: uniform directions from splitmix64 normals (Box-Muller); any decent generator will do ---- */
static uint64_t rng_state;
static double uniform01(void) {
    uint64_t r = (rng_state += 0x9e3779b97f4a7c15ULL);
    r = (r ^ (r >> 30)) * 0xbf58476d1ce4e5b9ULL;
    r = (r ^ (r >> 27)) * 0x94d049bb133111ebULL;
    return (double)((r ^ (r >> 31)) >> 11) * 0x1.0p-53;
}
static double normal(void) {
    const double u = 1 - uniform01(), v = uniform01();
    return sqrt(-2 * log(u)) * cos(2 * M_PI * v);
}

/* ---- attention vectors A (SoA, d x n) of the tokens X (SoA) ---- */
static inline __attribute__((always_inline)) void attention_d3(long n, const double *restrict X, int usa,
                                                                double beta, double *restrict A, const int m) {
    const double *x = X, *y = X + n, *z = X + 2 * n;
    const double usa_scale = exp(beta - log_factor) / (double)n;
    for (long i = 0; i < n; i++) {
        const double xi = x[i], yi = y[i], zi = z[i];
        double sx = 0, sy = 0, sz = 0, s = 0;
        for (long j = 0; j < n; j++) {
            const double w = weight(beta * (xi * x[j] + yi * y[j] + zi * z[j] - 1), m);
            s += w; sx += w * x[j]; sy += w * y[j]; sz += w * z[j];
        }
        const double scale = usa ? usa_scale : 1 / s;
        A[i] = sx * scale; A[n + i] = sy * scale; A[2 * n + i] = sz * scale;
    }
}

/* any d: row-major copy R of the tokens (R[i*d + k]), then per pair a dot product and a weighted sum over k,
 * both vectorized over k (GCC with -ffast-math); about twice as fast here at d = 64 as loops over j on the
 * structure of arrays. */
static inline __attribute__((always_inline)) void attention_any(long n, int d, const double *restrict X, int usa,
                                                                 double beta, double *restrict R,
                                                                 double *restrict acc, double *restrict A,
                                                                 const int m) {
    const double usa_scale = exp(beta - log_factor) / (double)n;
    for (long i = 0; i < n; i++)
        for (int k = 0; k < d; k++) R[i * d + k] = X[k * n + i];
    for (long i = 0; i < n; i++) {
        const double *xi = R + i * d;
        for (int k = 0; k < d; k++) acc[k] = 0;
        double s = 0;
        for (long j = 0; j < n; j++) {
            const double *xj = R + j * d;
            double dot = 0;
            for (int k = 0; k < d; k++) dot += xi[k] * xj[k];
            const double w = weight(beta * (dot - 1), m);
            s += w;
            for (int k = 0; k < d; k++) acc[k] += w * xj[k];
        }
        const double scale = usa ? usa_scale : 1 / s;
        for (int k = 0; k < d; k++) A[k * n + i] = acc[k] * scale;
    }
}

static void attention_mean(long n, int d, const double *restrict X, double *restrict A) {
    for (int k = 0; k < d; k++) {
        double s = 0;
        for (long j = 0; j < n; j++) s += X[k * n + j];
        s /= (double)n;
        for (long i = 0; i < n; i++) A[k * n + i] = s;
    }
}

/* one copy of each kernel per number of squarings m = 0..10 (beta <= 128) */
#define KERNELS(M) \
    static void attention_d3_##M(long n, const double *X, int usa, double beta, double *A) { \
        attention_d3(n, X, usa, beta, A, M); } \
    static void attention_any_##M(long n, int d, const double *X, int usa, double beta, double *R, double *acc, \
                                  double *A) { attention_any(n, d, X, usa, beta, R, acc, A, M); }
KERNELS(0) KERNELS(1) KERNELS(2) KERNELS(3) KERNELS(4) KERNELS(5) KERNELS(6) KERNELS(7) KERNELS(8) KERNELS(9)
KERNELS(10)
typedef void (*d3_kernel)(long, const double *, int, double, double *);
typedef void (*any_kernel)(long, int, const double *, int, double, double *, double *, double *);
static const d3_kernel d3_kernels[] = {attention_d3_0, attention_d3_1, attention_d3_2, attention_d3_3,
    attention_d3_4, attention_d3_5, attention_d3_6, attention_d3_7, attention_d3_8, attention_d3_9, attention_d3_10};
static const any_kernel any_kernels[] = {attention_any_0, attention_any_1, attention_any_2, attention_any_3,
    attention_any_4, attention_any_5, attention_any_6, attention_any_7, attention_any_8, attention_any_9,
    attention_any_10};

static void attention(long n, int d, const double *X, int usa, double beta, double *R, double *acc, double *A) {
    if (beta == 0) attention_mean(n, d, X, A);
    else if (d == 3) d3_kernels[squarings](n, X, usa, beta, A);
    else any_kernels[squarings](n, d, X, usa, beta, R, acc, A);
}

/* F = h P_X A (in place in A); Y = normalize(X + F) when Y is given */
static void tangent(long n, int d, const double *restrict X, double *restrict A, double *restrict dot) {
    for (long i = 0; i < n; i++) dot[i] = 0;
    for (int k = 0; k < d; k++)
        for (long i = 0; i < n; i++) dot[i] += X[k * n + i] * A[k * n + i];
    for (int k = 0; k < d; k++)
        for (long i = 0; i < n; i++) A[k * n + i] = STEP_H * (A[k * n + i] - dot[i] * X[k * n + i]);
}

static void normalize(long n, int d, double *restrict X, double *restrict norm) {
    for (long i = 0; i < n; i++) norm[i] = 0;
    for (int k = 0; k < d; k++)
        for (long i = 0; i < n; i++) norm[i] += X[k * n + i] * X[k * n + i];
    for (long i = 0; i < n; i++) norm[i] = 1 / sqrt(norm[i]);
    for (int k = 0; k < d; k++)
        for (long i = 0; i < n; i++) X[k * n + i] *= norm[i];
}

static double clock_seconds(clockid_t clock) {
    struct timespec ts;
    clock_gettime(clock, &ts);
    return (double)ts.tv_sec + 1e-9 * (double)ts.tv_nsec;
}

int main(int argc, char **argv) {
    if (argc != 7 || (strcmp(argv[1], "sa") != 0 && strcmp(argv[1], "usa") != 0)) {
        fprintf(stderr, "usage: %s sa|usa d n steps beta seed\n", argv[0]);
        return 2;
    }
    const int usa = strcmp(argv[1], "usa") == 0, d = atoi(argv[2]);
    const long n = atol(argv[3]), steps = atol(argv[4]);
    const double beta = atof(argv[5]);
    rng_state = strtoull(argv[6], NULL, 10);
    if (d < 2 || n < 1 || steps < 1 || !(beta >= 0 && beta <= 100)) {
        fprintf(stderr, "need d >= 2, n >= 1, steps >= 1, 0 <= beta <= 100\n");
        return 2;
    }
    for (squarings = 0; ldexp(1.0, squarings) < 8 * beta; squarings++) {
    }
    inv_pow = ldexp(1.0, -squarings);
    log_factor = ldexp(1.0, squarings) / 8;
    const size_t nd = (size_t)n * d;
    double *X = malloc(8 * nd), *Y = malloc(8 * nd), *F = malloc(8 * nd), *A = malloc(8 * nd);
    double *R = malloc(8 * nd), *acc = malloc(8 * (size_t)d), *tmp = malloc(8 * (size_t)n);
    if (!X || !Y || !F || !A || !R || !acc || !tmp) { fprintf(stderr, "out of memory\n"); return 1; }
    for (long i = 0; i < n; i++)
        for (int k = 0; k < d; k++) X[k * n + i] = normal();
    normalize(n, d, X, tmp);

    const double t0 = clock_seconds(CLOCK_MONOTONIC), c0 = clock_seconds(CLOCK_PROCESS_CPUTIME_ID);
    for (long s = 0; s < steps; s++) {
        attention(n, d, X, usa, beta, R, acc, F);
        tangent(n, d, X, F, tmp);
        for (size_t e = 0; e < nd; e++) Y[e] = X[e] + F[e];
        normalize(n, d, Y, tmp);
        attention(n, d, Y, usa, beta, R, acc, A);
        tangent(n, d, Y, A, tmp);
        for (size_t e = 0; e < nd; e++) X[e] += 0.5 * (F[e] + A[e]);
        normalize(n, d, X, tmp);
    }
    const double seconds = clock_seconds(CLOCK_MONOTONIC) - t0;
    const double cpu_seconds = clock_seconds(CLOCK_PROCESS_CPUTIME_ID) - c0;

    double mean_x0 = 0, max_err = 0;
    for (long i = 0; i < n; i++) {
        double s = 0;
        for (int k = 0; k < d; k++) s += X[k * n + i] * X[k * n + i];
        mean_x0 += X[i];
        if (fabs(sqrt(s) - 1) > max_err) max_err = fabs(sqrt(s) - 1);
    }
    printf("c %s-heun d=%d n=%ld steps=%ld beta=%g steps_per_s=%.4g pair_interactions_per_s=%.3e "
           "seconds=%.4g cpu_steps_per_s=%.4g mean_x0=%.6f max_norm_err=%.2e\n", usa ? "usa" : "sa", d, n, steps,
           beta, steps / seconds, 2.0 * n * (double)n * steps / seconds, seconds, steps / cpu_seconds,
           mean_x0 / n, max_err);
    return 0;
}
