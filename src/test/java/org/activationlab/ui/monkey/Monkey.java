package org.activationlab.ui.monkey;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Bounds;
import javafx.geometry.HorizontalDirection;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.geometry.VerticalDirection;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.Control;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.PopupWindow;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Random use of the app's windows, as a curious or careless user would: clicks (left, right,
 * double) on controls, figures, tabs and menu items, drags, wheel turns, numbers typed into text
 * fields (well-formed, out of range, malformed) and keys with and without modifiers. What it does
 * follows from the seed alone, so a failure can be replayed with the same seed (the timing of
 * background work may still differ). Dialogs it opens stay open for a few actions, which it may
 * spend inside them, and are then cancelled; it never leaves one open.
 */
public final class Monkey {
    /** How long the JavaFX thread may take to answer before the app counts as frozen. */
    private static final long FX_TIMEOUT_SECONDS = 60;
    private static final int LOG_SIZE = Integer.getInteger("monkey.log", 40);
    private static final int MAX_DRAG = 240;
    private static final List<String> NUMBERS = List.of("0", "1", "-1", "0.5", "-0.25", "2.5e3", "1e308", "-1e308",
            "1e-320", "NaN", "Infinity", "-Infinity", "-", ".", "1e", "abc", "", "99999999999", "3,5", "0x1F", " 7 ",
            "1.0.0", "-0", "+5", "12", "100", "0.001", "-3");
    private static final List<KeyCode> KEYS = List.of(KeyCode.ENTER, KeyCode.ESCAPE, KeyCode.TAB, KeyCode.SPACE,
            KeyCode.BACK_SPACE, KeyCode.DELETE, KeyCode.UP, KeyCode.DOWN, KeyCode.LEFT, KeyCode.RIGHT, KeyCode.PAGE_UP,
            KeyCode.PAGE_DOWN, KeyCode.HOME, KeyCode.END, KeyCode.F10, KeyCode.F11, KeyCode.MINUS, KeyCode.EQUALS,
            KeyCode.PERIOD, KeyCode.COMMA, KeyCode.DIGIT0, KeyCode.DIGIT1, KeyCode.DIGIT5, KeyCode.DIGIT9, KeyCode.A,
            KeyCode.C, KeyCode.E, KeyCode.L, KeyCode.N, KeyCode.O, KeyCode.P, KeyCode.R, KeyCode.S, KeyCode.V, KeyCode.Z);
    private static final List<KeyCode> MODIFIERS = List.of(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.ALT);

    private final FxRobot robot;
    private final Random random;
    private final Window main;
    private final Deque<String> log = new ArrayDeque<>();
    /** The dialogs open now and how many more actions each may stay open. */
    private final Map<Window, Integer> dialogs = new IdentityHashMap<>();
    /** The screen's bounds, where the mouse can go (read on the JavaFX thread with the targets). */
    private Rectangle2D screen;
    private long actions;

    /** A monkey on the app whose main window is {@code main}, its choices drawn from {@code random}. */
    public Monkey(FxRobot robot, Random random, Window main) {
        this.robot = robot;
        this.random = random;
        this.main = main;
    }

    /** How many actions it took. */
    public long actions() {
        return actions;
    }

    /** The last actions taken, oldest first, to tell what led to a failure. */
    public List<String> recentActions() {
        return new ArrayList<>(log);
    }

    /** Takes one random action, then waits for the JavaFX thread and closes dialogs that stayed long enough. */
    public void act() throws Exception {
        actions++;
        List<Target> targets = fx(this::targets);
        if (targets.isEmpty()) {
            note("nothing to act on");
            return;
        }
        int roll = random.nextInt(100);
        List<Target> menus = targets.stream().filter(Target::menu).toList();
        if (roll < 8 && !menus.isEmpty()) {
            click(pick(menus));
        } else if (roll < 40) {
            click(pick(targets));
        } else if (roll < 52) {
            drag(pick(targets));
        } else if (roll < 62) {
            wheel(pick(targets));
        } else if (roll < 80) {
            List<Target> texts = targets.stream().filter(Target::text).toList();
            typeNumber(texts.isEmpty() ? pick(targets) : pick(texts));
        } else {
            key();
        }
        fx(() -> null);
        closeDialogsDue();
    }

    /** Closes every dialog still open (at the end of a run). */
    public void closeAllDialogs() throws Exception {
        for (Window dialog : fx(this::openDialogs)) {
            close(dialog);
        }
    }

    private void click(Target target) {
        Point2D at = target.point(random);
        jump(at);
        int kind = random.nextInt(10);
        if (kind == 0) {
            note("right-click " + target.describe(at));
            robot.clickOn(MouseButton.SECONDARY);
        } else if (kind == 1) {
            note("double-click " + target.describe(at));
            robot.doubleClickOn(MouseButton.PRIMARY);
        } else {
            note("click " + target.describe(at));
            robot.clickOn(MouseButton.PRIMARY);
        }
    }

