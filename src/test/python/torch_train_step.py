#!/usr/bin/env python3
"""PyTorch's side of the training-step benchmark: one full-batch gradient-descent step of a
2-8-8-1 network, float64, on one thread, as the app's TrainBenchmark and TorchSideBySide time it.

The step is forward, BCEWithLogitsLoss (mean, the loss `train` uses for the tasks), backward and
SGD(lr=0.1), with loss.item() read every step (the app records the loss after every step).
Points are the circle task's shape: N points in [-1, 1]^2, label 1 inside radius sqrt(0.5).

Prints one line: `torch-step-us CPU WALL` after a second of warm-up: the medians over blocks of
steps of the block's time per step, in microseconds, as the thread's CPU time (what a loaded,
shared machine distorts least) and as wall time.

Run (python3 with torch; Debian's python3-torch 1.13.1 was used):
    python3 src/test/python/torch_train_step.py --activation tanh --points 1000 --seconds 5
It is never part of `mvn verify`.
"""
import argparse
import statistics
import time

import torch

ACTIVATIONS = {
    "relu": torch.nn.ReLU,
    "tanh": torch.nn.Tanh,
    "sigmoid": torch.nn.Sigmoid,
    "gelu": torch.nn.GELU,
    "silu": torch.nn.SiLU,
}


def circle(points, seed):
    """N points uniform in [-1, 1]^2, labelled 1 inside the circle of radius sqrt(0.5)."""
    g = torch.Generator().manual_seed(seed)
    x = torch.rand(points, 2, generator=g, dtype=torch.float64) * 2 - 1
    y = ((x * x).sum(1, keepdim=True) < 0.5).to(torch.float64)
    return x, y


def network(activation, hidden):
    """Linear(2, h) activation ... Linear(h, 1), float64."""
    layers = []
    width = 2
    for units in hidden:
        layers += [torch.nn.Linear(width, units), ACTIVATIONS[activation]()]
        width = units
    layers.append(torch.nn.Linear(width, 1))
    return torch.nn.Sequential(*layers).double()


def trainer(activation, points, seed, hidden=(8, 8), lr=0.1):
    """A function that makes one step and returns the training loss before it."""
    torch.manual_seed(seed)
    x, y = circle(points, seed)
    model = network(activation, hidden)
    loss_fn = torch.nn.BCEWithLogitsLoss()
    optimizer = torch.optim.SGD(model.parameters(), lr=lr)

    def step():
        optimizer.zero_grad()
        loss = loss_fn(model(x), y)
        loss.backward()
        optimizer.step()
        return loss.item()

    return step


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--activation", default="tanh", choices=sorted(ACTIVATIONS))
    parser.add_argument("--points", type=int, default=1000)
    parser.add_argument("--seconds", type=float, default=5)
    parser.add_argument("--block", type=int, default=50, help="steps per timed block")
    args = parser.parse_args()
    torch.set_num_threads(1)
    step = trainer(args.activation, args.points, 1)
    end = time.perf_counter() + 1
    while time.perf_counter() < end:
        step()
    cpu = []
    wall = []
    end = time.perf_counter() + args.seconds
    while time.perf_counter() < end:
        start = time.perf_counter()
        start_cpu = time.thread_time()
        for _ in range(args.block):
            step()
        cpu.append((time.thread_time() - start_cpu) / args.block * 1e6)
        wall.append((time.perf_counter() - start) / args.block * 1e6)
    print(f"torch-step-us {statistics.median(cpu):.3f} {statistics.median(wall):.3f}")


if __name__ == "__main__":
    main()
