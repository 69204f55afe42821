package org.activationlab.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;
import org.activationlab.nn.LayerShape;
import org.activationlab.nn.NetworkWeights;
import org.activationlab.nn.UnitKind;

/**
 * Writes network weights as the {@code train} command's JSON ({@code init.json}, {@code final.json}),
 * through Jackson's streaming generator:
 * <pre>
 * {"activation":{"name":"relu","params":{}},"layers":[
 * {"weights":[[w, ...], ...],"bias":[b, ...]},
 * ...
 * ]}
 * </pre>
 * (a typed formula writes {@code "formula":"x * tanh(softplus(x))"} in place of {@code "name"}, and its
 * declared parameters in {@code params}),
 * {@code weights[out][in]} as PyTorch's {@code nn.Linear.weight}, one object per hidden layer
 * and the output layer last. {@code params} holds the parameters of the activation that the
 * network uses ({@link UnitKind#networkParameters()}), and each layer then adds its unit kind's
 * own {@link UnitKind#layerFields fields} (a learned slope, a number of pieces per unit, as
 * {@code README.md} documents the file).
 * When hidden layers differ in activation, each hidden layer also carries its own
 * {@code "activation"} object and the top-level one is the first layer's. Numbers are written
 * with {@link Double#toString(double)}, so they read back exactly; a non-finite number (only
 * possible after divergence) is written as {@code null}. The layout (one layer per line, no
 * other spaces) is that of version 0.1.0, byte for byte, so that scripts reading it keep working.
 */
public final class NetworkJson {
    private NetworkJson() {
    }

    /** The JSON text of {@code weights}, ending with a newline. */
    public static String write(NetworkWeights weights) {
        StringWriter text = new StringWriter();
        try (JsonGenerator g = Jackson.MAPPER.getFactory().createGenerator(text)) {
            g.setPrettyPrinter(new OneLayerPerLine());
            boolean uniform = weights.spec().uniformActivation();
            g.writeStartObject();
            g.writeFieldName("activation");
            activation(weights.layer(0).unitKind(), g);
            g.writeArrayFieldStart("layers");
            for (int l = 0; l < weights.layerCount(); l++) {
                LayerShape s = weights.layer(l);
                g.writeStartObject();
                g.writeArrayFieldStart("weights");
                for (double[] row : weights.weights(l)) {
                    array(row, g);
                }
                g.writeEndArray();
                g.writeFieldName("bias");
                array(weights.bias(l), g);
                for (Map.Entry<String, Number> field : s.unitKind().layerFields(weights.alpha(l)).entrySet()) {
                    g.writeFieldName(field.getKey());
                    number(field.getValue(), g);
                }
                if (!uniform && l + 1 < weights.layerCount()) {
                    g.writeFieldName("activation");
                    activation(s.unitKind(), g);
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.append('\n').toString();
    }

    private static void activation(UnitKind units, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField(units.activation().info().userFormula() ? "formula" : "name", units.activation().name());
        g.writeObjectFieldStart("params");
        for (Map.Entry<String, Double> e : units.networkParameters().entrySet()) {
            g.writeFieldName(e.getKey());
            number(e.getValue(), g);
        }
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void array(double[] values, JsonGenerator g) throws IOException {
        g.writeStartArray();
        for (double v : values) {
            number(v, g);
        }
        g.writeEndArray();
    }

    private static void number(double v, JsonGenerator g) throws IOException {
        if (Double.isFinite(v)) {
            g.writeNumber(v);
        } else {
            g.writeNull();
        }
    }

    /** An {@link Integer} as an integer (a count of pieces), any other number as a double. */
    private static void number(Number v, JsonGenerator g) throws IOException {
        if (v instanceof Integer i) {
            g.writeNumber(i);
        } else {
            number(v.doubleValue(), g);
        }
    }

    /**
     * No spaces anywhere, and each element of the {@code layers} list (the one array directly
     * inside the top-level object) on a line of its own.
     */
    private static final class OneLayerPerLine extends MinimalPrettyPrinter {
        private static final long serialVersionUID = 1L;
        /** The nesting depth of the layers list: inside the top-level object (1), inside the list (2). */
        private static final int LAYERS = 2;
        private int depth;

        @Override
        public void writeStartObject(JsonGenerator g) throws IOException {
            depth++;
            super.writeStartObject(g);
        }

        @Override
        public void writeEndObject(JsonGenerator g, int entries) throws IOException {
            depth--;
            super.writeEndObject(g, entries);
        }

        @Override
        public void writeStartArray(JsonGenerator g) throws IOException {
            depth++;
            super.writeStartArray(g);
            if (depth == LAYERS) {
                g.writeRaw('\n');
            }
        }

        @Override
        public void writeEndArray(JsonGenerator g, int values) throws IOException {
            if (depth == LAYERS) {
                g.writeRaw('\n');
            }
            depth--;
            super.writeEndArray(g, values);
        }

        @Override
        public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
            super.writeArrayValueSeparator(g);
            if (depth == LAYERS) {
                g.writeRaw('\n');
            }
        }
    }
}
