package org.tokensphere.app.view;

import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The controls of the side panel and the toolbar, built one way: tooltips that wrap and show quickly, segmented
 * toggles, check boxes and choice boxes that follow a property and report the user's choice, rows, boxes and
 * sections.
 */
final class ControlWidgets {
    private ControlWidgets() {
    }

    /** A tooltip that wraps at 380 pixels and shows after 350 ms. */
    static Tooltip tip(String text) {
        Tooltip t = new Tooltip(text);
        t.setWrapText(true);
        t.setMaxWidth(380);
        t.setShowDelay(Duration.millis(350));
        return t;
    }

    /**
     * Toggle buttons side by side, one per value, never all off: the one of {@code current} is selected, a click
     * calls {@code choose}; the buttons go into {@code buttons} and get ids {@code idPrefix + value name}.
     */
    static <E extends Enum<E>> HBox segmented(E[] values, Map<E, ToggleButton> buttons, ObservableValue<E> current,
                                              Consumer<E> choose, Function<E, String> label,
                                              Function<E, String> tooltip, String idPrefix) {
        ToggleGroup group = new ToggleGroup();
        HBox box = new HBox();
        box.getStyleClass().add("segmented");
        for (E v : values) {
            ToggleButton b = new ToggleButton(label.apply(v));
            b.setId(idPrefix + v.name().toLowerCase(Locale.ROOT));
            b.setToggleGroup(group);
            b.setTooltip(tip(tooltip.apply(v)));
            b.setSelected(v == current.getValue());
            b.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(b, Priority.ALWAYS);
            b.setOnAction(e -> {
                b.setSelected(true); // a segmented toggle is never empty
                choose.accept(v);
            });
            buttons.put(v, b);
            box.getChildren().add(b);
        }
        current.addListener((o, a, v) -> buttons.get(v).setSelected(true));
        return box;
    }

    /** A check box showing {@code state}; ticking it calls {@code set}. */
    static CheckBox check(String text, String id, ObservableValue<Boolean> state, Consumer<Boolean> set,
                          String tooltip) {
        CheckBox c = new CheckBox(text);
        c.setId(id);
        c.setSelected(state.getValue());
        c.setOnAction(e -> set.accept(c.isSelected()));
        state.addListener((o, a, v) -> c.setSelected(v));
        c.setTooltip(tip(tooltip));
        return c;
    }

    /** A choice of {@code items} showing {@code current}; choosing another calls {@code choose}. */
    static <E> ComboBox<E> choice(String id, Collection<E> items, ObservableValue<E> current, Consumer<E> choose,
                                  String tooltip) {
        ComboBox<E> box = new ComboBox<>();
        box.setId(id);
        box.getItems().addAll(items);
        box.setValue(current.getValue());
        box.setOnAction(e -> {
            if (box.getValue() != null && box.getValue() != current.getValue()) {
                choose.accept(box.getValue());
            }
        });
        current.addListener((o, a, v) -> box.setValue(v));
        box.setTooltip(tip(tooltip));
        return box;
    }

    /** A button that runs {@code action}. */
    static Button button(String text, String id, String tooltip, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setTooltip(tip(tooltip));
        b.setOnAction(e -> action.run());
        return b;
    }

    /** Nodes in a row, centred vertically. */
    static HBox row(Node... nodes) {
        HBox h = new HBox(8, nodes);
        h.setAlignment(Pos.CENTER_LEFT);
        return h;
    }

    /** Nodes one under the other, the content of a section. */
    static VBox box(Node... nodes) {
        VBox v = new VBox(8, nodes);
        v.setPadding(new Insets(4, 2, 6, 2));
        return v;
    }

    /** A collapsible section. */
    static TitledPane section(String title, Node content, boolean expanded) {
        TitledPane t = new TitledPane(title, content);
        t.setExpanded(expanded);
        t.setAnimated(false);
        return t;
    }
}
