package org.activationlab.nn;

import java.util.Locale;
import org.activationlab.model.Numbers;

/**
 * How the weights of a layer start, following {@code torch.nn.init}. For a layer with
 * {@code fanIn} inputs and {@code fanOut} units (a weight matrix of shape
 * {@code [fanOut][fanIn]}, as PyTorch's {@code nn.Linear}; each Maxout piece counts as such a
 * layer of its own), every weight is drawn independently:
 * <ul>
 *   <li>{@code xavier_uniform}: U(-a, a), a = sqrt(3) * sqrt(2 / (fanIn + fanOut)) (gain 1).
 *       Glorot &amp; Bengio 2010, "Understanding the difficulty of training deep feedforward neural networks".</li>
 *   <li>{@code xavier_normal}: N(0, s^2), s = sqrt(2 / (fanIn + fanOut)) (gain 1).</li>
 *   <li>{@code he_uniform}: U(-a, a), a = sqrt(3) * sqrt(2) / sqrt(fanIn) ({@code kaiming_uniform_}
 *       with mode fan_in and gain sqrt(2), i.e. its default nonlinearity with a = 0).
 *       He et al. 2015, "Delving deep into rectifiers".</li>
 *   <li>{@code he_normal}: N(0, s^2), s = sqrt(2) / sqrt(fanIn) ({@code kaiming_normal_}, same settings).</li>
 *   <li>{@code lecun_normal}: N(0, s^2), s = 1 / sqrt(fanIn) ({@code kaiming_normal_} with nonlinearity
 *       'linear'; plain, not truncated, normal). LeCun et al. 1998, "Efficient BackProp".</li>
 *   <li>{@code uniform:A}: U(-A, A), A &gt; 0. {@code normal:S}: N(0, S^2), S &gt; 0.
 *       {@code constant:C}: every weight C.</li>
 * </ul>
 * Short names: {@code xavier} = xavier_uniform, {@code he} = he_normal, {@code lecun} = lecun_normal.
 * A uniform draw is {@code -a + 2a u} with u from {@link Rng#nextDouble()}; a normal draw is
 * {@code s g} with g from {@link Rng#nextGaussian()}.
 *
 * @param scheme the distribution
 * @param value the bound A, standard deviation S or constant C for the schemes that take one, else 0
 */
public record Initializer(Scheme scheme, double value) {

    /** The distributions weights can start from. */
    public enum Scheme {
        XAVIER_UNIFORM("xavier_uniform", false),
        XAVIER_NORMAL("xavier_normal", false),
        HE_UNIFORM("he_uniform", false),
        HE_NORMAL("he_normal", false),
        LECUN_NORMAL("lecun_normal", false),
        UNIFORM("uniform", true),
        NORMAL("normal", true),
        CONSTANT("constant", true);

        private final String cliName;
        private final boolean takesValue;

        Scheme(String cliName, boolean takesValue) {
            this.cliName = cliName;
            this.takesValue = takesValue;
        }

        /** The name used on the command line, e.g. {@code "he_normal"}. */
        public String cliName() {
            return cliName;
        }

        /** Whether the scheme needs a number after a colon, e.g. {@code uniform:0.5}. */
        public boolean takesValue() {
            return takesValue;
        }
    }

    /** Every accepted spelling, for messages and help. */
    public static final String NAMES = "xavier (= xavier_uniform), xavier_normal, he (= he_normal), he_uniform, "
            + "lecun (= lecun_normal), uniform:A, normal:S, constant:C";

    public Initializer {
        if (scheme.takesValue) {
            boolean positive = scheme != Scheme.CONSTANT;
            if (!Double.isFinite(value) || positive && value <= 0) {
                throw new IllegalArgumentException(NnTexts.format(positive ? "error.init.needsPositive"
                        : "error.init.needsFinite", scheme.cliName, Numbers.format(value)));
            }
        } else if (value != 0) {
            throw new IllegalArgumentException(NnTexts.format("error.init.noValue", scheme.cliName));
        }
    }

    /** Xavier/Glorot uniform. */
    public static Initializer xavierUniform() {
        return new Initializer(Scheme.XAVIER_UNIFORM, 0);
    }

