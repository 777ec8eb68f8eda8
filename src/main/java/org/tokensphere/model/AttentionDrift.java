package org.tokensphere.model;

/**
 * The Post-LN self-attention drift {@code α P_{x_i} A_i(X) dt} of paper 2, Section 3 (MATH.md §3, §8), advanced by a
 * Heun (predictor–corrector) sub-step on the sphere, for the ensemble and for the test particles (which feel the
 * ensemble but do not act on it):
 *
 * <pre>    f_i = hα P_{x_i} A_i(X);   y_i = normalize(x_i + f_i);   x_i ← normalize(x_i + ½(f_i + hα P_{y_i} A_i(Y)))</pre>
 *
 * The attention vectors come from {@link AttentionKernel}, twice per step; at {@code β = 0} they are the mean
 * direction and {@link MeanFieldDrift} does the whole sub-step in {@code O(N d)}. Pre-LN and Peri-LN (MATH.md §8) use the
 * same two kernel calls on the directions and change only the per-token lines below: the direction moves by
 * {@code (hα/r_i) P_{θ_i} A_i} (Peri-LN: also divided by {@code |A_i|}) and the radius by {@code hα⟨θ_i, A_i⟩}
 * (Peri-LN: divided by {@code |A_i|}), both in the same predictor–corrector pattern.
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
        kernel(n, parallel);
        if (probeFirst.length < probeCount * d) {
            probeFirst = new double[probeCount * d];
            probeSecond = new double[probeCount * d];
            probePredicted = new double[probeCount * d];
        }
        AttentionKind kind = p.attention();
        double beta = p.effectiveBeta();
        double hAlpha = h * p.alpha();
        if (beta == 0) {
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
        predictor.set(x, first, predicted, hAlpha);
        kernel.vectors(x, probes, probeCount, kind, beta, first, probeFirst, predictor);
        predictor.set(probes, probeFirst, probePredicted, hAlpha);
        predictor.run(0, probeCount);
        corrector.set(x, first, predicted, second, hAlpha, check, AttentionKernel.blockSize(n));
        kernel.vectors(predicted, probePredicted, probeCount, kind, beta, second, probeSecond, corrector);
        corrector.set(probes, probeFirst, probePredicted, probeSecond, hAlpha, null, 1);
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

    /** {@code f = hα P_x A} (into the attention buffer), {@code y = normalize(x + f)}. */
    private final class Predictor implements Parallel.Body {
        private double[] x;
        private double[] a;
        private double[] y;
        private double hAlpha;

        void set(double[] x, double[] a, double[] y, double hAlpha) {
            this.x = x;
            this.a = a;
            this.y = y;
            this.hAlpha = hAlpha;
        }

        @Override
        public void run(int start, int end) {
            for (int i = start; i < end; i++) {
                int o = i * d;
                tangent(x, a, o, d, hAlpha);
                for (int k = 0; k < d; k++) {
                    y[o + k] = x[o + k] + a[o + k];
                }
                Linalg.normalize(y, o, d);
            }
        }
    }

    /** {@code x ← normalize(x + ½(f + hα P_y A(Y)))}. */
    private final class Corrector implements Parallel.Body {
        private double[] x;
        private double[] f;
        private double[] y;
        private double[] a;
        private double hAlpha;
        private StepCheck check;
        private int block;

        /** With {@code check} non-null, each token is checked, recorded by its block of {@code block} tokens. */
        void set(double[] x, double[] f, double[] y, double[] a, double hAlpha, StepCheck check, int block) {
            this.x = x;
            this.f = f;
            this.y = y;
            this.a = a;
            this.hAlpha = hAlpha;
            this.check = check;
            this.block = block;
        }

        @Override
        public void run(int start, int end) {
            for (int i = start; i < end; i++) {
                int o = i * d;
                tangent(y, a, o, d, hAlpha);
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
