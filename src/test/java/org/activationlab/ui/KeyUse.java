package org.activationlab.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Which bundle keys the Java sources use. A key is used when a string literal of the sources
 * spells it, or when it is a literal followed by at most two pieces that are each a literal or
 * an identifier of the sources (pieces have a letter: a lone {@code "."} does not join a key to any word):
 * {@code TextKeys.MONOTONICITY_PREFIX + m.name()} makes
 * {@code "monotonicity." + INCREASING}, a training scenario makes {@code "training.preset." +
 * "linearXor" + ".explanation"}. A key whose piece no source names, such as a scenario that was
 * deleted, is unused.
 */
final class KeyUse {
    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");
    private static final Pattern IDENTIFIER = Pattern.compile("\\b[A-Za-z_][A-Za-z0-9_]*\\b");
    private static final int MAX_PIECES = 3;

    private final Set<String> literals = new HashSet<>();
    private final Set<String> pieces = new HashSet<>();

    private KeyUse() {
    }

    /** The literals and identifiers of every {@code .java} file under {@code sources}. */
    static KeyUse scan(Path sources) throws IOException {
        KeyUse use = new KeyUse();
        try (Stream<Path> files = Files.walk(sources)) {
            files.filter(p -> p.toString().endsWith(".java")).forEach(use::read);
        }
        return use;
    }

    private void read(Path file) {
        String code;
        try {
            code = Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Matcher literal = LITERAL.matcher(code);
        while (literal.find()) {
            literals.add(literal.group(1));
        }
        Matcher identifier = IDENTIFIER.matcher(LITERAL.matcher(code).replaceAll(" "));
        while (identifier.find()) {
            pieces.add(identifier.group());
        }
        literals.stream().filter(l -> l.chars().anyMatch(Character::isLetter)).forEach(pieces::add);
    }

    /** Whether the sources spell {@code key}, whole or as a literal and up to two more pieces. */
    boolean isUsed(String key) {
        for (int end = 1; end <= key.length(); end++) {
            if (literals.contains(key.substring(0, end)) && madeOfPieces(key.substring(end), MAX_PIECES - 1)) {
                return true;
            }
        }
        return false;
    }

    private boolean madeOfPieces(String rest, int allowed) {
        if (rest.isEmpty()) {
            return true;
        }
        if (allowed == 0) {
            return false;
        }
        for (int end = 1; end <= rest.length(); end++) {
            if (pieces.contains(rest.substring(0, end)) && madeOfPieces(rest.substring(end), allowed - 1)) {
                return true;
            }
        }
        return false;
    }
}
