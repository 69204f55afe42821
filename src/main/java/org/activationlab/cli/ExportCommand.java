package org.activationlab.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.activationlab.export.ExportException;
import org.activationlab.export.ExportFormat;
import org.activationlab.export.FigureExporter;
import org.activationlab.model.ActivationSpec;
import org.activationlab.model.Catalogue;
import org.activationlab.model.Gate;
import org.activationlab.model.GatedSpec;
import org.activationlab.model.Numbers;
import org.activationlab.model.formula.Formula;
import org.activationlab.plot.Figure;
import org.activationlab.plot.RenderOptions;
import org.activationlab.plot.TextMode;
import org.activationlab.plot.Theme;
import org.activationlab.plot.curves.CurveSampler;
import org.activationlab.plot.curves.CurveSet;
import org.activationlab.plot.curves.CurvesFigureBuilder;
import org.activationlab.plot.curves.CurvesSettings;
import org.activationlab.plot.studies.GatedFigures;
import org.activationlab.plot.studies.GatedGrid;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code export}: the curves figure (or its samples) to a file, headless, from the same
 * {@link CurvesSettings}, figure builder and renderer as the curves view, so the file matches
 * the screen; with {@code --gated UNIT}, one of the gated unit's two-input figures
 * ({@link GatedFigures}, {@code --view}) over a and b from {@code --from} to {@code --to}, its
 * CSV the grid, as the Curves tab's gated view exports them. Bad input, including a path that cannot be written, is a
 * {@link ParameterException}: exit status 2 and one line on stderr.
 */
@Command(name = "export", sortOptions = false)
public final class ExportCommand implements Callable<Integer> {
    private static final int MIN_SIZE = 16;
    private static final int MAX_SIZE = 16384;
    private static final double MAX_SCALE = 10;

    @Option(names = "--functions", split = ",", paramLabel = "NAME", preprocessor = CommaList.class,
            descriptionKey = "export.functions")
    private List<String> functions = new ArrayList<>();

    @Option(names = "--formula", paramLabel = "EXPR", descriptionKey = "export.formula")
    private List<String> formulaTexts = new ArrayList<>();

    @Option(names = "--param", paramLabel = "NAME.KEY=VALUE", converter = ParamAssignmentConverter.class,
            descriptionKey = "export.param")
    private List<ParamAssignment> params = new ArrayList<>();

    @Option(names = "--from", defaultValue = "-6", paramLabel = "A", converter = FiniteDoubleConverter.class,
            descriptionKey = "export.from")
    private double from;

    @Option(names = "--to", defaultValue = "6", paramLabel = "B", converter = FiniteDoubleConverter.class,
            descriptionKey = "export.to")
    private double to;

    @ArgGroup(exclusive = true)
    private Panels panels;

    /** Which panels: f only (default), f' only, or both. */
    static final class Panels {
        @Option(names = "--derivative", descriptionKey = "export.derivative")
        boolean derivative;

        @Option(names = "--both", descriptionKey = "export.both")
        boolean both;
    }

    @Option(names = "--depth", defaultValue = "1", paramLabel = "N",
            descriptionKey = "export.depth")
    private int depth;

    @Option(names = "--saturation", paramLabel = "EPS", converter = FiniteDoubleConverter.class,
            descriptionKey = "export.saturation")
    private Double saturation;

    @Option(names = "--width", defaultValue = "1200", paramLabel = "W",
            descriptionKey = "export.width")
    private int width;

    @Option(names = "--height", defaultValue = "800", paramLabel = "H",
            descriptionKey = "export.height")
    private int height;

    @Option(names = "--scale", defaultValue = "1", paramLabel = "S", converter = FiniteDoubleConverter.class,
            descriptionKey = "export.scale")
    private double scale;

    @Option(names = "--out", required = true, paramLabel = "FILE", converter = PathConverter.class,
            descriptionKey = "export.out")
    private Path out;

    @Option(names = "--caption", descriptionKey = "export.caption")
    private boolean caption;

    @Option(names = "--formulas", descriptionKey = "export.formulas")
    private boolean formulas;

    @Option(names = "--log-derivative", descriptionKey = "export.log-derivative")
    private boolean logDerivative;

