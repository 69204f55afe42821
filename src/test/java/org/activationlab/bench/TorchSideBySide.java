package org.activationlab.bench;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The trainer against real PyTorch (float64, one thread), side by side: each side in fresh
 * processes taken in turns, so that the load of a shared machine falls on all alike. Prints each
 * side's per-round figures, their medians and the median of the per-round ratios. Steps are timed
 * as the thread's CPU time (a loaded machine distorts it least) and as wall time; whole processes
 * as wall time and as the CPU time (user + system) of the process.
 *
 * <ul>
 *   <li>{@code step ACTIVATION POINTS [ROUNDS] [OLD_CLASSES]}: one training step of 2-8-8-1 on
 *       POINTS points: {@link TrainSteps} (the trainer's step with every diagnostic, and the bare
 *       step) against {@code src/test/python/torch_train_step.py}; with OLD_CLASSES, also the
 *       trainer built from that copy of {@code target/classes} (before against after).</li>
 *   <li>{@code shootout JAR [ROUNDS] [OLD_JAR]}: the whole command, {@code java -jar JAR shootout
 *       --activations relu,gelu,tanh,sigmoid --task circle --hidden 8,8 --points 200 --steps 1000
 *       --seeds 10 --lr 0.1 --out DIR} with {@code --threads 1} and with the default threads, against
 *       {@code python3 src/test/python/torch_shootout.py}: wall time of the whole process; with OLD_JAR, also
 *       that jar's command with {@code --threads 1} (before against after).</li>
 * </ul>
 *
 * <p>Run from the repository root after {@code mvn -o -q -B package -DskipTests} (python3 with torch):
 * {@code java -cp target/test-classes:target/classes:$(cat cp.txt) org.activationlab.bench.TorchSideBySide step tanh 1000 7}
 * (cp.txt from {@code mvn dependency:build-classpath -Dmdep.outputFile=cp.txt}).
 */
public final class TorchSideBySide {
    private static final Pattern JAVA_LINE = Pattern.compile("java-step-us (\\S+) (\\S+) (\\S+) (\\S+)");
    private static final Pattern TORCH_LINE = Pattern.compile("torch-step-us (\\S+) (\\S+)");
    private static final String PYTHON_DIR = "src/test/python";
    private static final String SECONDS = "3";

