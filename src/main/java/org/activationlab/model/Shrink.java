package org.activationlab.model;

import java.util.List;

/** What hard and soft shrinkage share: the dead zone [-lambd, lambd] and its edges. */
final class Shrink {
    /** lambd: a finite number &gt;= 0. */
    static final Domain LAMBD_DOMAIN = new Domain(0, true, Double.POSITIVE_INFINITY, false, false);

    private Shrink() {
    }

    /** Whether x lies in the closed dead zone, PyTorch's {@code x >= -lambd && x <= lambd}. */
    static boolean inside(double x, double lambd) {
        return x >= -lambd && x <= lambd;
    }

    /**
     * The edges -lambd and lambd, where f or f' jumps; none for lambd = 0, where f is the identity
     * and only f'(0) = 0 stands out (as relu'(0) does not make ReLU's kink, one point is no jump).
     */
    static List<Double> edges(double lambd) {
        return lambd == 0 ? List.of() : List.of(-lambd, lambd);
    }
}
