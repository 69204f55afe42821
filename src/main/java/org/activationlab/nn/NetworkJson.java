package org.activationlab.nn;

import java.util.Map;

/**
 * Writes network weights as the {@code train} command's JSON:
 * <pre>
 * {"activation":{"name":"relu","params":{}},"layers":[
 * {"weights":[[w, ...], ...],"bias":[b, ...]},
 * ...
 * ]}
 * </pre>
 * {@code weights[out][in]} as PyTorch's {@code nn.Linear.weight}, one object per hidden layer
 * and the output layer last. {@code params} holds the parameters of the activation that the
 * network uses ({@link UnitKind#networkParameters()}: for {@code maxout} only {@code k}). A layer
 * then adds its unit kind's {@link UnitKind#layerFields fields}: a PReLU layer its learned
 * {@code "alpha"}; a Maxout layer {@code "pieces"} (k), having k rows per unit, unit by unit
 * (rows u*k to u*k+k-1 are the pieces of unit u, as {@code view(n, units, k).max(2)}).
 * When hidden layers differ in activation, each hidden layer also carries its own
 * {@code "activation"} object and the top-level one is the first layer's. Numbers are written
 * with {@link Double#toString(double)}, so they read back exactly; a non-finite number (only
 * possible after divergence) is written as {@code null}.
 */
public final class NetworkJson {
    private NetworkJson() {
    }

    /** The JSON text of {@code weights}, ending with a newline. */
    public static String write(NetworkWeights weights) {
        StringBuilder sb = new StringBuilder();
        boolean uniform = weights.spec().uniformActivation();
        sb.append("{\"activation\":");
        activation(weights.layer(0).unitKind(), sb);
        sb.append(",\"layers\":[\n");
        for (int l = 0; l < weights.layerCount(); l++) {
            LayerShape s = weights.layer(l);
            sb.append("{\"weights\":[");
            double[][] w = weights.weights(l);
            for (int r = 0; r < w.length; r++) {
                if (r > 0) {
                    sb.append(',');
                }
                array(w[r], sb);
            }
            sb.append("],\"bias\":");
            array(weights.bias(l), sb);
            for (Map.Entry<String, Number> field : s.unitKind().layerFields(weights.alpha(l)).entrySet()) {
                sb.append(',');
                string(field.getKey(), sb);
                sb.append(':');
                number(field.getValue(), sb);
            }
            if (!uniform && l + 1 < weights.layerCount()) {
                sb.append(",\"activation\":");
                activation(s.unitKind(), sb);
            }
            sb.append(l + 1 < weights.layerCount() ? "},\n" : "}\n");
        }
        sb.append("]}\n");
        return sb.toString();
    }

    private static void activation(UnitKind units, StringBuilder sb) {
        sb.append("{\"name\":");
        string(units.activation().name(), sb);
        sb.append(",\"params\":{");
        boolean first = true;
        for (Map.Entry<String, Double> e : units.networkParameters().entrySet()) {
            if (!first) {
                sb.append(',');
            }
            first = false;
            string(e.getKey(), sb);
            sb.append(':');
            number(e.getValue(), sb);
        }
        sb.append("}}");
    }

    private static void array(double[] values, StringBuilder sb) {
        sb.append('[');
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                sb.append(',');
            }
            number(values[i], sb);
        }
        sb.append(']');
    }

    private static void number(double v, StringBuilder sb) {
        sb.append(Double.isFinite(v) ? Double.toString(v) : "null");
    }

    /** An {@link Integer} as an integer, any other number as a double. */
    private static void number(Number v, StringBuilder sb) {
        if (v instanceof Integer) {
            sb.append(v);
        } else {
            number(v.doubleValue(), sb);
        }
    }

    private static void string(String s, StringBuilder sb) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                sb.append('\\').append(c);
            } else if (c < 0x20) {
                sb.append(String.format("\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        sb.append('"');
    }
}