    /** Puts the mouse at {@code point} in one move (the robot's gliding moves cost a wait per step). */
    private void jump(Point2D point) {
        robot.robotContext().getMouseRobot().move(point);
    }

    private void drag(Target target) {
        Point2D from = target.point(random);
        int steps = 1 + random.nextInt(4);
        note("drag " + target.describe(from) + " in " + steps + " steps");
        jump(from);
        robot.press(MouseButton.PRIMARY);
        try {
            for (int i = 0; i < steps; i++) {
                Point2D to = new Point2D(from.getX() + random.nextInt(2 * MAX_DRAG + 1) - MAX_DRAG,
                        from.getY() + random.nextInt(2 * MAX_DRAG + 1) - MAX_DRAG);
                jump(onScreen(to));
            }
        } finally {
            robot.release(MouseButton.PRIMARY);
        }
    }

    /** {@code point} moved onto the screen, where the robot can go. */
    private Point2D onScreen(Point2D point) {
        return new Point2D(Math.max(screen.getMinX(), Math.min(screen.getMaxX() - 1, point.getX())),
                Math.max(screen.getMinY(), Math.min(screen.getMaxY() - 1, point.getY())));
    }

    private void wheel(Target target) {
        Point2D at = target.point(random);
        int amount = 1 + random.nextInt(5);
        jump(at);
        if (random.nextInt(4) == 0) {
            HorizontalDirection direction = random.nextBoolean() ? HorizontalDirection.LEFT : HorizontalDirection.RIGHT;
            note("wheel " + direction + " " + amount + " over " + target.describe(at));
            robot.scroll(amount, direction);
        } else {
            VerticalDirection direction = random.nextBoolean() ? VerticalDirection.UP : VerticalDirection.DOWN;
            note("wheel " + direction + " " + amount + " over " + target.describe(at));
            robot.scroll(amount, direction);
        }
    }

    private void typeNumber(Target target) {
        Point2D at = target.point(random);
        String number = NUMBERS.get(random.nextInt(NUMBERS.size()));
        int end = random.nextInt(3);
        note("type '" + number + "'" + (end == 0 ? " and Enter" : end == 1 ? " and Tab" : "") + " into "
                + target.describe(at));
        jump(at);
        robot.clickOn(MouseButton.PRIMARY);
        robot.push(KeyCode.CONTROL, KeyCode.A);
        if (!number.isEmpty()) {
            robot.write(number);
        }
        if (end == 0) {
            robot.type(KeyCode.ENTER);
        } else if (end == 1) {
            robot.type(KeyCode.TAB);
        }
    }

    private void key() {
        KeyCode key = KEYS.get(random.nextInt(KEYS.size()));
        int roll = random.nextInt(10);
        if (roll < 7) {
            note("key " + key);
            robot.type(key);
        } else {
            KeyCode modifier = MODIFIERS.get(random.nextInt(MODIFIERS.size()));
            note("key " + modifier + "+" + key);
            robot.push(modifier, key);
        }
    }

    /** The window to act in (mostly the topmost: an open menu or popup, else a dialog) and what can be hit in it. */
    private List<Target> targets() {
        screen = Screen.getPrimary().getBounds();
        List<Window> showing = Window.getWindows().stream().filter(Window::isShowing)
                .filter(w -> !(w instanceof Tooltip)).filter(w -> w.getScene() != null).toList();
        List<Window> popups = showing.stream().filter(w -> w instanceof PopupWindow).toList();
        List<Window> modal = showing.stream().filter(w -> w != main && !(w instanceof PopupWindow)).toList();
        Window window;
        if (!popups.isEmpty() && random.nextInt(4) != 0) {
            window = popups.get(random.nextInt(popups.size()));
        } else if (!modal.isEmpty() && random.nextInt(8) != 0) {
            window = modal.get(random.nextInt(modal.size()));
        } else {
            window = showing.get(random.nextInt(showing.size()));
        }
        Rectangle2D area = new Rectangle2D(window.getX(), window.getY(), window.getWidth(), window.getHeight());
        List<Target> targets = new ArrayList<>();
        collect(window.getScene().getRoot(), area, targets);
        if (targets.isEmpty() && area.getWidth() >= 1 && area.getHeight() >= 1) {
            targets.add(new Target("window", area, false, false));
        }
        return targets;
    }

