package org.tokensphere.app.view;

import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import javafx.beans.property.ObjectProperty;
import org.tokensphere.app.viewmodel.DisplaySettings;
import org.tokensphere.preset.DisplayOptions;
import org.tokensphere.preset.TourLibrary;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * File (presets, recent files, the gallery, guided tours, share codes, CSV, animation and figure exports), Edit
 * (paste a share code), View (display switches, theme, palette, text size, camera), Tools (the Sweep window) and
 * Help (keys, about). Each item calls the window's actions; keys shown here are handled by the menu or, for those
 * a focused control may need, by the window (Space, →, R, Ctrl+Z, Ctrl+S, F11, Ctrl+V, Ctrl+Plus, Ctrl+Minus,
 * Ctrl+0; in a tour Page Down/Up and the arrows).
 */
final class AppMenuBar extends MenuBar {
    private final Menu recentMenu = new Menu("Open recent");

    AppMenuBar(MainWindow window, PresetActions presets, ShareActions shares, ExportActions exports,
               Runnable showGallery) {
        setId("menu-bar");
        getStyleClass().add("app-menu-bar");
        MenuItem open = item("Open preset…", "menu-open", presets::chooseAndOpen);
        open.setAccelerator(KeyCombination.keyCombination("Shortcut+O"));
        MenuItem gallery = item("Presets gallery…", "menu-gallery", showGallery);
        gallery.setAccelerator(KeyCombination.keyCombination("Shortcut+G"));
        MenuItem save = item("Save preset…", "menu-save", presets::chooseAndSave);
        save.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+S"));
        recentMenu.setId("menu-recent");
        Menu export = new Menu("Export CSV");
        export.setId("menu-export");
        export.getItems().addAll(
                item("Token positions now…", "menu-export-positions",
                        () -> exports.chooseAndExport(ExportActions.Kind.POSITIONS)),
                item("Observables and pair traces so far…", "menu-export-observables",
                        () -> exports.chooseAndExport(ExportActions.Kind.OBSERVABLES)));
        MenuItem animation = item("Export animation (GIF, MP4, PNG)…", "menu-export-animation",
                exports::exportAnimation);
        animation.setAccelerator(KeyCombination.keyCombination("Shortcut+E"));
        Menu tours = new Menu("Tours");
        tours.setId("menu-tours");
        for (TourLibrary.ShippedTour t : TourLibrary.shipped()) {
            tours.getItems().add(item(t.tour().title() + " (" + t.tour().steps().size() + " steps)",
                    "menu-tour-" + t.name(), () -> window.tours().start(t.tour())));
        }
        tours.getItems().addAll(new SeparatorMenuItem(), item("Open a tour file…", "menu-tour-open",
                () -> window.tours().chooseAndStart()));
        MenuItem figure = item("Export figure (SVG, PDF, PNG)…", "menu-export-figure",
                () -> new FigureDialog(window).show());
        MenuItem copyCode = item("Copy share code", "menu-copy-code", shares::copyShareCode);
        copyCode.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+C"));
        MenuItem quit = item("Quit", "menu-quit", Platform::exit);
        quit.setAccelerator(KeyCombination.keyCombination("Shortcut+Q"));
        Menu file = new Menu("File");
        file.setId("menu-file");
        file.getItems().addAll(open, recentMenu, gallery, tours, new SeparatorMenuItem(), save, copyCode, export,
                animation, figure,
                new SeparatorMenuItem(), quit);
        Menu edit = new Menu("Edit");
        edit.setId("menu-edit");
        edit.getItems().add(item("Paste share code (Ctrl+V)", "menu-paste-code", shares::pasteShareCode));
        file.setOnShowing(e -> fillRecent(presets));

        DisplaySettings display = window.display();
        Menu view = new Menu("View");
        view.setId("menu-view");
        view.getItems().addAll(
                check("Presentation mode (F11)", "menu-presentation", display.presentationProperty()),
                new SeparatorMenuItem());
        view.getItems().addAll(radios(display.themeProperty(), DisplaySettings.Theme.values(), "menu-theme-",
                t -> switch (t) {
                    case LIGHT -> "Light theme";
                    case DARK -> "Dark theme";
                    case PROJECTOR -> "Projector theme (high contrast)";
                }));
        view.getItems().add(new SeparatorMenuItem());
        view.getItems().addAll(radios(display.paletteProperty(), DisplayOptions.Palette.values(), "menu-palette-",
                p -> p == DisplayOptions.Palette.COLOURBLIND ? "Colour-blind-safe colours (Okabe–Ito)"
                        : "Red and blue colours"));
        view.getItems().addAll(new SeparatorMenuItem(),
                item("Larger text (Ctrl+Plus)", "menu-larger-text", display::largerText),
                item("Smaller text (Ctrl+Minus)", "menu-smaller-text", display::smallerText),
                item("Normal text size (Ctrl+0)", "menu-normal-text", () -> display.setTextScale(1)),
                new SeparatorMenuItem(),
                check("Trails", "menu-trails", display.trailsProperty()),
                check("Auto-rotate", "menu-auto-rotate", display.autoRotateProperty()),
                item("Reset camera (double-click the sphere)", "menu-reset-camera",
                        () -> window.tokenView().resetCamera()),
                new SeparatorMenuItem(),
                item("One attention layer…", "menu-attention-layer", window::showAttentionLayer));

        MenuItem sweep = item("Sweep…", "menu-sweep", window::showSweep);
        sweep.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+W"));
        Menu tools = new Menu("Tools");
        tools.setId("menu-tools");
        tools.getItems().add(sweep);

        Menu help = new Menu("Help");
        help.setId("menu-help");
        DocumentWindow math = DocumentWindow.of("MATH.md");
        DocumentWindow presetDoc = DocumentWindow.of("presets.md");
        help.getItems().addAll(item("Keys and mouse…", "menu-keys", () -> info(window, "Keys and mouse", KEYS)),
                item("The mathematics (docs/MATH.md)…", "menu-math", () -> math.show(window.stage())),
                item("Preset files (docs/presets.md)…", "menu-presets-doc", () -> presetDoc.show(window.stage())),
                new SeparatorMenuItem(),
                item("About TokenSphere…", "menu-about", () -> info(window, "About TokenSphere", ABOUT)));
        getMenus().addAll(file, edit, view, tools, help);
    }

