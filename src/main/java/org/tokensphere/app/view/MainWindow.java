package org.tokensphere.app.view;

import org.tokensphere.app.render.TokenPalette;
import org.tokensphere.app.render.TokenView;
import org.tokensphere.app.view.chart.ChartPanel;
import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
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
    private ScrollPane explanationScroll;
    private SplitPane middleSplit;
    private static final double EXPLANATION_MIN_HEIGHT = 120;
    private PresetGallery gallery;
    private SweepWindow sweep;
    private final BorderPane root = new BorderPane();
    private final Scene scene;
    private final ViewOverlay overlay = new ViewOverlay();
    private Stage stage;
    private Stage layerStage;
    private final org.tokensphere.app.view.chart.AttentionLayerPanel layerPanel
            = new org.tokensphere.app.view.chart.AttentionLayerPanel();

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

        pairs.adopt(engine.latest().pairs());
        pairs.pairsProperty().addListener((o, a, p) -> engine.setPairs(p));
        pairs.pendingProperty().addListener((o, a, first) -> charts.setPairHint(first.intValue() >= 0
                ? "token " + first + " picked: click another" : "click two tokens to trace a pair"));
        charts.setPairHint("click two tokens to trace a pair");
        charts.randomPairsButton().setOnAction(e -> pairs.randomPairs(engine.latest().n()));
        view.setOnTokenPicked(pairs::pick);
        vm.property(Knob.SPEED).addListener((o, a, v) -> engine.setSpeed(v.doubleValue()));
        engine.setSpeed(vm.get(Knob.SPEED));

        SplitPane split = new SplitPane(middle(view, overlay), charts);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.56);
        SplitPane.setResizableWithParent(charts, true);

        settings.attach(display);
        this.presets = new PresetActions(this, new PresetSession(vm, display, pairs), recent);
        this.tours = new TourPlayer(this);
        this.shares = new ShareActions(this, presets);
        root.setTop(new VBox(new AppMenuBar(this, presets, shares, exports, this::showGallery), toolbar));
        root.setLeft(controls);
        root.setCenter(split);
        root.setBottom(status);
        root.getStyleClass().add("tokensphere");
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        scene = new Scene(root, Math.min(1560, screen.getWidth()), Math.min(960, screen.getHeight()));
        scene.getStylesheets().add(MainWindow.class.getResource("tokensphere.css").toExternalForm());
        WindowKeys keys = new WindowKeys(engine, display, this::undoReset,
                () -> snapshots.saveView(display.snapshotScaleProperty().get()), shares::pasteShareCode);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, keys);
        scene.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> keys.mousePressed());
        presets.installDrop(scene);

        explanation.show(initial);
        vm.paramsProperty().addListener((o, a, p) -> explanation.show(p));
        look = new WindowLook(root, view, display, explanation, charts, controls, overlay, pump, () -> stage);
        pump.start();
    }

    /** The sphere with its legend above the explanation, which scrolls and keeps its height when the window grows. */
    private SplitPane middle(TokenView view, ViewOverlay overlay) {
        StackPane centre = new StackPane(view.node(), overlay);
        centre.getStyleClass().add("view-area");
        centre.setMinSize(200, 200);
        explanationScroll = new ScrollPane(explanation);
        explanationScroll.setFitToWidth(true);
        explanationScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        explanationScroll.getStyleClass().add("explanation-scroll");
        explanationScroll.setMinHeight(EXPLANATION_MIN_HEIGHT);
        SplitPane middle = new SplitPane(centre, explanationScroll);
        middleSplit = middle;
        middle.setOrientation(Orientation.VERTICAL);
        middle.setDividerPositions(0.70);
        SplitPane.setResizableWithParent(explanationScroll, false);
        return middle;
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
        if (layerStage == null) {
            layerStage = new Stage();
            layerStage.setTitle("One attention layer — TokenSphere");
            layerStage.initOwner(stage);
            javafx.scene.Scene scene = new javafx.scene.Scene(layerPanel, 900, 640);
            scene.getStylesheets().setAll(this.scene.getStylesheets());
            layerStage.setScene(scene);
        }
        Frame f = engine.latest();
        Params p = f.params();
        double rho = p.init().kind() == org.tokensphere.model.InitKind.EQUIANGULAR ? p.init().rho0()
                : (f.n() * f.values().polarOrder() * f.values().polarOrder() - 1) / (f.n() - 1);
        layerPanel.showRun(f.n(), p.gamma(), rho);
        if (rho > 0 && rho < 1 && !layerStage.isShowing()) {
            layerPanel.setRho(rho);
        }
        layerStage.show();
        layerStage.toFront();
    }

    /** The "One attention layer" panel (shown by {@link #showAttentionLayer}). */
    public org.tokensphere.app.view.chart.AttentionLayerPanel attentionLayerPanel() {
        return layerPanel;
    }

    /** Shows the gallery of shipped presets (created on first use). */
    public void showGallery() {
        if (gallery == null) {
            gallery = new PresetGallery(stage, scene.getStylesheets().get(0), presets::openShipped);
        }
        gallery.show();
    }

    /** Shows the Sweep window (created on first use), starting from the current run's parameters. */
    public void showSweep() {
        if (sweep == null) {
            sweep = new SweepWindow(this, scene.getStylesheets().get(0));
        }
        sweep.show();
    }

    /** The guided tours. */
    TourPlayer tours() {
        return tours;
    }

    /** Plays {@code tour} from step {@code step} (1-based; a teacher's start option). */
    public void playTour(org.tokensphere.preset.Tour tour, int step) {
        tours.start(tour);
        for (int k = 1; k < Math.min(step, tour.steps().size()); k++) {
            tours.next();
        }
    }

    /** Shows a tour's card below the sphere in place of the explanation. */
    void showTourCard(javafx.scene.Node card) {
        // Room for the narration and the question: at least half the height below the sphere.
        explanationScroll.minHeightProperty().bind(middleSplit.heightProperty().multiply(0.5));
        explanationScroll.setContent(card);
        explanationScroll.setVvalue(0);
    }

    /** The explanation below the sphere again. */
    void hideTourCard() {
        explanationScroll.setContent(explanation);
        explanationScroll.minHeightProperty().unbind();
        explanationScroll.setMinHeight(EXPLANATION_MIN_HEIGHT);
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