    private TorchSideBySide() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length >= 3 && args[0].equals("step")) {
            int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 5;
            steps(args[1], args[2], rounds, args.length > 4 ? args[4] : null);
        } else if (args.length >= 2 && args[0].equals("shootout")) {
            shootouts(args[1], args.length > 2 ? Integer.parseInt(args[2]) : 5, args.length > 3 ? args[3] : null);
        } else {
            System.err.println("usage: step ACTIVATION POINTS [ROUNDS] [OLD_CLASSES] | shootout JAR [ROUNDS] [OLD_JAR]");
            System.exit(2);
        }
    }

    private static void steps(String activation, String points, int rounds, String oldClasses) throws Exception {
        String path = System.getProperty("java.class.path");
        String classes = Arrays.stream(path.split(File.pathSeparator))
                .filter(e -> e.endsWith("target" + File.separator + "classes")).findFirst()
                .orElseThrow(() -> new IllegalStateException("no target/classes on the class path"));
        Map<String, List<String>> sides = new LinkedHashMap<>();
        sides.put("torch", List.of("python3", PYTHON_DIR + "/torch_train_step.py", "--activation", activation,
                "--points", points, "--seconds", SECONDS));
        sides.put("java", javaSteps(path, activation, points));
        if (oldClasses != null) {
            sides.put("java-before", javaSteps(path.replace(classes, oldClasses), activation, points));
        }
        Map<String, double[]> results = new LinkedHashMap<>();
        Map<String, double[]> walls = new LinkedHashMap<>();
        for (String side : sides.keySet()) {
            results.put(side, new double[rounds]);
            walls.put(side, new double[rounds]);
            if (!side.equals("torch")) {
                results.put(side + "-bare", new double[rounds]);
                walls.put(side + "-bare", new double[rounds]);
            }
        }
        List<String> order = new ArrayList<>(sides.keySet());
        for (int r = 0; r < rounds; r++) {
            for (int k = 0; k < order.size(); k++) {
                String side = order.get((k + r) % order.size());
                String out = RenderSideBySide.run(sides.get(side));
                Matcher m = (side.equals("torch") ? TORCH_LINE : JAVA_LINE).matcher(out);
                if (!m.find()) {
                    throw new IllegalStateException("no result line in:\n" + out);
                }
                boolean torch = side.equals("torch");
                results.get(side)[r] = Double.parseDouble(m.group(1));
                walls.get(side)[r] = Double.parseDouble(m.group(torch ? 2 : 3));
                if (!torch) {
                    results.get(side + "-bare")[r] = Double.parseDouble(m.group(2));
                    walls.get(side + "-bare")[r] = Double.parseDouble(m.group(4));
                }
                System.out.printf(Locale.ROOT, "round %d %-12s %s%n", r + 1, side, m.group());
            }
        }
        System.out.printf(Locale.ROOT, "%s, %s points, µs per step (median over %d rounds), speed-up = torch / side%n",
                activation, points, rounds);
        System.out.println(" thread CPU time:");
        results.forEach((side, values) -> print(side, values, results.get("torch")));
        System.out.println(" wall time:");
        walls.forEach((side, values) -> print(side, values, walls.get("torch")));
    }

    private static List<String> javaSteps(String classPath, String activation, String points) {
        return List.of(RenderSideBySide.javaCommand(), "-cp", classPath, TrainSteps.class.getName(), activation, points,
                SECONDS);
    }

    private static void shootouts(String jar, int rounds, String oldJar) throws Exception {
        Path folder = Files.createTempDirectory("shootout-bench");
        List<String> shootout = shootoutCommand(jar, folder);
        Map<String, List<String>> sides = new LinkedHashMap<>();
        sides.put("torch", List.of("python3", PYTHON_DIR + "/torch_shootout.py"));
        List<String> one = new ArrayList<>(shootout);
        one.addAll(List.of("--threads", "1"));
        sides.put("java --threads 1", one);
        sides.put("java default", shootout);
        if (oldJar != null) {
            List<String> before = new ArrayList<>(shootoutCommand(oldJar, folder));
            before.addAll(List.of("--threads", "1"));
            sides.put("before --threads 1", before);
        }
        Map<String, double[]> wall = new LinkedHashMap<>();
        Map<String, double[]> cpu = new LinkedHashMap<>();
        sides.keySet().forEach(side -> wall.put(side, new double[rounds]));
        sides.keySet().forEach(side -> cpu.put(side, new double[rounds]));
        List<String> order = new ArrayList<>(sides.keySet());
        for (int r = 0; r < rounds; r++) {
            for (int k = 0; k < order.size(); k++) {
                String side = order.get((k + r) % order.size());
                double cpu0 = RenderSideBySide.childrenCpuSeconds();
                long t0 = System.nanoTime();
                RenderSideBySide.run(sides.get(side));
                wall.get(side)[r] = (System.nanoTime() - t0) / 1e9;
                cpu.get(side)[r] = RenderSideBySide.childrenCpuSeconds() - cpu0;
                System.out.printf(Locale.ROOT, "round %d %-17s wall %.3f s, CPU %.2f s%n", r + 1, side,
                        wall.get(side)[r], cpu.get(side)[r]);
            }
        }
        try (var files = Files.list(folder)) {
            for (Path p : files.toList()) {
                Files.delete(p);
            }
        }
        Files.delete(folder);
        System.out.printf(Locale.ROOT, "4 activations x 10 seeds x 1,000 steps, 2-8-8-1 on 200 points, whole process (s), "
                + "median over %d rounds, speed-up = torch / side%n", rounds);
        System.out.println(" wall time:");
        wall.forEach((side, values) -> print(side, values, wall.get("torch")));
        System.out.println(" CPU time of the process (user + system):");
        cpu.forEach((side, values) -> print(side, values, cpu.get("torch")));
    }

    /** {@code java -jar JAR shootout ...} with the workload, writing into {@code folder}. */
    private static List<String> shootoutCommand(String jar, Path folder) {
        return List.of(RenderSideBySide.javaCommand(), "-jar", jar, "shootout", "--activations", "relu,gelu,tanh,sigmoid",
                "--task", "circle", "--hidden", "8,8", "--points", "200", "--steps", "1000", "--seeds", "10", "--lr",
                "0.1", "--out", folder.toString());
    }

    private static void print(String name, double[] side, double[] torch) {
        double[] ratios = new double[side.length];
        for (int i = 0; i < side.length; i++) {
            ratios[i] = torch[i] / side[i];
        }
        double median = RenderSideBySide.median(side);
        System.out.printf(Locale.ROOT, "  %-17s median %9.3f   speed-up %.2f (median of round ratios %.2f)%n", name,
                median, RenderSideBySide.median(torch) / median, RenderSideBySide.median(ratios));
    }
}
