package org.activationlab.ui.presentation;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.activationlab.ui.Messages;

/**
 * The View menu's presentation items: Scale (100 % to 250 %), Theme, Palette and Hide Controls,
 * each showing the current setting and changing it.
 */
public final class PresentationMenu {
    /** Hide Controls: Ctrl+Shift+H (Cmd+Shift+H on macOS, where Cmd+H hides the app). */
    public static final KeyCombination HIDE_CONTROLS =
            new KeyCodeCombination(KeyCode.H, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);

    private final PresentationSettings settings;

    public PresentationMenu(PresentationSettings settings) {
        this.settings = settings;
    }

    /** Scale, Theme and Palette submenus and the Hide Controls check item, in that order. */
    public List<MenuItem> items() {
        return List.of(scaleMenu(), themeMenu(), paletteMenu(), hideControlsItem());
    }

    private Menu scaleMenu() {
        return choiceMenu(PresentationKeys.MENU_SCALE, "presentation-scale-", PresentationSettings.SCALES,
                s -> Messages.format(PresentationKeys.SCALE_PERCENT, Long.toString(Math.round(s * 100))),
                s -> Long.toString(Math.round(s * 100)), settings.scaleProperty(), settings::setScale);
    }

    private Menu themeMenu() {
        return choiceMenu(PresentationKeys.MENU_THEME, "presentation-theme-", List.of(AppTheme.values()),
                t -> Messages.get(t.textKey()), PresentationMenu::idPart, settings.themeProperty(), settings::setTheme);
    }

    private Menu paletteMenu() {
        return choiceMenu(PresentationKeys.MENU_PALETTE, "presentation-palette-", List.of(SeriesPalette.values()),
                p -> Messages.get(p.textKey()), PresentationMenu::idPart, settings.paletteProperty(),
                settings::setPalette);
    }

    private CheckMenuItem hideControlsItem() {
        CheckMenuItem item = new CheckMenuItem(Messages.get(PresentationKeys.MENU_HIDE_CONTROLS));
        item.setId("presentation-hide-controls");
        item.setAccelerator(HIDE_CONTROLS);
        item.setSelected(settings.isControlsHidden());
        item.selectedProperty().addListener((obs, old, now) -> settings.setControlsHidden(now));
        settings.controlsHiddenProperty().addListener((obs, old, now) -> item.setSelected(now));
        return item;
    }

    /**
     * A submenu of radio items, one per choice, the current one selected; choosing one calls
     * {@code choose}, and a change from elsewhere (e.g. Larger Text) moves the selection.
     * {@code current} must be a property that lives as long as the menu (a listener on a
     * temporary such as {@code asObject()} would be dropped with it).
     */
    private static <T> Menu choiceMenu(String titleKey, String idPrefix, List<T> choices, Function<T, String> text,
                                       Function<T, String> id, ObservableValue<?> current, Consumer<T> choose) {
        Menu menu = new Menu(Messages.get(titleKey));
        ToggleGroup group = new ToggleGroup();
        for (T choice : choices) {
            RadioMenuItem item = new RadioMenuItem(text.apply(choice));
            item.setId(idPrefix + id.apply(choice));
            item.setUserData(choice);
            item.setToggleGroup(group);
            item.setSelected(choice.equals(current.getValue()));
            item.setOnAction(e -> choose.accept(choice));
            menu.getItems().add(item);
        }
        current.addListener((obs, old, now) -> group.getToggles().forEach(
                t -> t.setSelected(now != null && now.equals(t.getUserData()))));
        return menu;
    }

    private static String idPart(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
