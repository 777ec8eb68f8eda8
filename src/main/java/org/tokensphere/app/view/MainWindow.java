package org.tokensphere.app.view;

import org.tokensphere.app.render.TokenPalette;
import org.tokensphere.app.render.TokenView;
import org.tokensphere.app.view.chart.ChartPanel;
import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.tokensphere.app.viewmodel.DisplaySettings;
import org.tokensphere.app.viewmodel.Knob;
import org.tokensphere.app.viewmodel.PairSelection;
import org.tokensphere.app.viewmodel.ParamsViewModel;
import org.tokensphere.app.viewmodel.PresetSession;
import org.tokensphere.app.viewmodel.RecentFiles;
import org.tokensphere.engine.Frame;
import org.tokensphere.engine.SimulationEngine;
import org.tokensphere.model.Params;

import java.io.File;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * The main window: the tokens on the sphere in the centre with the explanation below, the controls on the
 * left, the charts on the right, the menu bar and toolbar on top and the status bar at the bottom; keys Space
 * (play/pause), Right (step), R (reset), Ctrl+Z (undo reset), Ctrl+S (snapshot), F11 (presentation); a preset
 * file dropped on the window is opened ({@link PresetActions}).
 */
public final class MainWindow {
    private static final String TITLE = "TokenSphere — tokens on a sphere synchronizing under common noise";

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
    private final PresetActions presets;
    private final ExportActions exports = new ExportActions(this);
    private PresetGallery gallery;
    private final BorderPane root = new BorderPane();
    private final Scene scene;
    private final ViewOverlay overlay = new ViewOverlay();
    private Stage stage;
    private boolean circleMode;
    private int shownN = -1;

    /**
     * A window on {@code engine}, which runs {@code initial}, drawing tokens with {@code view}; recent preset
     * files are kept in the user's preferences.
     */
    public MainWindow(SimulationEngine engine, Params initial, TokenView view) {
        this(engine, initial, view, new RecentFiles(RecentFiles.preferences("/org/tokensphere/app")));
    }

    /** Likewise, with the recent preset files kept in {@code recent}. */
    public MainWindow(SimulationEngine engine, Params initial, TokenView view, RecentFiles recent) {
        this.engine = engine;
        this.vm = new ParamsViewModel(initial);
        this.view = view;
        this.controls = new ControlPanel(vm, display);
        this.pump = new FramePump(engine, vm, pairs, display, view, charts, status, this::frameInfo);
        this.toolbar = new MainToolBar(engine, display, this::undoReset, this::saveSnapshot, this::saveWindowSnapshot,
                view::resetCamera);
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
        StackPane centre = new StackPane(view.node(), overlay);
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

        this.presets = new PresetActions(this, new PresetSession(vm, display, pairs), recent);
        root.setTop(new VBox(new AppMenuBar(this, presets, exports, this::showGallery), toolbar));
        root.setLeft(controls);
        root.setCenter(split);
        root.setBottom(status);
        root.getStyleClass().add("tokensphere");
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        scene = new Scene(root, Math.min(1560, screen.getWidth()), Math.min(960, screen.getHeight()));
        scene.getStylesheets().add(MainWindow.class.getResource("tokensphere.css").toExternalForm());
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        presets.installDrop(scene);

        explanation.show(initial);
        vm.paramsProperty().addListener((o, a, p) -> explanation.show(p));
        display.darkProperty().addListener((o, a, dark) -> applyTheme());
        display.presentationProperty().addListener((o, a, on) -> applyPresentation(on));
        display.trailsProperty().addListener((o, a, on) -> view.setTrails(on, display.trailFramesProperty().get()));
        display.trailFramesProperty().addListener((o, a, k) -> view.setTrails(display.trailsProperty().get(),
                k.intValue()));
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
        s.setTitle(TITLE);
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

    /** Opening and saving presets. */
    public PresetActions presets() {
        return presets;
    }

    /** Shows the gallery of shipped presets (created on first use). */
    public void showGallery() {
        if (gallery == null) {
            gallery = new PresetGallery(stage, scene.getStylesheets().get(0), presets::openShipped);
        }
        gallery.show();
    }

    ExportActions exports() {
        return exports;
    }

    SimulationEngine engine() {
        return engine;
    }

    FramePump pump() {
        return pump;
    }

    ExplanationPanel explanation() {
        return explanation;
    }

    Stage stage() {
        return stage;
    }

    /** The window's title, naming the loaded preset when there is one. */
    void showTitle(String presetTitle) {
        if (stage != null) {
            stage.setTitle(presetTitle.isEmpty() ? TITLE : "TokenSphere — " + presetTitle);
        }
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
        } else if (shortcut && c == KeyCode.S && !e.isShiftDown()) { // Shift: the menu's "Save preset"
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
    /** The whole window as an image at {@code scale} (1, 2 or 4) times its size. */
    public javafx.scene.image.WritableImage windowSnapshot(int scale) {
        javafx.scene.SnapshotParameters p = new javafx.scene.SnapshotParameters();
        p.setTransform(javafx.scene.transform.Transform.scale(scale, scale));
        return stage.getScene().getRoot().snapshot(p, null);
    }

    private void saveWindowSnapshot(int scale) {
        Path target = choosePng("Save a snapshot of the whole window (" + scale + "×)");
        if (target != null) {
            writeSnapshot(windowSnapshot(scale), target, scale);
        }
    }

    private void saveSnapshot(int scale) {
        display.snapshotScaleProperty().set(scale);
        Path target = choosePng("Save a snapshot of the sphere (" + scale + "×)");
        if (target != null) {
            writeSnapshot(view.snapshot(scale), target, scale);
        }
    }

    private void writeSnapshot(javafx.scene.image.Image image, Path target, int scale) {
        try {
            SnapshotWriter.writePng(image, target);
            status.say("Saved " + target + " (" + scale + "×)");
        } catch (IllegalArgumentException ex) {
            status.say(ex.getMessage());
        }
    }

    private Path choosePng(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PNG image", "*.png"));
        chooser.setInitialFileName("tokensphere-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern(
                "yyyyMMdd-HHmmss")) + ".png");
        File file = chooser.showSaveDialog(stage);
        if (file == null) {
            return null;
        }
        return (file.getName().toLowerCase().endsWith(".png") ? file : new File(file.getPath() + ".png")).toPath();
    }

    private void frameInfo(Frame f) {
        controls.setEigenvalues(f.params().usesMatrix() ? f.matrixEigenvalues() : null);
        toolbar.update(f);
        overlay.showDimension(f.d(), display.projectionProperty().get());
        if (f.n() != shownN) {
            shownN = f.n();
            applyTokenSize();
        }
        boolean circle = f.d() == 2;
        if (circle != circleMode) {
            circleMode = circle; // the 3D view resets its camera on this call: only when it changes
            view.setCircleMode(circle);
        }
        presets.frameShown(f);
    }

    private void updateLegend() {
        overlay.showColouring(display.colourByProperty().get());
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