    private static void collect(Node node, Rectangle2D area, List<Target> targets) {
        if (!node.isVisible() || node.isDisabled()) {
            return;
        }
        if (node instanceof Control || node instanceof Canvas || node.getStyleClass().contains("menu-item")
                || node.getStyleClass().contains("tab")) {
            Bounds bounds = node.localToScreen(node.getBoundsInLocal());
            if (bounds != null && bounds.getWidth() >= 2 && bounds.getHeight() >= 2) {
                Rectangle2D box = new Rectangle2D(bounds.getMinX(), bounds.getMinY(), bounds.getWidth(), bounds.getHeight());
                Rectangle2D visible = intersection(box, area);
                if (visible != null) {
                    targets.add(new Target(describe(node), visible, node instanceof TextInputControl,
                            "MenuBarButton".equals(node.getClass().getSimpleName())));
                }
            }
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collect(child, area, targets);
            }
        }
    }

    private static Rectangle2D intersection(Rectangle2D a, Rectangle2D b) {
        double minX = Math.max(a.getMinX(), b.getMinX());
        double minY = Math.max(a.getMinY(), b.getMinY());
        double maxX = Math.min(a.getMaxX(), b.getMaxX());
        double maxY = Math.min(a.getMaxY(), b.getMaxY());
        return maxX - minX >= 2 && maxY - minY >= 2 ? new Rectangle2D(minX, minY, maxX - minX, maxY - minY) : null;
    }

    private static String describe(Node node) {
        String name = node.getClass().getSimpleName();
        if (node.getId() != null) {
            name += "#" + node.getId();
        }
        if (node instanceof javafx.scene.control.Labeled labeled && labeled.getText() != null
                && !labeled.getText().isBlank()) {
            name += " '" + labeled.getText() + "'";
        }
        return name;
    }

    private Target pick(List<Target> targets) {
        return targets.get(random.nextInt(targets.size()));
    }

    /** Dialogs open now: windows other than the main one that are not popups. */
    private List<Window> openDialogs() {
        return Window.getWindows().stream().filter(Window::isShowing)
                .filter(w -> w != main && !(w instanceof PopupWindow)).toList();
    }

    private void closeDialogsDue() throws Exception {
        List<Window> open = fx(this::openDialogs);
        dialogs.keySet().retainAll(open);
        for (Window dialog : open) {
            int left = dialogs.computeIfAbsent(dialog, d -> 2 + random.nextInt(10)) - 1;
            if (left <= 0) {
                dialogs.remove(dialog);
                close(dialog);
            } else {
                dialogs.put(dialog, left);
            }
        }
    }

    /** Cancels {@code dialog} as its close button would, else presses its cancel (or only) button, else hides it. */
    private void close(Window dialog) throws Exception {
        note("close dialog " + (dialog instanceof Stage stage ? "'" + stage.getTitle() + "'" : dialog));
        WaitForAsyncUtils.asyncFx(() -> {
            if (!dialog.isShowing()) {
                return;
            }
            dialog.fireEvent(new WindowEvent(dialog, WindowEvent.WINDOW_CLOSE_REQUEST));
            if (dialog.isShowing() && dialog.getScene().getRoot() instanceof DialogPane pane) {
                pane.getButtonTypes().stream().filter(t -> t.getButtonData().isCancelButton()
                        || t.getButtonData() == ButtonBar.ButtonData.NO || pane.getButtonTypes().size() == 1)
                        .findFirst().map(pane::lookupButton).filter(b -> b instanceof Button)
                        .ifPresent(b -> ((Button) b).fire());
            }
            if (dialog.isShowing()) {
                dialog.hide();
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        fx(() -> null);
    }

    /** Runs {@code work} on the JavaFX thread and returns its result; fails if the thread does not answer in time. */
    private <T> T fx(Callable<T> work) throws Exception {
        try {
            return WaitForAsyncUtils.asyncFx(work).get(FX_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            throw new AssertionError("the JavaFX thread did not answer within " + FX_TIMEOUT_SECONDS + " s", e);
        }
    }

    private void note(String action) {
        if (log.size() == LOG_SIZE) {
            log.removeFirst();
        }
        log.addLast(actions + ": " + action);
    }

    /**
     * Something to act on: a control, figure, tab or menu item, the part of it visible on screen,
     * whether it takes text and whether it is a menu of the menu bar.
     */
    private record Target(String name, Rectangle2D area, boolean text, boolean menu) {
        /** A random point inside the visible part. */
        Point2D point(Random random) {
            return new Point2D(area.getMinX() + 1 + random.nextDouble() * (area.getWidth() - 2),
                    area.getMinY() + 1 + random.nextDouble() * (area.getHeight() - 2));
        }

        String describe(Point2D at) {
            return name + String.format(Locale.ROOT, " at (%.0f, %.0f)", at.getX(), at.getY());
        }
    }
}
