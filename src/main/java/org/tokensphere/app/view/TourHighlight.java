package org.tokensphere.app.view;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;

import java.util.Locale;
import java.util.Map;

/**
 * The highlight of a tour step: a control (by its parameter key), a chart, the sphere or the equation, found in
 * the window by its id, marked with the style class {@code tour-highlight} and scrolled into view. A target the
 * window does not have is left out quietly.
 */
final class TourHighlight {
    private static final Map<String, String> CHARTS = Map.of("pairs", "pair-chart", "histogram", "heatmap-chart",
            "order", "order-chart", "lyapunov", "lyapunov-chart", "clusters", "cluster-chart", "energy", "energy-chart");
    private final Scene scene;
    private final Node sphere;
    private final Node equation;
    private Node marked;

    TourHighlight(Scene scene, Node sphere, Node equation) {
        this.scene = scene;
        this.sphere = sphere;
        this.equation = equation;
    }

    /** Marks {@code target} (a step's highlight, or null for none) and unmarks the one before. */
    void show(String target) {
        clear();
        Node n = find(target);
        if (n != null) {
            n.getStyleClass().add("tour-highlight");
            marked = n;
            scrollTo(n);
        }
    }

    /** The node marked now, or null. */
    Node marked() {
        return marked;
    }

    void clear() {
        if (marked != null) {
            marked.getStyleClass().remove("tour-highlight");
            marked = null;
        }
    }

    private Node find(String target) {
        if (target == null) {
            return null;
        }
        if (target.equals("sphere")) {
            return sphere;
        }
        if (target.equals("equation")) {
            return equation;
        }
        if (target.startsWith("chart:")) {
            return scene.lookup("#" + CHARTS.getOrDefault(target.substring(6), "none"));
        }
        String id = kebab(target.substring(target.indexOf(':') + 1));
        Node n = scene.lookup("#" + id);
        if (n == null) { // a choice of buttons: "attention-sa", "attention-usa", … in one row
            Node first = scene.getRoot().lookupAll("*").stream()
                    .filter(x -> x.getId() != null && x.getId().startsWith(id + "-")).findFirst().orElse(null);
            n = first == null ? null : first.getParent();
        }
        return n;
    }

    /** A parameter key as the id of its control: {@code sigmaQ} → {@code sigma-q}, {@code rho0} → {@code rho0}. */
    static String kebab(String key) {
        return key.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }

    private static void scrollTo(Node n) {
        for (Parent p = n.getParent(); p != null; p = p.getParent()) {
            if (p instanceof ScrollPane sp && sp.getContent() != null) {
                Bounds inContent = sp.getContent().sceneToLocal(n.localToScene(n.getBoundsInLocal()));
                double extra = sp.getContent().getBoundsInLocal().getHeight() - sp.getViewportBounds().getHeight();
                if (extra > 0) {
                    sp.setVvalue(Math.max(0, Math.min(1, (inContent.getMinY() - 20) / extra)));
                }
                return;
            }
        }
    }
}
