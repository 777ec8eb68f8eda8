package org.tokensphere.app.view;

import javafx.event.EventHandler;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Slider;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.tokensphere.app.viewmodel.PresetSession;
import org.tokensphere.app.viewmodel.SessionState;
import org.tokensphere.app.viewmodel.TourClock;
import org.tokensphere.app.viewmodel.TourSteps;
import org.tokensphere.engine.Frame;
import org.tokensphere.preset.PresetException;
import org.tokensphere.preset.Tour;
import org.tokensphere.preset.TourIO;
import org.tokensphere.preset.TourStep;

import java.io.File;
import java.util.List;

/**
 * Plays a guided tour in the window (File ▸ Tours): the {@link TourCard} replaces the explanation below the
 * sphere; Next and Back (Page Down / Page Up, what presentation clickers send, and the Right / Left arrows) go
 * from step to step; each step's run plays on the engine while the user's own run is set aside, untouched
 * ({@link org.tokensphere.engine.SimulationEngine#loadAside}). Leaving the tour — its button, Finish, or Undo
 * (Ctrl+Z) — brings the user's run back where it was, with its parameters, display settings, pairs and camera.
 * It works in presentation mode like the rest of the window.
 */
final class TourPlayer {
    private final MainWindow window;
    private final TourCard card = new TourCard();
    private final TourClock clock = new TourClock();
    private final EventHandler<KeyEvent> keys = this::key;
    private TourHighlight highlight;
    private Tour tour;
    private List<SessionState> states;
    private int index = -1;
    private SessionState userState;
    private PresetSession.Memo userMemo;
    private Stage keyStage;
    /** The navigation key pressed and not yet released: a held key's auto-repeat steps once, not on and on. */
    private KeyCode held;

    TourPlayer(MainWindow window) {
        this.window = window;
        card.back.setOnAction(e -> back());
        card.next.setOnAction(e -> next());
        card.leave.setOnAction(e -> leave());
    }

    /** True while a tour is playing. */
    boolean active() {
        return tour != null;
    }

    /** The step shown (0-based), or −1. */
    int index() {
        return index;
    }

    /** The card of the tour. */
    TourCard card() {
        return card;
    }

    /** Marks the highlighted control or chart. */
    TourHighlight highlight() {
        return highlight;
    }

    /** Asks for a tour file and plays it; a refused file changes nothing and says why, naming the field. */
    void chooseAndStart() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open a tour");
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("TokenSphere tour (*.json)", "*.json"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        File file = chooser.showOpenDialog(window.stage());
        if (file != null) {
            open(file.toPath());
        }
    }

    /** Plays the tour in {@code file}; a refused file changes nothing and says why, naming the field. */
    boolean open(java.nio.file.Path file) {
        Tour t;
        try {
            t = TourIO.load(file);
        } catch (PresetException e) {
            String name = String.valueOf(file.getFileName());
            window.presets().alert("Cannot open " + name, name + " was not opened as a tour", e.getMessage());
            return false;
        }
        start(t);
        return true;
    }

    /** Plays {@code t} from step {@code step} (1-based; a teacher's start option). */
    void start(Tour t, int step) {
        start(t);
        for (int k = 1; k < Math.min(step, t.steps().size()); k++) {
            next();
        }
    }

    /** Plays {@code t} from its first step; the run on screen is set aside until the tour is left. */
    void start(Tour t) {
        SessionState start = userState;
        if (!active()) {
            Frame f = window.engine().latest();
            start = window.presets().session().capture(f.params(), f.pairs(), window.tokenView().camera());
        }
        List<SessionState> resolved;
        try {
            resolved = TourSteps.resolve(t, start);
        } catch (IllegalArgumentException e) {
            window.presets().alert("Cannot start the tour", "The tour \"" + t.title() + "\" cannot be played here",
                    e.getMessage());
            return;
        }
        if (!active()) {
            userState = start;
            userMemo = window.presets().session().memo();
            highlight = new TourHighlight(window.scene(), window.tokenView().node(), window.explanation());
            window.sphereArea().showTourCard(card);
            keyStage = window.stage();
            if (keyStage != null) {
                keyStage.addEventFilter(KeyEvent.ANY, keys);
            }
        }
        tour = t;
        states = resolved;
        index = -1;
        go(0);
    }

