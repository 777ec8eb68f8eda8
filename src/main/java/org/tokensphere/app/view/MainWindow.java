package org.tokensphere.app.view;

import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.tokensphere.app.viewmodel.DisplaySettings;
import org.tokensphere.app.viewmodel.DisplaySettings.ColourBy;
import org.tokensphere.app.viewmodel.Knob;
import org.tokensphere.app.viewmodel.PairSelection;
import org.tokensphere.app.viewmodel.ParamsViewModel;
import org.tokensphere.engine.Frame;
import org.tokensphere.engine.SimulationEngine;
import org.tokensphere.model.Params;

import java.io.File;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * The main window: the tokens on the sphere in the centre with the explanation below, the controls on the
 * left, the charts on the right, the toolbar on top and the status bar at the bottom; keys Space (play/pause),
 * Right (step), R (reset), Ctrl+Z (undo reset), Ctrl+S (snapshot), F11 (presentation).
 */
public final class MainWindow {
    private final SimulationEngine engine;
    private final ParamsViewModel vm;
    private final PairSelection pairs = new PairSelection(12345);
    private final DisplaySettings display = new DisplaySettings();
    private final TokenView view;
    private final ControlPanel controls;
    private final ChartPanel charts = new ChartPanel(TokenPalette.PAIRS);
    private final ExplanationPanel explanation = new ExplanationPanel();
    private final StatusBar status = new StatusBar();
    private final MainToolBar toolbar;
    private final FramePump pump;
    private final BorderPane root = new BorderPane();
    private final Scene scene;
    private final Label legend = new Label();
    private final Label projectionNote = new Label();
    private Stage stage;
    private boolean circleMode;
    private int shownN = -1;

    /** A window on {@code engine}, which runs {@code initial}, drawing tokens with {@code view}. */
    public MainWindow(SimulationEngine engine, Params initial, TokenView view) {
        this.engine = engine;
        this.vm = new ParamsViewModel(initial);
        this.view = view;
        this.controls = new ControlPanel(vm, display);
        this.pump = new FramePump(engine, vm, pairs, display, view, charts, status, this::frameInfo);
        this.toolbar = new MainToolBar(engine, display, this::undoReset, this::saveSnapshot, view::resetCamera);
        toolbar.replayButton().setOnAction(e -> vm.replaySameNoise());

        pairs.adopt(engine.latest().pairs());
        pairs.pairsProperty().addListener((o, a, p) -> engine.setPairs(p));
        pairs.pendingProperty().addListener((o, a, first) -> charts.setPairHint(first.intValue() >= 0
                ? "token " + first + " picked: click another" : "click two tokens to trace a pair"));
        charts.setPairHint("click two tokens to trace a pair");
        charts.randomPairsButton().setOnAction(e -> pairs.randomPairs(engine.latest().n()));
        view.setOnTokenPicked(pairs::pick);
        vm.property(Knob.SPEED).addListener((o, a, v) -> engine.setSpeed(v.doubleValue()));
        engine.setSpeed(vm.get(Knob.SPEED));

        view.setPalette(TokenPalette.colours(false));
        StackPane centre = new StackPane(view.node(), overlay());
        centre.getStyleClass().add("view-area");
        centre.setMinSize(200, 200);
        javafx.scene.control.ScrollPane explanationScroll = new javafx.scene.control.ScrollPane(explanation);
        explanationScroll.setFitToWidth(true);
        explanationScroll.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
        explanationScroll.getStyleClass().add("explanation-scroll");
        explanationScroll.setMinHeight(120);
        SplitPane middle = new SplitPane(centre, explanationScroll);
        middle.setOrientation(Orientation.VERTICAL);
        middle.setDividerPositions(0.70);
        SplitPane.setResizableWithParent(explanationScroll, false);
        SplitPane split = new SplitPane(middle, charts);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.56);
        SplitPane.setResizableWithParent(charts, true);

