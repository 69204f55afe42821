package org.activationlab.ui;

import java.util.List;
import java.util.Map;
import org.activationlab.model.Activation;
import org.activationlab.model.ActivationInfo;
import org.activationlab.model.Catalogue;
import org.activationlab.model.Parameter;

/**
 * ReLU, except that once {@link #arm armed} it throws when evaluated on the thread called
 * {@code thread}: a bug injected into one kind of background work.
 */
final class FailingActivation implements Activation {
    private static final Activation RELU = Catalogue.get("relu");

    private final String thread;
    private volatile boolean armed;

    FailingActivation(String thread, boolean armed) {
        this.thread = thread;
        this.armed = armed;
    }

    /** Fails from now on. */
    void arm() {
        armed = true;
    }

    /** The message of the exception thrown. */
    String message() {
        return "injected failure on " + thread;
    }

    private void check() {
        if (armed && Thread.currentThread().getName().equals(thread)) {
            throw new IllegalStateException(message());
        }
    }

    @Override
    public ActivationInfo info() {
        return RELU.info();
    }

    @Override
    public List<Parameter> parameters() {
        return RELU.parameters();
    }

    @Override
    public Map<String, Double> parameterValues() {
        return RELU.parameterValues();
    }

    @Override
    public Activation with(String key, double value) {
        return this;
    }

    @Override
    public double value(double x) {
        check();
        return RELU.value(x);
    }

    @Override
    public double derivative(double x) {
        check();
        return RELU.derivative(x);
    }

    @Override
    public List<Double> kinks() {
        return RELU.kinks();
    }
}
