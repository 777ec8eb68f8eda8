package org.tokensphere.cli;

import org.tokensphere.io.AtomicFile;
import org.tokensphere.model.theory.AttentionLayer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code tokensphere layer}: one long-context attention layer ({@code β = γ log n}, SA weights) on equiangular unit
 * inputs with product {@code ρ}, and the output cosine against the limit of Rigollet (2025), Theorem 7
 * (docs/MATH.md §8).
 */
@Command(name = "layer", mixinStandardHelpOptions = true,
        description = "One attention layer (beta = gamma log n) on equiangular inputs: output cosine and its "
                + "n -> infinity limit as CSV.",
        footer = {"", "Examples:", "  tokensphere layer n=10,1000,1000000 rho=0.5 gamma=1:3:21 --out layer.csv",
            "  tokensphere layer n=100 rho=0.5 gamma=1.5,2,2.5 d=200"})
final class LayerCommand implements Callable<Integer> {
    /** CSV columns. */
    static final String HEADER = "n,gamma,rho,cosOut,limit";

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "key=value", description = "n=N1,N2,... (each >= 2), rho=R in (0, 1), "
            + "gamma=G1,G2,... or a:b:k (k values from a to b), each > 0, and optionally d=D (>= n+1) for the "
            + "real vectors.")
    List<String> keyValues = new ArrayList<>();

    @Mixin
    CommonOptions.CsvOutOption outOption = new CommonOptions.CsvOutOption();

    @Override
    public Integer call() {
        List<Double> ns = null;
        Double rho = null;
        List<Double> gammas = null;
        Integer d = null;
        for (String kv : keyValues) {
            int eq = kv.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("expected key=value, got '" + kv + "' (keys: n, rho, gamma, d)");
            }
            String k = kv.substring(0, eq).trim();
            String v = kv.substring(eq + 1).trim();
            switch (k) {
                case "n" -> ns = list(k, v);
                case "rho" -> rho = number(k, v);
                case "gamma" -> gammas = v.contains(":") ? range(v) : list(k, v);
                case "d" -> d = (int) whole(k, number(k, v), 3, 1 << 20);
                default -> throw new IllegalArgumentException("unknown key '" + k + "' (keys: n, rho, gamma, d)");
            }
        }
        if (ns == null || rho == null || gammas == null) {
            throw new IllegalArgumentException("n=, rho= and gamma= are needed (e.g. n=10,1000 rho=0.5 gamma=1:3:21)");
        }
        if (!(rho > 0 && rho < 1)) {
            throw new IllegalArgumentException("rho must be in (0, 1), got " + v(rho));
        }
        for (double n : ns) {
            whole("n", n, 2, 1e15);
            if (d != null && n <= AttentionLayer.MAX_VECTOR_TOKENS && d < n + 1) {
                throw new IllegalArgumentException("d must be >= n + 1 = " + (long) (n + 1) + " for real vectors, got "
                        + d);
            }
        }
        for (double g : gammas) {
            if (!(g > 0 && g <= 1e6)) {
                throw new IllegalArgumentException("gamma must be in (0, 1e6], got " + v(g));
            }
        }
        StringBuilder sb = new StringBuilder();
        sb.append("# TokenSphere layer: one attention layer, SA weights, beta = gamma log n, equiangular unit inputs ")
                .append("with <x_i, x_j> = rho = ").append(rho).append(" (docs/MATH.md §8)\n");
        sb.append("# cosOut: <theta_i, theta_j> of the outputs, computed from real token vectors in R^d (d = ")
                .append(d == null ? "n + 1" : d).append(") for n <= ").append(AttentionLayer.MAX_VECTOR_TOKENS)
                .append(", and by the exact reduced formula for larger n\n");
        sb.append("# limit: the n -> infinity value of Rigollet (2025), Theorem 7 (critical gamma = 1/(1 - rho) = ")
                .append(AttentionLayer.criticalGamma(rho)).append(")\n");
        sb.append(HEADER).append('\n');
        for (double n : ns) {
            boolean vectors = n <= AttentionLayer.MAX_VECTOR_TOKENS;
            for (double g : gammas) {
                double cos = vectors ? AttentionLayer.fromVectors((int) n, rho, g, d == null ? (int) n + 1 : d)
                        : AttentionLayer.reduced(n, rho, g);
                sb.append((long) n).append(',').append(g).append(',').append(rho).append(',').append(cos).append(',')
                        .append(AttentionLayer.limit(rho, g)).append('\n');
            }
        }
        Path out = outOption.out;
        if (out == null) {
            PrintWriter w = spec.commandLine().getOut();
            w.print(sb);
            w.flush();
        } else {
            AtomicFile.write(out, (Writer w) -> w.write(sb.toString()));
        }
        return 0;
    }

    private static String v(double x) {
        return String.format(Locale.ROOT, "%s", x);
    }

    private static double number(String key, String v) {
        try {
            return Double.parseDouble(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be a number, got '" + v + "'");
        }
    }

    private static List<Double> list(String key, String v) {
        List<Double> out = new ArrayList<>();
        for (String part : v.split(",")) {
            out.add(number(key, part.trim()));
        }
        if (out.size() > 10_000) {
            throw new IllegalArgumentException(key + ": at most 10000 values, got " + out.size());
        }
        return out;
    }

    /** {@code a:b:k}: {@code k ≥ 1} values from {@code a} to {@code b}, evenly spaced. */
    private static List<Double> range(String v) {
        String[] parts = v.split(":");
        if (parts.length != 3) {
            throw new IllegalArgumentException("gamma range must be a:b:k (k values from a to b), got '" + v + "'");
        }
        double a = number("gamma", parts[0]);
        double b = number("gamma", parts[1]);
        int k = (int) whole("gamma range count k", number("gamma", parts[2]), 1, 10_000);
        List<Double> out = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            out.add(k == 1 ? a : a + (b - a) * i / (k - 1));
        }
        return out;
    }

    private static double whole(String key, double x, double low, double high) {
        if (!(x >= low && x <= high) || x != Math.rint(x)) {
            throw new IllegalArgumentException(key + " must be a whole number in [" + (long) low + ", " + (long) high
                    + "], got " + v(x));
        }
        return x;
    }
}
