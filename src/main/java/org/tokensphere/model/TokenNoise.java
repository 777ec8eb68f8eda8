package org.tokensphere.model;

import java.util.Arrays;

/**
 * Independent noise of each token (MATH.md §2–3): the private part {@code σ_Q √(1−c) ΔG_i} of the quadratic
 * driving and the independent noise {@code σ_ind ΔW_i}. Each token draws from its own streams, derived from
 * (seed, purpose, token index), so its noise is the same whatever thread steps it. Streams are made on first use.
 * Different tokens may be served from different threads at once; one token from one thread at a time.
 */
final class TokenNoise {
    private final long seed;
    private final long purpose;
    private final int d;
    private final Gaussians[] quadratic;
    private final Gaussians[] independent;
    private ColoredGoe colored;
    private double coloredTau;
    private OrnsteinUhlenbeck law;
    private double lawStep = Double.NaN;

    TokenNoise(long seed, long purpose, int count, int d) {
        this.seed = seed;
        this.purpose = purpose;
        this.d = d;
        this.quadratic = new Gaussians[count];
        this.independent = new Gaussians[count];
    }

    /** Number of tokens served. */
    int count() {
        return quadratic.length;
    }

    /** Prepares the coloured private processes for {@code tau} and step {@code h}; call before a step, on one thread. */
    void prepare(Params p, double h) {
        boolean perTokenColored = p.tau() > 0 && p.effectiveSigmaQ() > 0 && p.sharing() < 1;
        if (!perTokenColored) {
            return;
        }
        if (colored == null || coloredTau != p.tau()) {
            colored = new ColoredGoe(d, quadratic.length);
            coloredTau = p.tau();
            for (int i = 0; i < quadratic.length; i++) {
                colored.initialize(i, coloredTau, quadratic(i));
            }
            lawStep = Double.NaN;
        }
        if (lawStep != h) {
            law = new OrnsteinUhlenbeck(h, coloredTau);
            lawStep = h;
        }
    }

    /**
     * The private quadratic increment of token {@code i}, {@code σ_Q √(1−c)} times a GOE increment (white) or
     * the integral of its own coloured process, into the full symmetric {@code out}; {@code z1, z2} are scratch of
     * {@code d(d+1)/2}.
     */
    void drawQuadratic(int i, Params p, double h, double[] z1, double[] z2, double[] out) {
        Arrays.fill(out, 0, d * d, 0);
        Gaussians g = quadratic(i);
        int m = Gaussians.symmetricEntries(d);
        g.fill(z1, m);
        double scale = p.effectiveSigmaQ() * Math.sqrt(1 - p.sharing());
        if (p.tau() > 0) {
            g.fill(z2, m);
            colored.advance(i, law, z1, z2, scale, out);
        } else {
            Gaussians.addGoe(z1, scale * Math.sqrt(h), out, d);
        }
    }

    /** The independent increment {@code scale·ΔW_i} of token {@code i} into {@code out} ({@code d}). */
    void drawIndependent(int i, double scale, double[] out) {
        Gaussians g = independent(i);
        for (int k = 0; k < d; k++) {
            out[k] = scale * g.next();
        }
    }

    private Gaussians independent(int i) {
        Gaussians g = independent[i];
        if (g == null) {
            g = new Gaussians(Seeds.savable(seed, purpose + 100, i));
            independent[i] = g;
        }
        return g;
    }

    private Gaussians quadratic(int i) {
        Gaussians g = quadratic[i];
        if (g == null) {
            g = new Gaussians(Seeds.savable(seed, purpose, i));
            quadratic[i] = g;
        }
        return g;
    }

    /**
     * Where every token's streams are (for a {@link SimulationCheckpoint}): two words per stream, a flag for the
     * streams not used yet, and the coloured private processes, null while none runs.
     */
    record State(long seed, long purpose, int d, Streams quadratic, Streams independent, double[] colored,
                 double coloredTau) {
    }

    /** The saved positions of one stream per token; {@code made[i]} false for a stream not used yet. */
    record Streams(long[] words, boolean[] made) {
    }

    /** The streams' state now. */
    State save() {
        return new State(seed, purpose, d, save(quadratic), save(independent),
                colored == null ? null : colored.saveState(), coloredTau);
    }

    private static Streams save(Gaussians[] streams) {
        long[] words = new long[SavableStream.WORDS * streams.length];
        boolean[] made = new boolean[streams.length];
        for (int i = 0; i < streams.length; i++) {
            if (streams[i] != null) {
                streams[i].save(words, SavableStream.WORDS * i);
                made[i] = true;
            }
        }
        return new Streams(words, made);
    }

    /** Back to a saved state; each token's next draws are those that followed it. */
    void restore(State s) {
        Streams q = s.quadratic();
        Streams w = s.independent();
        for (int i = 0; i < quadratic.length; i++) {
            quadratic[i] = q.made()[i] ? restored(quadratic(i), q, i) : null;
            independent[i] = w.made()[i] ? restored(independent(i), w, i) : null;
        }
        if (s.colored() == null) {
            colored = null;
        } else {
            if (colored == null) {
                colored = new ColoredGoe(d, quadratic.length);
            }
            colored.restoreState(s.colored());
        }
        coloredTau = s.coloredTau();
    }

    private static Gaussians restored(Gaussians g, Streams saved, int i) {
        g.restore(saved.words(), SavableStream.WORDS * i);
        return g;
    }

    /** The noise of a saved state: {@code existing} moved back to it, or a new one when there is none. */
    static TokenNoise restore(TokenNoise existing, State s) {
        TokenNoise t = existing != null ? existing
                : new TokenNoise(s.seed(), s.purpose(), s.quadratic().made().length, s.d());
        t.restore(s);
        return t;
    }
}