        root.setTop(toolbar);
        root.setLeft(controls);
        root.setCenter(split);
        root.setBottom(status);
        root.getStyleClass().add("tokensphere");
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        scene = new Scene(root, Math.min(1560, screen.getWidth()), Math.min(960, screen.getHeight()));
        scene.getStylesheets().add(MainWindow.class.getResource("tokensphere.css").toExternalForm());
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);

        explanation.show(initial);
        vm.paramsProperty().addListener((o, a, p) -> explanation.show(p));
        display.darkProperty().addListener((o, a, dark) -> applyTheme());
        display.presentationProperty().addListener((o, a, on) -> applyPresentation(on));
        display.trailsProperty().addListener((o, a, on) -> view.setTrails(on, display.trailFramesProperty().get()));
        display.autoRotateProperty().addListener((o, a, on) -> view.setAutoRotate(on));
        display.colourByProperty().addListener((o, a, c) -> updateLegend());
        updateLegend();
        pump.start();
    }

    /** The scene of the window. */
    public Scene scene() {
        return scene;
    }

    /** Shows the window in {@code s}. */
    public void show(Stage s) {
        stage = s;
        s.setTitle("TokenSphere — tokens on a sphere synchronizing under common noise");
        s.setScene(scene);
        s.setMinWidth(900);
        s.setMinHeight(600);
        s.fullScreenProperty().addListener((o, a, full) -> {
            if (!full && display.presentationProperty().get()) {
                display.presentationProperty().set(false);
            }
        });
        s.show();
    }

    /** The parameters as the side panel shows them. */
    public ParamsViewModel viewModel() {
        return vm;
    }

    /** The traced pairs. */
    public PairSelection pairs() {
        return pairs;
    }

    /** The display settings. */
    public DisplaySettings display() {
        return display;
    }

    /** The chart panel. */
    public ChartPanel charts() {
        return charts;
    }

    /** The control panel. */
    public ControlPanel controls() {
        return controls;
    }

    /** The token view. */
    public TokenView tokenView() {
        return view;
    }

    /** Shows a message in the status bar for a few seconds. */
    public void say(String text) {
        status.say(text);
    }

    /** Stops drawing (the engine is closed by its owner). */
    public void close() {
        pump.stop();
        explanation.close();
    }

    private void onKey(KeyEvent e) {
        boolean typing = e.getTarget() instanceof TextInputControl;
        boolean shortcut = e.isShortcutDown();
        KeyCode c = e.getCode();
        if (c == KeyCode.F11) {
            display.presentationProperty().set(!display.presentationProperty().get());
        } else if (shortcut && c == KeyCode.S) {
            saveSnapshot(display.snapshotScaleProperty().get());
        } else if (shortcut && c == KeyCode.Z && !typing) {
            undoReset();
        } else if (typing || shortcut || e.isAltDown()) {
            return;
        } else if (c == KeyCode.SPACE) {
            engine.togglePlay();
        } else if (c == KeyCode.RIGHT && !(e.getTarget() instanceof javafx.scene.control.Slider)) {
            engine.stepOnce();
        } else if (c == KeyCode.R) {
            engine.reset();
        } else {
            return;
        }
        e.consume();
    }

    private void undoReset() {
        pump.expectUndo();
        engine.undoReset();
    }

    /** Asks where to save a PNG of the view at {@code scale}× and writes it; any problem goes to the status bar. */
    private void saveSnapshot(int scale) {
        display.snapshotScaleProperty().set(scale);
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save a snapshot of the sphere (" + scale + "×)");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PNG image", "*.png"));
        chooser.setInitialFileName("tokensphere-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern(
                "yyyyMMdd-HHmmss")) + ".png");
        File file = chooser.showSaveDialog(stage);
        if (file == null) {
            return;
        }
        File target = file.getName().toLowerCase().endsWith(".png") ? file : new File(file.getPath() + ".png");
        try {
            SnapshotWriter.writePng(view.snapshot(scale), target.toPath());
            status.say("Saved " + target + " (" + scale + "×)");
        } catch (IllegalArgumentException ex) {
            status.say(ex.getMessage());
        }
    }

    private StackPane overlay() {
        legend.getStyleClass().add("view-legend");
        legend.setWrapText(true);
        legend.setMaxWidth(520);
        projectionNote.getStyleClass().add("projection-note");
        projectionNote.setId("projection-note");
        projectionNote.setWrapText(true);
        StackPane.setAlignment(legend, Pos.BOTTOM_LEFT);
        StackPane.setAlignment(projectionNote, Pos.TOP_LEFT);
        StackPane o = new StackPane(legend, projectionNote);
        o.setPickOnBounds(false);
        o.setPadding(new Insets(8));
        o.setMouseTransparent(true);
        return o;
    }

    private void frameInfo(Frame f) {
        controls.setEigenvalues(f.params().usesMatrix() ? f.matrixEigenvalues() : null);
        toolbar.update(f);
        boolean projected = f.d() > 3;
        projectionNote.setVisible(projected);
        if (projected) {
            projectionNote.setText("Projection of S" + superscript(f.d() - 1) + " ⊂ R" + superscript(f.d())
                    + " onto its " + display.projectionProperty().get() + ": tokens lie inside the ball.");
        }
        if (f.n() != shownN) {
            shownN = f.n();
            applyTokenSize();
        }
        boolean circle = f.d() == 2;
        if (circle != circleMode) {
            circleMode = circle; // the 3D view resets its camera on this call: only when it changes
            view.setCircleMode(circle);
        }
    }

    private static String superscript(int k) {
        String digits = "⁰¹²³⁴⁵⁶⁷⁸⁹";
        StringBuilder s = new StringBuilder();
        for (char c : String.valueOf(k).toCharArray()) {
            s.append(digits.charAt(c - '0'));
        }
        return s.toString();
    }

    private void updateLegend() {
        ColourBy by = display.colourByProperty().get();
        legend.setText(switch (by) {
            case POLE -> "colour: the pole a token heads to — red +u, blue −u   ·   arrows: amber pole axis ±u, "
                    + "magenta ±e_min of M, green bias v";
            case INITIAL_POSITION -> "colour: hue = starting longitude, shade = starting height";
            case CLUSTER -> "colour: cluster (within 15° of its centre), grey = in none of the 12 largest";
        });
        pump.redrawTokens();
    }

    private void applyTheme() {
        boolean dark = display.darkProperty().get();
        root.getStyleClass().remove("dark");
        if (dark) {
            root.getStyleClass().add("dark");
        }
        view.setDarkBackground(dark);
        view.setPalette(TokenPalette.colours(dark));
        explanation.setStyle(display.presentationProperty().get() ? 22 : 15, dark);
        charts.invalidate();
        pump.redrawTokens();
    }

    /**
     * Marker size: larger in presentation mode, and in the 3D view larger for small ensembles (a synchronized
     * cluster of a few hundred tokens is one disc) and smaller for very large ones.
     */
    private void applyTokenSize() {
        double byCount = !TokenViews.is3d(view) || shownN < 0 ? 1
                : shownN <= 1_000 ? 1.7 : shownN <= 5_000 ? 1.35 : shownN <= 30_000 ? 1.0 : 0.8;
        view.setTokenSize(byCount * (display.presentationProperty().get() ? 1.6 : 1.0));
    }

    private void applyPresentation(boolean on) {
        root.getStyleClass().remove("presentation");
        if (on) {
            root.getStyleClass().add("presentation");
        }
        applyTokenSize();
        explanation.setStyle(on ? 22 : 15, display.darkProperty().get());
        controls.setPrefWidth(on ? 440 : 330);
        if (stage != null && stage.isFullScreen() != on) {
            stage.setFullScreenExitHint("Press F11 or Esc to leave presentation mode");
            stage.setFullScreen(on);
        }
    }
}
