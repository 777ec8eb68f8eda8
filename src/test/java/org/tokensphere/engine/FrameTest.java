package org.tokensphere.engine;

import org.junit.jupiter.api.Test;
import org.tokensphere.model.Measurement;
import org.tokensphere.model.Params;
import org.tokensphere.model.Simulation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/** A frame cannot be changed after it is made: not through what was given to it, not through what it gives out. */
class FrameTest {
    private static final Params P = Params.defaults().toBuilder().n(20).mode(org.tokensphere.model.Mode.MIXED)
            .seed(2).build();

    @Test
    void aStillFrameKeepsNoArrayOfItsCaller() {
        try (Simulation sim = new Simulation(P, 1)) {
            int[][] pairs = {{0, 1}, {2, 3}};
            Frame f = Frame.still(1, sim, Measurement.DEFAULT, pairs, null);
            pairs[0][1] = 7;
            pairs[1] = new int[] {5, 6};
            assertArrayEquals(new int[][] {{0, 1}, {2, 3}}, f.pairs(), "the caller's pairs were copied");
            float x0 = f.positions().get(0);
            sim.advance(10);
            assertEquals(x0, f.positions().get(0), "positions are copied out of the simulation");
            assertSame(f.positions(), f.initial(), "a frame at the start is its own initial state");
        }
    }

    @Test
    void whatAFrameGivesOutIsACopy() {
        try (Simulation sim = new Simulation(P, 1)) {
            Frame f = Frame.still(1, sim, Measurement.DEFAULT, new int[][] {{0, 1}}, null);
            f.pairs()[0][0] = 9;
            f.attractor()[0] = 42;
            f.matrixEigenvalues()[0] = 42;
            assertArrayEquals(new int[][] {{0, 1}}, f.pairs());
            assertArrayEquals(sim.attractor(), f.attractor());
            assertArrayEquals(sim.matrixEigenvalues(), f.matrixEigenvalues());
            float[] out = f.positions().toArray();
            out[0] = 42;
            assertEquals((float) sim.positions()[0], f.positions().get(0));
        }
    }

    @Test
    void readOnlyFloatsCopyWhatTheyAreMadeOf() {
        float[] a = {1, 2, 3};
        ReadOnlyFloats v = ReadOnlyFloats.copyOf(a);
        a[0] = 9;
        assertEquals(1, v.get(0));
        float[] out = new float[4];
        v.copyTo(1, out, 2, 2);
        assertArrayEquals(new float[] {0, 0, 2, 3}, out);
        assertEquals(3, v.length());
        assertArrayEquals(new float[] {0.5f, 0.25f}, ReadOnlyFloats.roundedFrom(new double[] {0.5, 0.25}).toArray());
    }
}
