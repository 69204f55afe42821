package org.activationlab.model;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The gated linear units of today's language models: a unit takes two pre-activations a and b and
 * outputs h(a, b) = a g(b), where the gate g is an element-wise catalogue function.
 *
 * <p>The partial derivatives are those of PyTorch autograd on {@code a * g(b)}: dh/da = g(b) and
 * dh/db = a g'(b), with g' the catalogue function's derivative (PyTorch's at its kinks, so
 * relu'(0) = 0). The diagonal a = b gives the unit's "effective activation" x g(x), whose
 * derivative is the sum of the two partials, g(x) + x g'(x): GLU on the diagonal is SiLU.
 *
 * <ul>
 *   <li>{@link #GLU}: g = sigmoid. Dauphin, Fan, Auli &amp; Grangier (2017). Language modeling with
 *       gated convolutional networks.</li>
 *   <li>{@link #REGLU}: g = relu; {@link #GEGLU}: g = gelu (erf form); {@link #SWIGLU}: g = silu.
 *       Shazeer (2020). GLU variants improve Transformer.</li>
 * </ul>
 */
public enum Gate {
    GLU("glu", "sigmoid", "\\sigma",
            "Dauphin, Y. N., Fan, A., Auli, M., Grangier, D. (2017). Language modeling with gated convolutional networks. ICML."),
    REGLU("reglu", "relu", "\\mathrm{relu}", Gate.SHAZEER),
    GEGLU("geglu", "gelu", "\\mathrm{gelu}", Gate.SHAZEER),
    SWIGLU("swiglu", "silu", "\\mathrm{silu}", Gate.SHAZEER);

    private static final String SHAZEER = "Shazeer, N. (2020). GLU variants improve Transformer. arXiv:2002.05202.";

    private final String unitName;
    private final Activation gate;
    private final String gateLatex;
    private final String paper;

    Gate(String unitName, String gateName, String gateLatex, String paper) {
        this.unitName = unitName;
        this.gate = Catalogue.get(gateName);
        this.gateLatex = gateLatex;
        this.paper = paper;
    }

    /** The unit's CLI and file name, e.g. {@code "swiglu"}. */
    public String unitName() {
        return unitName;
    }

    /** The gate g, a catalogue function with its default parameters. */
    public Activation gate() {
        return gate;
    }

    /** The paper the unit comes from. */
    public String paper() {
        return paper;
    }

    /** The name people read, e.g. {@code "SwiGLU"}, in the current language. */
    public String displayName() {
        return displayName(Locale.getDefault());
    }

    /** The name people read in {@code locale}'s language. */
    public String displayName(Locale locale) {
        return ModelTexts.get(locale, "gate." + unitName + ".displayName");
    }

    /** The unit in LaTeX, e.g. {@code h(a, b) = a\,\mathrm{silu}(b)}. */
    public String latex() {
        return "h(a, b) = a\\," + gateLatex + "(b)";
    }

    /** h(a, b) = a g(b). */
    public double value(double a, double b) {
        return a * gate.value(b);
    }

    /** dh/da = g(b). */
    public double partialA(double a, double b) {
        return gate.value(b);
    }

    /** dh/db = a g'(b). */
    public double partialB(double a, double b) {
        return a * gate.derivative(b);
    }

    /**
     * A gated layer's forward pass over the {@code gates} units x points of a feature-major
     * {@code z}, whose first {@code gates} entries are the values a and the next {@code gates} the
     * gates b (F.glu's split): {@code h[i] = a g(b)}; with {@code partials}, also
     * {@code partials[i] = dh/da = g(b)} and {@code partials[gates + i] = dh/db = a g'(b)}. g and g'
     * come from one evaluation of g per element (the catalogue function's own
     * {@code valueAndDerivative}, the path its {@link Activation#fill} takes): the same numbers as
     * {@link #partialA} and {@link #partialB}, with one exponential (or erf) instead of two.
     *
     * @param partials 2 gates entries, or null to skip them
     */
    public void forward(double[] z, int gates, double[] h, double[] partials) {
        if (partials == null) {
            for (int i = 0; i < gates; i++) {
                h[i] = z[i] * gate.value(z[gates + i]);
            }
            return;
        }
        AbstractActivation g = (AbstractActivation) gate;
        for (int i = 0; i < gates; i++) {
            double a = z[i];
            double open = g.valueAndDerivative(z[gates + i], partials, gates + i);
            h[i] = a * open;
            partials[i] = open;
            partials[gates + i] = a * partials[gates + i];
        }
    }

    /** The effective activation on the diagonal a = b: x g(x), with derivative g(x) + x g'(x). */
    public Activation diagonal() {
        return new Diagonal(this);
    }

    /** The unit named {@code name} ({@code glu}, {@code reglu}, {@code geglu}, {@code swiglu}). */
    public static Optional<Gate> named(String name) {
        return Arrays.stream(values()).filter(g -> g.unitName.equals(name)).findFirst();
    }

    /** The four unit names, in declaration order. */
    public static List<String> names() {
        return Arrays.stream(values()).map(Gate::unitName).toList();
    }

    /** x g(x): the gated unit fed the same pre-activation twice. */
    private static final class Diagonal extends FixedActivation {
        private final Gate unit;

        Diagonal(Gate unit) {
            super(new ActivationInfo(unit.unitName, "f(x) = x * " + unit.gate.name() + "(x)",
                    "f(x) = x\\," + unit.gateLatex + "(x)",
                    "f'(x) = " + unit.gateLatex + "(x) + x\\," + unit.gateLatex + "'(x)",
                    unit.paper));
            this.unit = unit;
        }

        @Override
        public double value(double x) {
            return unit.value(x, x);
        }

        @Override
        public double derivative(double x) {
            return unit.partialA(x, x) + unit.partialB(x, x);
        }

        @Override
        public List<Double> kinks() {
            return List.of();
        }
    }
}
