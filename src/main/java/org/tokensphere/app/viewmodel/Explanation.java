package org.tokensphere.app.viewmodel;

import org.tokensphere.model.Norm;
import org.tokensphere.model.Params;

import java.util.ArrayList;
import java.util.List;

/**
 * What the explanation panel shows for some parameters: the system's name and source, the equation being
 * simulated as LaTeX with the current values, and a few sentences on what to watch for, from the papers. The
 * app follows MATH.md where it differs from a paper (the sign in front of the driving), and says so.
 *
 * @param kind      the system
 * @param latex     the equation and its driving terms, LaTeX (JLaTeXMath dialect)
 * @param sentences what to watch for, three or four sentences
 */
public record Explanation(SystemKind kind, String latex, List<String> sentences) {

    /** Said wherever the minus sign matters. */
    static final String SIGN_NOTE = "Sign: the app follows docs/MATH.md §3, dx = −P_x(∘dQ x + ∘dL), so tokens go "
            + "to ±e_min (smallest eigenvalue of M); Engel & Shalova (2026, §2) flow to the largest one — the same "
            + "picture with M ↦ −M.";

    /** The explanation for {@code p}. */
    public static Explanation of(Params p) {
        SystemKind kind = SystemKind.of(p);
        return new Explanation(kind, EquationLatex.of(p), sentences(kind, p));
    }

