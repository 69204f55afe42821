#!/usr/bin/env python3
"""Fits the polynomial coefficients of org.activationlab.model.Erf.

How it was run (python3 with mpmath 1.3.0, no other packages, one to two minutes):

    python3 src/test/python/fit_erf.py > /tmp/erf-coefficients.java

and the printed block was pasted verbatim into Erf.java between the lines
"BEGIN GENERATED COEFFICIENTS" and "END GENERATED COEFFICIENTS".

The approximation has four kinds of pieces; every polynomial is a minimax fit found here
with the Remez exchange algorithm (weighted, 50-digit arithmetic), then rounded to doubles:

* central, |x| < CENTRAL_END:  erf(x) = x + x * P(x^2),  P(t) = erf(sqrt t)/sqrt t - 1,
  weighted so that the error is relative to erf(x)/x;
* complement pieces, x in [CENTRAL_END + i/2, CENTRAL_END + (i+1)/2]: erfc(x) = C_i(x - c_i),
  c_i the middle of the piece, with an absolute (unweighted) error.  They serve erf = 1 - erfc
  and erfc(-x) = 2 - erfc(x), whose values are near 1 and 2, without computing an exp.  The
  width 1/2 lets Erf find the piece of x with one exact multiplication;
* middle pieces, x in [a, b]:  erfc(x) = exp(-x^2) * R(x - c),  R(u) ~ erfcx(c + u),
  relative error, where erfcx(x) = exp(x^2) erfc(x).  The centre c is a multiple of 1/256
  near the middle with c/2 <= a and b <= 2c, so that u = x - c is exact in floating point
  (Sterbenz), chosen among those for erfcx(c) lying closest to a double: the constant
  coefficient R(0) then loses almost nothing when it is rounded to a double;
* tail, x >= TAIL_START:  erfc(x) = exp(-x^2) / x * S(1/x^2),  S(t) ~ erfcx(1/sqrt t)/sqrt t
  (S(0) = 1/sqrt(pi)), relative error.

Every piece has degree DEGREE (16 coefficients), which Erf.java evaluates with one unrolled
routine: four interleaved chains, the powers split by their remainder mod 4.
The pieces are chosen so that each fit's minimax error stays below TARGET; the
script then re-evaluates the polynomial with the double coefficients exactly on a grid
finer than the one it was fitted on and prints that error next to the coefficients.
"""

import math

import mpmath as mp

mp.mp.dps = 50

TARGET = mp.mpf(2) ** -57          # about 7e-18: a sixteenth of an ulp of numbers near 1
DEGREE = 15
CENTRAL_END = mp.mpf('0.875')
MIDDLE = [                          # (start, end) of each middle piece
    (mp.mpf('0.875'), mp.mpf('1.625')),
    (mp.mpf('1.625'), mp.mpf('2.625')),
    (mp.mpf('2.625'), mp.mpf('4')),
]
TAIL_START = mp.mpf('4')
COMPLEMENT_WIDTH = mp.mpf('0.5')
COMPLEMENT_PIECES = 11              # up to 6.375, past 6, where erf(x) rounds to 1


def erfcx(x):
    return mp.erfc(x) * mp.exp(x * x)


def central_target(t):
    if t == 0:
        return 2 / mp.sqrt(mp.pi) - 1
    r = mp.sqrt(t)
    return mp.erf(r) / r - 1


def tail_target(t):
    if t == 0:
        return 1 / mp.sqrt(mp.pi)
    x = 1 / mp.sqrt(t)
    return erfcx(x) * x


def ulps_from_double(v):
    """How far v is from the nearest double, in ulps of that double."""
    d = float(v)
    return abs(v - d) / math.ulp(d)


def choose_centre(start, end):
    """A multiple of 1/256 in the middle 30% of [start, end] (and within the Sterbenz
    bounds) whose erfcx is closest to a double."""
    middle, width = (start + end) / 2, end - start
    candidates = [mp.mpf(j) / 256 for j in range(int((middle - width * 0.15) * 256),
                                                  int((middle + width * 0.15) * 256) + 1)]
    candidates = [c for c in candidates if c / 2 <= start and end <= 2 * c]
    return min(candidates, key=lambda c: ulps_from_double(erfcx(c)))


def horner(coefficients, v):
    s = mp.mpf(0)
    for c in reversed(coefficients):
        s = s * v + c
    return s


def chebyshev_grid(lo, hi, count):
    """Points of [lo, hi] clustered towards the ends, where minimax errors peak."""
    mid, half = (lo + hi) / 2, (hi - lo) / 2
    return [mid - half * mp.cos(mp.pi * j / (count - 1)) for j in range(count)]


def alternation(errors):
    """Indices of the alternating local extrema of a sampled error curve."""
    extrema = []
    for j, e in enumerate(errors):
        left = errors[j - 1] if j > 0 else None
        right = errors[j + 1] if j + 1 < len(errors) else None
        if (left is None or abs(e) >= abs(left)) and (right is None or abs(e) >= abs(right)):
            if e != 0:
                extrema.append(j)
    merged = []
    for j in extrema:
        if merged and mp.sign(errors[j]) == mp.sign(errors[merged[-1]]):
            if abs(errors[j]) > abs(errors[merged[-1]]):
                merged[-1] = j
        else:
            merged.append(j)
    return merged


