#!/usr/bin/env python3
"""Replays `activation-lab train` runs in real PyTorch float64 and prints how far the app's
numbers are from PyTorch's: the README's replay contract (1e-9).

For each run folder (written by `train` with full-batch gradient descent, the default optimiser
`gd` and no penalties): read data.csv and init.json, build the network as the README says
(z = x @ W.T + b; a hidden layer applies the activation, a gated one h = z[:, :u] * g(z[:, u:])),
train with SGD(lr) on BCEWithLogitsLoss (mean) for as many steps as metrics.csv has rows - 1,
and compare every training loss of metrics.csv and every weight of final.json with PyTorch's.
Prints one line per run: the largest |app - torch| / (1 + |torch|) of the losses and the weights.

    java -jar target/activation-lab.jar train --task circle --hidden 8,8 --activation swiglu \\
        --lr 0.1 --steps 500 --out /tmp/run-swiglu
    python3 src/test/python/torch_replay.py --lr 0.1 /tmp/run-swiglu ...

Never part of `mvn verify` (the tests replay through an independent Java reference).
"""
import argparse
import csv
import json
import os

import torch
import torch.nn.functional as F

GATES = {"glu": torch.sigmoid, "reglu": F.relu, "geglu": F.gelu, "swiglu": F.silu}
ELEMENTWISE = {"relu": F.relu, "tanh": torch.tanh, "sigmoid": torch.sigmoid, "gelu": F.gelu, "silu": F.silu,
               "elu": F.elu, "selu": F.selu, "softplus": F.softplus, "mish": F.mish}


def load(folder):
    with open(os.path.join(folder, "init.json")) as f:
        init = json.load(f)
    with open(os.path.join(folder, "final.json")) as f:
        final = json.load(f)
    with open(os.path.join(folder, "data.csv")) as f:
        rows = list(csv.DictReader(f))
    x = torch.tensor([[float(r["x1"]), float(r["x2"])] for r in rows], dtype=torch.float64)
    y = torch.tensor([[float(r["label"])] for r in rows], dtype=torch.float64)
    with open(os.path.join(folder, "metrics.csv")) as f:
        losses = [float(r["loss"]) for r in csv.DictReader(f)]
    return init, final, x, y, losses


def forward(name, params, x):
    h = x
    for weight, bias in params[:-1]:
        z = h @ weight.T + bias
        if name in GATES:
            u = z.shape[1] // 2
            h = z[:, :u] * GATES[name](z[:, u:])
        else:
            h = ELEMENTWISE[name](z)
    weight, bias = params[-1]
    return h @ weight.T + bias


def replay(folder, lr):
    init, final, x, y, losses = load(folder)
    name = init["activation"]["name"]
    params = [(torch.tensor(layer["weights"], dtype=torch.float64, requires_grad=True),
               torch.tensor(layer["bias"], dtype=torch.float64, requires_grad=True)) for layer in init["layers"]]
    optimizer = torch.optim.SGD([t for pair in params for t in pair], lr=lr)
    loss_fn = torch.nn.BCEWithLogitsLoss()
    worst_loss = 0.0
    for step in range(len(losses)):
        optimizer.zero_grad()
        loss = loss_fn(forward(name, params, x), y)
        ref = loss.item()
        worst_loss = max(worst_loss, abs(losses[step] - ref) / (1 + abs(ref)))
        if step == len(losses) - 1:
            break
        loss.backward()
        optimizer.step()
    worst_weight = 0.0
    for (weight, bias), layer in zip(params, final["layers"]):
        for got, ref in ((torch.tensor(layer["weights"], dtype=torch.float64), weight),
                         (torch.tensor(layer["bias"], dtype=torch.float64), bias)):
            worst_weight = max(worst_weight, ((got - ref.detach()).abs() / (1 + ref.detach().abs())).max().item())
    return name, len(losses) - 1, worst_loss, worst_weight


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lr", type=float, default=0.1)
    parser.add_argument("folders", nargs="+")
    args = parser.parse_args()
    torch.set_num_threads(1)
    for folder in args.folders:
        name, steps, loss, weight = replay(folder, args.lr)
        print(f"{name:8s} {steps:5d} steps: max relative difference, losses {loss:.3e}, final weights {weight:.3e}")


if __name__ == "__main__":
    main()
