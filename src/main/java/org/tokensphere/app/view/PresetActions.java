package org.tokensphere.app.view;

import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.stage.FileChooser;
import org.tokensphere.app.viewmodel.CameraPose;
import org.tokensphere.app.viewmodel.PresetSession;
import org.tokensphere.app.viewmodel.RecentFiles;
import org.tokensphere.app.viewmodel.SessionState;
import org.tokensphere.engine.Frame;
import org.tokensphere.model.Params;
import org.tokensphere.preset.Preset;
import org.tokensphere.preset.PresetException;
import org.tokensphere.preset.PresetIO;
import org.tokensphere.preset.PresetLibrary;
import org.tokensphere.preset.ShareCode;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Opening and saving presets in the window: from a file (menu, recent files, drag and drop), from the shipped
 * ones (gallery), from a share code (pasted, dropped, or the start argument), and at start-up; copying the run's
 * share code. Loading starts the preset's run on the engine (a restart, undoable like a reset),
 * shows its display options, pairs, speed and camera, and its title and description; a refused file changes
 * nothing and says why, naming the field. Saving writes the run on screen (its parameters, seed and initial state
 * included), so loading the file again starts the same run.
 */
public final class PresetActions {
    private final MainWindow window;
    private final PresetSession session;
    private final RecentFiles recent;
    private CameraPose pendingCamera;
    private Params pendingCameraRun;
    private Alert lastAlert;

    PresetActions(MainWindow window, PresetSession session, RecentFiles recent) {
        this.window = window;
        this.session = session;
        this.recent = recent;
        session.titleProperty().addListener(o -> showHeader());
        session.descriptionProperty().addListener(o -> showHeader());
        session.modifiedProperty().addListener(o -> showHeader());
    }

    /** The preset last loaded and the mapping between presets and the view models. */
    public PresetSession session() {
        return session;
    }

    /** The recent preset files. */
    public RecentFiles recent() {
        return recent;
    }

    /** Loads the preset file {@code file}; false (with a message naming the field, nothing changed) if refused. */
    public boolean open(Path file) {
        Preset preset;
        try {
            preset = PresetIO.load(file);
        } catch (PresetException e) {
            alert("Cannot open " + file.getFileName(), file.getFileName() + " was not opened", e.getMessage());
            return false;
        }
        apply(preset, file.toString());
        recent.add(file);
        return true;
    }

    /** Loads the shipped preset {@code name} (e.g. {@code rqf}). */
    public void openShipped(String name) {
        apply(PresetLibrary.shipped(name), "shipped preset " + name);
    }

    /**
     * The window starts on {@code preset} (from {@code from}; {@code file} when it is one, else null): the engine
     * already runs {@code running} (the preset's parameters, possibly with start options applied), so it is
     * not restarted; the display options, pairs, speed and camera are shown.
     */
    public void startWith(Preset preset, String from, Path file, Params running) {
        SessionState s = SessionState.of(preset);
        session.apply(preset, s, from); // its pairs reach the engine through the pair selection

        window.viewModel().adopt(running);
        window.pump().forgetPendingParams();
        cameraForRun(s.camera(), running);
        if (file != null) {
            recent.add(file);
        }
        window.say("Preset: " + preset.title() + notes(s));
    }

    /** A new run of {@code preset}'s parameters, undoable like a reset, shown as the preset says, and playing. */
    void apply(Preset preset, String from) {
        SessionState s = SessionState.of(preset);
        window.engine().load(s.params(), s.pairs());
        session.apply(preset, s, from);
        window.pump().forgetPendingParams(); // the engine already has these parameters: no second hand-over
        cameraForRun(s.camera(), s.params());
        window.engine().play();
        window.say("Loaded " + preset.title() + " (" + from + "; Undo reset goes back)" + notes(s));
    }

    /** Writes the run on screen as a preset; throws {@link IllegalArgumentException} with a readable reason. */
    public void save(Path file, String title, String description, double duration) {
        Preset preset = currentPreset(title, description, duration);
        PresetIO.save(preset, file);
        recent.add(file);
        window.say("Saved preset " + file);
    }

    /** The run on screen as a preset: the engine's parameters and pairs, the view's camera, the display settings. */
    public Preset currentPreset(String title, String description, double duration) {
        Frame f = window.engine().latest();
        SessionState s = session.capture(f.params(), f.pairs(), window.tokenView().camera());
        return s.toPreset(title, description, duration);
    }

    /** Asks for a preset file and opens it. */
    void chooseAndOpen() {
        FileChooser chooser = chooser("Open a preset");
        recent.files().stream().findFirst().map(Path::getParent).filter(Files::isDirectory)
                .ifPresent(dir -> chooser.setInitialDirectory(dir.toFile()));
        File file = chooser.showOpenDialog(window.stage());
        if (file != null) {
            open(file.toPath());
        }
    }

