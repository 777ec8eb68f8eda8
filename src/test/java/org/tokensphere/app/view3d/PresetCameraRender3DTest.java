package org.tokensphere.app.view3d;

import javafx.application.ConditionalFeature;
import javafx.application.Platform;
import javafx.geometry.Point3D;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.tokensphere.app.viewmodel.CameraPose;
import org.tokensphere.app.FxTestSupport;


import static org.tokensphere.app.FxTestSupport.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A preset's camera in the real 3D view (render3d execution: a display and the GL pipeline): the coordinate axes
 * appear on screen where the presets' convention puts them, and the camera reads back as it was set.
 */
@DisabledIfSystemProperty(named = "glass.platform", matches = "Monocle",
        disabledReason = "3D needs the render3d execution (real display, GL pipeline)")
class PresetCameraRender3DTest {
    private static Stage stage;
    private static SphereView view;

    @BeforeAll
    static void show() throws Exception {
        FxTestSupport.startToolkit();
        onFx(() -> {
            view = new SphereView(500, 500);
            stage = new Stage();
            stage.setScene(new Scene(view));
            stage.show();
            return null;
        });
    }

    @AfterAll
    static void close() throws Exception {
        onFx(() -> {
            stage.close();
            return null;
        });
    }

    @Test
    void axesAppearWhereTheConventionPutsThemAndThePoseReadsBack() throws Exception {
        assertTrue(Platform.isSupported(ConditionalFeature.SCENE3D), "SCENE3D not supported");
        for (CameraPose pose : new CameraPose[] {new CameraPose(30, 20, 4), new CameraPose(-120, -35, 6),
                new CameraPose(0, 90, 4), new CameraPose(75, 0, 3)}) {
            double[] read = onFx(() -> {
                view.setCamera(pose.azimuth(), pose.elevation(), pose.distance());
                return view.camera();
            });
            assertEquals(pose.azimuth(), read[0], 1e-9);
            assertEquals(pose.elevation(), read[1], 1e-9);
            assertEquals(pose.distance(), read[2], 1e-9);
            Point3D centre = onFx(() -> view.tokenNode().localToScene(0, 0, 0, true));
            double[] right = pose.right();
            double[] up = pose.up();
            for (int k = 0; k < 3; k++) {
                int axis = k;
                Point3D p = onFx(() -> view.tokenNode().localToScene(axis == 0 ? 0.5 : 0, axis == 1 ? 0.5 : 0,
                        axis == 2 ? 0.5 : 0, true));
                double screenRight = p.getX() - centre.getX();
                double screenUp = centre.getY() - p.getY();
                String what = "axis " + (k + 1) + " seen from " + pose;
                if (Math.abs(right[k]) > 0.2) {
                    assertEquals(Math.signum(right[k]), Math.signum(screenRight), what + ": right " + screenRight);
                }
                if (Math.abs(up[k]) > 0.2) {
                    assertEquals(Math.signum(up[k]), Math.signum(screenUp), what + ": up " + screenUp);
                }
            }
        }
    }

}
