package org.tokensphere.model;

/**
 * The self-attention drift of Rigollet (2025), §3 and §6.2 (MATH.md §3, §8), advanced by a Heun
 * (predictor–corrector) sub-step, for the ensemble and for the test particles (which feel the ensemble but do not
 * act on it). Post-LN moves the tokens on the sphere:
 *
 * <pre>    f_i = hα P_{x_i} A_i(X);   y_i = normalize(x_i + f_i);   x_i ← normalize(x_i + ½(f_i + hα P_{y_i} A_i(Y)))</pre>
 *
 * Pre-LN and Peri-LN (MATH.md §8) keep a radius {@code r_i} beside each direction {@code θ_i} and use the same two
 * kernel calls on the directions; only the per-token lines change: the direction moves by
 * {@code hα s_i P_{θ_i} A_i} with the speed factor {@code s_i = 1/r_i} (Pre-LN) or {@code 1/(r_i |A_i|)} (Peri-LN),
 * and the radius by {@code hα⟨θ_i, A_i⟩} (Pre-LN) or {@code hα⟨θ_i, A_i⟩/|A_i|} (Peri-LN), both stages of the
 * predictor–corrector evaluated at the stage's own direction and radius.
 *
 * <p>The attention vectors come from {@link AttentionKernel}, twice per step; at {@code β = 0} they are the mean
 * direction and, for Post-LN, {@link MeanFieldDrift} does the whole sub-step in {@code O(N d)}.
 */
final class AttentionDrift {
    private final int d;
    private int n = -1;
    private Parallel parallel;
    private AttentionKernel kernel;
    private MeanFieldDrift meanField;
    /** The first attention vectors, then the first increments {@code f_i}. */
    private double[] first;
    private double[] second;
    private double[] predicted;
    private double[] probeFirst = new double[0];
    private double[] probeSecond = new double[0];
    private double[] probePredicted = new double[0];
    /** Pre-/Peri-LN: the first radial increments and the predicted radii, of the tokens and of the probes. */
    private double[] radialFirst;
    private double[] radiusPredicted;
    private double[] probeRadialFirst = new double[0];
    private double[] probeRadiusPredicted = new double[0];
    private final Predictor predictor = new Predictor();
    private final Corrector corrector = new Corrector();

    AttentionDrift(int d) {
        this.d = d;
    }

    /**
     * One Heun sub-step of the attention drift for all {@code n} tokens of {@code x} (in place) and for the test
     * particles {@code probes} (in place). With a {@code check} (when no per-token step follows), every token is
     * checked as its corrector writes it: by blocks of {@link AttentionKernel#blockSize}, or of
     * {@link Parallel#CHUNK} at {@code β = 0}.
     */
    void step(double[] x, int n, double[] probes, int probeCount, Params p, double h, Parallel parallel,
              StepCheck check) {
        step(x, null, n, probes, null, probeCount, p, h, parallel, check);
    }

    /**
     * As above, with the radii {@code r} ({@code n}) and {@code probeRadii} ({@code probeCount}) of the tokens and
     * probes (in place), read and moved under {@code p.norm()} Pre-LN and Peri-LN; null (and unused) for Post-LN.
     */
    void step(double[] x, double[] r, int n, double[] probes, double[] probeRadii, int probeCount, Params p,
              double h, Parallel parallel, StepCheck check) {
        kernel(n, parallel);
        if (probeFirst.length < probeCount * d) {
            probeFirst = new double[probeCount * d];
            probeSecond = new double[probeCount * d];
            probePredicted = new double[probeCount * d];
            probeRadialFirst = new double[probeCount];
            probeRadiusPredicted = new double[probeCount];
        }
        AttentionKind kind = p.attention();
        double beta = p.effectiveBeta();
        double hAlpha = h * p.alpha();
        Norm norm = p.norm();
        if (norm != Norm.POST && (r == null || probeRadii == null)) {
            throw new IllegalArgumentException("norm = " + norm + " needs the radii");
        }
        if (beta == 0 && norm == Norm.POST) {
            if (check != null) {
                check.begin(Parallel.chunks(n, Parallel.CHUNK));
            }
            meanField.step(x, probes, probeCount, hAlpha, check);
            return;
        }
        if (check != null) {
            check.begin(Parallel.chunks(n, AttentionKernel.blockSize(n)));
        }
        // The tokens' predictor and corrector run inside the kernel's last pass, block by block.
        predictor.set(x, first, predicted, hAlpha, norm, r, radialFirst, radiusPredicted);
        kernel.vectors(x, probes, probeCount, kind, beta, first, probeFirst, predictor);
        predictor.set(probes, probeFirst, probePredicted, hAlpha, norm, probeRadii, probeRadialFirst,
                probeRadiusPredicted);
        predictor.run(0, probeCount);
        corrector.set(x, first, predicted, second, hAlpha, norm, r, radialFirst, radiusPredicted, check,
                AttentionKernel.blockSize(n));
        kernel.vectors(predicted, probePredicted, probeCount, kind, beta, second, probeSecond, corrector);
        corrector.set(probes, probeFirst, probePredicted, probeSecond, hAlpha, norm, probeRadii, probeRadialFirst,
                probeRadiusPredicted, null, 1);
        corrector.run(0, probeCount);
    }

    /**
     * The attention energy {@code E_β = (1/(2βN²)) Σ_ij e^{β⟨x_i,x_j⟩}} (MATH.md §7) of the {@code n} tokens
     * {@code x}: by the kernel for {@code β > 0}, else by its definition
     * ({@link org.tokensphere.model.observe.Observables#attentionEnergy}).
     */
    double energy(double[] x, int n, double beta, Parallel parallel) {
        if (!(beta > 0)) {
            return org.tokensphere.model.observe.Observables.attentionEnergy(x, n, x.length / n, beta);
        }
        return weightSum(x, n, beta, parallel) / (2 * beta * n * (double) n);
    }

