package org.activationlab.ui.training;

import java.util.Objects;
import javafx.beans.value.ObservableBooleanValue;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Slider;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * The Training tab's keys for a lecturer at a projector: Space plays or pauses, Right steps once,
 * R resets. They work wherever the focus is in the window while the tab is shown, except in a
 * text field (where the keys type) and, for Right, on a slider (where it moves the thumb).
 * Keys with Ctrl, Alt, Meta or Shortcut held are left to the menus.
 */
public final class TrainingShortcuts implements EventHandler<KeyEvent> {
    public static final KeyCode PLAY_PAUSE = KeyCode.SPACE;
    public static final KeyCode STEP = KeyCode.RIGHT;
    public static final KeyCode RESET = KeyCode.R;

    private final ObservableBooleanValue active;
    private final TrainingViewModel model;

    private TrainingShortcuts(ObservableBooleanValue active, TrainingViewModel model) {
        this.active = Objects.requireNonNull(active, "active");
        this.model = Objects.requireNonNull(model, "model");
    }

    /**
     * Listens to the keys pressed anywhere under {@code scope} (before its controls see them)
     * while {@code active} holds, e.g. while the Training tab is selected.
     */
    public static void install(Node scope, ObservableBooleanValue active, TrainingViewModel model) {
        scope.addEventFilter(KeyEvent.KEY_PRESSED, new TrainingShortcuts(active, model));
    }

    @Override
    public void handle(KeyEvent e) {
        if (!active.get() || e.isControlDown() || e.isAltDown() || e.isMetaDown() || e.isShortcutDown()
                || typingIn(e)) {
            return;
        }
        KeyCode code = e.getCode();
        if (code == PLAY_PAUSE) {
            model.togglePlaying();
        } else if (code == STEP && !(focusOwner(e) instanceof Slider)) {
            model.step(1);
        } else if (code == RESET) {
            model.reset();
        } else {
            return;
        }
        e.consume();
    }

    /** Whether the key goes to a text field, a text area or the editor of a spinner or combo box. */
    private static boolean typingIn(KeyEvent e) {
        return e.getTarget() instanceof TextInputControl || focusOwner(e) instanceof TextInputControl;
    }

    private static Node focusOwner(KeyEvent e) {
        Scene scene = e.getSource() instanceof Node n ? n.getScene() : null;
        return scene == null ? null : scene.getFocusOwner();
    }
}