    private static List<String> sentences(SystemKind kind, Params p) {
        List<String> s = new ArrayList<>();
        switch (kind) {
            case RQF, BIHARMONIC -> {
                s.add("Each token alone is just a Brownian motion on the sphere: followed one at a time, nothing "
                        + "singles out a direction.");
                s.add("But all tokens feel the same random matrix, so every scalar product ⟨x_i, x_j⟩ drifts to +1 "
                        + "(polar) or −1 (anti-polar) and stays there; P(ρ→+1) = ½ + arcsin(ρ₀)/π.");
                s.add(kind == SystemKind.BIHARMONIC
                        ? "On the circle this is the bi-harmonic model (26): its Lyapunov exponent is negative and "
                        + "the tokens end in two opposite points that keep moving."
                        : "The ensemble ends in two antipodal clusters ±u that keep wandering: the nematic order S "
                        + "rises to 1, the polar order r need not.");
                s.add("Nearby tokens close in like e^{−2σ_Q² t}: the Lyapunov estimate should settle near "
                        + "−2σ_Q² = " + NumberText.fmt(-2 * p.sigmaQ() * p.sigmaQ()) + " in every dimension.");
            }
            case DQF -> {
                s.add("With σ_Q = 0 the flow is x(t) = e^{−tM}x₀/|e^{−tM}x₀|, the gradient flow of the quadratic "
                        + "form ⟨x, Mx⟩ on the sphere.");
                s.add("Almost every token goes to one of the two poles ±e_min (the arrow); the side is fixed by "
                        + "the sign of ⟨x₀, e_min⟩, so colouring by pole never changes.");
                s.add("The angle to e_min shrinks like e^{−(μ₂−μ₁)t}: a small gap between the two smallest "
                        + "eigenvalues means slow convergence — try \"new matrix M\".");
                s.add(SIGN_NOTE);
            }
            case MIXED_QF -> {
                s.add("Q_t = tM + σ_Q G_t: the fixed form pulls towards ±e_min while the common noise shakes "
                        + "the whole ensemble (Engel & Shalova 2026, Remark 1.1: the two cases side by side).");
                s.add("Pairs still lock at ρ = ±1: the common noise alone already makes two antipodal clusters.");
                s.add("Watch where the pole axis spends its time: near ±e_min when tM dominates, everywhere when "
                        + "σ_Q does.");
                s.add(SIGN_NOTE);
            }
            case BIASED_RQF -> {
                s.add("The quadratic part alone makes two antipodal clusters, a bias alone makes one (eq. (28)).");
                s.add("For d ≥ 3, ρ = −1 becomes repelling: anti-polar pairs come apart and the ensemble ends in a "
                        + "single cluster — more and more slowly as the bias goes to 0.");
                s.add("Watch the anti-polar fraction fall and the polar order r climb to 1; in the heatmap the "
                        + "mass at ρ = −1 drains to +1.");
                s.add("Engel & Shalova (2026, §5.2) leave this transition open: vary σ_b and |v| against σ_Q to "
                        + "explore it.");
            }
            case SPHERICAL_BM -> {
                s.add("Only the common random bias acts: every token is pushed by the same Brownian vector W_t.");
                s.add("Each token is a Brownian motion, yet the flow's attractor is a single point (Baxendale): "
                        + "all pairs become polar.");
                s.add("Watch the polar order r rise to 1: one cluster that keeps wandering over the sphere.");
            }
            case FIXED_BIAS -> {
                s.add("A fixed bias v is the gradient flow of the linear form ⟨x, v⟩: every token slides to "
                        + "−v/|v| (the arrow shows v).");
                s.add("The ensemble ends in one cluster; tokens starting near +v/|v| leave last.");
                s.add(SIGN_NOTE);
            }
            case KURAMOTO -> {
                s.add("USA attention on the circle with β = 0 is the Kuramoto model θ_i' = −(1/N) Σ_j sin(θ_i − θ_j).");
                s.add("For almost every start the oscillators synchronize to one phase: r → 1.");
                s.add("Raise β to see clusters that last a long time before merging.");
            }
            case NOISY_TRANSFORMER -> {
                s.add("Attention pulls tokens together, the independent noise σ_ind = √(2/κ) spreads them "
                        + "(Rigollet 2025, §7).");
                s.add("For the noisy Kuramoto model (d = 2, β = 0) the uniform state is the only stationary one for "
                        + "κ ≤ 2 (σ_ind ≥ 1) and a clustered state appears for κ > 2.");
                s.add("Watch r and S fluctuate around a level set by the balance of α and σ_ind instead of reaching 1.");
            }
            case ATTENTION -> {
                s.add("Each token moves towards an attention-weighted average of all tokens (α the strength, "
                        + "β the inverse temperature): the self-attention dynamics of Rigollet (2025).");
                s.add("For d ≥ 3 almost every start ends in a single cluster (r → 1), but for large β the tokens "
                        + "first form several clusters that last a very long time (metastability).");
                if (p.norm() != Norm.POST) {
                    s.add((p.norm() == Norm.PRE ? "Pre-LN: the token x_i = r_i θ_i moves in R^d by α A_i(Θ)"
                            : "Peri-LN: the token x_i = r_i θ_i moves in R^d by α A_i/|A_i|, at unit speed")
                            + "; the radius grows like αt and slows the direction down, so tokens collapse "
                            + "polynomially, 1 − ρ ~ c/t², not exponentially as with Post-LN (Rigollet (2025), §6.2, "
                            + "Fig. 4). Try the 1 − ρ log–log view of the pair chart.");
                } else {
                    s.add("The attention energy E_β = (1/(2βN²)) Σ_ij e^{β⟨x_i,x_j⟩} only rises, in steps when "
                            + "clusters merge: the energy chart marks the merges (Rigollet (2025), §3–§4, Fig. 2).");
                }
                if (p.gamma() > 0) {
                    s.add("Long context: β = γ log N = " + NumberText.fmt(p.effectiveBeta()) + ". One layer on "
                            + "equiangular inputs contracts for γ < 1/(1−ρ), mixes sparsely at γ = 1/(1−ρ) and acts "
                            + "like the identity above (Rigollet (2025), §6.3, Theorem 7; View > One attention layer).");
                } else {
                    s.add("From an equiangular start ρ(t) follows an exact ODE, drawn dashed on the pair chart "
                            + "(docs/MATH.md §5.6, §8; Rigollet (2025), §6).");
                }
            }
            case INDEPENDENT -> {
                s.add("No noise is shared: every token feels its own random driving.");
                s.add("Each token is still a Brownian motion, but nothing couples them, so they stay spread out: "
                        + "r and S stay near their values for independent uniform points.");
                s.add("Raise the sharing c towards 1 to watch synchronization by common noise come back.");
            }
            case STILL -> {
                s.add("All strengths are zero: the tokens do not move.");
                s.add("Switch on σ_Q (random mode) for the RQF, or use deterministic mode for the fixed form M.");
            }
            default -> throw new IllegalStateException(kind.name());
        }
        addModifiers(kind, p, s);
        return s;
    }

    /** One sentence for a secondary ingredient, when there is room. */
    private static void addModifiers(SystemKind kind, Params p, List<String> s) {
        if (s.size() >= 4) {
            return;
        }
        if (p.effectiveSigmaQ() > 0 && p.tau() > 0) {
            s.add("Coloured noise, τ = " + NumberText.fmt(p.tau()) + ": small τ is close to the white-noise "
                    + "RQF (Wong–Zakai), large τ a slowly turning fixed form (Remark 1.1).");
        } else if (p.effectiveSigmaQ() > 0 && p.sharing() > 0 && p.sharing() < 1) {
            s.add("Only a fraction c = " + NumberText.fmt(p.sharing()) + " of the noise is shared: pairs get "
                    + "close, but the private part keeps shaking them apart.");
        } else if (kind != SystemKind.NOISY_TRANSFORMER && p.sigmaInd() > 0 && kind != SystemKind.INDEPENDENT) {
            s.add("The independent noise σ_ind works against synchronization: clusters blur instead of closing.");
        }
    }
}
