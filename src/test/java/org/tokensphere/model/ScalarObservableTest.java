package org.tokensphere.model;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The one list of scalar observables: names, order and accessors. */
class ScalarObservableTest {
    @Test
    void eachColumnReadsItsOwnValue() {
        ObservableValues v = new ObservableValues(1, 2, 3, new double[] {0, 0, 1}, 4, 5, 6, 7, 8, true, 9,
                new double[] {1}, 10, new double[] {0.5}, 11, 12, 13, 14, 15);
        Map<String, Double> expected = new LinkedHashMap<>();
        expected.put("t", 1.0);
        expected.put("polarOrder", 2.0);
        expected.put("nematicOrder", 3.0);
        expected.put("polarPairs", 6.0);
        expected.put("antipolarPairs", 7.0);
        expected.put("clusters", 9.0);
        expected.put("rho01", 10.0);
        expected.put("lyapunov", 11.0);
        expected.put("lyapunovBand", 12.0);
        expected.put("polarFraction", 4.0);
        expected.put("antipolarFraction", 5.0);
        expected.put("attentionEnergy", 14.0);
        expected.put("pairsExamined", 8.0);
        expected.put("meanRadius", 15.0);
        Map<String, Double> actual = new LinkedHashMap<>();
        for (ScalarObservable o : ScalarObservable.values()) {
            actual.put(o.column(), o.of(v));
        }
        assertEquals(expected, actual);
        assertEquals(String.join(",", expected.keySet()), ScalarObservable.header(), "the run command's order");
    }

    @Test
    void countsAreWrittenAsWholeNumbers() {
        ObservableValues v = new ObservableValues(0.5, 0.25, 1, new double[] {0, 0, 1}, 0.1, 0.2, 123, 4, 4950, false,
                2, new double[] {1}, -0.5, new double[0], Double.NaN, Double.NaN, -2, Double.NaN, 1);
        StringBuilder sb = new StringBuilder();
        ScalarObservable.appendRow(sb, v);
        assertEquals("0.5,0.25,1.0,123,4,2,-0.5,NaN,NaN,0.1,0.2,NaN,4950,1.0", sb.toString());
    }
}
