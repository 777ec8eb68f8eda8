package org.tokensphere.app.figure;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The panels a figure can hold, by the names {@code --panels} takes. */
public enum FigurePanel {
    /** The tokens on the sphere (vector circles), as the software view projects them. */
    SPHERE("sphere", "Tokens on the sphere"),
    /** The scalar products ⟨x_i, x_j⟩(t) of the traced pairs. */
    PAIRS("pairs", "Pair products"),
    /** Polar order r, nematic order S, polar and anti-polar fractions. */
    ORDER("order", "Order"),
    /** Histogram of all pairwise products over time, as a heatmap. */
    HISTOGRAM("histogram", "Histogram of ρ"),
    /** Lyapunov estimate with its band and the exact value where known. */
    LYAPUNOV("lyapunov", "Lyapunov exponent"),
    /** Number of clusters. */
    CLUSTERS("clusters", "Clusters"),
    /** Attention energy E_β. */
    ENERGY("energy", "Attention energy E");

    private final String key;
    private final String title;

    FigurePanel(String key, String title) {
        this.key = key;
        this.title = title;
    }

    /** The name on the command line. */
    public String key() {
        return key;
    }

    /** The panel's heading. */
    public String title() {
        return title;
    }

    /** Panels from a comma list such as {@code sphere,pairs,order}; refused names are listed with the known ones. */
    public static List<FigurePanel> parse(String list) {
        List<FigurePanel> out = new ArrayList<>();
        for (String part : list.split(",")) {
            String name = part.strip().toLowerCase(Locale.ROOT);
            FigurePanel found = null;
            for (FigurePanel p : values()) {
                if (p.key.equals(name)) {
                    found = p;
                }
            }
            if (found == null) {
                throw new IllegalArgumentException("--panels: unknown panel '" + part.strip() + "' (known: "
                        + String.join(", ", names()) + ")");
            }
            if (out.contains(found)) {
                throw new IllegalArgumentException("--panels: '" + name + "' is named twice");
            }
            out.add(found);
        }
        if (out.size() > 6) {
            throw new IllegalArgumentException("--panels: " + out.size() + " panels, at most 6");
        }
        return List.copyOf(out);
    }

    /** All names, in order. */
    public static List<String> names() {
        return java.util.Arrays.stream(values()).map(FigurePanel::key).toList();
    }
}
