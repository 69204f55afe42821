package org.activationlab.model;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Every activation function Activation Lab knows, by CLI name. Feeds combo boxes, the CLI and
 * saved files alike.
 */
public final class Catalogue {
    private static final Map<String, Activation> DEFAULTS = build();

    private Catalogue() {
    }

    private static Map<String, Activation> build() {
        Map<String, Activation> m = new LinkedHashMap<>();
        List<Supplier<Activation>> all = List.of(
                Identity::new, Step::new, Sigmoid::new, Tanh::new, Relu::new, LeakyRelu::new, PRelu::new,
                Elu::new, Selu::new, Celu::new, Softplus::new, Gelu::new, GeluTanh::new, Swish::new, Mish::new,
                HardSigmoid::new, HardTanh::new, HardSwish::new, Relu6::new, Softsign::new, LogSigmoid::new,
                Maxout::new, Sine::new, Silu::new, RRelu::new, HardShrink::new, SoftShrink::new, TanhShrink::new,
                Threshold::new, SquaredRelu::new, Snake::new);
        for (Supplier<Activation> s : all) {
            Activation a = s.get();
            m.put(a.name(), a);
        }
        return m;
    }

    /** All names, in catalogue order (classic functions first). */
    public static List<String> names() {
        return List.copyOf(DEFAULTS.keySet());
    }

    /** Every function with default parameters, in catalogue order. */
    public static List<Activation> all() {
        return List.copyOf(DEFAULTS.values());
    }

    /** Whether {@code name} is a catalogue name. */
    public static boolean contains(String name) {
        return DEFAULTS.containsKey(name);
    }

    /**
     * The function called {@code name} with default parameters.
     *
     * @throws UnknownActivationException naming the closest names
     */
    public static Activation get(String name) {
        Activation a = DEFAULTS.get(name);
        if (a == null) {
            throw new UnknownActivationException(name, closestNames(name, 3));
        }
        return a;
    }

    /**
     * The function called {@code name} with some parameters changed from their defaults.
     *
     * @throws UnknownActivationException for an unknown name
     * @throws InvalidParameterException for an unknown parameter or a value outside its domain
     */
    public static Activation create(String name, Map<String, Double> parameters) {
        return get(name).with(parameters);
    }

    /** Up to {@code max} catalogue names closest to {@code name} by edit distance, best first. */
    public static List<String> closestNames(String name, int max) {
        String query = name == null ? "" : name.toLowerCase().replace('-', '_');
        return DEFAULTS.keySet().stream()
                .filter(n -> distance(query, n) <= Math.max(2, n.length() / 2) || n.contains(query) && !query.isEmpty())
                .sorted(Comparator.comparingInt((String n) -> distance(query, n)).thenComparing(n -> n))
                .limit(max)
                .toList();
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
