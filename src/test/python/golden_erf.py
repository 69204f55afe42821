#!/usr/bin/env python3
"""Writes src/test/resources/golden/erf.csv: erf, erfc and erfcx from mpmath at 50 digits.

How it was run (python3 with mpmath 1.3.0, a few seconds, deterministic):

    python3 src/test/python/golden_erf.py src/test/resources/golden/erf.csv

Columns: x (a double, written so that Java's Double.parseDouble reads it back exactly),
erf(x), erfc(x) and erfcx(x) = exp(x^2) erfc(x) rounded to 30 significant digits, far more
than a double holds, so that ErfTest can measure errors in fractions of an ulp ("Infinity"
where erfcx exceeds the largest double).  The points: special values, magnitudes
from the smallest subnormal up to 1, both signs; a uniform sweep of [-30, 30] and a denser
one of [-6.5, 6.5]; runs of consecutive doubles and near neighbours around every place
where Erf switches formula; and the underflow range of erfc, x in [26, 27.5].
"""

import math
import random
import sys

import mpmath as mp

mp.mp.dps = 50

# Where Erf switches formula (see Erf.java): the central piece ends at 0.875 (erfc also
# switches at 0.25 and 0.5 inside it); the pieces that serve erf and erfc(-x) join every 1/2
# from 0.875 to 5.875; the pieces of erfc(x) join at 1.625, 2.625 and 4, where the tail
# begins; erf and erfc(-x) saturate from 6 on, erfc is zero from 27.3 on, and erfcx(-x)
# is infinite from 26.7 on.
JOINS = sorted({0.25, 0.5, 1.625, 2.625, 4.0, 6.0, 26.7, 27.3} | {0.875 + k / 2 for k in range(11)})
NEIGHBOURS = 12      # consecutive doubles on each side of a join
NEAR = 24            # random points within 1e-9 .. 1e-2 of a join


def java_double(x):
    if math.isnan(x):
        return 'NaN'
    if math.isinf(x):
        return 'Infinity' if x > 0 else '-Infinity'
    return repr(x)


def decimal(v):
    """30 significant digits, in a form Java's BigDecimal parses."""
    if v == 0:
        return '0'
    return mp.nstr(v, 30, min_fixed=1, max_fixed=0).replace('+', '')


def points():
    rng = random.Random(20240521)
    xs = [0.0, -0.0, 5e-324, 2.2250738585072014e-308, 1e-300, 1e-30, 1e-16, 1.4901161193847656e-08]
    xs += [math.ldexp(1.0, -k) for k in range(1, 60)]
    xs += [10.0 ** (-300 + 300 * j / 149) for j in range(150)]
    xs += [10.0 ** (-10 + 10 * j / 99) for j in range(100)]
    xs += [rng.uniform(-30.0, 30.0) for _ in range(800)]
    xs += [rng.uniform(-6.5, 6.5) for _ in range(800)]
    xs += [rng.uniform(26.0, 27.5) for _ in range(100)]
    for join in JOINS:
        before = after = join
        xs.append(join)
        for _ in range(NEIGHBOURS):
            before = math.nextafter(before, -math.inf)
            after = math.nextafter(after, math.inf)
            xs += [before, after]
        for _ in range(NEAR):
            xs.append(join + rng.choice([-1, 1]) * 10.0 ** rng.uniform(-9, -2))
    xs += [-x for x in xs]
    unique = sorted(set(xs), key=lambda v: (v, math.copysign(1.0, v)))
    if 0.0 in unique:
        unique = [v for v in unique if v != 0.0] + [0.0, -0.0]
    return unique


def scaled(v):
    """erfcx(v), or "Infinity" where it rounds past the largest double."""
    value = mp.erfc(v) * mp.exp(v * v)
    if value >= mp.mpf(sys.float_info.max) * (1 + mp.mpf(2) ** -54):
        return 'Infinity'
    return decimal(value)


def main(path):
    rows = ['# erf, erfc and erfcx to 30 digits, from mpmath at 50 digits: '
            'src/test/python/golden_erf.py',
            'x,erf,erfc,erfcx']
    for x in points():
        v = mp.mpf(x)
        rows.append('%s,%s,%s,%s' % (java_double(x), decimal(mp.erf(v)), decimal(mp.erfc(v)),
                                     scaled(v)))
    largest = mp.mpf(sys.float_info.max)
    # erfcx(x) = 1/(x sqrt(pi)) (1 - 1/(2 x^2) + ...); the correction is far below 30 digits.
    largest_erfcx = decimal(1 / (largest * mp.sqrt(mp.pi)))
    for x, erf, erfc, erfcx in [(math.inf, '1', '0', '0'), (-math.inf, '-1', '2', 'Infinity'),
                                (sys.float_info.max, '1', '0', largest_erfcx),
                                (-sys.float_info.max, '-1', '2', 'Infinity'),
                                (math.nan, 'NaN', 'NaN', 'NaN')]:
        rows.append('%s,%s,%s,%s' % (java_double(x), erf, erfc, erfcx))
    with open(path, 'w', newline='\n') as out:
        out.write('\n'.join(rows) + '\n')


if __name__ == '__main__':
    main(sys.argv[1])
