package org.tokensphere.app.view;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.tokensphere.app.viewmodel.FrameStats;
import org.tokensphere.engine.EngineStatus;
import org.tokensphere.engine.Frame;

import java.util.Locale;

/**
 * The bottom line: what the engine is doing, how fast it simulates and draws, and its last message; while a file is
 * being written, a progress bar and what is being written.
 */
public final class StatusBar extends HBox {
    private final Label status = cell("status");
    private final Label time = cell("time");
    private final Label size = cell("size");
    private final Label integrator = cell("integrator");
    private final Label speed = cell("sim-speed");
    private final Label fps = cell("fps");
    private final Label message = cell("status-message");
    private final Tooltip messageTip = new Tooltip();
    private final ProgressBar progress = new ProgressBar();
    private String localMessage = "";
    private long localUntil;
    private boolean working;

    /** An empty status bar. */
    public StatusBar() {
        getStyleClass().add("status-bar");
        setSpacing(18);
        setPadding(new Insets(3, 10, 3, 10));
        setAlignment(Pos.CENTER_LEFT);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        message.setMinWidth(0);
        messageTip.setWrapText(true);
        messageTip.setMaxWidth(600);
        message.getStyleClass().add("message");
        fps.setTooltip(new Tooltip("Frames drawn per second, and the CPU time per frame spent preparing the "
                + "tokens (projection, colours, mesh) and the charts on the UI thread."));
        speed.setTooltip(new Tooltip("Simulation steps per second, and simulated time per second of wall-clock time."));
        progress.setId("status-progress");
        progress.setPrefWidth(140);
        progress.setVisible(false);
        progress.managedProperty().bind(progress.visibleProperty());
        getChildren().addAll(status, time, size, integrator, speed, fps, spacer, progress, message);
    }

    /**
     * Shows {@code text} with a progress bar at {@code fraction} (0 to 1, or negative while the amount is not
     * known) until {@link #endWork}.
     */
    public void work(String text, double fraction) {
        working = true;
        progress.setVisible(true);
        progress.setProgress(fraction < 0 ? ProgressBar.INDETERMINATE_PROGRESS : fraction);
        localMessage = text;
        message.setText(text);
    }

    /** Hides the progress bar and shows {@code text} for a few seconds. */
    public void endWork(String text) {
        working = false;
        progress.setVisible(false);
        say(text);
    }

    /** The progress bar shown while a file is written. */
    ProgressBar progressBar() {
        return progress;
    }

    /** Shows a message from the window itself (e.g. a snapshot saved or refused) for a few seconds. */
    public void say(String text) {
        localMessage = text;
        localUntil = System.nanoTime() + 8_000_000_000L;
        message.setText(text);
    }

    /** Brings the bar up to date. */
    public void update(Frame f, FrameStats stats) {
        status.setText(switch (f.status()) {
            case RUNNING -> "▶ running";
            case PAUSED -> "❚❚ paused";
            case ERROR -> "⚠ paused by an error";
        });
        status.getStyleClass().removeAll("error");
        if (f.status() == EngineStatus.ERROR) {
            status.getStyleClass().add("error");
        }
        time.setText(String.format(Locale.ROOT, "t = %.3f   (%d steps, dt = %.4g)", f.time(), f.steps(), f.dt()));
        size.setText("N = " + f.n() + ",  d = " + f.d());
        integrator.setText(f.integrator());
        speed.setText(String.format(Locale.ROOT, "%s steps/s,  %.3g time/s", human(f.stepsPerSecond()),
                stats.simRate()));
        fps.setText(String.format(Locale.ROOT, "%.0f fps,  %.2f ms/frame", stats.fps(), stats.cpuMillis()));
        boolean local = working || System.nanoTime() < localUntil;
        String text = local ? localMessage : f.message();
        message.setText(text);
        messageTip.setText(text);   // the whole message, when the bar cuts it short
        message.setTooltip(text.isEmpty() ? null : messageTip);
        message.getStyleClass().removeAll("error");
        if (text.startsWith("Refused") || text.startsWith("Paused") || text.startsWith("Cannot")) {
            message.getStyleClass().add("error");
        }
    }

    private static String human(double v) {
        if (v >= 1e6) {
            return String.format(Locale.ROOT, "%.2fM", v / 1e6);
        }
        if (v >= 1e3) {
            return String.format(Locale.ROOT, "%.1fk", v / 1e3);
        }
        return String.format(Locale.ROOT, "%.0f", v);
    }

    private static Label cell(String id) {
        Label l = new Label();
        l.setId(id);
        l.setMinWidth(Region.USE_PREF_SIZE); // a long message is cut, not the readouts
        return l;
    }
}
