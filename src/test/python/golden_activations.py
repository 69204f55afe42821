#!/usr/bin/env python3
"""Golden values of every activation and its derivative, from mpmath at 50 significant digits.

An independent source for ActivationGoldenTest: the formulas below are written from the
papers and PyTorch's documented semantics, in arbitrary precision, without the Java code's
numerical tricks (stable sigmoid, expm1, erfc, ...). At kinks the derivative is PyTorch's
one-sided choice. Softplus follows PyTorch's threshold (identity where beta * x > 20).

Run from the repository root:  python3 src/test/python/golden_activations.py
It rewrites src/test/resources/golden/activations.csv (function,params,x,f,df).
"""
import csv
import mpmath as mp

mp.mp.dps = 50

SELU_ALPHA = mp.mpf('1.6732632423543772848170429916717')
SELU_SCALE = mp.mpf('1.0507009873554804934193349852946')


def sig(z):
    return 1 / (1 + mp.exp(-z))


def relu6(z):
    return min(max(z, 0), 6)


def maxout(pieces):
    def f(x):
        return max(w * x + b for w, b in pieces)

    def df(x):
        values = [w * x + b for w, b in pieces]
        return pieces[values.index(max(values))][0]  # first maximal piece, as torch.max
    return f, df


def functions():
    yield 'identity', {}, lambda x: x, lambda x: mp.mpf(1)
    yield 'step', {}, lambda x: mp.mpf(1 if x >= 0 else 0), lambda x: mp.mpf(0)
    yield 'sigmoid', {}, sig, lambda x: sig(x) * (1 - sig(x))
    yield 'tanh', {}, mp.tanh, lambda x: mp.sech(x) ** 2
    yield 'relu', {}, lambda x: max(x, 0), lambda x: mp.mpf(1 if x > 0 else 0)
    for s in ['0.01', '0.2', '0', '-0.5']:
        a = mp.mpf(s)
        yield 'leaky_relu', {'slope': s}, (lambda x, a=a: x if x > 0 else a * x), (lambda x, a=a: 1 if x > 0 else a)
    for s in ['0.25', '-0.3', '0']:
        a = mp.mpf(s)
        yield 'prelu', {'alpha': s}, (lambda x, a=a: x if x > 0 else a * x), (lambda x, a=a: 1 if x > 0 else a)
    for s in ['1', '0.5', '2']:
        a = mp.mpf(s)
        yield 'elu', {'alpha': s}, (lambda x, a=a: x if x > 0 else a * (mp.exp(x) - 1)), \
            (lambda x, a=a: 1 if x > 0 else a * mp.exp(x))
    yield 'selu', {}, (lambda x: SELU_SCALE * (x if x > 0 else SELU_ALPHA * (mp.exp(x) - 1))), \
        (lambda x: SELU_SCALE * (1 if x > 0 else SELU_ALPHA * mp.exp(x)))
    for s in ['1', '0.3', '3']:
        a = mp.mpf(s)
        yield 'celu', {'alpha': s}, (lambda x, a=a: max(x, 0) + min(0, a * (mp.exp(x / a) - 1))), \
            (lambda x, a=a: 1 if x > 0 else mp.exp(x / a))
    for s in ['1', '0.5', '5', '30']:
        b = mp.mpf(s)
        yield 'softplus', {'beta': s}, (lambda x, b=b: x if b * x > 20 else mp.log1p(mp.exp(b * x)) / b), \
            (lambda x, b=b: 1 if b * x > 20 else sig(b * x))
    Phi = lambda x: (1 + mp.erf(x / mp.sqrt(2))) / 2
    phi = lambda x: mp.exp(-x * x / 2) / mp.sqrt(2 * mp.pi)
    yield 'gelu', {}, lambda x: x * Phi(x), lambda x: Phi(x) + x * phi(x)
    c = mp.sqrt(2 / mp.pi)
    k = mp.mpf('0.044715')
    u = lambda x: c * (x + k * x ** 3)
    yield 'gelu_tanh', {}, lambda x: x / 2 * (1 + mp.tanh(u(x))), \
        lambda x: (1 + mp.tanh(u(x))) / 2 + x / 2 * mp.sech(u(x)) ** 2 * c * (1 + 3 * k * x * x)
    for s in ['1', '0.5', '2', '0']:
        b = mp.mpf(s)
        yield 'swish', {'beta': s}, (lambda x, b=b: x * sig(b * x)), \
            (lambda x, b=b: sig(b * x) + b * x * sig(b * x) * (1 - sig(b * x)))
    sp = lambda x: mp.log1p(mp.exp(x))
    yield 'mish', {}, lambda x: x * mp.tanh(sp(x)), lambda x: mp.tanh(sp(x)) + x * sig(x) * mp.sech(sp(x)) ** 2
    # PyTorch's hardsigmoid_backward multiplies by the float 1.0f / 6.0f even in float64:
    # 11184811 / 2^26, not 1/6.
    yield 'hard_sigmoid', {}, lambda x: relu6(x + 3) / 6, \
        lambda x: mp.mpf(11184811) / 2**26 if -3 < x < 3 else mp.mpf(0)
    yield 'hard_tanh', {}, lambda x: min(max(x, -1), 1), lambda x: mp.mpf(1 if -1 < x < 1 else 0)
    # f'(3) = 1: PyTorch's vectorised CPU kernel (its scalar tail loop and CUDA give 1.5)
    yield 'hard_swish', {}, lambda x: x * relu6(x + 3) / 6, \
        lambda x: mp.mpf(0) if x < -3 else (x / 3 + mp.mpf('0.5') if x < 3 else mp.mpf(1))
    yield 'relu6', {}, relu6, lambda x: mp.mpf(1 if 0 < x < 6 else 0)
    yield 'softsign', {}, lambda x: x / (1 + abs(x)), lambda x: 1 / (1 + abs(x)) ** 2
    yield 'log_sigmoid', {}, lambda x: -mp.log1p(mp.exp(-x)), lambda x: 1 - sig(x)
    for params, pieces in [({}, [(1, 0), (0, 0)]),
                           ({'w1': '-1', 'b1': '0', 'w2': '1', 'b2': '0'}, [(-1, 0), (1, 0)]),
                           ({'k': '3', 'w1': '-2', 'b1': '-1', 'w2': '0.5', 'b2': '0.25', 'w3': '1000', 'b3': '-2000'},
                            [(-2, -1), (0.5, 0.25), (1000, -2000)])]:
        f, df = maxout([(mp.mpf(w), mp.mpf(b)) for w, b in pieces])
        yield 'maxout', params, f, df
    yield 'sin', {}, mp.sin, mp.cos


