/*
 * splitting.c - hardware reference for the splitting scheme on the
 * "heun-bias" workload (same increments as heun.c, see README.md here).
 *
 * Per step, with the shared increments dQ, dw (MATH.md §2, c = 1), the exact
 * flows of the two frozen terms in turn (MATH.md §6):
 *   E = exp(-dQ)                           once per step, shared by all tokens
 *   y = E x,  r = |y|                      the quadratic term: x <- y / r
 *   a = |dw|, w = dw / a, p = <y, w>       the bias term, a Moebius map of y / r:
 *   z = (y + (p (cosh a - 1) - r sinh a) w) / (r cosh a - p sinh a)
 *   x <- z / |z|   (generic kernel),   x <- z (3 - |z|^2) / 2   (d == 3 kernel:
 *                  z is a unit vector up to rounding; one Newton step removes it)
 * This is the arithmetic of the Java kernels (Block3 at d = 3, TokenTiles at
 * any d): the same work, one square root and one division per token at d = 3.
 *
 * exp(-dQ) is computed the way the Java simulator computes it
 * (SymmetricExp): Taylor polynomial of degree 15 by Paterson-Stockmeyer in
 * A, A^2, A^3, A^4 (six products of d x d symmetric matrices, upper triangle
 * only), after scaling A by 2^-s with s from a bound on the spectral radius,
 * min(|A|_F, |A^2|_F^(1/2), |A^4|_F^(1/4)); then s squarings.
 *
 * Build:  gcc -O3 -march=native -fno-math-errno -o splitting_c splitting.c -lm
 * Run:    ./splitting_c d n steps seed [generic|aos]
 * Prints: c splitting d=.. n=.. steps=.. token_steps_per_s=.. mean_x0=.. max_norm_err=..
 * Layout: x[i*d + k], token i, coordinate k, doubles; at d == 3 three coordinate
 * arrays X, Y, Z by default ("aos": the same loop on x[3i + k]; "generic":
 * the kernel of any d, tokens in blocks of BLOCK with the tiled product of
 * bench.h). Single-threaded.
 */
#include "bench.h"

/* c = a b for d x d matrices whose product is known to be symmetric
 * (polynomials in one symmetric matrix): the upper triangle, then mirrored. */
static void sym_mul(const double *restrict a, const double *restrict b, double *restrict c, int d) {
    for (int i = 0; i < d; i++) {
        double *ci = c + (long)i * d;
        for (int j = i; j < d; j++) ci[j] = 0.0;
        for (int k = 0; k < d; k++) {
            const double aik = a[(long)i * d + k];
            const double *bk = b + (long)k * d;
            for (int j = i; j < d; j++) ci[j] += aik * bk[j];
        }
    }
    for (int i = 1; i < d; i++)
        for (int j = 0; j < i; j++) c[(long)i * d + j] = c[(long)j * d + i];
}

static double frobenius(const double *a, int d) {
    double s = 0.0;
    for (long k = 0; k < (long)d * d; k++) s += a[k] * a[k];
    return sqrt(s);
}

/* out = exp(-dq), dq symmetric d x d; work: 6 d^2 doubles. */
static void exp_neg_sym(const double *restrict dq, int d, double *restrict out, double *restrict work) {
    const long dd = (long)d * d;
    double *a1 = work, *a2 = a1 + dd, *a3 = a2 + dd, *a4 = a3 + dd, *t = a4 + dd, *u = t + dd;
    for (long k = 0; k < dd; k++) a1[k] = -dq[k];
    sym_mul(a1, a1, a2, d);
    sym_mul(a2, a2, a4, d);
    double rho = frobenius(a1, d);
    rho = fmin(rho, sqrt(frobenius(a2, d)));
    rho = fmin(rho, sqrt(sqrt(frobenius(a4, d))));
    /* smallest s with 2^s theta^16 e^theta / 16! <= 2^-54, theta = rho / 2^s */
    int s = 0;
    double theta = rho;
    while (ldexp(pow(theta, 16) * exp(theta) / 20922789888000.0, s) > 0x1p-54) { s++; theta *= 0.5; }
    const double f1 = ldexp(1.0, -s), f2 = f1 * f1, f4 = f2 * f2;
    for (long k = 0; k < dd; k++) { a1[k] *= f1; a2[k] *= f2; a4[k] *= f4; }
    sym_mul(a2, a1, a3, d);
    double c[16];
    c[0] = 1.0;
    for (int k = 1; k < 16; k++) c[k] = c[k - 1] / k;
    /* T = B0 + A4 (B1 + A4 (B2 + A4 B3)), Bi = c_{4i} I + c_{4i+1} A + c_{4i+2} A^2 + c_{4i+3} A^3 */
    double *acc = t, *tmp = u;
    for (int i = 3; i >= 0; i--) {
        if (i < 3) sym_mul(a4, acc, tmp, d);
        else memset(tmp, 0, sizeof(double) * dd);
        const double b0 = c[4 * i], b1 = c[4 * i + 1], b2 = c[4 * i + 2], b3 = c[4 * i + 3];
        for (long k = 0; k < dd; k++) tmp[k] += b1 * a1[k] + b2 * a2[k] + b3 * a3[k];
        for (int k = 0; k < d; k++) tmp[(long)k * d + k] += b0;
        double *sw = acc; acc = tmp; tmp = sw;
    }
    for (int q = 0; q < s; q++) {
        sym_mul(acc, acc, tmp, d);
        double *sw = acc; acc = tmp; tmp = sw;
    }
    memcpy(out, acc, sizeof(double) * dd);
}