    private static final String KEYS = """
            Space: play or pause
            Right arrow: one step
            R: reset (same noise, same start)
            Ctrl+Z: undo the last reset or loaded preset
            Ctrl+S: PNG snapshot of the sphere
            F11: presentation mode
            Ctrl+O: open a preset;  Ctrl+Shift+S: save the run as a preset;  Ctrl+G: presets gallery
            In a tour: Page Down or Right: next step;  Page Up or Left: step back;  Ctrl+Z: leave the tour
            Ctrl+Shift+C: copy the run's share code;  Ctrl+V: open the share code on the clipboard
            Ctrl+Shift+W: sweep a parameter (Tools ▸ Sweep…)
            Ctrl+Plus, Ctrl+Minus, Ctrl+0: larger, smaller, normal text
            Tab and Shift+Tab: move between controls;  Space: press the focused button or box;
            arrows, Page Up/Down, Home/End: move the focused slider;  Enter: apply a typed value
            Drop a preset file or a share code on the window to open it.

            Mouse: drag to orbit, scroll to zoom, double-click to reset the camera, click two tokens to trace \
            their pair.""";

    private static final String ABOUT = """
            TokenSphere: N tokens on the unit sphere pushed by one shared random process \
            gather into clusters — synchronization by common noise.

            The models come from
            • M. Engel and A. Shalova, Random Quadratic Form on a Sphere: Synchronization \
            by Common Noise, arXiv preprint (math.PR), March 2026;
            • P. Rigollet, The mean-field dynamics of transformers, arXiv:2512.01868, 2025.

            The figures of Rigollet (2025) that TokenSphere cites come from
            • B. Geshkovski, C. Letrouit, Y. Polyanskiy and P. Rigollet, A mathematical \
            perspective on transformers, Bull. Amer. Math. Soc. 62(3):427–479, 2025 (Figs. 1, 3);
            • B. Geshkovski, H. Koubbi, Y. Polyanskiy and P. Rigollet, Dynamic metastability \
            in the self-attention model, arXiv:2410.06833, 2024 (Fig. 2);
            • N. Karagodin, S. Ge, Y. Polyanskiy and P. Rigollet, Normalization in attention \
            dynamics, NeurIPS 2025 (Fig. 4).

            The equations, their normalization and the facts the simulator reproduces, each \
            checked by a test, are in docs/MATH.md, which comes with TokenSphere (Help ▸ The \
            mathematics); tooltips and the explanation cite its sections as "docs/MATH.md §n".""";

    /** The recent files, newest first; files that are gone are dropped first, with a message. */
    private void fillRecent(PresetActions presets) {
        presets.dropMissingRecent();
        recentMenu.getItems().clear();
        for (Path p : presets.recent().files()) {
            MenuItem i = new MenuItem(p.getFileName() + "   —   " + p.getParent());
            i.setMnemonicParsing(false);
            i.setOnAction(e -> presets.openRecent(p));
            recentMenu.getItems().add(i);
        }
        if (recentMenu.getItems().isEmpty()) {
            MenuItem none = new MenuItem("(no recent presets)");
            none.setDisable(true);
            recentMenu.getItems().add(none);
        } else {
            recentMenu.getItems().addAll(new SeparatorMenuItem(), item("Clear the list", "menu-recent-clear",
                    () -> presets.recent().clear()));
        }
    }

    private static MenuItem item(String text, String id, Runnable action) {
        MenuItem i = new MenuItem(text);
        i.setId(id);
        i.setOnAction(e -> action.run());
        return i;
    }

    private static CheckMenuItem check(String text, String id, javafx.beans.property.BooleanProperty property) {
        CheckMenuItem c = new CheckMenuItem(text);
        c.setId(id);
        c.selectedProperty().bindBidirectional(property);
        return c;
    }

    /** One radio item per value of {@code values}, selected as {@code property} is, choosing it when picked. */
    private static <E extends Enum<E>> List<RadioMenuItem> radios(ObjectProperty<E> property, E[] values,
                                                                  String idPrefix, Function<E, String> label) {
        ToggleGroup group = new ToggleGroup();
        List<RadioMenuItem> items = new ArrayList<>();
        for (E v : values) {
            RadioMenuItem r = new RadioMenuItem(label.apply(v));
            r.setId(idPrefix + v.name().toLowerCase(Locale.ROOT));
            r.setToggleGroup(group);
            r.setSelected(property.get() == v);
            r.setOnAction(e -> property.set(v));
            items.add(r);
        }
        property.addListener((o, a, v) -> items.get(v.ordinal()).setSelected(true));
        return items;
    }

    private static void info(MainWindow window, String title, String text) {
        Alert a = new Alert(Alert.AlertType.INFORMATION, text, ButtonType.CLOSE);
        a.initOwner(window.stage());
        a.setTitle(title);
        a.setHeaderText(title);
        a.getDialogPane().setPrefWidth(640);
        a.show();
    }
}