    /** Asks for a title, description and duration, then for a file, and saves the run on screen there. */
    void chooseAndSave() {
        Optional<SavePresetDialog.Answer> answer = new SavePresetDialog(window.stage(), session.suggestedTitle(),
                session.suggestedDescription(), session.suggestedDuration(window.engine().latest().time()))
                .showAndWait();
        if (answer.isEmpty()) {
            return;
        }
        FileChooser chooser = chooser("Save the run as a preset");
        chooser.setInitialFileName(SavePresetDialog.fileName(answer.get().title()));
        File file = chooser.showSaveDialog(window.stage());
        if (file == null) {
            return;
        }
        Path target = file.getName().toLowerCase().endsWith(".json") ? file.toPath() : Path.of(file + ".json");
        try {
            save(target, answer.get().title(), answer.get().description(), answer.get().duration());
        } catch (IllegalArgumentException e) {
            alert("Cannot save the preset", "The preset was not saved", e.getMessage());
        }
    }

    /** Opens a file of the recent list, or drops it from the list with a message when it is gone. */
    void openRecent(Path file) {
        if (!Files.isRegularFile(file)) {
            recent.remove(file);
            window.say("Cannot open " + file + ": it is no longer there (removed from the recent presets)");
            return;
        }
        open(file);
    }

    /** Drops recent files that are gone, saying which. */
    void dropMissingRecent() {
        List<Path> gone = recent.dropMissing(Files::isRegularFile);
        if (!gone.isEmpty()) {
            window.say("Removed from the recent presets, no longer there: "
                    + String.join(", ", gone.stream().map(Path::toString).toList()));
        }
    }

    /** Dropping one file on the window opens it as a preset; dropping the text of a share code opens that. */
    void installDrop(Scene scene) {
        scene.addEventHandler(DragEvent.DRAG_OVER, e -> {
            if (e.getDragboard().hasFiles() && e.getDragboard().getFiles().size() == 1 || droppedCode(e) != null) {
                e.acceptTransferModes(TransferMode.COPY);
            }
        });
        scene.addEventHandler(DragEvent.DRAG_DROPPED, e -> {
            List<File> files = e.getDragboard().hasFiles() ? e.getDragboard().getFiles() : List.of();
            String code = droppedCode(e);
            boolean done = files.size() == 1 || files.isEmpty() && code != null;
            if (files.size() == 1) {
                open(files.get(0).toPath());
            } else if (done) {
                window.shares().openCode(code);
            } else if (files.size() > 1) {
                window.say("Drop one preset file at a time");
            }
            e.setDropCompleted(done);
            e.consume();
        });
    }

    /** The dragged text when it is a share code, else null. */
    private static String droppedCode(DragEvent e) {
        String s = e.getDragboard().hasString() ? e.getDragboard().getString() : null;
        return s != null && ShareCode.isCode(s) ? s : null;
    }

    /** Called with each frame the window shows: puts the loaded preset's camera once its run is on screen. */
    void frameShown(Frame f) {
        if (pendingCamera != null && f.params().equals(pendingCameraRun)) {
            window.tokenView().setCamera(pendingCamera);
            pendingCamera = null;
        }
    }

    /** The alert shown last for a refused file (for tests), or null. */
    Alert lastAlert() {
        return lastAlert;
    }

    /** The camera is set when the run is on screen: the view resets it when the circle mode (d = 2) changes. */
    void cameraForRun(CameraPose camera, Params run) {
        pendingCamera = camera;
        pendingCameraRun = run;
    }

    /**
     * Says what was refused and why in the status bar ({@code status: why}) and in an alert headed
     * {@code headline} that does not block the window.
     */
    public void alert(String status, String headline, String why) {
        window.say(status + ": " + why);
        if (lastAlert != null) {
            lastAlert.close();
        }
        Alert a = new Alert(Alert.AlertType.ERROR, why, ButtonType.OK);
        a.initOwner(window.stage());
        a.setTitle("TokenSphere");
        a.setHeaderText(headline);
        a.getDialogPane().setId("preset-error");
        a.getDialogPane().setMinWidth(480);
        lastAlert = a;
        a.show();
    }

    private void showHeader() {
        window.explanation().showPreset(session.titleProperty().get(), session.descriptionProperty().get(),
                session.modifiedProperty().get());
        window.showTitle(session.titleProperty().get());
    }

    private static String notes(SessionState s) {
        return s.notes().isEmpty() ? "" : " — " + String.join("; ", s.notes());
    }

    private static FileChooser chooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("TokenSphere preset (*.json)",
                "*.json"), new FileChooser.ExtensionFilter("All files", "*.*"));
        return chooser;
    }
}