/* The Moebius coefficients of the bias increment dw: unit direction, cosh a - 1, sinh a, cosh a. */
typedef struct { double *w; double chm1, sh, ch; } bias_t;

static void bias_of(const double *dw, int d, bias_t *b) {
    const double a = sqrt(dot(dw, dw, d));
    if (!(a > 0.0)) { /* no bias: the map below is then z = y / r */
        memset(b->w, 0, sizeof(double) * d);
        b->ch = 1.0; b->chm1 = 0.0; b->sh = 0.0;
        return;
    }
    for (int k = 0; k < d; k++) b->w[k] = dw[k] / a;
    b->ch = cosh(a);
    b->chm1 = b->ch - 1.0;
    b->sh = sinh(a);
}

/* ---- d == 3 kernels ---- */

/* One splitting step of token (x0, x1, x2) in place, E = (m00 m01 m02; m01 m11 m12; m02 m12 m22). */
#define SPLITTING_D3(X0, X1, X2)                                                   \
    do {                                                                          \
        const double x0 = X0, x1 = X1, x2 = X2;                                   \
        const double y0 = m00 * x0 + m01 * x1 + m02 * x2;                         \
        const double y1 = m01 * x0 + m11 * x1 + m12 * x2;                         \
        const double y2 = m02 * x0 + m12 * x1 + m22 * x2;                         \
        const double r = sqrt(y0 * y0 + y1 * y1 + y2 * y2);                       \
        const double pw = y0 * w0 + y1 * w1 + y2 * w2;                            \
        const double coef = pw * chm1 - r * sh;                                   \
        const double q = 1.0 / (r * ch - pw * sh);                                \
        const double z0 = (y0 + coef * w0) * q, z1 = (y1 + coef * w1) * q;        \
        const double z2 = (y2 + coef * w2) * q;                                   \
        const double f = 1.5 - 0.5 * (z0 * z0 + z1 * z1 + z2 * z2);               \
        X0 = z0 * f; X1 = z1 * f; X2 = z2 * f;                                    \
    } while (0)

#define SPLITTING_D3_COEFFICIENTS                                                          \
    const double m00 = e[0], m01 = e[1], m02 = e[2], m11 = e[4], m12 = e[5], m22 = e[8];   \
    const double w0 = b->w[0], w1 = b->w[1], w2 = b->w[2], chm1 = b->chm1, sh = b->sh, ch = b->ch

__attribute__((noinline)) static void splitting_step_d3(double *restrict X, double *restrict Y, double *restrict Z,
                                                        long n, const double *restrict e, const bias_t *b) {
    SPLITTING_D3_COEFFICIENTS;
    for (long i = 0; i < n; i++) SPLITTING_D3(X[i], Y[i], Z[i]);
}

__attribute__((noinline)) static void splitting_step_d3_aos(double *restrict x, long n, const double *restrict e,
                                                            const bias_t *b) {
    SPLITTING_D3_COEFFICIENTS;
    for (long i = 0; i < n; i++) SPLITTING_D3(x[3 * i], x[3 * i + 1], x[3 * i + 2]);
}

/* ---- generic kernel ---- */

/* work: BLOCK * d doubles; zero: d zeros */
static void splitting_step_generic(double *restrict x, long n, int d, const double *restrict e, const bias_t *b,
                                   const double *restrict zero, double *restrict work) {
    double *Y = work;
    for (long i0 = 0; i0 < n; i0 += BLOCK) {
        const int nb = (int)(n - i0 < BLOCK ? n - i0 : BLOCK);
        double *X = x + i0 * d;
        mul_add_block(X, nb, e, zero, d, Y);
        for (int t = 0; t < nb; t++) {
            double *xt = X + (long)t * d;
            const double *yt = Y + (long)t * d;
            const double r = sqrt(dot(yt, yt, d));
            const double pw = dot(yt, b->w, d);
            const double coef = pw * b->chm1 - r * b->sh;
            const double q = 1.0 / (r * b->ch - pw * b->sh);
            for (int k = 0; k < d; k++) xt[k] = (yt[k] + coef * b->w[k]) * q;
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
    const size_t dd = (size_t)d * d;
    double *z = malloc(sizeof(double) * dd), *dq = malloc(sizeof(double) * dd), *e = malloc(sizeof(double) * dd);
    double *exp_work = malloc(sizeof(double) * 6 * dd);
    double *dw = malloc(sizeof(double) * (size_t)d), *unit = malloc(sizeof(double) * (size_t)d);
    double *zero = calloc((size_t)d, sizeof(double));
    double *work = malloc(sizeof(double) * BLOCK * (size_t)d);
    if (!z || !dq || !e || !exp_work || !dw || !unit || !zero || !work) {
        fprintf(stderr, "out of memory\n");
        return 1;
    }
    bias_t b = {.w = unit};

    const double t0 = now_seconds(), c0 = cpu_now();
    for (long s = 0; s < r.steps; s++) {
        draw_increments(&r.g, d, z, dq, dw);
        exp_neg_sym(dq, d, e, exp_work);
        bias_of(dw, d, &b);
        if (r.kernel == KERNEL_GENERIC) splitting_step_generic(r.x, r.n, d, e, &b, zero, work);
        else if (r.kernel == KERNEL_AOS) splitting_step_d3_aos(r.x, r.n, e, &b);
        else splitting_step_d3(r.X, r.Y, r.Z, r.n, e, &b);
    }
    const double seconds = now_seconds() - t0, cpu_seconds = cpu_now() - c0;

    run_finish(&r, "splitting", seconds, cpu_seconds);
    free(z); free(dq); free(e); free(exp_work); free(dw); free(unit); free(zero); free(work);
    return 0;
}
