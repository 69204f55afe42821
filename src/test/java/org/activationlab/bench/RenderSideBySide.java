package org.activationlab.bench;

import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Old against new renderer, side by side in one run, each in fresh processes taken in turns, so
 * that the load of a shared machine falls on both alike. Prints the medians of both, the ratio of
 * the medians and the median of the per-round ratios (new / old; below 1 is faster).
 *
 * <ul>
 *   <li>{@code frame OLD_CLASSES [ROUNDS [WARM_UP]]}: the curves view frame of {@link CurvesViewBenchmark}
 *       (canvas only, Monocle), with this run's {@code target/classes} replaced by {@code OLD_CLASSES} for
 *       the old side; per round, the median over 40 frames, after {@code WARM_UP} frames (default 20), of
 *       the wall time of a whole frame, of the FX thread's CPU time and of the drawing alone. On a loaded
 *       machine 20 frames do not finish the JIT's work: there the FX thread's CPU time per frame was 32 ms
 *       after 20 warm-up frames and 10 ms after 150 (a slider dragged for a few seconds).</li>
 *   <li>{@code draw OLD_CLASSES [FRAMES]}: the same frame without JavaFX ({@link CurvesDrawProbe}: sample,
 *       build, draw into an image), old and new in ONE process, each loaded by a class loader of its own
 *       (its own JIT-compiled code), frame by frame in turns: the median wall and thread CPU time.</li>
 *   <li>{@code export OLD_JAR NEW_JAR [ROUNDS] [-- JVM options for the new side]}: the 4K export as a
 *       user runs it, {@code java -jar JAR export --functions sigmoid,tanh,relu,gelu,swish,elu --both
 *       --saturation 0.01 --width 3840 --height 2160 --out FILE}, the whole process: wall time from start
 *       to exit, and on Linux the CPU time of the process (user + system, from /proc/self/stat's times
 *       of waited-for children).</li>
 * </ul>
 *
 * <p>Run after {@code mvn -o -q -B package -DskipTests} (and a copy of the old build):
 * {@code java -cp target/test-classes:target/classes:$(deps) org.activationlab.bench.RenderSideBySide export old.jar target/activation-lab.jar 15}
 */
public final class RenderSideBySide {
    private static final Pattern FRAME_LINE = Pattern.compile("frame-ms (\\S+) (\\S+) (\\S+)");
    private static final List<String> EXPORT_ARGS = List.of("export", "--functions", "sigmoid,tanh,relu,gelu,swish,elu",
            "--both", "--saturation", "0.01", "--width", "3840", "--height", "2160");
    /** Clock ticks per second of /proc's times: USER_HZ, 100 on Linux. */
    private static final double TICKS_PER_SECOND = 100;

