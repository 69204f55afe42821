package org.activationlab.nn.depth;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.activationlab.nn.Initializer;
import org.activationlab.nn.NnTexts;

/**
 * The weight initialisers the depth study offers, by the names the {@code depth} command takes.
 * Each maps onto an {@link Initializer} (which gives the formulas and papers); for the square
 * N x N layers of the study fan_in = fan_out = N, so the weight variances are:
 * xavier and xavier_normal 1/N, he 2/N, lecun 1/N, normal S^2.
 */
public enum WeightInit {
    /** Xavier/Glorot uniform, U(-a, a) with a = sqrt(6 / (fan_in + fan_out)). */
    XAVIER("xavier"),
    /** Xavier/Glorot normal, N(0, 2 / (fan_in + fan_out)). */
    XAVIER_NORMAL("xavier_normal"),
    /** He/Kaiming normal, N(0, 2 / fan_in). */
    HE("he"),
    /** LeCun normal, N(0, 1 / fan_in). */
    LECUN("lecun"),
    /** N(0, S^2) with a chosen standard deviation S. */
    NORMAL("normal");

    /** Every name, for messages and help: {@code xavier|xavier_normal|he|lecun|normal}. */
    public static final String NAMES = Arrays.stream(values()).map(WeightInit::cliName).collect(Collectors.joining("|"));

    private final String cliName;

    WeightInit(String cliName) {
        this.cliName = cliName;
    }

    /** The command-line name. */
    public String cliName() {
        return cliName;
    }

    /** Whether this initialiser takes the standard deviation S. */
    public boolean takesStd() {
        return this == NORMAL;
    }

    /**
     * The trainer's initialiser for this choice.
     *
     * @param std the standard deviation for {@link #NORMAL}, ignored by the others
     * @throws IllegalArgumentException if {@code std} is needed and is not a finite number &gt; 0
     */
    public Initializer initializer(double std) {
        return switch (this) {
            case XAVIER -> Initializer.xavierUniform();
            case XAVIER_NORMAL -> Initializer.xavierNormal();
            case HE -> Initializer.heNormal();
            case LECUN -> Initializer.lecunNormal();
            case NORMAL -> {
                if (!(std > 0) || !Double.isFinite(std)) {
                    throw new IllegalArgumentException(NnTexts.format("error.depth.std", std));
                }
                yield Initializer.normal(std);
            }
        };
    }

    /**
     * The choice called {@code name}.
     *
     * @throws IllegalArgumentException naming the accepted names
     */
    public static WeightInit parse(String name) {
        String n = name.strip().toLowerCase(Locale.ROOT);
        for (WeightInit w : values()) {
            if (w.cliName.equals(n)) {
                return w;
            }
        }
        throw new IllegalArgumentException(NnTexts.format("error.init.unknown", name, NAMES));
    }
}
