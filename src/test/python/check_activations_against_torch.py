#!/usr/bin/env python3
"""Checks every catalogue activation of Activation Lab against PyTorch in float64.

For each function (with its default parameters and with other values), this evaluates the
app's own classes (EvaluateActivation.java, beside this script) on a grid from -800 to 800 with
the kinks and jumps, their neighbouring doubles and a few tiny and huge values added, computes the same function with ``torch.nn.functional`` and its
derivative with autograd (so at a kink it is PyTorch's choice), and reports the largest error
relative to 1 + |value|. It fails (exit 1) when an error exceeds 1e-12. The step function is left out: PyTorch has
no activation for it, and torch.heaviside has no derivative.

Needs PyTorch (on Debian: ``apt-get install python3-torch``); never part of ``mvn verify``.
Run after ``mvn package``:  python3 src/test/python/check_activations_against_torch.py [JAR]
"""
import math
import os
import subprocess
import sys

import torch
import torch.nn.functional as F

JAR = sys.argv[1] if len(sys.argv) > 1 else "target/activation-lab.jar"
TOLERANCE = 1e-12
EVALUATOR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "EvaluateActivation.java")
torch.set_default_dtype(torch.float64)


def maxout(x, w1, b1, w2, b2):
    return torch.maximum(w1 * x + b1, w2 * x + b2)


def snake(x, alpha):
    return x + torch.sin(alpha * x) ** 2 / alpha


# name, parameters given to the CLI, the torch function, extra points (kinks and jumps)
CASES = [
    ("identity", {}, lambda x: x, []),
    ("sigmoid", {}, torch.sigmoid, []),
    ("tanh", {}, torch.tanh, []),
    ("relu", {}, F.relu, [0.0]),
    ("leaky_relu", {}, lambda x: F.leaky_relu(x, 0.01), [0.0]),
    ("leaky_relu", {"slope": 0.2}, lambda x: F.leaky_relu(x, 0.2), [0.0]),
    ("prelu", {}, lambda x: F.prelu(x, torch.tensor([0.25])), [0.0]),
    ("elu", {}, F.elu, [0.0]),
    ("elu", {"alpha": 2.5}, lambda x: F.elu(x, 2.5), [0.0]),
    ("selu", {}, F.selu, [0.0]),
    ("celu", {}, F.celu, [0.0]),
    ("celu", {"alpha": 0.5}, lambda x: F.celu(x, 0.5), [0.0]),
    ("softplus", {}, F.softplus, [20.0]),
    ("softplus", {"beta": 3}, lambda x: F.softplus(x, beta=3), [20.0 / 3]),
    ("gelu", {}, F.gelu, []),
    ("gelu_tanh", {}, lambda x: F.gelu(x, approximate="tanh"), []),
    ("swish", {}, lambda x: x * torch.sigmoid(x), []),
    ("swish", {"beta": 1.7}, lambda x: x * torch.sigmoid(1.7 * x), []),
    ("mish", {}, F.mish, []),
    ("hard_sigmoid", {}, F.hardsigmoid, [-3.0, 3.0]),
    ("hard_tanh", {}, F.hardtanh, [-1.0, 1.0]),
    ("hard_swish", {}, F.hardswish, [-3.0, 3.0]),
    ("relu6", {}, F.relu6, [0.0, 6.0]),
    ("softsign", {}, F.softsign, []),
    ("log_sigmoid", {}, F.logsigmoid, []),
    ("maxout", {"w1": 1, "b1": 0, "w2": -0.5, "b2": 1}, lambda x: maxout(x, 1, 0, -0.5, 1), [2.0 / 3]),
    ("sin", {}, torch.sin, []),
    ("silu", {}, F.silu, []),
    ("rrelu", {}, lambda x: F.rrelu(x, 0.125, 1 / 3, training=False), [0.0]),
    ("hardshrink", {}, F.hardshrink, [-0.5, 0.5]),
    ("hardshrink", {"lambd": 2}, lambda x: F.hardshrink(x, 2.0), [-2.0, 2.0]),
    ("softshrink", {}, F.softshrink, [-0.5, 0.5]),
    ("tanhshrink", {}, F.tanhshrink, [0.25, -0.25]),
    ("threshold", {"threshold": 0.5, "value": -2}, lambda x: F.threshold(x, 0.5, -2.0), [0.5]),
    ("squared_relu", {}, lambda x: F.relu(x) ** 2, [0.0]),
    ("snake", {}, lambda x: snake(x, 1.0), []),
    ("snake", {"alpha": 2.5}, lambda x: snake(x, 2.5), []),
]

GRID = [-800 + i * 0.1 for i in range(16001)]
SPECIAL = [-800.0, 800.0, -1e-300, 1e-300, -5e-324, 5e-324, -1e-8, 1e-8, -36.5, 36.5, -710.0, 710.0]


def sample(name, params, xs):
    """Our x, value and derivative at each of xs, from the app's own classes in one JVM."""
    command = ["java", "-cp", JAR, EVALUATOR, name] + [f"{k}={v}" for k, v in params.items()]
    text = "\n".join(repr(x) for x in xs) + "\n"
    out = subprocess.run(command, check=True, capture_output=True, text=True, input=text).stdout.splitlines()
    return [tuple(float(v) for v in line.split(",")) for line in out]


def torch_values(function, xs):
    """PyTorch's values and autograd derivatives at xs."""
    x = torch.tensor(xs, requires_grad=True)
    y = function(x)
    y.backward(torch.ones_like(y))
    return y.detach(), x.grad


def main():
    worst_all = 0.0
    failed = []
    for name, params, function, kinks in CASES:
        extra = SPECIAL + kinks + [math.nextafter(k, -math.inf) for k in kinks] + [math.nextafter(k, math.inf) for k in kinks]
        rows = sample(name, params, extra + GRID)
        # one tensor, the extra points first: PyTorch's vectorised and scalar CPU loops can differ at
        # a kink (hardswish'(3)), and all but a tensor's last few elements take the vectorised one
        theirs_f, theirs_d = torch_values(function, [r[0] for r in rows])
        ours_f = torch.tensor([r[1] for r in rows])
        ours_d = torch.tensor([r[2] for r in rows])
        def error(ours, theirs):
            both_nan = torch.isnan(ours) & torch.isnan(theirs)
            same = (ours == theirs) | both_nan
            e = (ours - theirs).abs() / (1 + theirs.abs())
            e[same] = 0
            e[torch.isnan(e)] = math.inf
            return e
        ef, ed = error(ours_f, theirs_f), error(ours_d, theirs_d)
        worst = max(ef.max().item(), ed.max().item())
        worst_all = max(worst_all, worst)
        label = name + ("" if not params else " " + ",".join(f"{k}={v}" for k, v in params.items()))
        status = "ok" if worst <= TOLERANCE else "FAIL"
        where = ""
        if worst > TOLERANCE:
            i = int(torch.argmax(torch.maximum(ef, ed)))
            where = f" at x={rows[i][0]!r}: ours f={rows[i][1]!r} f'={rows[i][2]!r}, torch f={theirs_f[i].item()!r} f'={theirs_d[i].item()!r}"
            failed.append(label)
        print(f"{status:4} {label:32} {len(rows):6} points, max error f {ef.max().item():.2e}, f' {ed.max().item():.2e}{where}")
    print(f"PyTorch {torch.__version__}; largest error {worst_all:.2e} (tolerance {TOLERANCE:g})")
    if failed:
        print("failed: " + ", ".join(failed))
        sys.exit(1)


if __name__ == "__main__":
    main()
