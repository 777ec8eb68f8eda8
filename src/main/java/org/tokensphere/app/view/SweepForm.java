package org.tokensphere.app.view;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import org.tokensphere.model.ParamAxis;
import org.tokensphere.model.Params;
import org.tokensphere.model.StopCondition;
import org.tokensphere.preset.SweepDisplay;
import org.tokensphere.preset.SweepFile;
import org.tokensphere.preset.SweepLibrary;
import org.tokensphere.sweep.Sweep;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The form of the Sweep window that builds the sweep request: where it starts from (the current run or a shipped
 * sweep), what to vary, time, sampling, replicas, the stop condition, and what to show as which chart. It reads
 * the fields into a {@link Sweep}, refusing a bad field with one line that names it, and shows a
 * {@link SweepFile}.
 */
final class SweepForm {
    private static final String CURRENT = "The current run";

    private final Supplier<Params> current;
    private final ComboBox<String> from = new ComboBox<>();
    private final TextField vary1 = field("beta=0:9:10", "NAME=a:b:k (k values), NAME=a:b:k:log or NAME=v1,v2,...");
    private final TextField vary2 = field("", "optional second parameter, e.g. d=8,128");
    private final TextField time = field("10", "simulated time of every replica");
    private final TextField every = field("0.5", "sampling interval");
    private final TextField replicas = field("8", "replicas per grid point");
    private final TextField stopWhen = field("", "optional: stop each replica when this first holds, e.g. rho01>=0");
    private final ComboBox<String> observable = new ComboBox<>();
    private final ChoiceBox<SweepDisplay.Chart> chart = new ChoiceBox<>();
    private final GridPane grid = new GridPane();
    private Params base;
    private String title = "";
    private String description = "";

    /**
     * A form whose "current run" is {@code current}'s parameters, with {@code open} and {@code save} (the file
     * buttons) on its first row; {@code redraw} runs when the observable or the chart kind changes.
     */
    SweepForm(Supplier<Params> current, Node open, Node save, Runnable redraw) {
        this.current = current;
        from.getItems().add(CURRENT);
        SweepLibrary.shipped().forEach(s -> from.getItems().add(s.name() + ": " + s.sweep().title()));
        from.getSelectionModel().select(0);
        from.setOnAction(e -> choose());
        for (var o : Sweep.OBSERVABLES) {
            observable.getItems().add(o.column());
        }
        observable.getItems().addAll("tStop", "stopped");
        observable.setValue("polarFraction");
        chart.getItems().addAll(SweepDisplay.Chart.values());
        chart.setValue(SweepDisplay.Chart.HEATMAP);
        observable.setOnAction(e -> redraw.run());
        chart.setOnAction(e -> redraw.run());
        grid.setHgap(8);
        grid.setVgap(6);
        grid.setPadding(new Insets(10));
        grid.addRow(0, new Label("Start from"), from, open, save);
        grid.addRow(1, new Label("Vary"), vary1, new Label("and"), vary2);
        grid.addRow(2, new Label("Time"), time, new Label("every"), every);
        grid.addRow(3, new Label("Replicas"), replicas, new Label("Stop when"), stopWhen);
        grid.addRow(4, new Label("Show"), observable, new Label("as"), chart);
        ids();
        choose();
    }

    private void ids() {
        from.setId("sweep-from");
        vary1.setId("sweep-vary1");
        vary2.setId("sweep-vary2");
        time.setId("sweep-time");
        every.setId("sweep-every");
        replicas.setId("sweep-replicas");
        stopWhen.setId("sweep-stop");
        observable.setId("sweep-observable");
        chart.setId("sweep-chart");
    }

    /** The form's node. */
    Node node() {
        return grid;
    }

    /** Takes the current run's parameters again when the form starts from it. */
    void refreshCurrent() {
        if (CURRENT.equals(from.getValue())) {
            base = current.get();
        }
    }

    private static TextField field(String text, String tip) {
        TextField f = new TextField(text);
        f.setTooltip(new Tooltip(tip));
        f.setPrefColumnCount(14);
        return f;
    }

    private void choose() {
        int i = from.getSelectionModel().getSelectedIndex();
        if (i <= 0) {
            base = current.get();
            title = "";
            description = "";
            return;
        }
        fill(SweepLibrary.shipped().get(i - 1).sweep());
    }

    /** The form shows {@code f}. */
    void fill(SweepFile f) {
        base = f.parameters().toParams();
        title = f.title();
        description = f.description();
        vary1.setText(f.vary().get(0));
        vary2.setText(f.vary().size() > 1 ? f.vary().get(1) : "");
        time.setText(String.valueOf(f.time()));
        every.setText(String.valueOf(f.every()));
        replicas.setText(String.valueOf(f.replicas()));
        stopWhen.setText(f.stopWhen());
        observable.setValue(f.display().observable());
        chart.setValue(f.display().chart());
    }

    /** The sweep the form describes; throws {@link IllegalArgumentException} with one line naming the field. */
    Sweep sweep() {
        List<ParamAxis> axes = new ArrayList<>();
        for (TextField f : List.of(vary1, vary2)) {
            if (f == vary1 || !f.getText().isBlank()) {
                try {
                    axes.add(ParamAxis.parse(f.getText().strip()));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("Vary: " + e.getMessage());
                }
            }
        }
        StopCondition stop;
        try {
            stop = stopWhen.getText().isBlank() ? null : StopCondition.parse(stopWhen.getText());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Stop when: " + e.getMessage());
        }
        double r = number(replicas, "Replicas");
        if (r != Math.rint(r)) {
            throw new IllegalArgumentException("Replicas: '" + replicas.getText().strip() + "' is not a whole number");
        }
        return new Sweep(base, axes, number(time, "Time"), number(every, "Every"),
                (int) Math.max(-1, Math.min(Integer.MAX_VALUE, r)), stop);
    }

    private static double number(TextField f, String name) {
        try {
            return Double.parseDouble(f.getText().strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + ": '" + f.getText().strip() + "' is not a number");
        }
    }

    /** What to show, as which chart (null parts while the form is being filled). */
    SweepDisplay display() {
        return new SweepDisplay(observable.getValue(), chart.getValue());
    }

    /** The observable chosen under "Show". */
    String observable() {
        return observable.getValue();
    }

    /** The kind of chart chosen under "as". */
    SweepDisplay.Chart chart() {
        return chart.getValue();
    }

    /** The heading of the sweep's chart: its title, or "sweep". */
    String heading() {
        return title.isEmpty() ? "sweep" : title;
    }

    /** The sweep's title ("" for a sweep of the current run). */
    String title() {
        return title;
    }

    /** The sweep's description ("" for a sweep of the current run). */
    String description() {
        return description;
    }
}
