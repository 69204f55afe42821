package org.activationlab.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.matcher.control.LabeledMatchers.hasText;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.activationlab.plot.Theme;
import org.activationlab.ui.export.SaveFileChooser;
import org.activationlab.ui.prefs.UserPreferences;
import org.activationlab.ui.session.NativeSessionFileChooser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.robot.Motion;
import org.testfx.util.WaitForAsyncUtils;
import org.w3c.dom.Document;

/**
 * File &gt; Export and Edit &gt; Copy Image in the real main window, driven through the menus and
 * the dialog; the save dialog is replaced by a chooser that answers with a path of the test's.
 */
class ExportMenuTest extends FullWindowTest {
    private static final long TIMEOUT_SECONDS = 30;

    @TempDir
    static Path folder;
    /** The file the chooser answers with next; empty to cancel. */
    private static Optional<Path> answer = Optional.empty();

    /** The app, saving exports where {@link #answer} says. */
    @Override
    protected ActivationLabApp newApp(UserPreferences preferences) {
        SaveFileChooser chooser = (owner, format, name) -> answer.map(p -> new SaveFileChooser.ChosenFile(p, false));
        return new ActivationLabApp(chooser, new NativeSessionFileChooser(preferences), preferences);
    }

    @AfterEach
    void closeDialogs(FxRobot robot) {
        robot.listTargetWindows().stream().filter(w -> w instanceof Stage s && s.getModality() != javafx.stage.Modality.NONE)
                .forEach(w -> robot.interact(((Stage) w)::close));
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static DialogPane exportDialog(FxRobot robot) {
        return robot.lookup(".export-dialog").queryAs(DialogPane.class);
    }

    private static void choose(FxRobot robot, String radioText) {
        robot.clickOn(robot.from(exportDialog(robot)).lookup(".radio-button")
                .match((RadioButton b) -> b.getText().startsWith(radioText)).queryAs(RadioButton.class));
    }

    private static Button dialogButton(FxRobot robot, DialogPane pane, String text) {
        return robot.from(pane).lookup(".button-bar .button").match(hasText(text)).queryAs(Button.class);
    }

    private static void openExport(FxRobot robot) {
        robot.clickOn("File").clickOn("Export\u2026");
        WaitForAsyncUtils.waitForFxEvents();
    }

    private FigureCanvas canvas(FxRobot robot) {
        return robot.lookup(".curves-view .figure-canvas").queryAs(FigureCanvas.class);
    }

    @Test
    void theWindowOpensOnTheCurvesTab(FxRobot robot) {
        TabPane tabs = robot.lookup(".tab-pane").queryAs(TabPane.class);
        assertThat(tabs.getTabs()).extracting(t -> t.getText()).startsWith("Curves", "Properties")
                .contains("Neuron", "Depth", "Gates");
        assertThat(tabs.getSelectionModel().getSelectedIndex()).isZero();
    }

    @Test
    void aPngAtTheScreensSizeIsWrittenFromTheMenu(FxRobot robot) throws Exception {
        Path file = folder.resolve("figure");
        answer = Optional.of(file);
        openExport(robot);
        choose(robot, "PNG");
        choose(robot, "1\u00d7");
        robot.clickOn(dialogButton(robot, exportDialog(robot), "Export\u2026"));

        Path written = folder.resolve("figure.png");
        waitUntil(() -> Files.exists(written) && statusText(robot).startsWith("Saved"));
        BufferedImage image = ImageIO.read(written.toFile());
        assertThat(image.getWidth()).isEqualTo((int) Math.round(canvas(robot).getWidth()));
        assertThat(image.getHeight()).isEqualTo((int) Math.round(canvas(robot).getHeight()));
        assertThat(statusText(robot)).isEqualTo("Saved " + written);
    }

    @Test
    void exportsKeepTheirOwnLookUnlessTheScreensIsAskedFor(FxRobot robot) throws Exception {
        robot.clickOn("View").moveTo("Theme");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(robot.lookup("Dark").queryAs(javafx.scene.Node.class), Motion.HORIZONTAL_FIRST);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(canvas(robot).getRenderOptions().theme()).isEqualTo(Theme.DARK);

        answer = Optional.of(folder.resolve("own.png"));
        openExport(robot);
        choose(robot, "PNG");
        choose(robot, "1\u00d7");
        CheckBox screenLook = robot.from(exportDialog(robot)).lookup("#export-screen-look").queryAs(CheckBox.class);
        assertThat(screenLook.isSelected()).isFalse();
        robot.clickOn(dialogButton(robot, exportDialog(robot), "Export\u2026"));
        Path own = folder.resolve("own.png");
        waitUntil(() -> Files.exists(own) && statusText(robot).equals("Saved " + own));
        assertThat(ImageIO.read(own.toFile()).getRGB(1, 1) & 0xFFFFFF).isEqualTo(Theme.LIGHT.background().getRGB() & 0xFFFFFF);

        answer = Optional.of(folder.resolve("shown.png"));
        openExport(robot);
        robot.clickOn(robot.from(exportDialog(robot)).lookup("#export-screen-look").queryAs(CheckBox.class));
        robot.clickOn(dialogButton(robot, exportDialog(robot), "Export\u2026"));
        Path shown = folder.resolve("shown.png");
        waitUntil(() -> Files.exists(shown) && statusText(robot).equals("Saved " + shown));
        assertThat(ImageIO.read(shown.toFile()).getRGB(1, 1) & 0xFFFFFF).isEqualTo(Theme.DARK.background().getRGB() & 0xFFFFFF);
    }

    @Test
    void ctrlEOpensTheDialogAndSvgKeepsTextAsText(FxRobot robot) throws Exception {
        answer = Optional.of(folder.resolve("text.svg"));
        robot.clickOn(canvas(robot)).push(KeyCode.CONTROL, KeyCode.E);
        WaitForAsyncUtils.waitForFxEvents();
        choose(robot, "SVG");
        choose(robot, "As text");
        robot.clickOn(robot.from(exportDialog(robot)).lookup(".check-box")
                .match((CheckBox c) -> c.getText().startsWith("Add a caption")).queryAs(CheckBox.class));
        robot.clickOn(dialogButton(robot, exportDialog(robot), "Export\u2026"));

        Path written = folder.resolve("text.svg");
        waitUntil(() -> Files.exists(written) && statusText(robot).startsWith("Saved"));
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        Document svg = factory.newDocumentBuilder().parse(written.toFile());
        assertThat(svg.getElementsByTagName("text").getLength()).isGreaterThan(10);
        assertThat(Files.readString(written)).contains("Sigmoid", "Tanh", "ReLU", "x from -6 to 6");
    }

    @Test
    void csvExportsTheSampledSeries(FxRobot robot) throws Exception {
        answer = Optional.of(folder.resolve("series.csv"));
        openExport(robot);
        choose(robot, "CSV");
        assertThat(robot.from(exportDialog(robot)).lookup(".check-box")
                .match((CheckBox c) -> c.getText().startsWith("Add a caption")).queryAs(CheckBox.class).isDisabled())
                .isTrue();
        robot.clickOn(dialogButton(robot, exportDialog(robot), "Export\u2026"));

        Path written = folder.resolve("series.csv");
        waitUntil(() -> Files.exists(written) && statusText(robot).startsWith("Saved"));
        List<String> lines = Files.readAllLines(written);
        assertThat(lines.get(0)).isEqualTo("x,sigmoid,dsigmoid,tanh,dtanh,relu,drelu");
        assertThat(lines.get(1)).startsWith("-6.0,");
        assertThat(lines.get(lines.size() - 1)).startsWith("6.0,");
    }

    @Test
    void aBadCustomSizeIsRefusedInTheDialog(FxRobot robot) throws Exception {
        answer = Optional.of(folder.resolve("custom.png"));
        openExport(robot);
        choose(robot, "PNG");
        choose(robot, "Custom");
        TextField width = robot.lookup(".export-width").queryAs(TextField.class);
        TextField height = robot.lookup(".export-height").queryAs(TextField.class);
        robot.clickOn(width).push(KeyCode.CONTROL, KeyCode.A).write("12");
        Button export = dialogButton(robot, exportDialog(robot), "Export\u2026");
        Label message = robot.from(exportDialog(robot)).lookup(".error-message").queryAs(Label.class);
        assertThat(export.isDisabled()).isTrue();
        assertThat(message.getText()).contains("\u201c12\u201d").contains("from 16 to 16384");

        robot.clickOn(width).push(KeyCode.CONTROL, KeyCode.A).write("640");
        robot.clickOn(height).push(KeyCode.CONTROL, KeyCode.A).write("360");
        assertThat(message.isVisible()).isFalse();
        robot.clickOn(export);

        Path written = folder.resolve("custom.png");
        waitUntil(() -> Files.exists(written) && statusText(robot).startsWith("Saved"));
        BufferedImage image = ImageIO.read(written.toFile());
        assertThat(image.getWidth()).isEqualTo(640);
        assertThat(image.getHeight()).isEqualTo(360);
    }

    @Test
    void anExistingFileIsReplacedOnlyWithConsent(FxRobot robot) throws Exception {
        Path existing = folder.resolve("keep.pdf");
        Files.writeString(existing, "an older file");
        answer = Optional.of(existing);

        openExport(robot);
        choose(robot, "PDF");
        robot.clickOn(dialogButton(robot, exportDialog(robot), "Export\u2026"));
        DialogPane confirm = robot.lookup(".replace-dialog").queryAs(DialogPane.class);
        assertThat(confirm.getHeaderText()).isEqualTo("Replace \u201ckeep.pdf\u201d?");
        robot.clickOn(dialogButton(robot, confirm, "Cancel"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(Files.readString(existing)).isEqualTo("an older file");

        openExport(robot);
        robot.clickOn(dialogButton(robot, exportDialog(robot), "Export\u2026"));
        robot.clickOn(dialogButton(robot, robot.lookup(".replace-dialog").queryAs(DialogPane.class), "Replace"));
        waitUntil(() -> Files.size(existing) > 1000 && statusText(robot).startsWith("Saved"));
        assertThat(Files.readAllBytes(existing)).startsWith("%PDF".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }

    @Test
    void aFailedExportShowsTheMessageInADialog(FxRobot robot) throws Exception {
        answer = Optional.of(folder.resolve("no-such-folder").resolve("figure.png"));
        openExport(robot);
        choose(robot, "PNG");
        robot.clickOn(dialogButton(robot, exportDialog(robot), "Export\u2026"));

        waitUntil(() -> robot.lookup(".export-error-dialog").tryQuery().isPresent());
        DialogPane error = robot.lookup(".export-error-dialog").queryAs(DialogPane.class);
        assertThat(error.getHeaderText()).isEqualTo("The figure could not be exported");
        assertThat(error.getContentText()).contains("figure.png").contains("does not exist");
        robot.clickOn(dialogButton(robot, error, "OK"));
        assertThat(statusText(robot)).startsWith("Export failed: cannot write");
    }

    @Test
    void cancellingTheChooserWritesNothing(FxRobot robot) throws Exception {
        answer = Optional.empty();
        long before;
        try (var files = Files.list(folder)) {
            before = files.count();
        }
        openExport(robot);
        robot.clickOn(dialogButton(robot, exportDialog(robot), "Export\u2026"));
        WaitForAsyncUtils.waitForFxEvents();
        try (var files = Files.list(folder)) {
            assertThat(files.count()).isEqualTo(before);
        }
    }

    @Test
    void copyImagePutsTheFigureOnTheClipboard(FxRobot robot) throws Exception {
        robot.interact(() -> Clipboard.getSystemClipboard().clear());
        robot.clickOn("Edit").clickOn("Copy Image");
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.image.Image image = WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getImage()).get();
        assertThat(image).isNotNull();
        assertThat(image.getWidth()).isEqualTo(Math.round(canvas(robot).getWidth()));
        assertThat(statusText(robot)).startsWith("Copied the figure to the clipboard");
    }

    @Test
    void aStudyTabExportsItsCurrentFigure(FxRobot robot) throws Exception {
        robot.clickOn(robot.lookup(".tab-label").match(hasText("Neuron")).queryAs(Label.class));
        WaitForAsyncUtils.waitForFxEvents();
        Path file = folder.resolve("neuron.png");
        answer = Optional.of(file);
        openExport(robot);
        choose(robot, "PNG");
        choose(robot, "1\u00d7");
        robot.clickOn(dialogButton(robot, exportDialog(robot), "Export\u2026"));

        waitUntil(() -> Files.exists(file) && statusText(robot).startsWith("Saved"));
        javafx.scene.control.Tab neuron = robot.lookup(".tab-pane").queryAs(TabPane.class).getTabs().stream()
                .filter(t -> t.getText().equals("Neuron")).findFirst().orElseThrow();
        org.activationlab.plot.Figure picked =
                ((org.activationlab.ui.studies.MultiFigureSource) neuron.getUserData()).currentFigureProperty().get();
        FigureCanvas current = robot.from(neuron.getContent()).lookup(".figure-canvas")
                .match((FigureCanvas c) -> c.getFigure() == picked).queryAs(FigureCanvas.class);
        BufferedImage image = ImageIO.read(file.toFile());
        assertThat(image.getWidth()).isEqualTo((int) Math.round(current.getWidth()));
        assertThat(image.getHeight()).isEqualTo((int) Math.round(current.getHeight()));
    }

    @Test
    void thePropertiesTabHasNoFigureToExport(FxRobot robot) {
        javafx.scene.control.MenuBar bar = robot.lookup(".menu-bar").queryAs(javafx.scene.control.MenuBar.class);
        javafx.scene.control.MenuItem export = bar.getMenus().get(0).getItems().stream()
                .filter(i -> "_Export\u2026".equals(i.getText())).findFirst().orElseThrow();
        javafx.scene.control.MenuItem copy = bar.getMenus().get(1).getItems().get(0);
        assertThat(export.isDisable()).isFalse();

        robot.clickOn(robot.lookup(".tab-label").match(hasText("Properties")).queryAs(Label.class));

        assertThat(export.isDisable()).isTrue();
        assertThat(copy.isDisable()).isTrue();
        robot.push(KeyCode.CONTROL, KeyCode.E);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".export-dialog").tryQuery()).isEmpty();
    }

    private static String statusText(FxRobot robot) {
        return robot.lookup(".app-status-bar").queryAs(org.controlsfx.control.StatusBar.class).getText();
    }
}