    /** The next step; Finish on the last one leaves the tour. */
    void next() {
        if (!active()) {
            return;
        }
        if (index == states.size() - 1) {
            leave();
        } else {
            go(index + 1);
        }
    }

    /** The step before. */
    void back() {
        if (active() && index > 0) {
            go(index - 1);
        }
    }

    /** Leaves the tour: the user's run comes back where it was, shown as it was. */
    void leave() {
        if (!active()) {
            return;
        }
        window.engine().bringBack();
        window.presets().session().restore(userState, userMemo);
        window.pump().forgetPendingParams(); // the engine brings back that run itself
        window.presets().cameraForRun(userState.camera(), userState.params());
        highlight.clear();
        window.sphereArea().hideTourCard();
        if (keyStage != null) {
            keyStage.removeEventFilter(KeyEvent.ANY, keys);
        }
        String title = tour.title();
        held = null;
        tour = null;
        states = null;
        index = -1;
        window.say("Left the tour \"" + title + "\": back to your run, where it was");
    }

    /** Called with each frame the window shows: the "predict first" answer shows when its time has played. */
    void frameShown(Frame f) {
        if (active()) {
            card.played(clock.update(f));
        }
    }

    /**
     * Shows step {@code k}: a step with a preset, any step reached by going back, and the first step start a new run
     * of its state; a step that only changes parameters applies them to the run on screen, as a slider would.
     */
    private void go(int k) {
        SessionState s = states.get(k);
        TourStep step = tour.steps().get(k);
        boolean fresh = index < 0 || step.preset() != null || k < index;
        if (fresh) {
            window.engine().loadAside(s.params(), s.pairs());
        }
        double duration = step.question() != null ? Math.max(10, step.question().after()) : 10;
        window.presets().session().apply(s.toPreset(step.title(), step.narration(), duration), s,
                "tour " + tour.title());
        if (fresh) {
            window.pump().forgetPendingParams();
            window.presets().cameraForRun(s.camera(), s.params());
        }
        window.engine().play();
        index = k;
        card.show(tour, k);
        highlight.show(step.highlight());
        clock.start(s.params(), window.engine().latest().sequence());
        window.say("Tour step " + (k + 1) + " of " + states.size() + ": " + step.title());
    }

    /**
     * Page Down and Page Up, what a presentation clicker sends, always step, whatever has the focus (a slider
     * reached with Tab still moves with its arrows and Home/End); Right and Left step unless a slider, text field or
     * list has the focus and needs them.
     */
    private void key(KeyEvent e) {
        KeyCode c = e.getCode();
        if (e.getEventType() == KeyEvent.KEY_RELEASED) {
            if (c == held) {
                held = null;
            }
            return;
        }
        if (e.getEventType() != KeyEvent.KEY_PRESSED || e.isShortcutDown() || e.isAltDown()) {
            return;
        }
        boolean page = c == KeyCode.PAGE_DOWN || c == KeyCode.PAGE_UP;
        boolean arrow = c == KeyCode.RIGHT || c == KeyCode.LEFT;
        Object target = e.getTarget();
        if (!page && !(arrow && !(target instanceof TextInputControl || target instanceof Slider
                || target instanceof ComboBox))) {
            return;
        }
        e.consume();
        if (c == held) {
            return; // auto-repeat of a held key
        }
        held = c;
        if (c == KeyCode.PAGE_DOWN || c == KeyCode.RIGHT) {
            next();
        } else {
            back();
        }
    }
}
