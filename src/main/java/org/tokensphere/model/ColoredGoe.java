package org.tokensphere.model;

/**
 * A matrix Ornstein–Uhlenbeck process {@code dY = −Y/τ dt + (1/τ) dG'} with GOE driving (MATH.md §2, coloured
 * driving), one independent scalar process per entry of the upper triangle (diagonal intensity 2, off-diagonal
 * 1), sampled exactly together with its integral over each step. Starts from its stationary law.
 */
final class ColoredGoe {
    private static final double SQRT2 = Math.sqrt(2);
    private final int d;
    private final double[] state;

    /** Processes for {@code count} independent symmetric matrices (one shared, or one per token). */
    ColoredGoe(int d, int count) {
        this.d = d;
        this.state = new double[Gaussians.symmetricEntries(d) * count];
    }

    /** Draws the stationary initial state of matrix {@code index} from {@code gaussians}. */
    void initialize(int index, double tau, Gaussians gaussians) {
        double sd = Math.sqrt(1 / (2 * tau));
        int m = Gaussians.symmetricEntries(d);
        int base = index * m;
        int k = 0;
        for (int i = 0; i < d; i++) {
            for (int j = i; j < d; j++) {
                state[base + k++] = (i == j ? SQRT2 : 1) * sd * gaussians.next();
            }
        }
    }

    /**
     * Advances matrix {@code index} one step with normals {@code z1, z2} ({@code d(d+1)/2} each) and adds
     * {@code scale · ∫Y dt} over the step into the full symmetric {@code out}.
     */
    void advance(int index, OrnsteinUhlenbeck law, double[] z1, double[] z2, double scale, double[] out) {
        int base = index * Gaussians.symmetricEntries(d);
        int k = 0;
        for (int i = 0; i < d; i++) {
            for (int j = i; j < d; j++) {
                double sqrtQ = i == j ? SQRT2 : 1;
                double integral = law.advance(state, base + k, sqrtQ, z1[k], z2[k]);
                k++;
                out[i * d + j] += scale * integral;
                if (i != j) {
                    out[j * d + i] += scale * integral;
                }
            }
        }
    }

    /** The processes' state, a copy (for a {@link SimulationCheckpoint}). */
    double[] saveState() {
        return state.clone();
    }

    /** Back to a state {@link #saveState()} returned. */
    void restoreState(double[] saved) {
        System.arraycopy(saved, 0, state, 0, state.length);
    }
}
