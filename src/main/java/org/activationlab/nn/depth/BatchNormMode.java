package org.activationlab.nn.depth;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.activationlab.nn.NnTexts;

/**
 * Where batch normalisation sits in each layer of the depth study, if anywhere
 * (Ioffe &amp; Szegedy 2015, "Batch normalization: accelerating deep network training by
 * reducing internal covariate shift").
 */
public enum BatchNormMode {
    /** z = W h, output f(z). */
    OFF("off"),
    /** z = W h, output f(BN(z)): the activation sees normalised pre-activations (the paper's choice). */
    BEFORE("before"),
    /** z = W h, output BN(f(z)): the next layer sees normalised activations. */
    AFTER("after");

    /** Every name, for messages and help: {@code off|before|after}. */
    public static final String NAMES = Arrays.stream(values()).map(BatchNormMode::cliName)
            .collect(Collectors.joining("|"));

    private final String cliName;

    BatchNormMode(String cliName) {
        this.cliName = cliName;
    }

    /** The command-line name. */
    public String cliName() {
        return cliName;
    }

    /**
     * The mode called {@code name}.
     *
     * @throws IllegalArgumentException naming the accepted names
     */
    public static BatchNormMode parse(String name) {
        String n = name.strip().toLowerCase(Locale.ROOT);
        for (BatchNormMode m : values()) {
            if (m.cliName.equals(n)) {
                return m;
            }
        }
        throw new IllegalArgumentException(NnTexts.format("error.batchNorm.unknown", name, NAMES));
    }
}