    @Option(names = "--title", paramLabel = "TEXT", defaultValue = "", descriptionKey = "export.title")
    private String title;

    @Option(names = "--transparent", descriptionKey = "export.transparent")
    private boolean transparent;

    @Option(names = "--svg-text", defaultValue = "paths", paramLabel = "paths|text",
            descriptionKey = "export.svg-text")
    private SvgText svgText;

    @Option(names = "--theme", defaultValue = "light", paramLabel = "light|dark|high-contrast",
            descriptionKey = "export.theme")
    private String theme;

    @Option(names = "--points", defaultValue = "2001", paramLabel = "N",
            descriptionKey = "export.points")
    private int points;

    @Option(names = "--gated", paramLabel = "UNIT", descriptionKey = "export.gated")
    private String gated;

    @Option(names = "--view", defaultValue = "map", paramLabel = "map|partials|slice|diagonal",
            descriptionKey = "export.view")
    private String view;

    @Spec
    private CommandSpec spec;

    /** How SVG text is written. */
    enum SvgText {
        paths, text
    }

    @Override
    public Integer call() {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
        try {
            ExportFormat format = ExportFormat.of(out);
            if (gated != null) {
                exportGated(format);
            } else {
                CurvesSettings settings = settings();
                CurveSet data = CurveSampler.sample(settings);
                Figure figure = CurvesFigureBuilder.build(settings, data);
                FigureExporter.export(figure, format == ExportFormat.CSV ? data.table(settings.depth()) : null, out,
                        sizeAndLook());
            }
        } catch (ExportException | IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.println(CliTexts.format("export.wrote", out));
        stdout.flush();
        return 0;
    }

    /**
     * The figure {@code --view} of the gated unit {@code --gated} over a and b from {@code --from}
     * to {@code --to}, sampled as the Curves tab's gated view samples it; CSV writes the grid.
     */
    private void exportGated(ExportFormat format) throws ExportException {
        if (!functions.isEmpty() || !formulaTexts.isEmpty()) {
            throw new IllegalArgumentException(CliTexts.get("error.export.gatedWithFunctions"));
        }
        Gate unit = Gate.named(gated.strip()).orElseThrow(() -> new IllegalArgumentException(
                CliTexts.format("error.export.gatedUnknown", gated, String.join(", ", Gate.names()))));
        GatedFigures.View figure = Stream.of(GatedFigures.View.values()).filter(v -> v.cliName().equals(view.strip()))
                .findFirst().orElseThrow(() -> new IllegalArgumentException(CliTexts.format("error.export.view", view,
                        Stream.of(GatedFigures.View.values()).map(GatedFigures.View::cliName)
                                .collect(Collectors.joining(", ")))));
        checkRangeAndSize();
        GatedGrid grid = GatedGrid.sample(unit, from, to, from, to, GatedGrid.NODES);
        FigureExporter.export(GatedFigures.of(figure, grid), format == ExportFormat.CSV ? grid.table() : null, out,
                sizeAndLook());
    }

    /** The curves settings the flags describe; the same object the curves view builds from its controls. */
    CurvesSettings settings() {
        checkRangeAndSize();
        checkRange("--depth", depth, 1, CurvesSettings.MAX_DEPTH);
        checkRange("--points", points, 2, CurvesSettings.MAX_POINTS);
        if (saturation != null && !(saturation > 0)) {
            throw new IllegalArgumentException(CliTexts.format("error.export.saturation", Numbers.format(saturation)));
        }
        boolean derivativeOnly = panels != null && panels.derivative;
        boolean both = panels != null && panels.both || depth > 1 && !derivativeOnly;
        return CurvesSettings.builder()
                .activations(activations())
                .range(from, to)
                .points(points)
                .panels(!derivativeOnly, derivativeOnly || both)
                .depth(depth)
                .logDerivative(logDerivative)
                .saturation(saturation == null ? Double.NaN : saturation)
                .hatchZeroGradient(saturation != null)
                .caption(caption)
                .legendFormulas(formulas)
                .title(title)
                .build();
    }

    /** Refuses a range that is empty, reversed or not finite, and a size or scale out of range. */
    private void checkRangeAndSize() {
        if (!(from < to)) {
            throw new IllegalArgumentException(CliTexts.format("error.fromAboveTo", Numbers.format(from),
                    Numbers.format(to)));
        }
        if (!Double.isFinite(to - from)) {
            throw new IllegalArgumentException(CliTexts.format("error.spanNotFinite", Numbers.format(to),
                    Numbers.format(from)));
        }
        checkRange("--width", width, MIN_SIZE, MAX_SIZE);
        checkRange("--height", height, MIN_SIZE, MAX_SIZE);
        if (!(scale > 0 && scale <= MAX_SCALE)) {
            throw new IllegalArgumentException(CliTexts.format("error.export.scale", Numbers.format(MAX_SCALE),
                    Numbers.format(scale)));
        }
    }

    /** The size, scale, theme, background and SVG text the flags ask for. */
    private FigureExporter.Settings sizeAndLook() {
        RenderOptions render = RenderOptions.DEFAULT.withTheme(Theme.named(theme))
                .withTransparentBackground(transparent)
                .withTextMode(svgText == SvgText.text ? TextMode.NATIVE : TextMode.OUTLINES);
        return new FigureExporter.Settings(width, height, scale, render);
    }

    /**
     * The listed functions with the {@code --param NAME.KEY=VALUE} values applied, then the formulas,
     * each declaring the {@code --param KEY=VALUE} parameters it uses.
     */
    private List<ActivationSpec> activations() {
        if (functions.isEmpty() && formulaTexts.isEmpty()) {
            throw new IllegalArgumentException(CliTexts.get("error.export.noFunctions"));
        }
        Map<String, Map<String, Double>> values = new LinkedHashMap<>();
        for (String name : functions) {
            Optional<Gate> gate = Gate.named(name.strip());
            if (gate.isPresent()) {
                throw new GatedUnitException(GatedSpec.of(gate.get()));
            }
            Catalogue.get(name.strip());
            values.putIfAbsent(name.strip(), new LinkedHashMap<>());
        }
        Map<String, Double> formulaParameters = new LinkedHashMap<>();
        for (ParamAssignment p : params) {
            int dot = p.key().indexOf('.');
            if (dot < 0 && !formulaTexts.isEmpty()) {
                if (formulaParameters.put(p.key(), p.value()) != null) {
                    throw new IllegalArgumentException(CliTexts.format("error.export.paramTwice", p.key()));
                }
                continue;
            }
            if (dot <= 0 || dot == p.key().length() - 1) {
                throw new IllegalArgumentException(CliTexts.format("error.export.paramForm", p.key(),
                        Numbers.format(p.value())));
            }
            String function = p.key().substring(0, dot);
            Map<String, Double> forFunction = values.get(function);
            if (forFunction == null) {
                throw new IllegalArgumentException(CliTexts.format("error.export.paramFunction", p.key(), function,
                        String.join(", ", values.keySet())));
            }
            if (forFunction.put(p.key().substring(dot + 1), p.value()) != null) {
                throw new IllegalArgumentException(CliTexts.format("error.export.paramTwice", p.key()));
            }
        }
        List<ActivationSpec> list = new ArrayList<>();
        for (String name : functions) {
            list.add(ActivationSpec.of(name.strip(), values.get(name.strip())));
        }
        Set<String> unused = new LinkedHashSet<>(formulaParameters.keySet());
        for (String text : formulaTexts) {
            Set<String> used = Formula.parse(text, formulaParameters.keySet()).usedParameters();
            Map<String, Double> own = new LinkedHashMap<>(formulaParameters);
            own.keySet().retainAll(used);
            unused.removeAll(used);
            list.add(ActivationSpec.formula(text, own));
        }
        if (!unused.isEmpty()) {
            throw new IllegalArgumentException(CliTexts.format("error.export.paramUnused", unused.iterator().next()));
        }
        return list;
    }

    private static void checkRange(String option, int v, int min, int max) {
        if (v < min || v > max) {
            throw new IllegalArgumentException(CliTexts.format("error.integerRange", option, min, max, v));
        }
    }
}
