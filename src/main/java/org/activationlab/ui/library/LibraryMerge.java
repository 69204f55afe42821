package org.activationlab.ui.library;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Merges the functions of a shared file into a library. An incoming function equal to one the
 * library has is already there; one whose name the library has for a different function is a
 * conflict, settled by a {@link Policy} the user picks.
 */
public final class LibraryMerge {
    /** What to do with an incoming function whose name the library has for another function. */
    public enum Policy {
        /** Keep the library's function and leave the incoming one out. */
        SKIP,
        /** Put the incoming function in the place of the library's. */
        REPLACE,
        /** Add the incoming function under a free name: {@code name (2)}, {@code name (3)}... */
        KEEP_BOTH
    }

    /**
     * The outcome of a merge.
     *
     * @param entries the library after the merge, in order: the old entries, then the new ones
     * @param added how many incoming functions were added (under their name or a new one)
     * @param replaced how many library functions were replaced
     * @param skipped how many conflicting functions were left out
     * @param alreadyThere how many incoming functions the library had already
     */
    public record Result(List<LibraryEntry> entries, int added, int replaced, int skipped, int alreadyThere) {
        public Result {
            entries = List.copyOf(entries);
        }
    }

    private LibraryMerge() {
    }

    /** The names of the {@code incoming} functions whose name {@code existing} has for a different function. */
    public static List<String> conflicts(List<LibraryEntry> existing, List<LibraryEntry> incoming) {
        Map<String, LibraryEntry> byName = byName(existing);
        return incoming.stream()
                .filter(e -> byName.containsKey(e.name()) && !byName.get(e.name()).equals(e))
                .map(LibraryEntry::name).toList();
    }

    /** {@code existing} with {@code incoming} merged in, conflicts settled by {@code policy}. */
    public static Result merge(List<LibraryEntry> existing, List<LibraryEntry> incoming, Policy policy) {
        Map<String, LibraryEntry> result = byName(existing);
        int added = 0;
        int replaced = 0;
        int skipped = 0;
        int alreadyThere = 0;
        for (LibraryEntry entry : incoming) {
            LibraryEntry old = result.get(entry.name());
            if (old == null) {
                result.put(entry.name(), entry);
                added++;
            } else if (old.equals(entry)) {
                alreadyThere++;
            } else if (policy == Policy.REPLACE) {
                result.put(entry.name(), entry);
                replaced++;
            } else if (policy == Policy.KEEP_BOTH) {
                LibraryEntry renamed = entry.withName(freeName(entry.name(), result.keySet()));
                result.put(renamed.name(), renamed);
                added++;
            } else {
                skipped++;
            }
        }
        return new Result(new ArrayList<>(result.values()), added, replaced, skipped, alreadyThere);
    }

    /** {@code name (2)}, {@code name (3)}... the first that {@code taken} lacks. */
    static String freeName(String name, Set<String> taken) {
        for (int i = 2; ; i++) {
            String candidate = name + " (" + i + ")";
            if (!taken.contains(candidate)) {
                return candidate;
            }
        }
    }

    /**
     * @throws IllegalArgumentException if two entries share a name
     */
    static void requireUniqueNames(List<LibraryEntry> entries) {
        Set<String> names = new HashSet<>();
        for (LibraryEntry e : entries) {
            if (!names.add(e.name())) {
                throw new IllegalArgumentException("two library functions are called \"" + e.name() + "\"");
            }
        }
    }

    private static Map<String, LibraryEntry> byName(List<LibraryEntry> entries) {
        Map<String, LibraryEntry> byName = new LinkedHashMap<>();
        entries.forEach(e -> byName.put(e.name(), e));
        return byName;
    }
}
