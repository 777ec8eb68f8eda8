package org.tokensphere.model;

/** Fluent, mutable builder of the immutable {@link Params}; validation happens in {@link #build()}. */
public final class ParamsBuilder {
    private int d;
    private int n;
    private Mode mode;
    private double sigmaQ;
    private double sigmaB;
    private double biasStrength;
    private double[] biasDirection;
    private double sharing;
    private double tau;
    private AttentionKind attention;
    private Norm norm;
    private double alpha;
    private double beta;
    private double gamma;
    private double sigmaInd;
    private double dt;
    private double accuracy;
    private double delta;
    private Scheme scheme;
    private MatrixSpec matrix;
    private InitialState init;
    private long seed;

    ParamsBuilder(Params p) {
        d = p.d();
        n = p.n();
        mode = p.mode();
        sigmaQ = p.sigmaQ();
        sigmaB = p.sigmaB();
        biasStrength = p.biasStrength();
        biasDirection = p.biasDirection();
        sharing = p.sharing();
        tau = p.tau();
        attention = p.attention();
        norm = p.norm();
        alpha = p.alpha();
        beta = p.beta();
        gamma = p.gamma();
        sigmaInd = p.sigmaInd();
        dt = p.dt();
        accuracy = p.accuracy();
        delta = p.delta();
        scheme = p.scheme();
        matrix = p.matrix();
        init = p.init();
        seed = p.seed();
    }

    /** Dimension; when it changes, the bias direction goes back to the last axis and a given {@code M} to a GOE sample. */
    public ParamsBuilder d(int v) {
        if (v != d) {
            biasDirection = null;
            if (matrix != null && matrix.kind() != MatrixSpec.Kind.GOE) {
                matrix = MatrixSpec.goe(seed);
            }
        }
        d = v;
        return this;
    }

    public ParamsBuilder n(int v) { n = v; return this; }
    public ParamsBuilder mode(Mode v) { mode = v; return this; }
    public ParamsBuilder sigmaQ(double v) { sigmaQ = v; return this; }
    public ParamsBuilder sigmaB(double v) { sigmaB = v; return this; }
    public ParamsBuilder biasStrength(double v) { biasStrength = v; return this; }
    public ParamsBuilder biasDirection(double... v) { biasDirection = v == null ? null : v.clone(); return this; }
    public ParamsBuilder sharing(double v) { sharing = v; return this; }
    public ParamsBuilder tau(double v) { tau = v; return this; }
    public ParamsBuilder attention(AttentionKind v) { attention = v; return this; }
    public ParamsBuilder alpha(double v) { alpha = v; return this; }
    public ParamsBuilder norm(Norm v) { norm = v; return this; }
    public ParamsBuilder beta(double v) { beta = v; return this; }
    public ParamsBuilder gamma(double v) { gamma = v; return this; }
    public ParamsBuilder sigmaInd(double v) { sigmaInd = v; return this; }
    public ParamsBuilder dt(double v) { dt = v; return this; }
    public ParamsBuilder accuracy(double v) { accuracy = v; return this; }
    public ParamsBuilder delta(double v) { delta = v; return this; }
    public ParamsBuilder scheme(Scheme v) { scheme = v; return this; }
    public ParamsBuilder matrix(MatrixSpec v) { matrix = v; return this; }
    public ParamsBuilder init(InitialState v) { init = v; return this; }
    public ParamsBuilder seed(long v) { seed = v; return this; }

    /** The parameters; throws {@link IllegalArgumentException} naming the first parameter out of range. */
    public Params build() {
        return new Params(d, n, mode, sigmaQ, sigmaB, biasStrength, biasDirection, sharing, tau, attention, norm,
                alpha, beta, gamma, sigmaInd, dt, accuracy, delta, scheme, matrix, init, seed);
    }
}
