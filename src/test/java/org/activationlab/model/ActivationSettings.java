package org.activationlab.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Every catalogue function at its defaults, plus parameter settings that stress each one. */
final class ActivationSettings {
    private ActivationSettings() {
    }

    static List<Activation> all() {
        List<Activation> list = new ArrayList<>(Catalogue.all());
        list.add(Catalogue.create("leaky_relu", Map.of("slope", 0.0)));
        list.add(Catalogue.create("leaky_relu", Map.of("slope", -0.5)));
        list.add(Catalogue.create("leaky_relu", Map.of("slope", 3.0)));
        list.add(Catalogue.create("prelu", Map.of("alpha", -0.3)));
        list.add(Catalogue.create("elu", Map.of("alpha", 0.2)));
        list.add(Catalogue.create("elu", Map.of("alpha", 1e6)));
        list.add(Catalogue.create("elu", Map.of("alpha", 1e300)));
        list.add(Catalogue.create("celu", Map.of("alpha", 1e-3)));
        list.add(Catalogue.create("celu", Map.of("alpha", 1e3)));
        list.add(Catalogue.create("softplus", Map.of("beta", 1e-3)));
        list.add(Catalogue.create("softplus", Map.of("beta", 50.0)));
        list.add(Catalogue.create("swish", Map.of("beta", 0.0)));
        list.add(Catalogue.create("swish", Map.of("beta", 20.0)));
        list.add(Catalogue.create("swish", Map.of("beta", -1.0)));
        list.add(Catalogue.create("maxout", Map.of("w1", -1.0, "w2", 1.0)));
        list.add(Catalogue.create("maxout", Map.of("k", 8.0, "w3", 1000.0, "b3", -4000.0, "w8", -1000.0, "b8", -10.0)));
        list.add(Catalogue.create("maxout", Map.of("k", 1.0, "w1", -2.0, "b1", 0.5)));
        list.add(Catalogue.create("rrelu", Map.of("lower", 0.0, "upper", 0.0)));
        list.add(Catalogue.create("rrelu", Map.of("lower", 0.9, "upper", 3.5)));
        list.add(Catalogue.create("hardshrink", Map.of("lambd", 0.0)));
        list.add(Catalogue.create("hardshrink", Map.of("lambd", 4.0)));
        list.add(Catalogue.create("softshrink", Map.of("lambd", 0.0)));
        list.add(Catalogue.create("softshrink", Map.of("lambd", 1e-3)));
        list.add(Catalogue.create("threshold", Map.of("threshold", 1.0, "value", -2.0)));
        list.add(Catalogue.create("threshold", Map.of("threshold", -0.5, "value", -0.5)));
        list.add(Catalogue.create("threshold", Map.of("threshold", -1e6, "value", 7.0)));
        list.add(Catalogue.create("snake", Map.of("alpha", 0.01)));
        list.add(Catalogue.create("snake", Map.of("alpha", 20.0)));
        list.add(Catalogue.create("snake", Map.of("alpha", 1e-300)));
        list.add(Catalogue.create("snake", Map.of("alpha", 1e300)));
        return list;
    }
}