    private RenderSideBySide() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length >= 2 && args[0].equals("frame")) {
            frames(args[1], args.length > 2 ? Integer.parseInt(args[2]) : 5, args.length > 3 ? Integer.parseInt(args[3]) : 20);
        } else if (args.length >= 2 && args[0].equals("draw")) {
            draws(args[1], args.length > 2 ? Integer.parseInt(args[2]) : 300);
        } else if (args.length >= 3 && args[0].equals("export")) {
            int dash = Arrays.asList(args).indexOf("--");
            int rounds = args.length > 3 && dash != 3 ? Integer.parseInt(args[3]) : 11;
            List<String> newOptions = dash < 0 ? List.of() : Arrays.asList(args).subList(dash + 1, args.length);
            exports(args[1], args[2], rounds, newOptions);
        } else {
            System.err.println("usage: frame OLD_CLASSES [ROUNDS [WARM_UP]] | draw OLD_CLASSES [FRAMES] | export OLD_JAR NEW_JAR [ROUNDS] [-- NEW_JVM_OPTIONS]");
            System.exit(2);
        }
    }

    /** This run's class path, and the entry of it that is {@code target/classes}. */
    private static String[] classPath() {
        String path = System.getProperty("java.class.path");
        String classes = Arrays.stream(path.split(File.pathSeparator))
                .filter(e -> e.endsWith("target" + File.separator + "classes")).findFirst()
                .orElseThrow(() -> new IllegalStateException("no target/classes on the class path"));
        return new String[] {path, classes};
    }

    private static void draws(String oldClasses, int frames) throws Exception {
        String[] path = classPath();
        Method[] frame = new Method[2];
        for (int which = 0; which < 2; which++) {
            String entries = which == 0 ? path[0].replace(path[1], oldClasses) : path[0];
            URL[] urls = Arrays.stream(entries.split(File.pathSeparator)).map(RenderSideBySide::url).toArray(URL[]::new);
            ClassLoader loader = new URLClassLoader(urls, ClassLoader.getPlatformClassLoader());
            frame[which] = Class.forName(CurvesDrawProbe.class.getName(), true, loader).getMethod("frame");
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        int warmUp = Math.max(20, frames / 3);
        double[][] wall = new double[2][frames];
        double[][] cpu = new double[2][frames];
        for (int f = -warmUp; f < frames; f++) {
            for (int side = 0; side < 2; side++) {
                int which = (f & 1) == 0 ? side : 1 - side;
                long c0 = threads.getCurrentThreadCpuTime();
                long t0 = System.nanoTime();
                frame[which].invoke(null);
                long t1 = System.nanoTime();
                long c1 = threads.getCurrentThreadCpuTime();
                if (f >= 0) {
                    wall[which][f] = (t1 - t0) / 1e6;
                    cpu[which][f] = (c1 - c0) / 1e6;
                }
            }
        }
        System.out.printf(Locale.ROOT, "Curves frame without JavaFX (sample, build, draw; ms), %d frames each after %d "
                + "warm-up, old and new in turns in one process%n", frames, warmUp);
        print("wall", wall[0], wall[1]);
        print("thread CPU", cpu[0], cpu[1]);
    }

    private static URL url(String entry) {
        try {
            return Path.of(entry).toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException(entry, e);
        }
    }

    private static void frames(String oldClasses, int rounds, int warmUp) throws Exception {
        String[] path = classPath();
        String newPath = path[0];
        String oldPath = newPath.replace(path[1], oldClasses);
        String[] names = {"wall, whole frame", "CPU, whole frame", "wall, draw"};
        double[][][] results = new double[2][3][rounds];
        for (int r = 0; r < rounds; r++) {
            for (int side = 0; side < 2; side++) {
                int which = (r % 2 == 0) ? side : 1 - side;
                String cp = which == 0 ? oldPath : newPath;
                String out = run(List.of(javaCommand(), "-cp", cp, CurvesViewBenchmark.class.getName(), String.valueOf(warmUp), "40",
                        "canvas"));
                Matcher m = FRAME_LINE.matcher(out);
                if (!m.find()) {
                    throw new IllegalStateException("no frame-ms line in:\n" + out);
                }
                for (int k = 0; k < 3; k++) {
                    results[which][k][r] = Double.parseDouble(m.group(k + 1));
                }
                System.out.printf(Locale.ROOT, "round %d %s: %s%n", r + 1, which == 0 ? "old" : "new", m.group());
            }
        }
        System.out.printf(Locale.ROOT, "Curves frame (ms), %d rounds of 40 frames after %d warm-up frames, old and new in turns%n",
                rounds, warmUp);
        for (int k = 0; k < 3; k++) {
            print(names[k], results[0][k], results[1][k]);
        }
    }

    private static void exports(String oldJar, String newJar, int rounds, List<String> newOptions) throws Exception {
        Path folder = Files.createTempDirectory("export-bench");
        double[][] wall = new double[2][rounds];
        double[][] cpu = new double[2][rounds];
        for (int r = 0; r < rounds; r++) {
            for (int side = 0; side < 2; side++) {
                int which = (r % 2 == 0) ? side : 1 - side;
                List<String> command = new ArrayList<>(List.of(javaCommand()));
                if (which == 1) {
                    command.addAll(newOptions);
                }
                command.addAll(List.of("-jar", which == 0 ? oldJar : newJar));
                command.addAll(EXPORT_ARGS);
                command.add("--out=" + folder.resolve("x" + which + ".png"));
                double cpu0 = childrenCpuSeconds();
                long t0 = System.nanoTime();
                run(command);
                wall[which][r] = (System.nanoTime() - t0) / 1e9;
                cpu[which][r] = childrenCpuSeconds() - cpu0;
            }
        }
        for (int which = 0; which < 2; which++) {
            Files.deleteIfExists(folder.resolve("x" + which + ".png"));
        }
        Files.delete(folder);
        System.out.printf(Locale.ROOT, "4K export as a whole process (s), %d rounds, old and new in turns%s%n", rounds,
                newOptions.isEmpty() ? "" : "; new side with " + String.join(" ", newOptions));
        print("wall", wall[0], wall[1]);
        if (!Double.isNaN(cpu[0][0])) {
            print("CPU (user + system)", cpu[0], cpu[1]);
        }
    }

    static String javaCommand() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** Runs {@code command} to its end and returns what it printed; fails unless it exits with 0. */
    static String run(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int status = p.waitFor();
        if (status != 0) {
            throw new IllegalStateException("exit status " + status + " of " + command + ":\n" + out);
        }
        return out;
    }

    /** The user + system CPU seconds of this process's waited-for children (Linux), or NaN elsewhere. */
    static double childrenCpuSeconds() {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // after "pid (comm) ": field 3 is state at index 0, so cutime (16) and cstime (17) are at 13 and 14
            return (Long.parseLong(fields[13]) + Long.parseLong(fields[14])) / TICKS_PER_SECOND;
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    private static void print(String name, double[] old, double[] now) {
        double[] ratios = new double[old.length];
        for (int i = 0; i < old.length; i++) {
            ratios[i] = now[i] / old[i];
        }
        System.out.printf(Locale.ROOT, "  %-22s old %8.3f   new %8.3f   new/old %.2f (median of round ratios %.2f)%n",
                name, median(old), median(now), median(now) / median(old), median(ratios));
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