    /** Xavier/Glorot normal. */
    public static Initializer xavierNormal() {
        return new Initializer(Scheme.XAVIER_NORMAL, 0);
    }

    /** He/Kaiming uniform. */
    public static Initializer heUniform() {
        return new Initializer(Scheme.HE_UNIFORM, 0);
    }

    /** He/Kaiming normal. */
    public static Initializer heNormal() {
        return new Initializer(Scheme.HE_NORMAL, 0);
    }

    /** LeCun normal. */
    public static Initializer lecunNormal() {
        return new Initializer(Scheme.LECUN_NORMAL, 0);
    }

    /** U(-a, a). */
    public static Initializer uniform(double a) {
        return new Initializer(Scheme.UNIFORM, a);
    }

    /** N(0, s^2). */
    public static Initializer normal(double s) {
        return new Initializer(Scheme.NORMAL, s);
    }

    /** Every weight equal to {@code c}. */
    public static Initializer constant(double c) {
        return new Initializer(Scheme.CONSTANT, c);
    }

    /**
     * Parses a command-line spelling such as {@code he}, {@code xavier_normal} or {@code uniform:0.5}.
     *
     * @throws IllegalArgumentException naming the accepted spellings
     */
    public static Initializer parse(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        int colon = t.indexOf(':');
        String name = colon < 0 ? t : t.substring(0, colon);
        Scheme scheme = switch (name) {
            case "xavier", "xavier_uniform" -> Scheme.XAVIER_UNIFORM;
            case "xavier_normal" -> Scheme.XAVIER_NORMAL;
            case "he", "he_normal" -> Scheme.HE_NORMAL;
            case "he_uniform" -> Scheme.HE_UNIFORM;
            case "lecun", "lecun_normal" -> Scheme.LECUN_NORMAL;
            case "uniform" -> Scheme.UNIFORM;
            case "normal" -> Scheme.NORMAL;
            case "constant" -> Scheme.CONSTANT;
            default -> throw new IllegalArgumentException(NnTexts.format("error.init.unknown", text, NAMES));
        };
        if (!scheme.takesValue) {
            if (colon >= 0) {
                throw new IllegalArgumentException(NnTexts.format("error.init.noValueGot", scheme.cliName, text));
            }
            return new Initializer(scheme, 0);
        }
        if (colon < 0) {
            throw new IllegalArgumentException(NnTexts.format("error.init.needsNumber", scheme.cliName,
                    scheme.cliName + (scheme == Scheme.CONSTANT ? ":0.1" : ":0.5")));
        }
        String number = t.substring(colon + 1);
        double value;
        try {
            value = Double.parseDouble(number);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(NnTexts.format("error.init.numberAfterColon", scheme.cliName, number));
        }
        return new Initializer(scheme, value);
    }

    /**
     * One weight of a layer with {@code fanIn} inputs and {@code fanOut} units.
     */
    public double sample(int fanIn, int fanOut, Rng rng) {
        return switch (scheme) {
            case XAVIER_UNIFORM -> symmetricUniform(Math.sqrt(3.0) * Math.sqrt(2.0 / (fanIn + fanOut)), rng);
            case XAVIER_NORMAL -> Math.sqrt(2.0 / (fanIn + fanOut)) * rng.nextGaussian();
            case HE_UNIFORM -> symmetricUniform(Math.sqrt(3.0) * (Math.sqrt(2.0) / Math.sqrt(fanIn)), rng);
            case HE_NORMAL -> Math.sqrt(2.0) / Math.sqrt(fanIn) * rng.nextGaussian();
            case LECUN_NORMAL -> 1.0 / Math.sqrt(fanIn) * rng.nextGaussian();
            case UNIFORM -> symmetricUniform(value, rng);
            case NORMAL -> value * rng.nextGaussian();
            case CONSTANT -> value;
        };
    }

    private static double symmetricUniform(double a, Rng rng) {
        return rng.uniform(-a, a);
    }

    /** The command-line spelling, e.g. {@code he_normal} or {@code uniform:0.5}. */
    @Override
    public String toString() {
        return scheme.takesValue ? scheme.cliName + ":" + value : scheme.cliName;
    }
}
