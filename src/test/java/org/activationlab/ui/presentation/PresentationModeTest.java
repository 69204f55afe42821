package org.activationlab.ui.presentation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.image.Image;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.Line;
import org.activationlab.plot.Palette;
import org.activationlab.plot.RenderOptions;
import org.activationlab.plot.Theme;
import org.activationlab.ui.FullWindowTest;
import org.activationlab.ui.FigureCanvas;
import org.activationlab.ui.curves.CurvesTabView;
import org.activationlab.ui.neuron.NeuronView;
import org.activationlab.ui.training.TrainingView;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.robot.Motion;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Presentation mode in the real main window, driven through the View and Help menus and their
 * keys: the scale reaches the window's text and every figure, the themes restyle controls and
 * figures, the palette recolours series, Hide Controls hides and restores side panels, F11 and Esc.
 */
class PresentationModeTest extends FullWindowTest {
    private static final long TIMEOUT_SECONDS = 30;

    private TabPane tabs(FxRobot robot) {
        return robot.from(stage.getScene().getRoot()).lookup(".tab-pane").queryAs(TabPane.class);
    }

    private <T> T tabView(FxRobot robot, Class<T> type) {
        return tabs(robot).getTabs().stream().map(Tab::getUserData).filter(type::isInstance).map(type::cast)
                .findFirst().orElseThrow();
    }

    private Tab tabOf(FxRobot robot, Class<?> type) {
        return tabs(robot).getTabs().stream().filter(t -> type.isInstance(t.getUserData())).findFirst().orElseThrow();
    }

    private FigureCanvas curvesCanvas(FxRobot robot) {
        return tabView(robot, CurvesTabView.class).elementwise().canvas();
    }

    /** The canvases of the neuron tab's figure board. */
    private List<FigureCanvas> neuronCanvases(FxRobot robot) {
        return robot.from(tabOf(robot, NeuronView.class).getContent()).lookup(".figure-canvas")
                .queryAllAs(FigureCanvas.class).stream().toList();
    }

    private MenuItem menuItem(FxRobot robot, String id) {
        MenuBar bar = robot.from(stage.getScene().getRoot()).lookup(".menu-bar").queryAs(MenuBar.class);
        return bar.getMenus().stream().flatMap(m -> items(m).stream()).filter(i -> id.equals(i.getId())).findFirst()
                .orElseThrow(() -> new AssertionError("no menu item " + id));
    }

    private static List<MenuItem> items(Menu menu) {
        return menu.getItems().stream().flatMap(i -> i instanceof Menu m
                ? java.util.stream.Stream.concat(java.util.stream.Stream.of(i), items(m).stream())
                : java.util.stream.Stream.of(i)).toList();
    }

