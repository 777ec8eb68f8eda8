package org.tokensphere.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.tokensphere.model.Simulation;

/**
 * The cost of the step kernels' checks, measured in one JVM. Two copies of the product's classes are loaded, one
 * with {@code tokensphere.noStepCheck=true} (which compiles the checks out, {@code StepCheck.ENABLED}); each runs
 * its own simulation of the same workload on one thread, and the two take turns (A B B A, so that a drift of the
 * machine cancels), each turn timed on the thread's CPU clock. Prints the median over rounds of the time ratio
 * checked/unchecked. Separate processes ({@code src/bench/check-cost.sh}) differ by several per cent in how the JIT
 * compiles the same code; here both copies share the JVM, the heap and the machine's state.
 *
 * <p>Usage (see {@code src/bench/check-cost-jvm.sh}): {@code CheckCostComparison [rounds=R] [steps=S] [batch=B]
 * key=value...}, the keys of {@code run} for the rest; {@code batch} steps per call of {@code advance} (16 fuses
 * them at d = 3, 1 is one step per call); {@code control=true} makes both copies checked, which shows how far two
 * copies of the same code differ (the noise floor of the comparison).
 */
public final class CheckCostComparison {
    private static final String PROPERTY = "tokensphere.noStepCheck";
    private static final long WARMUP_NANOS = 3_000_000_000L;

    private CheckCostComparison() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = 21;
        int steps = 200;
        int batch = 16;
        boolean control = false;
        List<String> params = new ArrayList<>();
        for (String a : args) {
            if (a.startsWith("rounds=")) {
                rounds = Integer.parseInt(a.substring(7));
            } else if (a.startsWith("steps=")) {
                steps = Integer.parseInt(a.substring(6));
            } else if (a.equals("control=true")) {
                control = true;
            } else if (a.startsWith("batch=")) {
                batch = Integer.parseInt(a.substring(6));
            } else {
                params.add(a);
            }
        }
        Copy checked = new Copy(false, params);
        Copy unchecked = new Copy(!control, params);
        for (long t0 = System.nanoTime(); System.nanoTime() - t0 < WARMUP_NANOS;) {
            checked.run(steps, batch);
            unchecked.run(steps, batch);
        }
        double[] ratio = new double[rounds];
        double[] on = new double[rounds];
        double[] off = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            if (r % 2 == 0) {
                on[r] = checked.run(steps, batch);
                off[r] = unchecked.run(steps, batch);
            } else {
                off[r] = unchecked.run(steps, batch);
                on[r] = checked.run(steps, batch);
            }
            ratio[r] = on[r] / off[r];
        }
        System.out.printf(Locale.ROOT, "%s%s batch=%d steps=%d rounds=%d checked_ms=%.3f unchecked_ms=%.3f "
                        + "ratio=%.4f ratio_q1=%.4f ratio_q3=%.4f%n", String.join(" ", params),
                control ? " control=true" : "", batch, steps, rounds, 1e3 * median(on), 1e3 * median(off),
                median(ratio), quantile(ratio, 0.25), quantile(ratio, 0.75));
        checked.close();
        unchecked.close();
    }

    /** One copy of the product's classes and a simulation made with them. */
    private static final class Copy {
        private final AutoCloseable sim;
        private final Method advance;
        private final ThreadMXBean mx = ManagementFactory.getThreadMXBean();

        Copy(boolean noCheck, List<String> params) throws Exception {
            URL classes = Simulation.class.getProtectionDomain().getCodeSource().getLocation();
            ClassLoader loader = new ProductFirst(new URL[] {classes}, CheckCostComparison.class.getClassLoader());
            String before = System.getProperty(PROPERTY);
            System.setProperty(PROPERTY, Boolean.toString(noCheck));
            Class<?> check = Class.forName("org.tokensphere.model.StepCheck", true, loader);
            if (before == null) {
                System.clearProperty(PROPERTY);
            } else {
                System.setProperty(PROPERTY, before);
            }
            Field enabled = check.getDeclaredField("ENABLED");
            enabled.setAccessible(true);
            if (enabled.getBoolean(null) == noCheck) {
                throw new IllegalStateException("the copy's checks are not as asked");
            }
            Class<?> paramsClass = loader.loadClass("org.tokensphere.model.Params");
            Object base = paramsClass.getMethod("defaults").invoke(null);
            List<String> all = new ArrayList<>(List.of("seed=1"));
            all.addAll(params);
            Object p = loader.loadClass("org.tokensphere.model.ParamParser").getMethod("parse", paramsClass, List.class)
                    .invoke(null, base, all);
            Class<?> simClass = loader.loadClass("org.tokensphere.model.Simulation");
            Constructor<?> make = simClass.getConstructor(paramsClass, int.class);
            this.sim = (AutoCloseable) make.newInstance(p, 1);
            this.advance = simClass.getMethod("advance", int.class);
        }

        /** CPU seconds of this thread for {@code steps} steps, {@code batch} per call. */
        double run(int steps, int batch) throws Exception {
            long c0 = mx.getCurrentThreadCpuTime();
            for (int done = 0; done < steps; done += batch) {
                advance.invoke(sim, Math.min(batch, steps - done));
            }
            return (mx.getCurrentThreadCpuTime() - c0) * 1e-9;
        }

        void close() throws Exception {
            sim.close();
        }
    }

    /** Loads the product's classes itself (a second copy), everything else from its parent. */
    private static final class ProductFirst extends URLClassLoader {
        ProductFirst(URL[] urls, ClassLoader parent) {
            super(urls, parent);
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (!name.startsWith("org.tokensphere.")) {
                return super.loadClass(name, resolve);
            }
            synchronized (getClassLoadingLock(name)) {
                Class<?> c = findLoadedClass(name);
                if (c == null) {
                    c = findClass(name);
                }
                if (resolve) {
                    resolveClass(c);
                }
                return c;
            }
        }
    }

    private static double median(double[] v) {
        return quantile(v, 0.5);
    }

    private static double quantile(double[] v, double q) {
        double[] s = v.clone();
        Arrays.sort(s);
        double at = q * (s.length - 1);
        int i = (int) Math.floor(at);
        return i + 1 < s.length ? s[i] + (at - i) * (s[i + 1] - s[i]) : s[i];
    }
}
