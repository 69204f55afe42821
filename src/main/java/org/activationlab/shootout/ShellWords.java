package org.activationlab.shootout;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Joins arguments into one POSIX shell command line: a word of only safe characters stays as it is,
 * any other is put in single quotes (a single quote inside becomes {@code '\''}), so pasting the line
 * into sh, bash or zsh passes exactly these arguments. Four lines, so no library is worth adding.
 */
final class ShellWords {
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9_./:=,+@%-]+");

    private ShellWords() {
    }

    /** The arguments as one command line. */
    static String join(List<String> words) {
        StringBuilder sb = new StringBuilder();
        for (String w : words) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(SAFE.matcher(w).matches() ? w : "'" + w.replace("'", "'\\''") + "'");
        }
        return sb.toString();
    }
}
