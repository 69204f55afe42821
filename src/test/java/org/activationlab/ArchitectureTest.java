package org.activationlab;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The layer rules: model knows only the JDK and Commons Numbers; nn knows model; plot draws with
 * java.awt and may typeset with JLaTeXMath (and draws the shoot-out's results); export writes what plot draws through its file
 * format libraries; json (the JSON codecs cli and ui share) writes nn's weights with Jackson;
 * cli never touches the desktop UI; only ui (the one JavaFX user) loads
 * JavaFX, so the launcher and every headless command run without it; shoot-out (plan, runner,
 * statistics) is plain Java over model and nn. Every rule must match
 * classes (ArchUnit's default), so a renamed package fails it instead of passing unchecked.
 * Top-level class names are unique across src/main, so a name says which class it means.
 */
@AnalyzeClasses(packages = "org.activationlab", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    private static final String MODEL = "org.activationlab.model..";
    private static final String NN = "org.activationlab.nn..";
    private static final String PLOT = "org.activationlab.plot..";
    private static final String EXPORT = "org.activationlab.export..";
    private static final String UI = "org.activationlab.ui..";
    private static final String CLI = "org.activationlab.cli..";
    private static final String JSON = "org.activationlab.json..";
    private static final String SHOOTOUT = "org.activationlab.shootout..";
    private static final String JDK = "java..";

    @ArchTest
    static final ArchRule modelUsesOnlyTheJdkAndCommonsNumbers = classes().that().resideInAPackage(MODEL)
            .should().onlyDependOnClassesThat().resideInAnyPackage(MODEL, JDK, "org.apache.commons.numbers..");

    @ArchTest
    static final ArchRule nnUsesOnlyTheModel = classes().that().resideInAPackage(NN)
            .should().onlyDependOnClassesThat().resideInAnyPackage(NN, MODEL, JDK);

    @ArchTest
    static final ArchRule plotUsesModelNnAwtAndJLaTeXMath = classes().that().resideInAPackage(PLOT)
            .should().onlyDependOnClassesThat().resideInAnyPackage(PLOT, MODEL, NN, SHOOTOUT, JDK,
                    "org.scilab.forge.jlatexmath..");

    @ArchTest
    static final ArchRule exportUsesPlotAndFileFormatLibraries = classes().that().resideInAPackage(EXPORT)
            .should().onlyDependOnClassesThat().resideInAnyPackage(EXPORT, PLOT, MODEL, JDK, "javax..",
                    "org.w3c.dom..", "org.apache.batik..", "org.apache.xmlgraphics..",
                    "org.apache.pdfbox..", "org.apache.fontbox..", "de.rototor.pdfbox..", "com.madgag.gif..");

    /** JSON codecs shared by cli and ui (the weights files, the one Jackson mapper): Jackson over model and nn. */
    @ArchTest
    static final ArchRule jsonUsesModelNnAndJackson = classes().that().resideInAPackage(JSON)
            .should().onlyDependOnClassesThat().resideInAnyPackage(JSON, MODEL, NN, JDK, "com.fasterxml.jackson..");

    /** The shoot-out (plan, runner, statistics, files as text): plain Java over model and nn. */
    @ArchTest
    static final ArchRule shootoutUsesModelAndNn = classes().that().resideInAPackage(SHOOTOUT)
            .should().onlyDependOnClassesThat().resideInAnyPackage(SHOOTOUT, NN, MODEL, JDK);

    @ArchTest
    static final ArchRule cliNeverUsesTheUi = noClasses().that().resideInAPackage(CLI)
            .should().dependOnClassesThat().resideInAPackage(UI);

    @ArchTest
    static final ArchRule onlyUiUsesJavaFx = noClasses().that().resideOutsideOfPackage(UI)
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "com.sun.javafx..");

    @ArchTest
    static final ArchRule lowerLayersNeverUseUpperOnes = noClasses().that().resideInAnyPackage(MODEL, NN, PLOT, EXPORT, JSON, SHOOTOUT)
            .should().dependOnClassesThat().resideInAnyPackage(UI, CLI);

    @ArchTest
    static void topLevelClassNamesAreUnique(JavaClasses classes) {
        Map<String, List<String>> byName = classes.stream().filter(JavaClass::isTopLevelClass)
                .collect(Collectors.groupingBy(JavaClass::getSimpleName, TreeMap::new,
                        Collectors.mapping(JavaClass::getName, Collectors.toList())));
        byName.values().removeIf(names -> names.size() == 1);
        assertThat(byName).as("class names used in more than one package").isEmpty();
    }
}
