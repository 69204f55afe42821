package org.activationlab.ui;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.Slider;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.activationlab.export.PngExporter;
import org.activationlab.plot.Figure;
import org.activationlab.plot.Panel;
import org.activationlab.plot.RenderOptions;
import org.activationlab.plot.Text;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.matcher.control.LabeledMatchers.hasText;

/**
 * View &gt; Language in the real main window: the texts change to Chinese and back (the figure and
 * its export too), while the Curves settings, the selected tab and a running training carry on;
 * the choice is remembered.
 */
class LanguageSwitchTest extends FullWindowTest {
    private static final List<String> ENGLISH_TABS = List.of("Curves", "Properties", "Training", "Neuron", "Depth", "Gates", "Shoot-out");
    private static final List<String> CHINESE_TABS = List.of("曲线", "性质", "训练", "神经元", "深度", "门控", "对决");
    private static final long TIMEOUT_SECONDS = 30;
    private static final int EXPORT_WIDTH = 640;
    private static final int EXPORT_HEIGHT = 400;

    @Test
    void switchingLanguageRetranslatesTheWindowAndKeepsItsState(FxRobot robot) throws Exception {
        assertThat(tabTitles(robot)).containsExactlyElementsOf(ENGLISH_TABS);
        Slider depth = robot.lookup(".depth-slider").queryAs(Slider.class);
        robot.interact(depth::requestFocus); // by keyboard: the slider may sit below the fold of the scrolling sidebar
        robot.type(javafx.scene.input.KeyCode.RIGHT, 3);
        WaitForAsyncUtils.waitForFxEvents();
        int n = (int) depth.getValue();
        assertThat(n).isGreaterThan(1);
        Figure curves = curvesFigure(robot);
        robot.clickOn(tab(robot, "Training"));
        robot.clickOn("#training-play");
        waitUntil(() -> steps(robot) > 0);

        robot.clickOn("View").clickOn("Language").clickOn("简体中文");

        assertThat(tabTitles(robot)).containsExactlyElementsOf(CHINESE_TABS);
        assertThat(selectedTab(robot)).isEqualTo("训练");
        assertThat(stage.getTitle()).contains("激活函数实验室");
        assertThat(robot.lookup("#training-play").queryAs(Button.class).getText()).as("still playing").isEqualTo("暂停");
        assertThat(robot.lookup("#training-step-counter").queryAs(Label.class).getText()).startsWith("第 ");
        int before = steps(robot);
        waitUntil(() -> steps(robot) > before);
        assertThat(new LanguageSetting(preferences).chosen()).contains(Language.ZH);
        robot.clickOn(tab(robot, "曲线"));
        Slider rebuilt = robot.lookup(".depth-slider").queryAs(Slider.class);
        assertThat(rebuilt).isNotSameAs(depth);
        assertThat(rebuilt.getValue()).isEqualTo(n);
        Figure chinese = curvesFigure(robot);
        assertThat(chinese).as("the figure is built again in the new language").isNotSameAs(curves)
                .satisfies(f -> assertThat(f.panels()).hasSameSizeAs(curves.panels()));
        assertThat(texts(curves)).noneMatch(LanguageSwitchTest::hasHan);
        assertThat(texts(chinese)).as("axis labels and legend in Chinese").anyMatch(LanguageSwitchTest::hasHan);
        assertThat(differingPixels(PngExporter.render(chinese, EXPORT_WIDTH, EXPORT_HEIGHT, 1, RenderOptions.DEFAULT),
                PngExporter.render(curves, EXPORT_WIDTH, EXPORT_HEIGHT, 1, RenderOptions.DEFAULT)))
                .as("the exported picture shows the Chinese texts").isPositive();
        assertThat(robot.lookup(".section-title").queryAllAs(Label.class).stream().map(Label::getText))
                .contains("函数", "参数", "坐标轴");

        robot.clickOn("视图(V)").clickOn("语言(L)").clickOn("English");

        assertThat(tabTitles(robot)).containsExactlyElementsOf(ENGLISH_TABS);
        assertThat(selectedTab(robot)).isEqualTo("Curves");
        assertThat(robot.lookup(".depth-slider").queryAs(Slider.class).getValue()).isEqualTo(n);
        assertThat(robot.lookup(".section-title").queryAllAs(Label.class).stream().map(Label::getText))
                .contains("Functions", "Parameters", "Axes");
        assertThat(stage.getTitle()).isEqualTo("Activation Lab");
        assertThat(new LanguageSetting(preferences).chosen()).contains(Language.EN);
        assertThat(Locale.getDefault()).as("English keeps the system's English locale").isEqualTo(Locale.US);
    }