def pytorch_functions():
    """Issue 14's eight functions, each with the points where it changes formula.

    Their rows use x (and every parameter) as the double the Java test parses, converted
    exactly, so that a function that multiplies x by a parameter (snake) is compared at the
    very argument Java and PyTorch see. At the jumps and kinks the value and derivative are
    PyTorch's: hardshrink(+-lambd) = 0 with slope 0 (hardshrink_backward: 0 on the closed
    zone), softshrink' = 0 on [-lambd, lambd] (shrink_backward), threshold(t) = value with
    slope 0 (threshold_backward: x <= t gives 0), rrelu (eval) = leaky_relu with slope
    (lower + upper) / 2, squared_relu'(0) = 0.
    """
    yield 'silu', {}, lambda x: x * sig(x), lambda x: sig(x) * (1 + x * (1 - sig(x))), \
        ['-745', '-1.2784645427610738', '1e-300', '-1e-300']
    for lo, up in [(None, None), ('0', '1'), ('0.3', '0.3'), ('0.05', '0.9')]:
        params = {} if lo is None else {'lower': lo, 'upper': up}
        a = (mp.mpf(0.125) + mp.mpf(1 / 3)) / 2 if lo is None else (mp.mpf(float(lo)) + mp.mpf(float(up))) / 2
        yield 'rrelu', params, (lambda x, a=a: x if x > 0 else a * x), (lambda x, a=a: mp.mpf(1 if x > 0 else a)), []
    for s in [None, '0', '2', '1e-3']:
        lam = mp.mpf(0.5) if s is None else mp.mpf(float(s))
        params = {} if s is None else {'lambd': s}
        edges = ['0.5', '-0.5'] if s is None else [s, '-' + s]
        near = ['0.49999999', '0.50000001', '-0.49999999', '-0.50000001', '2.0000001', '-1.9999999']
        yield 'hardshrink', params, (lambda x, lam=lam: mp.mpf(0) if -lam <= x <= lam else x), \
            (lambda x, lam=lam: mp.mpf(0) if -lam <= x <= lam else mp.mpf(1)), edges + near
        yield 'softshrink', params, \
            (lambda x, lam=lam: x - lam if x > lam else (x + lam if x < -lam else mp.mpf(0))), \
            (lambda x, lam=lam: mp.mpf(0) if -lam <= x <= lam else mp.mpf(1)), edges + near
    yield 'tanhshrink', {}, lambda x: x - mp.tanh(x), lambda x: mp.tanh(x) ** 2, \
        ['1e-300', '-1e-300', '1e-100', '1e-5', '-0.01', '0.2', '0.24999999', '-0.25', '0.25000001', '0.3', '-0.7']
    for t, v in [(None, None), ('1', '-2'), ('-0.5', '-0.5'), ('-2.5', '3')]:
        params = {} if t is None else {'threshold': t, 'value': v}
        tt = mp.mpf(0) if t is None else mp.mpf(float(t))
        vv = mp.mpf(0) if v is None else mp.mpf(float(v))
        yield 'threshold', params, (lambda x, tt=tt, vv=vv: x if x > tt else vv), \
            (lambda x, tt=tt: mp.mpf(1 if x > tt else 0)), ['-2.4999999', '-0.49999999', '0.9999999', '1.0000001']
    yield 'squared_relu', {}, lambda x: max(x, 0) ** 2, lambda x: 2 * max(x, 0), ['1e100', '1e150', '-1e300']
    for s in [None, '0.5', '4', '0.0009765625', '64', '0.3']:
        al = mp.mpf(1) if s is None else mp.mpf(float(s))
        params = {} if s is None else {'alpha': s}
        # alpha * x rounded to a double, as PyTorch float64 (and Java) compute it; exact for the
        # powers of two; 0.3 shows the rounding convention. Where the product overflows, exact.
        def u(x, al=al):
            product = al * x
            return product if abs(product) > mp.mpf(1.7976931348623157e308) else mp.mpf(float(product))
        yield 'snake', params, (lambda x, al=al, u=u: x + mp.sin(u(x)) ** 2 / al), \
            (lambda x, u=u: 1 + mp.sin(2 * u(x))), \
            ['-0.7853981633974483', '2.356194490192345', '1e300', '-1e300', '1e308', '-1.7976931348623157e308']


