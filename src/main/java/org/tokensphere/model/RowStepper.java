package org.tokensphere.model;

/**
 * Steps the tokens held row-major ({@code n×d}) by the splitting or the Heun scheme, in parallel over fixed
 * chunks of {@link TokenTiles#chunkTokens} tokens: the tiled kernels when only shared driving acts, else one token
 * at a time with its private increments ({@link TokenKernels}, streams from {@link TokenNoise}). Work spaces are
 * made once per thread, so a step allocates nothing; every token is checked ({@link StepCheck}).
 */
final class RowStepper {
    private final int n;
    private final int d;
    private final int chunkTokens;
    private final TokenKernels.Scratch[] scratch;
    private final TokenTiles.Work[] tiles;
    private final Parallel.Task task = this::stepChunk;
    private double[] x;
    private StepInputs in;
    private boolean heun;
    private Params params;
    private TokenNoise noise;
    private StepCheck check;

    RowStepper(int n, int d, int threads) {
        this.n = n;
        this.d = d;
        this.chunkTokens = TokenTiles.chunkTokens(d);
        this.scratch = new TokenKernels.Scratch[threads];
        this.tiles = new TokenTiles.Work[threads];
        for (int w = 0; w < threads; w++) {
            scratch[w] = new TokenKernels.Scratch(d);
            tiles[w] = new TokenTiles.Work(d);
        }
    }

    /**
     * One step of every token of {@code positions} with the shared inputs {@code in} and, where they act, each
     * token's private increments from {@code tokenNoise}; failures go to {@code stepCheck}.
     */
    void step(double[] positions, StepInputs inputs, boolean useHeun, Params p, TokenNoise tokenNoise,
              Parallel parallel, StepCheck stepCheck) {
        this.x = positions;
        this.in = inputs;
        this.heun = useHeun;
        this.params = p;
        this.noise = tokenNoise;
        this.check = stepCheck;
        if (inputs.privateQuadratic) {
            tokenNoise.prepare(p, inputs.h);
        }
        stepCheck.begin(Parallel.chunks(n, chunkTokens));
        parallel.forChunks(n, chunkTokens, task);
    }

    private void stepChunk(int worker, int chunk, int from, int to) {
        boolean priv = in.privateQuadratic;
        boolean indep = in.independentScale > 0;
        if (!priv && !indep) {
            if (heun) {
                TokenTiles.heun(x, from, to, in, tiles[worker], check, chunk);
            } else {
                TokenTiles.splitting(x, from, to, in, tiles[worker], check, chunk);
            }
            return;
        }
        TokenKernels.Scratch s = scratch[worker];
        for (int i = from; i < to; i++) {
            if (priv) {
                noise.drawQuadratic(i, params, in.h, s.z1, s.z2, s.privateQ);
            }
            if (indep) {
                noise.drawIndependent(i, in.independentScale, s.independent);
            }
            double[] q = priv ? s.privateQ : null;
            double[] w = indep ? s.independent : null;
            double chordSquared = heun ? TokenKernels.heun(x, i * d, in, q, w, s)
                    : TokenKernels.splitting(x, i * d, in, q, w, s);
            if (StepCheck.ENABLED && !check.checkPosition(x, i * d, d, chunk, i)) {
                check.checkChord(chordSquared, chunk, i);
            }
        }
    }
}
