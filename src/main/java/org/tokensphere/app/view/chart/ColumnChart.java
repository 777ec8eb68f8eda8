package org.tokensphere.app.view.chart;

import io.fair_acc.chartfx.axes.spi.DefaultNumericAxis;
import io.fair_acc.dataset.spi.DoubleDataSet;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.tokensphere.engine.Frame;
import org.tokensphere.engine.HistorySnapshot;

import java.util.ArrayList;
import java.util.List;
import org.tokensphere.model.ScalarObservable;

/**
 * A chart of history columns against time, one line each, under a heading with a legend entry per line: the
 * order parameters, the cluster count, and any other scalar observable of the history.
 */
public class ColumnChart extends HistoryChart {
    /**
     * One line of the chart.
     *
     * @param column the history column drawn
     * @param name   the data set's name
     * @param legend the legend's text
     * @param colour CSS colour
     * @param width  line width, pixels
     * @param dashes CSS dash pattern, or null for a solid line
     */
    public record Line(ScalarObservable column, String name, String legend, String colour, double width, String dashes) {
    }

    private final List<Line> lines;
    private final List<DoubleDataSet> sets = new ArrayList<>();
    private final VBox node;

    /** A chart with id {@code id} under {@code title}, values on {@code valueAxis}, one line per entry. */
    public ColumnChart(String id, String title, DefaultNumericAxis valueAxis, List<Line> lines) {
        super(id, valueAxis);
        this.lines = List.copyOf(lines);
        Object[] legend = new Object[3 * lines.size()];
        for (int k = 0; k < lines.size(); k++) {
            Line l = lines.get(k);
            sets.add(series(l.name(), l.colour(), l.width(), l.dashes()));
            legend[3 * k] = l.colour();
            legend[3 * k + 1] = l.legend();
            legend[3 * k + 2] = l.dashes() != null;
        }
        chart().getDatasets().addAll(sets);
        node = ChartParts.titled(chart(), title, ChartParts.legend(legend));
    }

    @Override
    public Region node() {
        return node;
    }

    @Override
    public void update(Frame f, HistorySnapshot h, double[] t) {
        for (int k = 0; k < lines.size(); k++) {
            sets.get(k).set(t, h.column(lines.get(k).column()), h.length(), false);
        }
    }
}
