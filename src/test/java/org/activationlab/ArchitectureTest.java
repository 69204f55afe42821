package org.activationlab;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The layer rules of DESIGN.md: model knows only the JDK; nn knows model; plot draws with
 * java.awt and may typeset with JLaTeXMath; export writes what plot draws through its file
 * format libraries; json (the JSON codecs cli and ui share) writes nn's weights with Jackson;
 * cli never touches the desktop UI; only ui (the one JavaFX user) loads
 * JavaFX, so the launcher and every headless command run without it.
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
    private static final String JDK = "java..";

    @ArchTest
    static final ArchRule modelUsesOnlyTheJdk = classes().that().resideInAPackage(MODEL)
            .should().onlyDependOnClassesThat().resideInAnyPackage(MODEL, JDK);

    @ArchTest
    static final ArchRule nnUsesOnlyTheModel = classes().that().resideInAPackage(NN)
            .should().onlyDependOnClassesThat().resideInAnyPackage(NN, MODEL, JDK)
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule plotUsesModelNnAwtAndJLaTeXMath = classes().that().resideInAPackage(PLOT)
            .should().onlyDependOnClassesThat().resideInAnyPackage(PLOT, MODEL, NN, JDK, "org.scilab.forge.jlatexmath..")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule exportUsesPlotAndFileFormatLibraries = classes().that().resideInAPackage(EXPORT)
            .should().onlyDependOnClassesThat().resideInAnyPackage(EXPORT, PLOT, MODEL, JDK, "javax..",
                    "org.w3c.dom..", "org.apache.batik..", "org.apache.xmlgraphics..",
                    "org.apache.pdfbox..", "org.apache.fontbox..", "de.rototor.pdfbox..", "com.madgag.gif..")
            .allowEmptyShould(true);

    /** JSON codecs shared by cli and ui (the weights files, the one Jackson mapper): Jackson over model and nn. */
    @ArchTest
    static final ArchRule jsonUsesModelNnAndJackson = classes().that().resideInAPackage(JSON)
            .should().onlyDependOnClassesThat().resideInAnyPackage(JSON, MODEL, NN, JDK, "com.fasterxml.jackson..");

    @ArchTest
    static final ArchRule cliNeverUsesTheUi = noClasses().that().resideInAPackage(CLI)
            .should().dependOnClassesThat().resideInAPackage(UI)
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule onlyUiUsesJavaFx = noClasses().that().resideOutsideOfPackage(UI)
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "org.jfree.fx..",
                    "com.sun.javafx..");

    @ArchTest
    static final ArchRule lowerLayersNeverUseUpperOnes = noClasses().that().resideInAnyPackage(MODEL, NN, PLOT, EXPORT, JSON)
            .should().dependOnClassesThat().resideInAnyPackage(UI, CLI);
}
