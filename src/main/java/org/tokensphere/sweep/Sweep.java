package org.tokensphere.sweep;

import org.tokensphere.model.ParamAxis;
import org.tokensphere.model.ParamParser;
import org.tokensphere.model.Params;
import org.tokensphere.model.ReplicaRun;
import org.tokensphere.model.ScalarObservable;
import org.tokensphere.model.StopCondition;
import org.tokensphere.preset.PresetParameters;
import org.tokensphere.preset.SweepDisplay;
import org.tokensphere.preset.SweepFile;

import java.util.ArrayList;
import java.util.List;

/**
 * What a sweep computes (MATH.md §9): a grid of one or two varied parameters over base parameters, each grid
 * point run as {@code replicas} independent replicas sampled at {@code 0, every, 2·every, …, time}, optionally
 * stopped by a {@link StopCondition}. Grid point {@code g} counts the first axis slowest ({@code g = i·k₂ + j});
 * replica {@code r} of grid point {@code g} uses the seed {@code S + g·R + r} ({@code S} the base seed,
 * {@code R} the replicas), so that {@code run} with the grid point's parameters,
 * {@code --seed S+g·R --replicas R} runs the very same replicas, and results do not depend on how the work is
 * split. Valid by construction: every grid point's parameters are built, and refused with the value named.
 *
 * @param base     the parameters that are not varied (their seed is {@code S})
 * @param axes     one or two varied parameters
 * @param time     simulated time {@code T}
 * @param every    sampling interval
 * @param replicas replicas per grid point
 * @param stop     stopping condition, or null
 */
public record Sweep(Params base, List<ParamAxis> axes, double time, double every, int replicas,
                   StopCondition stop) {
    /** Most replicas per grid point. */
    public static final int MAX_REPLICAS = SweepFile.MAX_REPLICAS;
    /** Most replicas in a whole sweep. */
    public static final long MAX_RUNS = SweepFile.MAX_RUNS;
    /** Most rows (grid points × sample times). */
    public static final long MAX_ROWS = SweepFile.MAX_ROWS;
    /** Longest simulated time. */
    public static final double MAX_TIME = 1e5;
    /** The observables of every row, in the order of {@code run}'s columns ({@link ScalarObservable} but time). */
    public static final List<ScalarObservable> OBSERVABLES = measured();

    public Sweep {
        axes = List.copyOf(axes);
        if (axes.isEmpty() || axes.size() > 2) {
            throw new IllegalArgumentException("--vary: give one or two parameters to vary, got " + axes.size());
        }
        if (axes.size() == 2 && axes.get(0).name().equals(axes.get(1).name())) {
            throw new IllegalArgumentException("--vary: " + axes.get(0).name() + " is varied twice");
        }
        if (!(time > 0 && time <= MAX_TIME)) {
            throw new IllegalArgumentException("--time must be in (0, " + (long) MAX_TIME + "], got " + time);
        }
        if (!(every > 0) || time / every > MAX_ROWS) {
            throw new IllegalArgumentException("--every must be positive and give at most " + MAX_ROWS
                    + " sample times, got " + every);
        }
        if (replicas < 1 || replicas > MAX_REPLICAS) {
            throw new IllegalArgumentException("--replicas must be in [1, " + MAX_REPLICAS + "], got " + replicas);
        }
        long points = 1;
        for (ParamAxis a : axes) {
            points *= a.values().size();
        }
        if (points * replicas > MAX_RUNS) {
            throw new IllegalArgumentException(points + " grid points × " + replicas + " replicas is more than "
                    + MAX_RUNS + " runs");
        }
        if (points * ReplicaRun.samples(time, every) > MAX_ROWS) {
            throw new IllegalArgumentException(points + " grid points × " + ReplicaRun.samples(time, every)
                    + " sample times is more than " + MAX_ROWS + " rows");
        }
        for (int g = 0; g < points; g++) {
            gridParams(base, axes, g);
        }
    }

    /** Number of grid points. */
    public int points() {
        int p = 1;
        for (ParamAxis a : axes) {
            p *= a.values().size();
        }
        return p;
    }

    /** Number of sample times per replica. */
    public int samples() {
        return ReplicaRun.samples(time, every);
    }

    /** The {@code k}-th sample time. */
    public double sampleTime(int k) {
        return ReplicaRun.sampleTime(k, time, every);
    }

    /** The index of grid point {@code g} on axis {@code a}. */
    public int index(int g, int a) {
        return a == 0 ? g / (axes.size() == 2 ? axes.get(1).values().size() : 1)
                : g % axes.get(1).values().size();
    }

    /** The grid point of indices {@code (i, j)} ({@code j} ignored for one axis). */
    public int point(int i, int j) {
        return axes.size() == 2 ? i * axes.get(1).values().size() + j : i;
    }

    /** The values of grid point {@code g} as {@code key=value} arguments, first axis first. */
    public List<String> assignments(int g) {
        return assignments(axes, g);
    }

    /** The seed of replica {@code r} of grid point {@code g}: {@code S + g·R + r}. */
    public long seed(int g, int r) {
        return base.seed() + (long) g * replicas + r;
    }

    /** The parameters of grid point {@code g}, with the seed of its replica 0. */
    public Params params(int g) {
        return replicaParams(g, 0);
    }

    /** The parameters of replica {@code r} of grid point {@code g}. */
    public Params replicaParams(int g, int r) {
        return gridParams(base, axes, g).toBuilder().seed(seed(g, r)).build();
    }

    /** The sweep a file describes. */
    public static Sweep of(SweepFile f) {
        List<ParamAxis> axes = new ArrayList<>();
        for (String v : f.vary()) {
            axes.add(ParamAxis.parse(v));
        }
        return new Sweep(f.parameters().toParams(), axes, f.time(), f.every(), f.replicas(),
                f.stopWhen().isEmpty() ? null : StopCondition.parse(f.stopWhen()));
    }

    /** This sweep as a file, with a title, a description and what to show. */
    public SweepFile toFile(String title, String description, SweepDisplay display) {
        List<String> vary = new ArrayList<>();
        for (ParamAxis a : axes) {
            vary.add(a.toString());
        }
        return new SweepFile(SweepFile.SCHEMA, title, description, PresetParameters.of(base), vary, time, every,
                replicas, stop == null ? "" : stop.toString(), display);
    }

    private static Params gridParams(Params base, List<ParamAxis> axes, int g) {
        List<String> kv = assignments(axes, g);
        try {
            return ParamParser.parse(base, kv);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--vary: at " + String.join(" ", kv) + ": " + e.getMessage());
        }
    }

    private static List<String> assignments(List<ParamAxis> axes, int g) {
        List<String> kv = new ArrayList<>(2);
        int inner = axes.size() == 2 ? axes.get(1).values().size() : 1;
        int i = g / inner;
        kv.add(axes.get(0).name() + "=" + axes.get(0).values().get(i));
        if (axes.size() == 2) {
            kv.add(axes.get(1).name() + "=" + axes.get(1).values().get(g % inner));
        }
        return kv;
    }

    private static List<ScalarObservable> measured() {
        List<ScalarObservable> out = new ArrayList<>();
        for (ScalarObservable o : ScalarObservable.values()) {
            if (o != ScalarObservable.TIME) {
                out.add(o);
            }
        }
        return List.copyOf(out);
    }
}
