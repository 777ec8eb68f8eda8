package org.tokensphere.app.view;

import javafx.application.ConditionalFeature;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.tokensphere.app.render.TokenView;
import org.tokensphere.engine.SimulationEngine;
import org.tokensphere.model.Params;
import org.tokensphere.app.FxTestSupport;

import javax.imageio.ImageIO;
import java.io.File;
import java.util.concurrent.atomic.AtomicReference;

import static org.tokensphere.app.FxTestSupport.onFx;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The whole window on a real display with the GL pipeline (the {@code render3d} execution, under Xvfb with
 * {@code -Dprism.forceGPU=true}): the window chooses the 3D view, and its snapshot shows the 400 tokens of the
 * starting state in the two pole colours, the sphere, and background around it. Fails (never skips) on a
 * display without 3D.
 */
@DisabledIfSystemProperty(named = "glass.platform", matches = "Monocle",
        disabledReason = "3D needs the render3d execution (real display, GL pipeline)")
class MainWindowRender3DTest {
    private static Stage stage;
    private static SimulationEngine engine;
    private static MainWindow window;

    @BeforeAll
    static void startToolkit() throws Exception {
        FxTestSupport.startToolkit();
    }

    @AfterAll
    static void close() throws Exception {
        if (window != null) {
            onFx(() -> {
                window.close();
                stage.close();
                return null;
            });
        }
        if (engine != null) {
            engine.close();
        }
    }

    @Test
    void theWindowDrawsTheTokensIn3d() throws Exception {
        assertTrue(Platform.isSupported(ConditionalFeature.SCENE3D),
                "SCENE3D not supported: run on a GL display with -Dprism.forceGPU=true");
        Params p = Params.defaults().toBuilder().n(400).seed(3).build();
        engine = new SimulationEngine(p, 1); // paused at t = 0: tokens all over the sphere
        AtomicReference<TokenView> view = new AtomicReference<>();
        onFx(() -> {
            TokenView v = TokenViews.create(700, 600);
            view.set(v);
            window = new MainWindow(engine, p, v);
            stage = new Stage();
            window.show(stage);
            return null;
        });
        assertTrue(TokenViews.is3d(view.get()), "the window chose the 3D view");
        Thread.sleep(2500); // a few pulses: the pump hands the paused frame to the view, the charts draw
        Image image = onFx(() -> view.get().snapshot(1));
        File png = new File("target/mainwindow-render3d.png");
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", png);
        String where = " (snapshot " + png.getAbsolutePath() + ")";

        PixelReader px = image.getPixelReader();
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        int plus = 0;
        int minus = 0;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                Color c = px.getColor(x, y);
                // POLE_PLUS #e4572e, not the amber arrow #ff9f1c (green 0.62)
                if (c.getRed() > c.getGreen() + 0.3 && c.getRed() > c.getBlue() + 0.3 && c.getGreen() < 0.5) {
                    plus++;
                } else if (c.getBlue() > c.getRed() + 0.3 && c.getBlue() > 0.45) {
                    minus++;
                }
            }
        }
        assertTrue(plus > 200, "pixels of tokens on the +u side (red): " + plus + where);
        assertTrue(minus > 200, "pixels of tokens on the −u side (blue): " + minus + where);
        Color corner = px.getColor(2, 2);
        Color centre = px.getColor(w / 2, h / 2);
        assertTrue(corner.getBrightness() > 0.9, "light background in the corner: " + corner + where);
        assertTrue(Math.abs(centre.getBrightness() - corner.getBrightness()) > 0.02
                        || Math.abs(centre.getBlue() - corner.getBlue()) > 0.02,
                "the sphere is drawn in the middle: " + centre + " vs " + corner + where);
    }

}
