package org.tokensphere.app.view;

import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.tokensphere.app.viewmodel.NumberText;
import org.tokensphere.app.viewmodel.PresetThumbnails;
import org.tokensphere.model.Params;
import org.tokensphere.preset.Preset;
import org.tokensphere.preset.PresetLibrary;
import org.tokensphere.preset.PresetLibrary.ShippedPreset;

import java.util.Locale;
import java.util.function.Consumer;

/**
 * The shipped presets as cards — a thumbnail of the run, the title, the start of the description (all of it in
 * the tooltip) and the system's size — in the order of {@code presets/index.txt}. Clicking a card (or Enter on
 * it) loads that preset and closes the gallery; Escape closes it. Thumbnails are simulated on a background thread
 * once per session ({@link PresetThumbnails}) and drawn as they arrive.
 */
final class PresetGallery {
    private static final int THUMB = 132;
    private static final int SHORT_DESCRIPTION = 230;
    private static final double TEXT_WIDTH = 300;

    private final Stage stage = new Stage();

    PresetGallery(Window owner, String stylesheet, Consumer<String> load) {
        stage.initOwner(owner);
        stage.setTitle("TokenSphere — presets gallery");
        GridPane tiles = new GridPane();
        tiles.setHgap(10);
        tiles.setVgap(10);
        tiles.setPadding(new Insets(10));
        int k = 0;
        for (ShippedPreset s : PresetLibrary.shipped()) {
            HBox card = card(s, load);
            GridPane.setFillHeight(card, true);
            tiles.add(card, k % 2, k / 2);
            k++;
        }
        ScrollPane scroll = new ScrollPane(tiles);
        scroll.setFitToWidth(true);
        Label heading = new Label("Pick a preset to run it: each shows one system of docs/MATH.md §3 (thumbnails: "
                + "the run simulated with up to " + PresetThumbnails.MAX_TOKENS + " tokens: faint dots where they "
                + "start, the paths of a few, bold dots where they are at the end).");
        heading.setWrapText(true);
        heading.getStyleClass().add("gallery-heading");
        BorderPane root = new BorderPane(scroll);
        root.setTop(heading);
        BorderPane.setMargin(heading, new Insets(10, 12, 0, 12));
        root.getStyleClass().addAll("tokensphere", "preset-gallery");
        root.setId("preset-gallery");
        Scene scene = new Scene(root, 1000, 760);
        scene.getStylesheets().add(stylesheet);
        scene.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                stage.close();
            }
        });
        stage.setScene(scene);
    }

    /** Shows the gallery (brings it to the front when already open). */
    void show() {
        stage.show();
        stage.toFront();
    }

    /** Closes the gallery. */
    void close() {
        stage.close();
    }

    /** The gallery's window (for tests). */
    Stage stage() {
        return stage;
    }

    private HBox card(ShippedPreset s, Consumer<String> load) {
        Preset p = s.preset();
        Canvas canvas = new Canvas(THUMB, THUMB);
        ThumbnailPainter.placeholder(canvas, "simulating …");
        Label note = wrapped(size(p), "gallery-note");
        PresetThumbnails.shared().get(s.name(), p).whenComplete((t, failure) -> Platform.runLater(() -> {
            if (t != null) {
                ThumbnailPainter.paint(canvas, t);
                note.setText(size(p) + String.format(Locale.ROOT, "\npicture: %d tokens, t = 0 to %s",
                        t.n(), NumberText.fmt(Math.round(t.time() * 100) / 100.0)));
            } else {
                ThumbnailPainter.placeholder(canvas, "no picture");
            }
        }));
        Label title = wrapped(p.title(), "gallery-title");
        Label description = wrapped(shorten(p.description()), "gallery-description");
        VBox text = new VBox(4, title, description, note);
        // A focusable box rather than a Button: a Button measures a graphic of wrapped text far too tall.
        HBox card = new HBox(10, canvas, text);
        card.setAlignment(Pos.TOP_LEFT);
        card.setId("preset-card-" + s.name());
        card.getStyleClass().add("preset-card");
        card.setFocusTraversable(true);
        card.setMaxWidth(Double.MAX_VALUE);
        card.setMaxHeight(Double.MAX_VALUE);
        Tooltip tip = new Tooltip(p.title() + "\n\n" + p.description());
        tip.setWrapText(true);
        tip.setMaxWidth(520);
        Tooltip.install(card, tip);
        Runnable pick = () -> {
            stage.close();
            load.accept(s.name());
        };
        card.setOnMouseClicked(e -> pick.run());
        card.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.SPACE) {
                pick.run();
            }
        });
        return card;
    }

    /** A wrapping label of the text column's width (so its height is measured at that width). */
    private static Label wrapped(String text, String style) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.getStyleClass().add(style);
        l.setPrefWidth(TEXT_WIDTH);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }

    private static String size(Preset p) {
        Params q = p.toParams();
        return String.format(Locale.ROOT, "N = %d, d = %d, runs for t = %s", q.n(), q.d(),
                NumberText.fmt(p.duration()));
    }

    /** The description cut after about {@value #SHORT_DESCRIPTION} characters, at a space, with an ellipsis. */
    static String shorten(String text) {
        if (text.length() <= SHORT_DESCRIPTION) {
            return text;
        }
        int cut = text.lastIndexOf(' ', SHORT_DESCRIPTION);
        return text.substring(0, cut > SHORT_DESCRIPTION / 2 ? cut : SHORT_DESCRIPTION).strip() + " …";
    }
}
