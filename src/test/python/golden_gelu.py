#!/usr/bin/env python3
"""Golden values of the exact GELU and its derivative on a sweep, from mpmath at 50 digits.

GeluSweepTest checks the Java GELU (Commons Numbers' erfc and erfcx) against them on a grid
much denser than activations.csv, across the left tail where Phi(x) switches from erfc to
exp(-x^2/2) erfcx (at x = -0.875 sqrt 2) and down to where the values underflow (x < -38.5).

Run from the repository root (python3 with mpmath 1.3.0, a few seconds, deterministic):
    python3 src/test/python/golden_gelu.py
It rewrites src/test/resources/golden/gelu.csv (x,f,df; x written so that Java's
Double.parseDouble reads back the same double).
"""
import csv
import math
import random

import mpmath as mp

mp.mp.dps = 50


def Phi(x):
    return mp.erfc(-x / mp.sqrt(2)) / 2


def phi(x):
    return mp.exp(-x * x / 2) / mp.sqrt(2 * mp.pi)


def points():
    xs = [-40 + i / 40 for i in range(2001)]
    rng = random.Random(12)
    xs += [rng.uniform(-39, 9) for _ in range(500)]
    join = -0.875 * math.sqrt(2)
    x = join
    for _ in range(8):
        x = math.nextafter(x, -math.inf)
    for _ in range(17):
        xs.append(x)
        x = math.nextafter(x, math.inf)
    return xs


def main():
    with open('src/test/resources/golden/gelu.csv', 'w', newline='') as out:
        w = csv.writer(out, lineterminator='\n')
        w.writerow(['x', 'f', 'df'])
        for x in points():
            X = mp.mpf(x)
            w.writerow([repr(x), mp.nstr(X * Phi(X), 25), mp.nstr(Phi(X) + X * phi(X), 25)])


if __name__ == '__main__':
    main()
