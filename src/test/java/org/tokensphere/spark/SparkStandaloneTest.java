package org.tokensphere.spark;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tokensphere.cli.Main;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * {@code sweep} on a Spark standalone cluster gives the local sweep's file, bit for bit: a master and a worker are
 * started as processes of their own on 127.0.0.1 (as {@code src/spark/standalone.sh} does), the worker launches
 * an executor JVM whose class path has the libraries but not TokenSphere's classes, and the driver (this JVM, client
 * mode) ships those classes as a jar ({@code spark.jars}) and the tasks as serialized closures. The sweep is
 * {@link SparkSweepTest}'s (every kind of column); the executor's log must show the jar fetched and tasks run.
 */
class SparkStandaloneTest {
    private static final List<String> OPENS = List.of("--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
            "--add-opens=java.base/java.nio=ALL-UNNAMED", "--add-opens=java.base/java.util=ALL-UNNAMED",
            "--add-opens=java.base/java.lang.invoke=ALL-UNNAMED");
    /** Driver settings for the run, as {@code java -Dspark...} would give them; cleared afterwards. */
    private static final Map<String, String> DRIVER = Map.of("spark.driver.host", "127.0.0.1",
            "spark.driver.bindAddress", "127.0.0.1", "spark.executor.memory", "512m");

    @Test
    void aStandaloneClusterGivesTheRowsOfTheLocalSweep(@TempDir Path dir) throws Exception {
        Path home = sparkHome(dir.resolve("spark-home"));
        Path work = Files.createDirectories(dir.resolve("work"));
        Path classes = jarOfClasses(dir.resolve("tokensphere-classes.jar"));
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        String url = "spark://127.0.0.1:" + port;
        List<Process> daemons = new ArrayList<>();
        try {
            daemons.add(start(home, dir.resolve("master.log"), "org.apache.spark.deploy.master.Master",
                    "--host", "127.0.0.1", "--port", Integer.toString(port), "--webui-port", "0"));
            await(dir.resolve("master.log"), "I have been elected leader");
            daemons.add(start(home, dir.resolve("worker.log"), "org.apache.spark.deploy.worker.Worker",
                    "--host", "127.0.0.1", "--webui-port", "0", "--cores", "2", "--memory", "1g",
                    "--work-dir", work.toString(), url));
            await(dir.resolve("worker.log"), "Successfully registered with master");

            Path local = dir.resolve("local.csv");
            Path cluster = dir.resolve("cluster.csv");
            StringWriter err = new StringWriter();
            assertEquals(0, Main.execute(SparkSweepTest.args("--threads", "2", "--out", local.toString()),
                    new PrintWriter(new StringWriter()), new PrintWriter(err)), err.toString());
            DRIVER.forEach(System::setProperty);
            System.setProperty("spark.jars", classes.toString());
            try {
                assertEquals(0, SparkMain.execute(SparkSweepTest.args("--master", url, "--out", cluster.toString()),
                        new PrintWriter(new StringWriter()), new PrintWriter(err)), err.toString());
            } finally {
                DRIVER.keySet().forEach(System::clearProperty);
                System.clearProperty("spark.jars");
            }
            assertEquals(Files.readAllLines(local), Files.readAllLines(cluster));

            String executor = executorLog(work);
            assertTrue(executor.contains("CoarseGrainedExecutorBackend")
                    && executor.contains("spark://CoarseGrainedScheduler@127.0.0.1:"),
                    "an executor JVM, talking to the driver on the loopback address: " + executor);
            assertTrue(executor.contains("Fetching spark://127.0.0.1:") && executor.contains("tokensphere-classes.jar"),
                    "the executor fetched the shipped jar: " + executor);
            assertTrue(executor.contains("Finished task"), "the executor ran tasks: " + executor);
        } finally {
            for (int i = daemons.size() - 1; i >= 0; i--) {
                stop(daemons.get(i));
            }
        }
    }

    /** A Spark home whose jars/ links to the test class path's jars: Spark and the libraries, no TokenSphere. */
    private static Path sparkHome(Path home) throws IOException {
        Path jars = Files.createDirectories(home.resolve("jars"));
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            Path jar = Paths.get(entry).toAbsolutePath();
            if (Files.isRegularFile(jar) && jar.toString().endsWith(".jar")
                    && !Files.exists(jars.resolve(jar.getFileName()))) {
                Files.createSymbolicLink(jars.resolve(jar.getFileName()), jar);
            }
        }
        return home;
    }

    /** The build's classes (target/classes, where {@link SparkSweep} was loaded from) as a jar to ship. */
    private static Path jarOfClasses(Path jar) throws Exception {
        Path root = Paths.get(SparkSweep.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        assertTrue(Files.isDirectory(root), "the tests run on the build's class directory: " + root);
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream jos = new JarOutputStream(out);
             Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().collect(Collectors.toList())) {
                jos.putNextEntry(new JarEntry(root.relativize(f).toString().replace('\\', '/')));
                Files.copy(f, jos);
                jos.closeEntry();
            }
        }
        return jar;
    }

    private static Process start(Path home, Path log, String mainClass, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx256m");
        command.addAll(OPENS);
        command.addAll(List.of("-cp", home.resolve("jars") + "/*", mainClass));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().put("SPARK_HOME", home.toString());
        pb.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
        pb.environment().put("SPARK_SCALA_VERSION", "2.13"); // the executor launcher needs it without a distribution
        return pb.start();
    }

    private static void await(Path log, String line) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            if (Files.exists(log) && Files.readString(log).contains(line)) {
                return;
            }
            Thread.sleep(200);
        }
        fail("no '" + line + "' in " + log + " within 120 s:\n" + Files.readString(log));
    }

    /** The stderr of the executors the worker launched (work/APP/EXECUTOR/stderr). */
    private static String executorLog(Path work) throws IOException {
        try (Stream<Path> files = Files.walk(work)) {
            List<Path> logs = files.filter(p -> p.getFileName().toString().equals("stderr"))
                    .collect(Collectors.toList());
            assertEquals(1, logs.size(), "one executor: " + logs);
            return Files.readString(logs.get(0));
        }
    }

    /** SIGTERM (the worker then stops its executors), then waits; whatever is left of the process tree is killed. */
    private static void stop(Process p) throws InterruptedException {
        List<ProcessHandle> children = p.descendants().collect(Collectors.toList());
        p.destroy();
        if (!p.waitFor(30, TimeUnit.SECONDS)) {
            p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        for (ProcessHandle c : children) {
            if (c.isAlive()) {
                c.destroyForcibly();
            }
        }
    }
}
