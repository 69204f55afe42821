#!/usr/bin/env python3
"""PyTorch's side of the shoot-out speed target (issue 15, section 3): the same loop as
`activation-lab shootout --activations relu,gelu,tanh,sigmoid --task circle --hidden 8,8
--points 200 --steps 1000 --seeds 10 --lr 0.1`, written in PyTorch: 4 activations x 10 seeds x
1,000 full-batch gradient-descent steps of a 2-8-8-1 network, float64, one thread, with the
training loss and accuracy read after every step (what the shoot-out needs for its curves and
steps to target) and the test loss and accuracy at the end.

Time it as a whole process, side by side with the app's command:
    time python3 src/test/python/torch_shootout.py
(TorchSideBySide does so in turns.) Prints the number of runs and the mean final loss, so that
the work cannot be skipped. Never part of `mvn verify`.
"""
import torch

from torch_train_step import circle, network

ACTIVATIONS = ("relu", "gelu", "tanh", "sigmoid")
SEEDS = 10
STEPS = 1000
POINTS = 200
TEST_POINTS = 50


def run(activation, seed):
    torch.manual_seed(seed)
    x, y = circle(POINTS + TEST_POINTS, seed)
    x_train, y_train, x_test, y_test = x[:POINTS], y[:POINTS], x[POINTS:], y[POINTS:]
    model = network(activation, (8, 8))
    loss_fn = torch.nn.BCEWithLogitsLoss()
    optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
    reached = -1
    loss = None
    for step in range(STEPS + 1):
        optimizer.zero_grad()
        out = model(x_train)
        loss = loss_fn(out, y_train)
        accuracy = ((out > 0).to(torch.float64) == y_train).to(torch.float64).mean().item()
        if reached < 0 and accuracy >= 0.95:
            reached = step
        if step == STEPS:
            break
        loss.backward()
        optimizer.step()
    with torch.no_grad():
        out = model(x_test)
        test_loss = loss_fn(out, y_test).item()
    return loss.item(), test_loss, reached


def main():
    torch.set_num_threads(1)
    results = [run(a, s) for a in ACTIVATIONS for s in range(1, SEEDS + 1)]
    print(len(results), "runs, mean final loss", sum(r[0] for r in results) / len(results))


if __name__ == "__main__":
    main()
