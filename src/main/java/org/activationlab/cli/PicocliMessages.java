package org.activationlab.cli;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Picocli's own parse-error messages (missing options, unknown options, values that do not
 * convert, exclusive options) in the current language. Picocli writes them in English only, so
 * each known form is recognised and rebuilt from the command line's texts; the English texts
 * reproduce picocli's wording exactly, and a message of another form is kept as it is.
 */
final class PicocliMessages {

    /** One form of picocli message and the text key that rebuilds it from its parts. */
    private record Form(Pattern pattern, String key) {
    }

    private static final List<Form> FORMS = List.of(
            new Form(Pattern.compile("Missing required option: (.*)"), "picocli.missingOption"),
            new Form(Pattern.compile("Missing required options: (.*)"), "picocli.missingOptions"),
            new Form(Pattern.compile("Missing required parameter for option (.*)"), "picocli.missingValue"),
            new Form(Pattern.compile("Unknown option: (.*)"), "picocli.unknownOption"),
            new Form(Pattern.compile("Unknown options: (.*)"), "picocli.unknownOptions"),
            new Form(Pattern.compile("Unmatched argument at index (\\d+): (.*)"), "picocli.unmatchedArgument"),
            new Form(Pattern.compile("Unmatched arguments from index (\\d+): (.*)"), "picocli.unmatchedArguments"),
            new Form(Pattern.compile("Error: (.*) are mutually exclusive \\(specify only one\\)"), "picocli.exclusive"),
            new Form(Pattern.compile("Error: Missing required argument \\(specify one of these\\): (.*)"),
                    "picocli.missingOneOf"),
            new Form(Pattern.compile("Invalid value for option (.+?): (.*)"), "picocli.invalidValue"));

    /** Picocli's messages for a value its built-in converters reject, e.g. {@code 'x' is not an int}. */
    private static final Pattern NOT_A_NUMBER = Pattern.compile("('.*') is not an? (int|long|double|float)");

    private PicocliMessages() {
    }

    /** {@code message} in the current language if it is one of picocli's known forms, else unchanged. */
    static String localize(String message) {
        for (Form form : FORMS) {
            Matcher m = form.pattern().matcher(message);
            if (m.matches()) {
                Object[] parts = new Object[m.groupCount()];
                for (int i = 0; i < parts.length; i++) {
                    parts[i] = localizeDetail(m.group(i + 1));
                }
                return CliTexts.format(form.key(), parts);
            }
        }
        return message;
    }

    private static String localizeDetail(String detail) {
        Matcher m = NOT_A_NUMBER.matcher(detail);
        return m.matches() ? CliTexts.format("picocli.notA." + m.group(2), m.group(1)) : detail;
    }
}
