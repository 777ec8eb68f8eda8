package org.tokensphere.app.view;

import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import org.tokensphere.app.figure.FigureData;
import org.tokensphere.app.figure.FigureFiles;
import org.tokensphere.app.figure.FigurePanel;
import org.tokensphere.app.figure.FigureSpec;
import org.tokensphere.engine.Frame;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * File ▸ Export figure…: the choices of {@code tokensphere figure} for the run on screen — the panels, the page
 * size in inches, centimetres, millimetres or points, the dpi of a PNG, and the format — written from the frame on
 * screen and its history when Export is pressed, on the writing thread. A refused value is said in the dialog,
 * naming the field, and nothing is written.
 */
final class FigureDialog {
    private final Stage stage = new Stage();
    private final MainWindow window;
    private final ChoiceBox<FigureSpec.Format> format = new ChoiceBox<>();
    private final TextField size = new TextField("7x3in");
    private final TextField dpi = new TextField("300");
    private final Map<FigurePanel, CheckBox> panels = new EnumMap<>(FigurePanel.class);
    private final Label message = new Label();

    FigureDialog(MainWindow window) {
        this.window = window;
        stage.initOwner(window.stage());
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle("Export figure");
        format.getItems().addAll(FigureSpec.Format.values());
        format.getSelectionModel().select(FigureSpec.Format.PDF);
        format.setId("figure-format");
        size.setId("figure-size");
        dpi.setId("figure-dpi");
        size.setTooltip(new Tooltip("Page size with a unit: 7x3in, 18x8cm, 180x80mm or 504x216pt."));
        dpi.setTooltip(new Tooltip("Pixels per inch of a PNG (SVG and PDF are vector graphics)."));
        FlowPane boxes = new FlowPane(10, 6);
        for (FigurePanel p : FigurePanel.values()) {
            CheckBox c = new CheckBox(p.key());
            c.setId("figure-panel-" + p.key());
            c.setTooltip(new Tooltip(p.title()));
            c.setSelected(p == FigurePanel.SPHERE || p == FigurePanel.PAIRS || p == FigurePanel.ORDER);
            panels.put(p, c);
            boxes.getChildren().add(c);
        }
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        grid.addRow(0, new Label("Panels"), boxes);
        grid.addRow(1, new Label("Format"), format);
        grid.addRow(2, new Label("Size"), size);
        grid.addRow(3, new Label("PNG dpi"), dpi);
        Button export = new Button("Export…");
        export.setId("figure-export");
        export.setDefaultButton(true);
        export.setOnAction(e -> export());
        Button close = new Button("Close");
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        message.setId("figure-message");
        message.setWrapText(true);
        message.setMaxWidth(420);
        VBox root = new VBox(10, new Label("A figure of the run on screen at t = " + String.format(Locale.ROOT,
                "%.3f", window.engine().latest().time()) + ", from its start."), grid, message,
                new HBox(8, export, close));
        root.setPadding(new Insets(12));
        Scene scene = new Scene(root);
        scene.getStylesheets().addAll(window.scene().getStylesheets());
        stage.setScene(scene);
    }

    void show() {
        stage.show();
    }

    /** The spec the fields describe, writing to {@code out}; throws IllegalArgumentException naming a field. */
    FigureSpec spec(Path out) {
        List<FigurePanel> chosen = new ArrayList<>();
        panels.forEach((p, c) -> {
            if (c.isSelected()) {
                chosen.add(p);
            }
        });
        double[] wh = FigureSpec.parseSize(size.getText());
        int d;
        try {
            d = Integer.parseInt(dpi.getText().strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--dpi: '" + dpi.getText() + "' is not a whole number");
        }
        return new FigureSpec(chosen, wh[0], wh[1], d, out);
    }

    private void export() {
        FigureSpec.Format f = format.getValue();
        String ext = f.name().toLowerCase(Locale.ROOT);
        FigureSpec check;
        try {
            check = spec(Path.of("figure." + ext));
        } catch (IllegalArgumentException e) {
            message.setText(e.getMessage().replace("--", ""));
            return;
        }
        Path out = SaveChooser.ask(stage, "Export figure", f.name() + " (*." + ext + ")", ext, "tokensphere-figure");
        if (out == null) {
            return;
        }
        export(check.panels(), check, out);
    }

    /** Takes the frame on screen now and writes it on the writing thread. */
    void export(List<FigurePanel> chosen, FigureSpec check, Path out) {
        FigureSpec spec = new FigureSpec(chosen, check.widthPt(), check.heightPt(), check.dpi(), out);
        Frame frame = window.engine().latest();
        String title = window.presets().session().titleProperty().get();
        FigureData data = FigureData.of(frame, window.tokenView().camera(), window.display().colourByProperty().get(),
                window.display().projectionProperty().get(), window.display().paletteProperty().get(),
                title.isEmpty() ? "TokenSphere run" : title);
        message.setText("Writing " + out + " …");
        window.writer().write("Exporting the figure to " + out + " …", progress -> FigureFiles.write(data, spec),
                String.format(Locale.ROOT, "Exported the figure at t = %.3f to %s", frame.time(), out),
                "Cannot export the figure: ").thenAccept(failure -> javafx.application.Platform.runLater(() ->
                message.setText(failure == null ? "Wrote " + out : failure)));
    }
}
