package org.activationlab.nn;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.DoubleUnaryOperator;
import java.util.function.IntBinaryOperator;
import java.util.stream.Collectors;
import org.activationlab.model.Numbers;

/**
 * The built-in, seeded data sets. Classification sets live roughly in [-1, 1]^2 (the logic
 * gates in [0, 1]^2); regression sets sample x uniformly from [-1, 1]. The noise level is the
 * standard deviation of Gaussian noise added to both coordinates of a classification point
 * (after its label is fixed) or to the target of a regression point. Classes alternate point
 * by point (the gates cycle through their four corners), so every set is balanced.
 */
public enum Task {
    /** The source text's AND gate: clusters at the four corners of the unit square, label x1 AND x2. */
    AND("and", ProblemType.CLASSIFICATION,
            gate((a, b) -> a & b)),
    /** OR gate at the corners of the unit square. */
    OR("or", ProblemType.CLASSIFICATION,
            gate((a, b) -> a | b)),
    /** XOR gate at the corners of the unit square: no straight line separates it. */
    XOR("xor", ProblemType.CLASSIFICATION,
            gate((a, b) -> a ^ b)),
    /** Label 1 inside radius 0.5, label 0 on the ring from radius 0.7 to 1. */
    CIRCLE("circle", ProblemType.CLASSIFICATION,
            (i, noise, rng, x, y) -> {
                int label = 1 - i % 2;
                double r = label == 1 ? rng.uniform(0, 0.5) : rng.uniform(0.7, 1.0);
                polar(i, r, rng.uniform(0, 2 * Math.PI), label, noise, rng, x, y);
            }),
    /** Two interleaved half circles, centred on the origin. */
    MOONS("moons", ProblemType.CLASSIFICATION,
            (i, noise, rng, x, y) -> {
                int label = i % 2;
                double t = rng.uniform(0, Math.PI);
                double cx = label == 0 ? StrictMath.cos(t) : 1 - StrictMath.cos(t);
                double cy = label == 0 ? StrictMath.sin(t) : 0.5 - StrictMath.sin(t);
                set(i, cx - 0.5, cy - 0.25, label, noise, rng, x, y);
            }),
    /** Two spirals of one and a half turns each, one rotated half a turn from the other. */
    SPIRAL("spiral", ProblemType.CLASSIFICATION,
            (i, noise, rng, x, y) -> {
                int label = i % 2;
                double s = rng.nextDouble();
                polar(i, s, 3 * Math.PI * s + label * Math.PI, label, noise, rng, x, y);
            }),
    /** Two Gaussian blobs of standard deviation 0.3 around (-0.5, -0.5) (label 0) and (0.5, 0.5) (label 1). */
    GAUSS("gauss", ProblemType.CLASSIFICATION,
            (i, noise, rng, x, y) -> {
                int label = i % 2;
                double centre = label == 1 ? 0.5 : -0.5;
                double a = centre + 0.3 * rng.nextGaussian();
                double b = centre + 0.3 * rng.nextGaussian();
                set(i, a, b, label, noise, rng, x, y);
            }),
    /** A 4 by 4 checkerboard of cells 0.5 wide on [-1, 1)^2; the cell at the origin's upper right has label 1. */
    CHECKERBOARD("checkerboard", ProblemType.CLASSIFICATION,
            (i, noise, rng, x, y) -> {
                double a = rng.uniform(-1, 1);
                double b = rng.uniform(-1, 1);
                int label = 1 - ((int) (Math.floor(2 * a) + Math.floor(2 * b)) & 1);
                set(i, a, b, label, noise, rng, x, y);
            }),
    /** y = sin(pi x). */
    SIN("sin", ProblemType.REGRESSION, curve(x -> StrictMath.sin(Math.PI * x))),
    /** y = |x|. */
    ABS("abs", ProblemType.REGRESSION, curve(Math::abs)),
    /** y = 0 for x &lt; 0, 1 otherwise. */
    STEP("step", ProblemType.REGRESSION, curve(x -> x < 0 ? 0 : 1)),
    /** y = x^3. */
    CUBIC("cubic", ProblemType.REGRESSION, curve(x -> x * x * x));