    @Test
    void theLanguageMenuListsBothLanguagesInThemselvesAndTicksTheCurrentOne(FxRobot robot) {
        Menu language = languageMenu(robot);
        assertThat(language.getText()).isEqualTo("_Language");
        assertThat(language.getItems()).extracting(MenuItem::getText).containsExactly("English", "简体中文");
        assertThat(language.getItems()).extracting(i -> ((RadioMenuItem) i).isSelected()).containsExactly(true, false);

        robot.clickOn("View").clickOn("Language").clickOn("简体中文");

        Menu rebuilt = languageMenu(robot);
        assertThat(rebuilt.getText()).isEqualTo("语言(_L)");
        assertThat(rebuilt.getItems()).extracting(i -> ((RadioMenuItem) i).isSelected()).containsExactly(false, true);
    }

    /** View &gt; Language of the window's menu bar. */
    private Menu languageMenu(FxRobot robot) {
        MenuBar bar = robot.from(stage.getScene().getRoot()).lookup(".menu-bar").queryAs(MenuBar.class);
        return bar.getMenus().stream().flatMap(m -> m.getItems().stream())
                .filter(i -> LanguageMenu.ID.equals(i.getId())).map(Menu.class::cast).findFirst().orElseThrow();
    }

    /** The figure's title, axis labels and legend labels. */
    private static List<String> texts(Figure figure) {
        List<Text> texts = new ArrayList<>();
        texts.add(figure.title());
        texts.add(figure.xAxis().label());
        for (Panel panel : figure.panels()) {
            texts.add(panel.yAxis().label());
            if (panel.legend() != null) {
                panel.legend().entries().forEach(e -> texts.add(e.label()));
            }
        }
        return texts.stream().filter(Objects::nonNull).map(Text::content).toList();
    }

    private static boolean hasHan(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    private static long differingPixels(BufferedImage a, BufferedImage b) {
        long count = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                if (a.getRGB(x, y) != b.getRGB(x, y)) {
                    count++;
                }
            }
        }
        return count;
    }

    private Figure curvesFigure(FxRobot robot) {
        return robot.from(stage.getScene().getRoot()).lookup("." + Styles.PLOT_VIEW + " ." + FigureCanvas.STYLE_CLASS)
                .queryAs(FigureCanvas.class).getFigure();
    }

    /** The window's tab pane (the first in the scene; the views hold none of their own). */
    private TabPane tabs(FxRobot robot) {
        return robot.from(stage.getScene().getRoot()).lookup(".tab-pane").queryAs(TabPane.class);
    }

    private List<String> tabTitles(FxRobot robot) {
        return tabs(robot).getTabs().stream().map(Tab::getText).toList();
    }

    private String selectedTab(FxRobot robot) {
        return tabs(robot).getSelectionModel().getSelectedItem().getText();
    }

    private static Node tab(FxRobot robot, String title) {
        return robot.lookup(".tab-label").match(hasText(title)).query();
    }

    /** The step number the training panel shows ("Step 12", "第 12 步"). */
    private static int steps(FxRobot robot) {
        String text = robot.lookup("#training-step-counter").queryAs(Label.class).getText();
        return Integer.parseInt(text.replaceAll("\\D", ""));
    }

    private static void waitUntil(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
