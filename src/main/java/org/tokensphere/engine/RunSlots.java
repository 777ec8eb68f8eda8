package org.tokensphere.engine;

import org.tokensphere.model.Params;
import org.tokensphere.model.Parallel;
import org.tokensphere.model.Simulation;

/**
 * The engine's runs: the current one and the one before the last reset, kept for "undo reset". Engine thread
 * only; it alone closes runs, after their last step.
 */
final class RunSlots implements AutoCloseable {
    private final Parallel workers;
    private final int bins;
    private EngineRun current;
    private EngineRun previous;
    /** The run set aside (a guided tour plays meanwhile), and whether the run kept for undo was made since. */
    private EngineRun aside;
    private boolean previousIsFromAside;

    /** Runs stepping on {@code workers}, with histograms of {@code bins} bins; starts with a run of {@code p}. */
    RunSlots(Params p, Parallel workers, int bins) {
        this.workers = workers;
        this.bins = bins;
        this.current = start(p);
    }

    /** A new run of {@code p} from time 0, not yet current; refused parameters throw IllegalArgumentException. */
    EngineRun start(Params p) {
        return new EngineRun(new Simulation(p, workers), bins);
    }

    /** The run being shown. */
    EngineRun current() {
        return current;
    }

    /** True when there is a run to go back to. */
    boolean canUndo() {
        return previous != null;
    }

    /** {@code next} becomes current; the current run is kept for undo, and the one kept before is closed. */
    void replace(EngineRun next) {
        if (previous != null) {
            previous.sim.close();
        }
        previousIsFromAside = aside != null;
        previous = current;
        current = next;
    }

    /** Back to the run before the last reset, which is then no longer kept; false when there is none. */
    boolean undo() {
        if (previous == null) {
            return false;
        }
        current.sim.close();
        current = previous;
        previous = null;
        return true;
    }

    /** True while a run is set aside. */
    boolean hasAside() {
        return aside != null;
    }

    /** {@code next} becomes current; the current run is set aside, or closed when one is aside already. */
    void setAside(EngineRun next) {
        if (aside == null) {
            aside = current;
        } else {
            current.sim.close();
        }
        current = next;
    }

    /**
     * The run set aside becomes current again; the current run, and the one kept for undo if it was made while
     * a run was aside, are closed. False when no run is aside.
     */
    boolean bringBack() {
        if (aside == null) {
            return false;
        }
        current.sim.close();
        if (previousIsFromAside && previous != null) {
            previous.sim.close();
            previous = null;
        }
        current = aside;
        aside = null;
        previousIsFromAside = false;
        return true;
    }

    /** Closes every run (after the last step). */
    @Override
    public void close() {
        current.sim.close();
        if (previous != null) {
            previous.sim.close();
        }
        if (aside != null) {
            aside.sim.close();
        }
    }
}
