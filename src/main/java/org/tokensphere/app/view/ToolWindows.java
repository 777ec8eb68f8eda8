package org.tokensphere.app.view;

import javafx.scene.Scene;
import javafx.stage.Stage;
import org.tokensphere.app.view.chart.AttentionLayerPanel;
import org.tokensphere.engine.Frame;
import org.tokensphere.model.InitKind;
import org.tokensphere.model.Params;

/**
 * The main window's tool windows, each created on first use and owned by the main window: the gallery of shipped
 * presets, Tools ▸ Sweep… and the "One attention layer" panel.
 */
final class ToolWindows {
    private final MainWindow window;
    private final AttentionLayerPanel layerPanel = new AttentionLayerPanel();
    private Stage layerStage;
    private PresetGallery gallery;
    private SweepWindow sweep;

    /** The tool windows of {@code window}. */
    ToolWindows(MainWindow window) {
        this.window = window;
    }

    private String stylesheet() {
        return window.scene().getStylesheets().get(0);
    }

    /**
     * Shows the "One attention layer" panel with the current run's n, γ and ρ marked (ρ₀ of an equiangular start,
     * else the mean ⟨x_i, x_j⟩ now).
     */
    void showAttentionLayer() {
        if (layerStage == null) {
            layerStage = new Stage();
            layerStage.setTitle("One attention layer — TokenSphere");
            layerStage.initOwner(window.stage());
            Scene scene = new Scene(layerPanel, 900, 640);
            scene.getStylesheets().setAll(window.scene().getStylesheets());
            layerStage.setScene(scene);
        }
        Frame f = window.engine().latest();
        Params p = f.params();
        double rho = p.init().kind() == InitKind.EQUIANGULAR ? p.init().rho0()
                : (f.n() * f.values().polarOrder() * f.values().polarOrder() - 1) / (f.n() - 1);
        layerPanel.showRun(f.n(), p.gamma(), rho);
        if (rho > 0 && rho < 1 && !layerStage.isShowing()) {
            layerPanel.setRho(rho);
        }
        layerStage.show();
        layerStage.toFront();
    }

    /** The "One attention layer" panel. */
    AttentionLayerPanel attentionLayerPanel() {
        return layerPanel;
    }

    /** Shows the gallery of shipped presets. */
    void showGallery() {
        if (gallery == null) {
            gallery = new PresetGallery(window.stage(), stylesheet(), window.presets()::openShipped);
        }
        gallery.show();
    }

    /** Shows the Sweep window, starting from the current run's parameters. */
    void showSweep() {
        if (sweep == null) {
            sweep = new SweepWindow(window, stylesheet());
        }
        sweep.show();
    }
}