def remez(f, w, lo, hi, degree, grid_size=1500, iterations=40):
    """Minimax polynomial of the given degree for max |w (p - f)| on [lo, hi].

    Returns (coefficients, level) where level is the equioscillation error."""
    grid = chebyshev_grid(lo, hi, grid_size)
    fs = [f(v) for v in grid]
    ws = [w(v, fv) for v, fv in zip(grid, fs)]
    n = degree + 2
    reference = [round(j * (grid_size - 1) / (n - 1)) for j in range(n)]
    level = None
    for _ in range(iterations):
        a = mp.matrix(n, n)
        b = mp.matrix(n, 1)
        for i, j in enumerate(reference):
            v = grid[j]
            for k in range(degree + 1):
                a[i, k] = v ** k
            a[i, degree + 1] = (-1) ** i / ws[j]
            b[i] = fs[j]
        solution = mp.lu_solve(a, b)
        coefficients = [solution[k] for k in range(degree + 1)]
        level = abs(solution[degree + 1])
        errors = [wv * (horner(coefficients, v) - fv) for v, fv, wv in zip(grid, fs, ws)]
        extrema = alternation(errors)
        while len(extrema) > n:
            if abs(errors[extrema[0]]) < abs(errors[extrema[-1]]):
                extrema.pop(0)
            else:
                extrema.pop()
        if len(extrema) < n:
            raise RuntimeError('lost the alternation at degree %d' % degree)
        worst = max(abs(errors[j]) for j in extrema)
        reference = extrema
        if worst - level <= level * mp.mpf('1e-4'):
            break
    return coefficients, max(abs(e) for e in errors)


def fit(f, w, lo, hi):
    coefficients, error = remez(f, w, lo, hi, DEGREE)
    if error > TARGET:
        raise RuntimeError('degree %d misses the target on [%s, %s]' % (DEGREE, lo, hi))
    rounded = [float(c) for c in coefficients]
    check = chebyshev_grid(lo, hi, 7001)
    rounded_error = max(abs(w(v, f(v)) * (horner([mp.mpf(c) for c in rounded], v) - f(v)))
                        for v in check)
    return rounded, error, rounded_error


def java_array(name, comment, coefficients):
    lines = ['    /**']
    parts = comment.split('; ')
    lines += ['     * %s;' % part for part in parts[:-1]] + ['     * %s' % parts[-1]]
    lines += ['     */', '    private static final double[] %s = {' % name]
    lines += ['        %s,' % repr(c) for c in coefficients]
    lines.append('    };')
    return '\n'.join(lines)


def main():
    blocks = []

    coefficients, error, rounded_error = fit(
        central_target, lambda t, ft: 1 / (1 + ft), mp.mpf(0), CENTRAL_END ** 2)
    blocks.append('    /** Upper end of the central piece, where erf(x) = x + x P(x^2). */\n'
                  '    private static final double CENTRAL_END = %r;' % float(CENTRAL_END))
    blocks.append(java_array(
        'CENTRAL',
        'P(t), t = x^2, coefficients of t^0..t^%d; relative error in erf %s (fit %s).'
        % (DEGREE, mp.nstr(rounded_error, 2), mp.nstr(error, 2)), coefficients))

    pieces = []
    for index in range(COMPLEMENT_PIECES):
        start = CENTRAL_END + index * COMPLEMENT_WIDTH
        centre = start + COMPLEMENT_WIDTH / 2
        coefficients, error, rounded_error = fit(
            lambda u, c=centre: mp.erfc(c + u), lambda u, fu: 1,
            -COMPLEMENT_WIDTH / 2, COMPLEMENT_WIDTH / 2)
        lines = ['        {   // [%r, %r] in u = x - %r; absolute error %s (fit %s)'
                 % (float(start), float(start + COMPLEMENT_WIDTH), float(centre),
                    mp.nstr(rounded_error, 2), mp.nstr(error, 2))]
        lines += ['            %s,' % repr(c) for c in coefficients]
        lines.append('        },')
        pieces.append('\n'.join(lines))
    blocks.append(
        '    /** Width of the complement pieces, a power of two. */\n'
        '    private static final double COMPLEMENT_WIDTH = %r;\n\n'
        '    /**\n'
        '     * erfc(x) to an absolute error below 1e-17 for CENTRAL_END &lt;= x &lt; %r: piece i\n'
        '     * covers [CENTRAL_END + i w, CENTRAL_END + (i + 1) w], w = COMPLEMENT_WIDTH, in u = x\n'
        '     * minus its middle; coefficients of u^0..u^%d.\n'
        '     */\n'
        '    private static final double[][] COMPLEMENT = {\n%s\n    };'
        % (float(COMPLEMENT_WIDTH), float(CENTRAL_END + COMPLEMENT_PIECES * COMPLEMENT_WIDTH),
           DEGREE, '\n'.join(pieces)))

    for index, (start, end) in enumerate(MIDDLE, 1):
        centre = choose_centre(start, end)
        coefficients, error, rounded_error = fit(
            lambda u, c=centre: erfcx(c + u), lambda u, fu: 1 / fu,
            start - centre, end - centre)
        blocks.append('    private static final double MIDDLE_%d_END = %r;\n'
                      '    private static final double MIDDLE_%d_CENTRE = %r;'
                      % (index, float(end), index, float(centre)))
        blocks.append(java_array(
            'MIDDLE_%d' % index,
            'erfcx(x) on [%r, %r] in u = x - %r, coefficients of u^0..u^%d; relative error '
            '%s (fit %s).' % (float(start), float(end), float(centre), DEGREE,
                              mp.nstr(rounded_error, 2), mp.nstr(error, 2)), coefficients))

    coefficients, error, rounded_error = fit(
        tail_target, lambda t, ft: 1 / ft, mp.mpf(0), 1 / TAIL_START ** 2)
    blocks.append(java_array(
        'TAIL',
        'x erfcx(x) for x >= %r in t = 1/x^2, coefficients of t^0..t^%d; relative error '
        '%s (fit %s).' % (float(TAIL_START), DEGREE, mp.nstr(rounded_error, 2),
                          mp.nstr(error, 2)), coefficients))

    print('\n\n'.join(blocks))


if __name__ == '__main__':
    main()
