package org.activationlab.cli;

import java.util.Arrays;
import java.util.Map;
import java.util.Stack;
import picocli.CommandLine.IParameterPreprocessor;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;

/**
 * One rule for comma-separated option values ({@code --hidden 4,4}, {@code --functions a,b}):
 * every item must hold something. Picocli's own split drops trailing empty items ({@code 4,}
 * reads as {@code 4}) but keeps inner ones ({@code 4,,4} then fails as "'' is not an int"), so
 * this preprocessor checks the raw value, before picocli splits and converts it, and refuses an
 * empty item anywhere (leading, inner or trailing) with one line.
 */
public final class CommaList implements IParameterPreprocessor {
    @Override
    public boolean preprocess(Stack<String> args, CommandSpec commandSpec, ArgSpec argSpec, Map<String, Object> info) {
        if (!args.isEmpty()) {
            String value = args.peek();
            if (Arrays.stream(value.split(",", -1)).anyMatch(String::isBlank)) {
                String option = argSpec instanceof OptionSpec named ? named.longestName() : argSpec.paramLabel();
                throw new ParameterException(commandSpec.commandLine(),
                        CliTexts.format("error.list.emptyItem", option, value));
            }
        }
        return false;
    }
}
