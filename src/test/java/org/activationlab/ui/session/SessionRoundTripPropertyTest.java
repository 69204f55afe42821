package org.activationlab.ui.session;

import org.activationlab.ui.depth.DepthState;
import org.activationlab.model.ActivationSpec;
import org.activationlab.ui.gates.GatesState;
import org.activationlab.ui.json.FieldReader;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Scale;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.UniqueElements;
import org.activationlab.model.Activation;
import org.activationlab.model.Catalogue;
import org.activationlab.model.Parameter;
import org.activationlab.nn.Initializer;
import org.activationlab.nn.OptimizerKind;
import org.activationlab.nn.Task;
import org.activationlab.nn.depth.BatchNormMode;
import org.activationlab.nn.depth.WeightInit;
import org.activationlab.nn.neuron.GateFunction;
import org.activationlab.plot.curves.CurvesSettings;
import org.activationlab.plot.curves.YRange;
import org.activationlab.ui.curves.CurvesState;
import org.activationlab.ui.curves.XRange;
import org.activationlab.ui.neuron.LogicTarget;
import org.activationlab.ui.neuron.NeuronState;
import org.activationlab.ui.properties.PropertiesState;
import org.activationlab.ui.training.TrainingState;

/**
 * Any valid state of any view, written to session JSON text and read back, is the same state,
 * field by field (activations compared by their parameter values, doubles exactly).
 */
class SessionRoundTripPropertyTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** {@code state} written by {@code write}, turned into text and parsed, then read by {@code read}. */
    private static <T> T throughText(T state, Function<T, ObjectNode> write, StatePart.Reader<T> read) throws Exception {
        JsonNode parsed = MAPPER.readTree(MAPPER.writeValueAsString(write.apply(state)));
        return read.read(FieldReader.of(parsed, "/part"));
    }

    @Provide
    Arbitrary<Activation> activations() {
        Arbitrary<Activation> maxout = Arbitraries.integers().between(1, 8).flatMap(k ->
                Arbitraries.doubles().between(-5, 5).list().ofSize(2 * k).map(values -> {
                    Map<String, Double> parameters = new LinkedHashMap<>();
                    parameters.put("k", (double) k);
                    for (int i = 1; i <= k; i++) {
                        parameters.put("w" + i, values.get(2 * i - 2));
                        parameters.put("b" + i, values.get(2 * i - 1));
                    }
                    return Catalogue.create("maxout", parameters);
                }));
        Arbitrary<Activation> others = Arbitraries.of(Catalogue.names().stream().filter(n -> !n.equals("maxout")).toList())
                .flatMap(name -> {
                    Activation base = Catalogue.get(name);
                    List<Parameter> parameters = base.parameters();
                    return Arbitraries.doubles().between(0, 1).list().ofSize(parameters.size())
                            .map(shares -> withShares(base, parameters, shares));
                });
        return Arbitraries.oneOf(maxout, others);
    }

    /** {@code base} with each parameter at its share of the way across its slider range. */
    private static Activation withShares(Activation base, List<Parameter> parameters, List<Double> shares) {
        Map<String, Double> values = new LinkedHashMap<>();
        for (int i = 0; i < parameters.size(); i++) {
            Parameter p = parameters.get(i);
            double v = p.sliderMin() + shares.get(i) * (p.sliderMax() - p.sliderMin());
            values.put(p.key(), p.domain().integer() ? Math.rint(v) : v);
        }
        try {
            return base.with(values);
        } catch (IllegalArgumentException outsideTheDomain) {
            return base;
        }
    }

    @Property(tries = 300)
    void curvesStates(@ForAll("activations") Activation changed,
                      @ForAll @Size(max = 6) @UniqueElements List<@IntRange(min = 0, max = 22) Integer> plotted,
                      @ForAll @Scale(15) @DoubleRange(min = -20, max = 19.9) double from,
                      @ForAll @Scale(15) @DoubleRange(min = 0.01, max = 40) double span,
                      @ForAll boolean fixedFunctions, @ForAll @Scale(15) @DoubleRange(min = -1e6, max = 1e6) double low,
                      @ForAll @Scale(15) @DoubleRange(min = 1e-9, max = 1e6) double height,
                      @ForAll boolean fixedDerivatives, @ForAll boolean log, @ForAll boolean showFunctions,
                      @ForAll @IntRange(min = 1, max = CurvesSettings.MAX_DEPTH) int depth, @ForAll boolean shading,
                      @ForAll @Scale(15) @DoubleRange(min = 1e-12, max = 10) double epsilon, @ForAll boolean hatching)
            throws Exception {
        CurvesState start = CurvesState.initial();
        List<String> names = new ArrayList<>(start.activations().keySet());
        Map<String, Integer> slots = new LinkedHashMap<>();
        for (int i = 0; i < plotted.size(); i++) {
            slots.put(names.get(plotted.get(i) % names.size()), plotted.size() - i + 3 * i);
        }
        Map<String, Activation> activations = new LinkedHashMap<>(start.activations());
        activations.put(changed.name(), changed);
        YRange functions = fixedFunctions ? YRange.fixed(low, low + height) : YRange.AUTO;
        double derivativeLow = log ? height : low;
        YRange derivatives = fixedDerivatives ? YRange.fixed(derivativeLow, derivativeLow + height) : YRange.AUTO;
        CurvesState state = new CurvesState(activations, slots, new XRange(from, Math.min(XRange.LIMIT, from + span)),
                showFunctions, true, functions, derivatives, log, depth, shading, epsilon, hatching);

        CurvesState read = throughText(state, CurvesJson::write, CurvesJson::read);

        assertThat(read).usingRecursiveComparison().isEqualTo(state);
    }

    @Property(tries = 300)
    void trainingSettings(@ForAll Task task, @ForAll @IntRange(min = 20, max = 1000) int points,
                          @ForAll @Scale(15) @DoubleRange(min = 0, max = 0.5) double noise,
                          @ForAll @Scale(15) @DoubleRange(min = 0, max = 0.9) double testFraction, @ForAll long dataSeed,
                          @ForAll @Size(min = 1, max = 6) List<@IntRange(min = 1, max = 16) Integer> units,
                          @ForAll("activations") Activation first, @ForAll("activations") Activation others,
                          @ForAll Initializer.Scheme scheme, @ForAll @Scale(15) @DoubleRange(min = 0.001, max = 3) double scale,
                          @ForAll @Scale(15) @DoubleRange(min = -1, max = 1) double biasInit, @ForAll OptimizerKind optimizer,
                          @ForAll @Scale(15) @DoubleRange(min = 1e-6, max = 10) double learningRate,
                          @ForAll @IntRange(min = 0, max = 500) int batchSize,
                          @ForAll @Scale(15) @DoubleRange(min = 0, max = 1) double l2, @ForAll long seed,
                          @ForAll boolean comparing, @ForAll boolean comparedNarrower,
                          @ForAll @IntRange(min = 0, max = 7) int speedIndex,
                          @ForAll @IntRange(min = 0, max = 100_000) int step) throws Exception {
        List<TrainingState.Layer> layers = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            layers.add(new TrainingState.Layer(units.get(i), ActivationSpec.of(i == 0 ? first : others)));
        }
        Initializer initializer = new Initializer(scheme, scheme.takesValue() ? scale : 0);
        TrainingState state = new TrainingState(task, points, noise, testFraction, dataSeed, layers, initializer, biasInit,
                optimizer, learningRate, batchSize, l2, seed,
                comparing ? Optional.of(ActivationSpec.of(others)) : Optional.empty(),
                comparedNarrower ? units.stream().map(u -> Math.max(1, u / 2)).toList() : List.of(), List.of(),
                TrainingState.SPEEDS.get(speedIndex));
        TrainingJson.Saved settings = new TrainingJson.Saved(state, step);

        TrainingJson.Saved read = throughText(settings, TrainingJson::write, TrainingJson::read);

        assertThat(read).usingRecursiveComparison().isEqualTo(settings);
    }

    @Property(tries = 200)
    void neuronSettings(@ForAll("activations") Activation g, @ForAll @Scale(15) @DoubleRange(min = -40, max = 40) double w1,
                        @ForAll @Scale(15) @DoubleRange(min = -40, max = 40) double w2, @ForAll @Scale(15) @DoubleRange(min = -40, max = 40) double b,
                        @ForAll LogicTarget target, @ForAll @IntRange(min = 1, max = 6) int layers,
                        @ForAll("activations") Activation collapse, @ForAll long seed) throws Exception {
        NeuronState settings = new NeuronState(ActivationSpec.of(g), w1, w2, b, target, layers, ActivationSpec.of(collapse), seed);
        assertThat(throughText(settings, NeuronJson::write, NeuronJson::read)).usingRecursiveComparison().isEqualTo(settings);
    }

    @Property(tries = 200)
    void depthSettings(@ForAll("activations") Activation activation, @ForAll WeightInit init,
                       @ForAll @Scale(15) @DoubleRange(min = 1e-4, max = 3) double std, @ForAll @IntRange(min = 2, max = 100) int layers,
                       @ForAll @IntRange(min = 10, max = 500) int width, @ForAll BatchNormMode batchNorm, @ForAll long seed,
                       @ForAll @IntRange(min = 1, max = 8) int bornDeadWidth, @ForAll @IntRange(min = 2, max = 100) int bornDeadDepth,
                       @ForAll @IntRange(min = 100, max = 10_000) int trials) throws Exception {
        DepthState settings = new DepthState(ActivationSpec.of(activation), init, std, layers, width, batchNorm, seed,
                bornDeadWidth, bornDeadDepth, trials);
        assertThat(throughText(settings, DepthJson::write, DepthJson::read)).isEqualTo(settings);
    }

    @Property(tries = 200)
    void gatesAndPropertiesSettings(@ForAll GateFunction gate, @ForAll @Scale(15) @DoubleRange(min = -6, max = 6) double a,
                                    @ForAll @Scale(15) @DoubleRange(min = -4, max = 4) double c,
                                    @ForAll @Scale(15) @DoubleRange(min = -6, max = 6) double f, @ForAll String filter,
                                    @ForAll("activations") Activation selected, @ForAll boolean anySelected,
                                    @ForAll boolean edited) throws Exception {
        GatesState gates = new GatesState(gate, a, c, f);
        assertThat(throughText(gates, GatesJson::write, GatesJson::read)).isEqualTo(gates);
        PropertiesState properties = new PropertiesState(filter,
                anySelected ? Optional.of(selected.name()) : Optional.empty(),
                edited ? Map.of(selected.name(), ActivationSpec.of(selected)) : Map.of());
        assertThat(throughText(properties, PropertiesJson::write, PropertiesJson::read)).isEqualTo(properties);
    }
}
