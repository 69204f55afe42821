package org.activationlab.ui;

import java.util.Locale;
import java.util.function.Predicate;
import org.activationlab.model.Activation;

/** What a function search field matches: the text within the function's name or display name, ignoring case. */
public final class FunctionSearch {
    private FunctionSearch() {
    }

    /** The functions matching {@code text}; null (no filter) when the text is null or blank. */
    public static Predicate<Activation> matching(String text) {
        String needle = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (needle.isEmpty()) {
            return null;
        }
        return a -> a.name().toLowerCase(Locale.ROOT).contains(needle)
                || a.info().displayName().toLowerCase(Locale.ROOT).contains(needle);
    }
}
