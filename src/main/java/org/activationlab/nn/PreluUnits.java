package org.activationlab.nn;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.activationlab.model.Activation;
import org.activationlab.model.InvalidParameterException;

/**
 * PReLU with one learnable alpha for the whole layer: y = z for z &gt; 0, alpha z otherwise;
 * dy/dz = 1 for z &gt; 0, alpha otherwise (PyTorch's choice at 0); dL/dalpha = the sum over
 * points and units with z &lt;= 0 of dL/dy z. Training starts from the function's alpha.
 * He et al. 2015, "Delving deep into rectifiers".
 */
record PreluUnits(Activation activation) implements UnitKind {
    /** The catalogue name that makes a hidden layer learn its PReLU alpha. */
    static final String NAME = "prelu";
    private static final String ALPHA = "alpha";

    @Override
    public boolean learnsAlpha() {
        return true;
    }

    @Override
    public double initialAlpha() {
        return activation.parameterValues().get(ALPHA);
    }

    @Override
    public Map<String, Number> layerFields(double alpha) {
        Map<String, Number> fields = new LinkedHashMap<>();
        fields.put(ALPHA, alpha);
        return fields;
    }

    @Override
    public void forward(double alpha, double[] z, int units, int n, double[] a, double[] derivative, int[] route) {
        for (int i = 0; i < z.length; i++) {
            double v = z[i];
            boolean positive = v > 0;
            a[i] = positive ? v : alpha * v;
            if (derivative != null) {
                derivative[i] = positive ? 1 : alpha;
            }
        }
    }

    @Override
    public double backward(double[] z, double[] dy, double[] derivative, int[] route, int units, int n, double[] dz) {
        ElementwiseUnits.multiply(dy, derivative, dz);
        double sum = 0;
        for (int i = 0; i < z.length; i++) {
            if (z[i] <= 0) {
                sum += dy[i] * z[i];
            }
        }
        return sum;
    }

    /** The function with the learned alpha, or with its own alpha when the learned one is NaN or not allowed. */
    @Override
    public Optional<Activation> unitFunction(double alpha) {
        if (Double.isNaN(alpha)) {
            return Optional.of(activation);
        }
        try {
            return Optional.of(activation.with(ALPHA, alpha));
        } catch (InvalidParameterException e) {
            return Optional.of(activation);
        }
    }
}
