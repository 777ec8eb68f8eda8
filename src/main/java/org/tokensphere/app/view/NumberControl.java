package org.tokensphere.app.view;

import javafx.animation.PauseTransition;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.tokensphere.app.viewmodel.NumberText;
import org.tokensphere.app.viewmodel.Knob;
import org.tokensphere.app.viewmodel.ParamsViewModel;

/**
 * One numeric parameter: its symbol and meaning, a slider over the sensible range, and a field for typing any
 * value. Every change goes through the view model; a refused typed value flashes the field and the view model
 * names the reason, and both slider and field go back to the valid value. Knobs that restart the run apply when
 * the slider is released.
 */
public final class NumberControl extends VBox {
    private static final double LOG_STEPS = 1000;

    private final Knob knob;
    private final ParamsViewModel vm;
    private final Slider slider = new Slider();
    private final TextField field = new TextField();
    private final Label name;
    private final Label note = new Label();
    private boolean updating;

    /** A control for {@code knob} of {@code vm}. */
    public NumberControl(Knob knob, ParamsViewModel vm) {
        this.knob = knob;
        this.vm = vm;
        getStyleClass().add("number-control");
        String id = knob.name().toLowerCase().replace('_', '-');
        setId(id);
        slider.setId(id + "-slider");
        field.setId(id + "-field");

        name = new Label(knob.symbol() + "   " + knob.meaning());
        name.getStyleClass().add("control-label");
        Tooltip tip = new Tooltip(knob.tooltip());
        tip.setWrapText(true);
        tip.setMaxWidth(360);
        tip.setShowDelay(Duration.millis(350));
        name.setTooltip(tip);
        slider.setTooltip(tip);
        field.setTooltip(tip);
        note.getStyleClass().add("control-note");
        note.setManaged(false);
        note.setVisible(false);

        if (knob.logScale()) {
            slider.setMin(0);
            slider.setMax(LOG_STEPS);
        } else {
            slider.setMin(knob.sliderMin());
            slider.setMax(knob.sliderMax());
        }
        field.setPrefColumnCount(6);
        field.getStyleClass().add("value-field");
        HBox.setHgrow(slider, Priority.ALWAYS);
        HBox row = new HBox(6, slider, field);
        row.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(name, row, note);

        show(vm.get(knob));
        vm.property(knob).addListener((obs, old, v) -> show(v.doubleValue()));
        slider.valueProperty().addListener((obs, old, v) -> {
            if (!updating && !(knob.restarts() && slider.isValueChanging())) {
                submit(fromSlider(v.doubleValue()));
            }
        });
        slider.valueChangingProperty().addListener((obs, was, changing) -> {
            if (!changing && !updating && knob.restarts()) {
                submit(fromSlider(slider.getValue()));
            }
        });
        field.setOnAction(e -> submitText());
        field.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                submitText();
            }
        });
    }

    /** The slider (for tests and keyboard users). */
    public Slider slider() {
        return slider;
    }

    /** The typed-value field. */
    public TextField field() {
        return field;
    }

    /**
     * Marks the control as not acting in the current mode (dimmed, with a note saying why), or acting again
     * for a null note. It stays usable: its value is kept for when it acts.
     */
    public void setInactive(String why) {
        boolean inactive = why != null;
        name.setOpacity(inactive ? 0.55 : 1);
        slider.setOpacity(inactive ? 0.55 : 1);
        note.setText(inactive ? why : "");
        note.setManaged(inactive);
        note.setVisible(inactive);
    }

    private void submitText() {
        if (updating) {
            return;
        }
        String text = field.getText();
        if (text.equals(NumberText.fmt(vm.get(knob)))) {
            return;
        }
        if (!vm.setText(knob, text)) {
            flashRefused();
            show(vm.get(knob));
        }
    }

    private void submit(double v) {
        if (knob.integer()) {
            v = Math.rint(v);
        }
        if (v == vm.get(knob)) {
            return;
        }
        if (!vm.set(knob, v)) {
            show(vm.get(knob));
        }
    }

    private void show(double v) {
        updating = true;
        try {
            double s = knob.logScale() ? toSlider(v) : v;
            slider.setValue(Math.max(slider.getMin(), Math.min(slider.getMax(), s)));
            field.setText(NumberText.fmt(v));
        } finally {
            updating = false;
        }
    }

    private void flashRefused() {
        field.getStyleClass().add("refused");
        PauseTransition p = new PauseTransition(Duration.seconds(1.5));
        p.setOnFinished(e -> field.getStyleClass().remove("refused"));
        p.play();
    }

    private double fromSlider(double s) {
        if (!knob.logScale()) {
            return nice(s, knob.integer() ? 0 : 3);
        }
        double lo = Math.log(knob.sliderMin());
        double hi = Math.log(knob.sliderMax());
        double v = Math.exp(lo + (hi - lo) * s / LOG_STEPS);
        return nice(v, 2);
    }

    private double toSlider(double v) {
        double lo = Math.log(knob.sliderMin());
        double hi = Math.log(knob.sliderMax());
        return v <= 0 ? 0 : (Math.log(v) - lo) / (hi - lo) * LOG_STEPS;
    }

    /** {@code v} rounded to {@code digits} significant digits (log sliders), or to the slider's resolution. */
    private double nice(double v, int digits) {
        if (knob.logScale()) {
            if (v <= 0) {
                return v;
            }
            double mag = Math.pow(10, Math.floor(Math.log10(v)) - (digits - 1));
            double r = Math.round(v / mag) * mag;
            return Double.parseDouble(String.format(java.util.Locale.ROOT, "%.6g", r));
        }
        if (knob.integer()) {
            return Math.rint(v);
        }
        double range = knob.sliderMax() - knob.sliderMin();
        double step = Math.pow(10, Math.floor(Math.log10(range)) - 2);
        return Double.parseDouble(String.format(java.util.Locale.ROOT, "%.6g", Math.round(v / step) * step));
    }
}
