package org.activationlab.ui.library;

import java.util.List;

/**
 * What reading a library file gave: the entries that could be used, in file order, and one
 * message per problem (a broken entry with its JSON pointer, or the whole file), in the user's
 * language.
 */
public record LibraryLoad(List<LibraryEntry> entries, List<String> problems) {
    public LibraryLoad {
        entries = List.copyOf(entries);
        problems = List.copyOf(problems);
    }

    /** Whether every entry of the file was used (nothing was skipped). */
    public boolean intact() {
        return problems.isEmpty();
    }
}
