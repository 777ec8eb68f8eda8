package org.tokensphere.app.viewmodel;

/**
 * The numeric controls of the side panel, each tied to one parameter of MATH.md, with what a person needs to
 * use it: the symbol, a one-sentence tooltip, and the slider's sensible range (typed values may go beyond it,
 * up to what {@link org.tokensphere.model.Params} accepts).
 */
public enum Knob {
    /** {@code σ_Q}. */
    SIGMA_Q("σ_Q", "random quadratic form", "σ_Q scales the common random symmetric matrix G_t "
            + "(Q_t = tM + σ_Q G_t) that rotates and stretches all tokens alike.", 0, 3, false, false, false),
    /** {@code σ_b}. */
    SIGMA_B("σ_b", "random bias", "σ_b scales the common random bias W_t (L_t = tv + σ_b W_t), "
            + "one Brownian push shared by every token.", 0, 3, false, false, false),
    /** {@code |v|}. */
    BIAS_STRENGTH("|v|", "fixed bias strength", "|v| is the length of the fixed bias v: "
            + "every token is pulled towards −v/|v| (deterministic and mixed modes).", 0, 3, false, false, false),
    /** Azimuth of {@code v}, degrees. */
    BIAS_AZIMUTH("φ_v", "bias direction, azimuth (°)", "φ_v is the azimuth of the bias direction v/|v| "
            + "in the plane of the first two axes, in degrees.", 0, 360, false, false, false),
    /** Polar angle of {@code v} from the last axis, degrees. */
    BIAS_POLAR("θ_v", "bias direction, polar angle (°)", "θ_v is the angle of the bias direction v/|v| "
            + "from the last axis e_d, in degrees.", 0, 180, false, false, false),
    /** {@code c}. */
    SHARING("c", "noise sharing", "c is the fraction of the quadratic noise common to all tokens: "
            + "c = 1 is the RQF, c = 0 gives every token its own independent matrix.", 0, 1, false, false, false),
    /** {@code τ}. */
    TAU("τ", "noise correlation time", "τ is the correlation time of the coloured quadratic noise Y "
            + "(dY = −Y/τ dt + dG/τ): small τ is the white-noise RQF, large τ a slowly turning fixed form.",
            0.01, 10, true, false, false),
    /** {@code α}. */
    ALPHA("α", "attention strength", "α scales the self-attention drift α·P_x A_i(X), which pulls each "
            + "token towards an attention-weighted average of all tokens.", 0, 5, false, false, false),
    /** {@code β}. */
    BETA("β", "inverse temperature", "β is the attention's inverse temperature in e^{β⟨x_i,x_j⟩}: "
            + "large β makes each token attend mostly to its close neighbours.", 0, 20, false, false, false),
    /** {@code γ} of long-context attention. */
    GAMMA("γ", "long context, β = γ log N", "γ > 0 sets the inverse temperature to β = γ log N (long-context "
            + "scaling, Rigollet (2025), §6.3); γ = 0 is off and β is used.", 0, 5, false, false, false),
    /** {@code σ_ind}. */
    SIGMA_IND("σ_ind", "independent noise", "σ_ind scales a Brownian motion private to each token, "
            + "which works against synchronization (σ_ind = √(2/κ) in Rigollet 2025, §7).", 0, 3, false, false,
            false),
    /** {@code N}. */
    N("N", "tokens", "N is the number of tokens on the sphere; changing it restarts the run.",
            2, 100_000, true, true, true),
    /** {@code d}. */
    D("d", "dimension", "d is the dimension of the space: tokens live on the sphere S^{d−1} "
            + "(d = 3 is the drawn sphere, d = 2 the circle); changing it restarts the run.", 2, 50, false, true, true),
    /** {@code dt}. */
    DT("dt", "time step", "dt is the fixed time step of the integrator; the error grows with dt "
            + "and with d (docs/MATH.md §6).", 0.0005, 0.1, true, false, false),
    /** Simulated time per second. */
    SPEED("speed", "simulated time per second", "Speed is how much simulated time passes per second of "
            + "wall-clock time (the step dt stays fixed).", 0.05, 20, true, false, false),
    /** {@code ρ₀}. */
    RHO0("ρ₀", "initial scalar product", "ρ₀ is the starting scalar product ⟨x_i, x_j⟩ for the pair "
            + "and equiangular initial states.", -1, 1, false, false, true),
    /** Cap half-angle, radians. */
    CAP_ANGLE("ϑ", "cap half-angle (rad)", "ϑ is the half-angle, in radians, of the spherical cap around "
            + "e_d on which the tokens start.", 0.05, Math.PI, false, false, true);

    private final String symbol;
    private final String meaning;
    private final String tooltip;
    private final double sliderMin;
    private final double sliderMax;
    private final boolean logScale;
    private final boolean integer;
    private final boolean restarts;

    Knob(String symbol, String meaning, String tooltip, double sliderMin, double sliderMax, boolean logScale,
         boolean integer, boolean restarts) {
        this.symbol = symbol;
        this.meaning = meaning;
        this.tooltip = tooltip;
        this.sliderMin = sliderMin;
        this.sliderMax = sliderMax;
        this.logScale = logScale;
        this.integer = integer;
        this.restarts = restarts;
    }

    /** The symbol of MATH.md, e.g. {@code σ_Q}. */
    public String symbol() {
        return symbol;
    }

    /** A few words on what it is, for the label. */
    public String meaning() {
        return meaning;
    }

    /** One sentence on what the term does, with its symbol. */
    public String tooltip() {
        return tooltip;
    }

    /** Lower end of the slider. */
    public double sliderMin() {
        return sliderMin;
    }

    /** Upper end of the slider. */
    public double sliderMax() {
        return sliderMax;
    }

    /** True when the slider is logarithmic. */
    public boolean logScale() {
        return logScale;
    }

    /** True when only whole numbers are accepted. */
    public boolean integer() {
        return integer;
    }

    /** True when a change restarts the run (applied when the slider is released, not while dragging). */
    public boolean restarts() {
        return restarts;
    }
}
