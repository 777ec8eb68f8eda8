package org.tokensphere.app.view;

import org.tokensphere.app.render.TokenView;
import org.tokensphere.app.view.chart.ChartPanel;
import org.tokensphere.app.viewmodel.PairSelection;
import org.tokensphere.engine.SimulationEngine;

/**
 * Tracing pairs in the main window: two tokens clicked on the sphere, or the charts' "random pairs" button, choose
 * the pairs the engine traces; the charts' hint says whether a first token is waiting for its partner.
 */
final class PairTracing {
    private static final String HINT = "click two tokens to trace a pair";

    private PairTracing() {
    }

    /** Connects {@code pairs} (starting from the engine's) to {@code engine}, {@code charts} and {@code view}. */
    static void connect(PairSelection pairs, SimulationEngine engine, ChartPanel charts, TokenView view) {
        pairs.adopt(engine.latest().pairs());
        pairs.pairsProperty().addListener((o, a, p) -> engine.setPairs(p));
        pairs.pendingProperty().addListener((o, a, first) -> charts.setPairHint(first.intValue() >= 0
                ? "token " + first + " picked: click another" : HINT));
        charts.setPairHint(HINT);
        charts.randomPairsButton().setOnAction(e -> pairs.randomPairs(engine.latest().n()));
        view.setOnTokenPicked(pairs::pick);
    }
}