    /** Writes point {@code i}: its features into {@code x} and its label or target into {@code y}. */
    private interface PointGenerator {
        void point(int i, double noise, Rng rng, double[] x, double[] y);
    }

    private final String cliName;
    private final ProblemType type;
    private final PointGenerator generator;

    Task(String cliName, ProblemType type, PointGenerator generator) {
        this.cliName = cliName;
        this.type = type;
        this.generator = generator;
    }

    /** The name used on the command line and in files, e.g. {@code "xor"}. */
    public String cliName() {
        return cliName;
    }

    /** Classification or regression. */
    public ProblemType type() {
        return type;
    }

    /** One line describing the points, in the current language. */
    public String description() {
        return NnTexts.get("task." + cliName + ".description");
    }

    /**
     * {@code size} points with the given noise level, drawn from {@code rng}.
     *
     * @throws IllegalArgumentException if the size is negative or the noise negative or not finite
     */
    public Dataset generate(int size, double noise, Rng rng) {
        if (size < 0) {
            throw new IllegalArgumentException(NnTexts.format("error.task.points", size));
        }
        if (!(noise >= 0 && Double.isFinite(noise))) {
            throw new IllegalArgumentException(NnTexts.format("error.task.noise", Numbers.format(noise)));
        }
        double[] x = new double[size * type.inputs()];
        double[] y = new double[size];
        for (int i = 0; i < size; i++) {
            generator.point(i, noise, rng, x, y);
        }
        return new Dataset(type, x, y);
    }

    /**
     * Generated training and test points: {@code round(points * testFraction)} test points and
     * the rest for training, drawn from separate streams of {@code seed}.
     *
     * @throws IllegalArgumentException for a test fraction outside [0, 0.9], too few points or bad noise
     */
    public DataSplit split(int points, double testFraction, double noise, long seed) {
        int testSize = DataSplit.testSize(points, testFraction);
        return new DataSplit(generate(points - testSize, noise, Rng.stream(seed, RandomStreams.TRAIN_DATA)),
                generate(testSize, noise, Rng.stream(seed, RandomStreams.TEST_DATA)));
    }

    /**
     * The task called {@code name} (case-insensitive).
     *
     * @throws IllegalArgumentException naming the known tasks
     */
    public static Task byName(String name) {
        for (Task t : values()) {
            if (t.cliName.equals(name.toLowerCase(Locale.ROOT))) {
                return t;
            }
        }
        throw new IllegalArgumentException(NnTexts.format("error.task.unknown", name, names()));
    }

    /** All task names, comma separated, in declaration order. */
    public static String names() {
        return Arrays.stream(values()).map(Task::cliName).collect(Collectors.joining(", "));
    }

    /** Points cycling through the corners of the unit square, labelled by {@code gate}. */
    private static PointGenerator gate(IntBinaryOperator gate) {
        return (i, noise, rng, x, y) -> {
            int a = (i >> 1) & 1;
            int b = i & 1;
            set(i, a, b, gate.applyAsInt(a, b), noise, rng, x, y);
        };
    }

    /** Regression points with x uniform in [-1, 1) and target {@code f(x)} plus noise. */
    private static PointGenerator curve(DoubleUnaryOperator f) {
        return (i, noise, rng, x, y) -> {
            double xi = rng.uniform(-1, 1);
            x[i] = xi;
            y[i] = f.applyAsDouble(xi) + noise * rng.nextGaussian();
        };
    }

    private static void polar(int i, double r, double angle, int label, double noise, Rng rng, double[] x, double[] y) {
        set(i, r * StrictMath.cos(angle), r * StrictMath.sin(angle), label, noise, rng, x, y);
    }

    private static void set(int i, double a, double b, int label, double noise, Rng rng, double[] x, double[] y) {
        x[2 * i] = a + noise * rng.nextGaussian();
        x[2 * i + 1] = b + noise * rng.nextGaussian();
        y[i] = label;
    }
}
