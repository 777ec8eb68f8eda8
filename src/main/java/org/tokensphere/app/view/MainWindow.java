package org.tokensphere.app.view;

import org.tokensphere.app.render.TokenPalette;
import org.tokensphere.app.render.TokenView;
import org.tokensphere.app.view.chart.AttentionLayerPanel;
import org.tokensphere.app.view.chart.ChartPanel;
import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.tokensphere.app.viewmodel.DisplaySettings;
import org.tokensphere.app.viewmodel.Knob;
import org.tokensphere.app.viewmodel.PairSelection;
import org.tokensphere.app.viewmodel.ParamsViewModel;
import org.tokensphere.app.viewmodel.PresetSession;
import org.tokensphere.app.viewmodel.RecentFiles;
import org.tokensphere.app.viewmodel.UserSettings;
import org.tokensphere.engine.Frame;
import org.tokensphere.engine.SimulationEngine;
import org.tokensphere.model.Params;

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
    private final BackgroundWriter writer = new BackgroundWriter(status);
    private final MainToolBar toolbar;
    private final FramePump pump;
    private final PresetActions presets;
    private final ShareActions shares;
    private final ExportActions exports = new ExportActions(this, writer);
    private final SnapshotActions snapshots;
    private final WindowLook look;
    private final TourPlayer tours;
    private final SphereArea middle;
    private final ToolWindows tools = new ToolWindows(this);
    private final BorderPane root = new BorderPane();
    private final Scene scene;
    private final ViewOverlay overlay = new ViewOverlay();
    private Stage stage;

    /**
     * A window on {@code engine}, which runs {@code initial}, drawing tokens with {@code view}; recent preset
     * files are kept in the user's preferences, the look (theme, palette, text size) only for this window.
     */
    public MainWindow(SimulationEngine engine, Params initial, TokenView view) {
        this(engine, initial, view, new RecentFiles(RecentFiles.preferences(PREFERENCES)));
    }

    /** Likewise, with the recent preset files kept in {@code recent}. */
    public MainWindow(SimulationEngine engine, Params initial, TokenView view, RecentFiles recent) {
        this(engine, initial, view, recent, new UserSettings(UserSettings.memory()));
    }

    /** Where the app keeps the user's preferences: recent files ({@link RecentFiles}) and the look. */
    public static final String PREFERENCES = "/org/tokensphere/app";

    /**
     * Likewise, with the look remembered in {@code settings}: the window starts with the theme, palette and text size
     * kept there, and keeps every change.
     */
    public MainWindow(SimulationEngine engine, Params initial, TokenView view, RecentFiles recent,
                      UserSettings settings) {
        this.engine = engine;
        this.vm = new ParamsViewModel(initial);
        this.view = view;
        this.controls = new ControlPanel(vm, display);
        this.pump = new FramePump(engine, vm, pairs, display, view, charts, status, this::frameInfo);
        this.snapshots = new SnapshotActions(() -> stage, view, display, writer);
        this.toolbar = new MainToolBar(engine, display, this::undoReset, snapshots::saveView, snapshots::saveWindow,
                view::resetCamera);
        toolbar.replayButton().setOnAction(e -> vm.replaySameNoise());

        PairTracing.connect(pairs, engine, charts, view);
        vm.property(Knob.SPEED).addListener((o, a, v) -> engine.setSpeed(v.doubleValue()));
        engine.setSpeed(vm.get(Knob.SPEED));

        middle = new SphereArea(view, overlay, explanation);
        SplitPane split = new SplitPane(middle.node(), charts);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.56);
        SplitPane.setResizableWithParent(charts, true);

        settings.attach(display);
        this.presets = new PresetActions(this, new PresetSession(vm, display, pairs), recent);
        this.tours = new TourPlayer(this);
        this.shares = new ShareActions(this, presets);
        root.setTop(new VBox(new AppMenuBar(this, presets, shares, exports, tools::showGallery), toolbar));
        root.setLeft(controls);
        root.setCenter(split);
        root.setBottom(status);
        root.getStyleClass().add("tokensphere");
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        scene = new Scene(root, Math.min(1560, screen.getWidth()), Math.min(960, screen.getHeight()));
        scene.getStylesheets().add(MainWindow.class.getResource("tokensphere.css").toExternalForm());
        WindowKeys keys = new WindowKeys(engine, display, this::undoReset,
                () -> snapshots.saveView(display.snapshotScaleProperty().get()), shares::pasteShareCode);
        keys.install(scene);
        presets.installDrop(scene);

        explanation.show(initial);
        vm.paramsProperty().addListener((o, a, p) -> explanation.show(p));
        look = new WindowLook(root, view, display, explanation, charts, controls, overlay, pump, () -> stage);
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

    /** Copying and opening share codes. */
    public ShareActions shares() {
        return shares;
    }

    /**
     * Shows the "One attention layer" panel (created on first use) with the current run's n, γ and ρ marked
     * (ρ₀ of an equiangular start, else the mean ⟨x_i, x_j⟩ now).
     */
    public void showAttentionLayer() {
        tools.showAttentionLayer();
    }

    /** The "One attention layer" panel (shown by {@link #showAttentionLayer}). */
    public AttentionLayerPanel attentionLayerPanel() {
        return tools.attentionLayerPanel();
    }

    /** Shows the gallery of shipped presets (created on first use). */
    public void showGallery() {
        tools.showGallery();
    }

    /** Shows the Sweep window (created on first use), starting from the current run's parameters. */
    public void showSweep() {
        tools.showSweep();
    }

    /** The guided tours. */
    TourPlayer tours() {
        return tours;
    }

    /** Plays {@code tour} from step {@code step} (1-based; a teacher's start option). */
    public void playTour(org.tokensphere.preset.Tour tour, int step) {
        tours.start(tour, step);
    }

    /** The sphere above the explanation (or a tour's card). */
    SphereArea sphereArea() {
        return middle;
    }

    /** The writing thread of snapshots and exports. */
    BackgroundWriter writer() {
        return writer;
    }

    ExportActions exports() {
        return exports;
    }

    SnapshotActions snapshots() {
        return snapshots;
    }

    StatusBar status() {
        return status;
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

    /** Stops drawing and lets a file being written finish (the engine is closed by its owner). */
    public void close() {
        pump.stop();
        explanation.close();
        writer.close();
    }

    private void undoReset() {
        if (tours.active()) { // undo leaves a tour: the user's run comes back
            tours.leave();
            return;
        }
        pump.expectUndo();
        engine.undoReset();
    }

    /** The whole window as an image at {@code scale} (1, 2 or 4) times its size. */
    public javafx.scene.image.WritableImage windowSnapshot(int scale) {
        return snapshots.windowImage(scale);
    }

    private void frameInfo(Frame f) {
        controls.setEigenvalues(f.params().usesMatrix() ? f.matrixEigenvalues() : null);
        toolbar.update(f);
        look.frameShown(f);
        presets.frameShown(f);
        tours.frameShown(f);
    }
}