    /** {@code Σ_ij e^{β⟨x_i,x_j⟩}} of the {@code n} tokens {@code x}, {@code β > 0} ({@link AttentionKernel#weightSum}). */
    double weightSum(double[] x, int n, double beta, Parallel parallel) {
        return kernel(n, parallel).weightSum(x, beta);
    }

    private AttentionKernel kernel(int n, Parallel parallel) {
        if (n != this.n || parallel != this.parallel) {
            this.n = n;
            this.parallel = parallel;
            kernel = new AttentionKernel(n, d, parallel);
            meanField = new MeanFieldDrift(n, d, parallel);
            first = new double[n * d];
            second = new double[n * d];
            predicted = new double[n * d];
            radialFirst = new double[n];
            radiusPredicted = new double[n];
        }
        return kernel;
    }

    /** {@code out = hα P_y a} at row {@code o} of {@code y} and {@code a} (in place in {@code a}). */
    private static void tangent(double[] y, double[] a, int o, int d, double hAlpha) {
        double ya = 0;
        for (int k = 0; k < d; k++) {
            ya += y[o + k] * a[o + k];
        }
        for (int k = 0; k < d; k++) {
            a[o + k] = hAlpha * (a[o + k] - ya * y[o + k]);
        }
    }

    /**
     * The radial increment {@code hα⟨θ, a⟩} (Pre-LN) or {@code hα⟨θ, a⟩/|a|} (Peri-LN) at row {@code o}, and then
     * {@code a ← hα s P_θ a} with the speed factor {@code s = 1/r} (Pre-LN) or {@code 1/(r|a|)} (Peri-LN)
     * (MATH.md §8).
     */
    private static double radialThenTangent(double[] theta, double[] a, int o, int d, double hAlpha, Norm norm,
                                            double r) {
        double along = 0;
        double length2 = 0;
        for (int k = 0; k < d; k++) {
            along += theta[o + k] * a[o + k];
            length2 += a[o + k] * a[o + k];
        }
        double perLength = norm == Norm.PERI ? 1 / Math.sqrt(length2) : 1;
        for (int k = 0; k < d; k++) {
            a[o + k] = hAlpha * perLength / r * (a[o + k] - along * theta[o + k]);
        }
        return hAlpha * perLength * along;
    }

    /**
     * {@code f = hα s P_x A} (into the attention buffer), {@code y = normalize(x + f)}; Pre-/Peri-LN also the radial
     * increment {@code g} and the predicted radius {@code r + g}.
     */
    private final class Predictor implements Parallel.Body {
        private double[] x;
        private double[] a;
        private double[] y;
        private double hAlpha;
        private Norm norm;
        private double[] r;
        private double[] g;
        private double[] rPredicted;

        void set(double[] x, double[] a, double[] y, double hAlpha, Norm norm, double[] r, double[] g,
                 double[] rPredicted) {
            this.x = x;
            this.a = a;
            this.y = y;
            this.hAlpha = hAlpha;
            this.norm = norm;
            this.r = r;
            this.g = g;
            this.rPredicted = rPredicted;
        }

        @Override
        public void run(int start, int end) {
            for (int i = start; i < end; i++) {
                int o = i * d;
                if (norm == Norm.POST) {
                    tangent(x, a, o, d, hAlpha);
                } else {
                    g[i] = radialThenTangent(x, a, o, d, hAlpha, norm, r[i]);
                    rPredicted[i] = r[i] + g[i];
                }
                for (int k = 0; k < d; k++) {
                    y[o + k] = x[o + k] + a[o + k];
                }
                Linalg.normalize(y, o, d);
            }
        }
    }

    /** {@code x ← normalize(x + ½(f + hα s P_y A(Y)))}; Pre-/Peri-LN also {@code r ← r + ½(g + g(Y))}. */
    private final class Corrector implements Parallel.Body {
        private double[] x;
        private double[] f;
        private double[] y;
        private double[] a;
        private double hAlpha;
        private Norm norm;
        private double[] r;
        private double[] g;
        private double[] rPredicted;
        private StepCheck check;
        private int block;

        /** With {@code check} non-null, each token is checked, recorded by its block of {@code block} tokens. */
        void set(double[] x, double[] f, double[] y, double[] a, double hAlpha, Norm norm, double[] r, double[] g,
                 double[] rPredicted, StepCheck check, int block) {
            this.x = x;
            this.f = f;
            this.y = y;
            this.a = a;
            this.hAlpha = hAlpha;
            this.norm = norm;
            this.r = r;
            this.g = g;
            this.rPredicted = rPredicted;
            this.check = check;
            this.block = block;
        }

        @Override
        public void run(int start, int end) {
            for (int i = start; i < end; i++) {
                int o = i * d;
                if (norm == Norm.POST) {
                    tangent(y, a, o, d, hAlpha);
                } else {
                    double radial = radialThenTangent(y, a, o, d, hAlpha, norm, rPredicted[i]);
                    r[i] += 0.5 * (g[i] + radial);
                }
                for (int k = 0; k < d; k++) {
                    x[o + k] += 0.5 * (f[o + k] + a[o + k]);
                }
                Linalg.normalize(x, o, d);
                if (check != null) {
                    check.checkPosition(x, o, d, start / block, i);
                }
            }
        }
    }
}
