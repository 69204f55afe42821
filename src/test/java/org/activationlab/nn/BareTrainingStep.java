package org.activationlab.nn;

/**
 * One full-batch training step with nothing measured but the loss: forward pass (with the
 * derivatives the backward pass needs), loss, backward pass, optimiser update. The
 * {@link Trainer} does the same work plus its per-step diagnostics, so timing both shows what
 * the diagnostics cost. For benchmarks only; starts from the weights the trainer would draw.
 */
public final class BareTrainingStep {
    private final Layout layout;
    private final double[] parameters;
    private final double[] gradient;
    private final double[] delta;
    private final Optimizer optimizer;
    private final double learningRate;
    private final double[] inputs;
    private final double[] targets;
    private final Workspace space;

    public BareTrainingStep(TrainingConfig config, DataSplit data) {
        layout = Layout.of(config.network());
        parameters = layout.initialParameters(config.initializer(), config.biasInit(),
                Rng.stream(config.seed(), RandomStreams.WEIGHTS));
        gradient = new double[parameters.length];
        delta = new double[parameters.length];
        optimizer = config.optimizer().create(parameters.length, config.momentum());
        learningRate = config.learningRate();
        inputs = data.train().featureMajorInputs();
        targets = data.train().targetArray();
        space = new Workspace(layout, data.train().size());
    }

    /** Makes one update and returns the training loss before it. */
    public double step() {
        Propagation.forward(layout, parameters, inputs, space, true);
        double loss = Loss.mean(layout.type(), space.out, targets, space.size, space.outGradient);
        Propagation.backward(layout, parameters, inputs, space, gradient);
        optimizer.computeDelta(gradient, learningRate, delta);
        for (int i = 0; i < parameters.length; i++) {
            parameters[i] += delta[i];
        }
        return loss;
    }
}
