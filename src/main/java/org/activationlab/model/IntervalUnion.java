package org.activationlab.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Unions of intervals, written as the fewest disjoint intervals. */
final class IntervalUnion {
    private IntervalUnion() {
    }

    /** The union of {@code parts} as disjoint intervals in increasing order. */
    static List<Interval> of(List<Interval> parts) {
        List<Interval> sorted = new ArrayList<>(parts);
        sorted.sort(Comparator.comparingDouble(Interval::lower).thenComparing(i -> !i.lowerClosed()));
        List<Interval> result = new ArrayList<>();
        Interval current = null;
        for (Interval next : sorted) {
            if (current == null) {
                current = next;
            } else if (touches(current, next)) {
                current = span(current, next);
            } else {
                result.add(current);
                current = next;
            }
        }
        if (current != null) {
            result.add(current);
        }
        return result;
    }

    /** Whether {@code next}, which starts no earlier than {@code current}, overlaps or adjoins it. */
    private static boolean touches(Interval current, Interval next) {
        return next.lower() < current.upper()
                || next.lower() == current.upper() && (current.upperClosed() || next.lowerClosed());
    }

    private static Interval span(Interval a, Interval b) {
        boolean upperClosed;
        double upper;
        if (b.upper() > a.upper()) {
            upper = b.upper();
            upperClosed = b.upperClosed();
        } else if (b.upper() < a.upper()) {
            upper = a.upper();
            upperClosed = a.upperClosed();
        } else {
            upper = a.upper();
            upperClosed = a.upperClosed() || b.upperClosed();
        }
        return new Interval(a.lower(), a.lowerClosed() || a.lower() == b.lower() && b.lowerClosed(), upper, upperClosed);
    }
}