    /**
     * Opens View &gt; {@code submenu} and clicks {@code item} in it, as a user would: across into
     * the submenu first, then down, so that the pointer does not cross other items and close it.
     */
    private static void choose(FxRobot robot, String submenu, String item) {
        robot.clickOn("View").moveTo(submenu);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(robot.lookup(item).queryAs(Node.class), Motion.HORIZONTAL_FIRST);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS, condition);
    }

    /** The colour of pixel (x, y) of {@code node} as drawn now. */
    private static Color pixel(FxRobot robot, Node node, int x, int y) {
        Image[] image = new Image[1];
        robot.interact(() -> image[0] = node.snapshot(null, null));
        return image[0].getPixelReader().getColor(x, y);
    }

    private static Color fx(java.awt.Color c) {
        return Color.rgb(c.getRed(), c.getGreen(), c.getBlue());
    }

    private static void assertSameColour(Color actual, java.awt.Color expected) {
        assertThat(Math.abs(actual.getRed() - expected.getRed() / 255.0)).isLessThan(0.02);
        assertThat(Math.abs(actual.getGreen() - expected.getGreen() / 255.0)).isLessThan(0.02);
        assertThat(Math.abs(actual.getBlue() - expected.getBlue() / 255.0)).isLessThan(0.02);
    }

    @Test
    void theScaleMenuEnlargesTheWindowsTextAndEveryFigureButNotTheExports(FxRobot robot) throws Exception {
        waitUntil(() -> curvesCanvas(robot).getLayout() != null);
        Label status = robot.from(stage.getScene().getRoot()).lookup(".app-status-bar .label").queryAs(Label.class);
        double statusFont = status.getFont().getSize();
        double plotLeft = curvesCanvas(robot).getLayout().panel(0).plotArea().getMinX();
        assertThat(curvesCanvas(robot).getRenderOptions().scale()).isEqualTo(1.25);
        assertThat(neuronCanvases(robot)).isNotEmpty().allSatisfy(c -> assertThat(c.getRenderOptions().scale()).isEqualTo(1.0));

        choose(robot, "Scale", "200 %");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(stage.getScene().getRoot().getStyle()).contains("-fx-font-size: 30.00px");
        assertThat(status.getFont().getSize()).isEqualTo(2 * statusFont);
        assertThat(curvesCanvas(robot).getRenderOptions().scale()).isEqualTo(2.5);
        assertThat(curvesCanvas(robot).getLayout().panel(0).plotArea().getMinX())
                .as("larger tick labels push the plot area right").isGreaterThan(plotLeft);
        assertThat(neuronCanvases(robot)).allSatisfy(c -> assertThat(c.getRenderOptions().scale()).isEqualTo(2.0));
        assertThat(tabView(robot, TrainingView.class).board().screenOptionsProperty().get().scale()).isEqualTo(2.0);
        assertThat(((RadioMenuItem) menuItem(robot, "presentation-scale-200")).isSelected()).isTrue();
        assertThat(tabView(robot, CurvesTabView.class).elementwise().currentFigure().orElseThrow().render())
                .isEqualTo(RenderOptions.DEFAULT.withScale(1.25));
        assertThat(tabView(robot, CurvesTabView.class).elementwise().currentFigure().orElseThrow().screenRender())
                .isEqualTo(curvesCanvas(robot).getRenderOptions());

        robot.press(KeyCode.CONTROL, KeyCode.EQUALS).release(KeyCode.EQUALS, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(curvesCanvas(robot).getRenderOptions().scale()).isEqualTo(1.25 * 2.25);
        assertThat(((RadioMenuItem) menuItem(robot, "presentation-scale-225")).isSelected()).isTrue();
        assertThat(((RadioMenuItem) menuItem(robot, "presentation-scale-200")).isSelected()).isFalse();
    }

    @Test
    void theThemeMenuRestylesTheControlsAndTheFigures(FxRobot robot) throws Exception {
        waitUntil(() -> curvesCanvas(robot).getLayout() != null);
        Region root = (Region) stage.getScene().getRoot();
        FigureCanvas canvas = curvesCanvas(robot);
        assertSameColour(pixel(robot, canvas, 2, 2), Theme.LIGHT.background());

        choose(robot, "Theme", "Dark");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.getScene().getStylesheets()).anyMatch(s -> s.endsWith("/dark.css"));
        assertThat(root.getBackground().getFills().get(0).getFill()).isEqualTo(Color.web("#16171a"));
        assertThat(canvas.getRenderOptions().theme()).isEqualTo(Theme.DARK);
        assertSameColour(pixel(robot, canvas, 2, 2), Theme.DARK.background());
        assertThat(neuronCanvases(robot)).allSatisfy(c -> assertThat(c.getRenderOptions().theme()).isEqualTo(Theme.DARK));

        choose(robot, "Theme", "High Contrast");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.getScene().getStylesheets()).noneMatch(s -> s.endsWith("/dark.css"))
                .anyMatch(s -> s.endsWith("/high-contrast.css"));
        assertThat(root.getBackground().getFills().get(0).getFill()).isEqualTo(Color.BLACK);
        assertSameColour(pixel(robot, canvas, 2, 2), Theme.HIGH_CONTRAST.background());

        choose(robot, "Theme", "Light");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.getScene().getStylesheets()).hasSize(1);
        assertThat(root.getBackground().getFills().get(0).getFill()).isEqualTo(Color.web("#f3f5f8"));
        assertSameColour(pixel(robot, canvas, 2, 2), Theme.LIGHT.background());
        assertThat(tabView(robot, NeuronView.class).currentFigure().orElseThrow().render()).isEqualTo(RenderOptions.DEFAULT);
    }

    /** The stroke colours of the visible swatches in the function list. */
    private Set<Color> swatchColours(FxRobot robot) {
        return robot.from(stage.getScene().getRoot()).lookup(".function-list .series-swatch").queryAll().stream()
                .flatMap(n -> ((Parent) n).getChildrenUnmodifiable().stream()).filter(Node::isVisible)
                .map(n -> (Color) ((Line) n).getStroke()).collect(Collectors.toSet());
    }

    @Test
    void thePaletteMenuRecoloursTheSeriesAndTheirSwatches(FxRobot robot) throws Exception {
        waitUntil(() -> curvesCanvas(robot).getLayout() != null && !swatchColours(robot).isEmpty());
        Set<Color> okabeIto = Palette.ON_LIGHT.stream().map(PresentationModeTest::fx).collect(Collectors.toSet());
        Set<Color> vivid = Palette.VIVID_ON_LIGHT.stream().map(PresentationModeTest::fx).collect(Collectors.toSet());
        assertThat(okabeIto).containsAll(swatchColours(robot));

        choose(robot, "Palette", "Vivid");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(curvesCanvas(robot).getRenderOptions().theme().series()).isEqualTo(Palette.VIVID_ON_LIGHT);
        assertThat(curvesCanvas(robot).getRenderOptions().theme().background()).isEqualTo(Theme.LIGHT.background());
        assertThat(swatchColours(robot)).isNotEmpty();
        assertThat(vivid).containsAll(swatchColours(robot));
        assertThat(neuronCanvases(robot))
                .allSatisfy(c -> assertThat(c.getRenderOptions().theme().series()).isEqualTo(Palette.VIVID_ON_LIGHT));

        choose(robot, "Palette", "Colour-Blind Safe (Okabe\u2013Ito)");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(okabeIto).containsAll(swatchColours(robot));
        assertThat(curvesCanvas(robot).getRenderOptions().theme()).isEqualTo(Theme.LIGHT);
    }

    private boolean shown(FxRobot robot, String query) {
        Set<Node> nodes = robot.from(stage.getScene().getRoot()).lookup(query).queryAll();
        return !nodes.isEmpty() && nodes.stream().allMatch(n -> n.isVisible() && n.isManaged() && n.getScene() != null);
    }

    private boolean gone(FxRobot robot, String query) {
        return robot.from(stage.getScene().getRoot()).lookup(query).queryAll().stream()
                .noneMatch(n -> n.isVisible() && n.isManaged() && n.getScene() != null && ancestorsVisible(n));
    }

    private static boolean ancestorsVisible(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return true;
    }

    @Test
    void hideControlsLeavesTheFiguresAndEssentialSlidersAndShowsEverythingAgain(FxRobot robot) throws Exception {
        waitUntil(() -> curvesCanvas(robot).getLayout() != null);
        assertThat(shown(robot, ".function-list")).isTrue();
        assertThat(shown(robot, ".curves-bottom")).isTrue();
        assertThat(shown(robot, "#training-presets")).isTrue();
        assertThat(shown(robot, "#preset-and")).isTrue();

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.H).release(KeyCode.H, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(((CheckMenuItem) menuItem(robot, "presentation-hide-controls")).isSelected()).isTrue();
        assertThat(gone(robot, ".function-list")).isTrue();
        assertThat(gone(robot, ".curves-bottom")).as("the properties pane under the plot").isTrue();
        assertThat(shown(robot, ".curves-parameters")).isTrue();
        assertThat(shown(robot, ".plot-view")).isTrue();
        robot.interact(() -> tabs(robot).getSelectionModel().select(tabOf(robot, TrainingView.class)));
        assertThat(gone(robot, "#training-presets")).isTrue();
        assertThat(gone(robot, "#training-learning-rate")).as("the settings panel on the left").isTrue();
        assertThat(shown(robot, "#training-play")).isTrue();
        assertThat(shown(robot, "#training-reset")).isTrue();
        assertThat(shown(robot, "#training-surface")).isTrue();
        robot.interact(() -> tabs(robot).getSelectionModel().select(tabOf(robot, NeuronView.class)));
        assertThat(gone(robot, "#preset-and")).isTrue();
        assertThat(shown(robot, "#neuron-w1")).isTrue();
        assertThat(shown(robot, "#neuron-w2")).isTrue();
        assertThat(shown(robot, "#neuron-bias")).isTrue();
        assertThat(gone(robot, "#collapse-layers")).as("the collapse study keeps its figure but not its controls").isTrue();
        assertThat(neuronCanvases(robot)).hasSize(3).allMatch(c -> c.getScene() != null);

        robot.clickOn("View").clickOn("Hide Controls");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shown(robot, "#preset-and")).isTrue();
        assertThat(shown(robot, "#collapse-layers")).isTrue();
        robot.interact(() -> tabs(robot).getSelectionModel().select(tabOf(robot, TrainingView.class)));
        assertThat(shown(robot, "#training-presets")).isTrue();
        assertThat(shown(robot, "#training-learning-rate")).isTrue();
        robot.interact(() -> tabs(robot).getSelectionModel().select(0));
        assertThat(shown(robot, ".function-list")).isTrue();
        assertThat(shown(robot, ".curves-bottom")).isTrue();
    }

    @Test
    void f11EntersFullScreenAndEscapeLeavesIt(FxRobot robot) throws Exception {
        robot.clickOn(robot.from(stage.getScene().getRoot()).lookup(".plot-view").queryAs(Node.class));
        robot.press(KeyCode.F11).release(KeyCode.F11);
        waitUntil(stage::isFullScreen);
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        waitUntil(() -> !stage.isFullScreen());
    }

    @Test
    void theShortcutsDialogListsTheMenuKeysAndTheTrainingKeysInTheCurrentTheme(FxRobot robot) throws Exception {
        choose(robot, "Theme", "Dark");
        robot.clickOn("Help").clickOn("Keyboard Shortcuts");
        waitUntil(() -> robot.lookup("#shortcuts-list").tryQuery().isPresent());
        List<String> texts = robot.lookup("#shortcuts-list .label").queryAllAs(Label.class).stream()
                .map(Label::getText).toList();
        assertThat(texts).contains("Ctrl+E", "Export\u2026", "F11", "Full Screen", "Ctrl+Shift+H", "Hide Controls",
                "Escape", "Space", "\u2192", "R", "Training: play or pause", "Training: one step", "Training: reset");
        DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertThat(pane.getStylesheets()).anyMatch(s -> s.endsWith("/dark.css"));
        robot.clickOn("Close");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#shortcuts-list").tryQuery()).isEmpty();
        assertThat(Objects.requireNonNull(stage.getScene()).getStylesheets()).anyMatch(s -> s.endsWith("/dark.css"));
    }
}