POINTS = ['-800', '-100', '-40', '-30', '-20', '-10', '-6.5', '-6', '-3', '-2.5', '-1.5', '-1', '-0.75',
          '-0.5', '-0.1', '-0.001', '-1e-8', '0', '1e-8', '0.001', '0.1', '0.5', '0.75', '1', '1.5', '2',
          '2.5', '3', '4', '6', '6.5', '10', '19.999', '20', '20.001', '30', '40', '100', '800']


def main():
    with open('src/test/resources/golden/activations.csv', 'w', newline='') as out:
        w = csv.writer(out, lineterminator='\n')
        w.writerow(['function', 'params', 'x', 'f', 'df'])
        for name, params, f, df in functions():
            for p in POINTS:
                x = mp.mpf(p)
                w.writerow([name, ';'.join(f'{k}={v}' for k, v in params.items()), p,
                            mp.nstr(mp.mpf(f(x)), 25), mp.nstr(mp.mpf(df(x)), 25)])
        with mp.workdps(700):
            for name, params, f, df, extra in pytorch_functions():
                for p in dict.fromkeys(POINTS + extra):
                    x = mp.mpf(float(p))
                    w.writerow([name, ';'.join(f'{k}={v}' for k, v in params.items()), p,
                                mp.nstr(mp.mpf(f(x)), 25), mp.nstr(mp.mpf(df(x)), 25)])


if __name__ == '__main__':
    main()
