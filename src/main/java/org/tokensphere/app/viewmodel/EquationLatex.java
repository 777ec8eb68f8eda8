package org.tokensphere.app.viewmodel;

import org.tokensphere.model.AttentionKind;
import org.tokensphere.model.Norm;
import org.tokensphere.model.Params;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;

/**
 * The equation of MATH.md §3 as LaTeX, with only the terms that act and the current values: first the SDE of
 * token {@code i}, then one line per driving term with its definition and numbers. Under Pre-/Peri-LN
 * (MATH.md §8) {@code x_i} is the direction and {@code r_i} the radius.
 */
public final class EquationLatex {
    private EquationLatex() {
    }

    /** LaTeX (JLaTeXMath dialect) of the equation simulated with {@code p}. */
    public static String of(Params p) {
        double q = p.effectiveSigmaQ();
        boolean matrix = p.usesMatrix();
        boolean quadratic = q > 0 || matrix;
        double sb = p.effectiveSigmaB();
        double vb = p.effectiveBiasStrength();
        boolean bias = sb > 0 || vb > 0;
        boolean shared = q > 0 && p.sharing() < 1;
        boolean attention = p.effectiveAlpha() > 0;

        List<String> drive = new ArrayList<>();
        if (quadratic) {
            drive.add("\\circ dQ" + (shared ? "^{(i)}" : "") + "_t\\,x_i");
        }
        if (bias) {
            drive.add("\\circ dL_t");
        }
        StringBuilder eq = new StringBuilder("dx_i = ");
        boolean first = true;
        if (!drive.isEmpty()) {
            eq.append("-P_{x_i}\\left(").append(String.join(" + ", drive)).append("\\right)");
            first = false;
        }
        if (attention) {
            String speed = switch (p.norm()) {
                case POST -> "\\alpha\\,";
                case PRE -> "\\frac{\\alpha}{r_i}\\,";
                case PERI -> "\\frac{\\alpha}{r_i|A_i|}\\,";
            };
            eq.append(first ? "" : " + ").append(speed).append("P_{x_i}A_i(X)\\,dt");
            first = false;
        }
        if (p.sigmaInd() > 0) {
            eq.append(first ? "" : " + ").append("\\sigma_{\\mathrm{ind}}\\,P_{x_i}\\circ dW_i");
            first = false;
        }
        if (first) {
            eq.append("0");
        }

        List<String> lines = new ArrayList<>();
        lines.add(eq.toString());
        if (quadratic) {
            String g = q > 0 ? "\\sigma_Q\\,G" + (shared ? "^{(i)}" : "") + "_t" : "";
            String qt = matrix && q > 0 ? "t\\,M + " + g : matrix ? "t\\,M" : g;
            String values = q > 0 ? ",\\quad \\sigma_Q = " + num(q) : "";
            lines.add("Q" + (shared ? "^{(i)}" : "") + "_t = " + qt + values);
            if (shared) {
                lines.add("G^{(i)} = \\sqrt{c}\\,G + \\sqrt{1-c}\\,G_i,\\quad c = " + num(p.sharing()));
            }
            if (q > 0 && p.tau() > 0) {
                lines.add("dG \\to Y\\,dt,\\quad dY = -\\frac{Y}{\\tau}dt + \\frac{dG'}{\\tau},\\quad \\tau = "
                        + num(p.tau()));
            }
        }
        if (bias) {
            String lt = vb > 0 && sb > 0 ? "t\\,v + \\sigma_b W_t" : vb > 0 ? "t\\,v" : "\\sigma_b W_t";
            StringBuilder l = new StringBuilder("L_t = " + lt + ",\\quad ");
            if (vb > 0) {
                l.append("|v| = ").append(num(vb));
                if (sb > 0) {
                    l.append(",\\ ");
                }
            }
            if (sb > 0) {
                l.append("\\sigma_b = ").append(num(sb));
            }
            lines.add(l.toString());
        }
        if (attention) {
            String a = p.attention() == AttentionKind.SA
                    ? "A_i = \\frac{\\sum_j e^{\\beta\\langle x_i,x_j\\rangle}x_j}{\\sum_k e^{\\beta\\langle x_i,x_k\\rangle}}"
                    : "A_i = \\frac{1}{N}\\sum_j e^{\\beta\\langle x_i,x_j\\rangle}x_j";
            String beta = p.gamma() > 0 ? "\\beta = \\gamma\\log N = " + num(p.effectiveBeta()) + ",\\ \\gamma = "
                    + num(p.gamma()) : "\\beta = " + num(p.beta());
            lines.add(a + ",\\quad \\alpha = " + num(p.alpha()) + ",\\ " + beta);
            if (p.norm() != Norm.POST) {
                lines.add((p.norm() == Norm.PRE ? "dr_i = \\alpha\\langle x_i, A_i\\rangle\\,dt"
                        : "dr_i = \\alpha\\frac{\\langle x_i, A_i\\rangle}{|A_i|}\\,dt")
                        + "\\quad\\text{(" + (p.norm() == Norm.PRE ? "Pre" : "Peri") + "-LN, radius } r_i(0) = 1)");
            }
        }
        if (p.sigmaInd() > 0) {
            lines.add("\\sigma_{\\mathrm{ind}} = " + num(p.sigmaInd()));
        }
        lines.add("x_i \\in S^{" + (p.d() - 1) + "},\\quad i = 1,\\dots," + p.n()
                + ",\\quad P_x = I - x\\,x^{T}"
                + (attention && p.norm() != Norm.POST ? ",\\quad \\text{token } r_i x_i \\in R^{" + p.d() + "}" : ""));
        return "\\begin{array}{l}" + String.join("\\\\", lines) + "\\end{array}";
    }

    /** A value with at most three significant digits, no trailing zeros. */
    static String num(double v) {
        if (v == 0) {
            return "0";
        }
        return new BigDecimal(v).round(new MathContext(3)).stripTrailingZeros().toPlainString();
    }
}
