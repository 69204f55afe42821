package org.activationlab.ui;

import java.util.function.Consumer;
import javafx.scene.control.Menu;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;

/** View &gt; Language: one item per {@link Language}, named in its own language, the current one ticked. */
public final class LanguageMenu {
    /** The id of the menu, for tests and for hooks that look it up. */
    public static final String ID = "language-menu";

    private LanguageMenu() {
    }

    /** The menu; picking a language other than the current one passes it to {@code choose}. */
    public static Menu create(Consumer<Language> choose) {
        Menu menu = new Menu(Messages.get(TextKeys.MENU_VIEW_LANGUAGE));
        menu.setId(ID);
        ToggleGroup group = new ToggleGroup();
        for (Language language : Language.values()) {
            RadioMenuItem item = new RadioMenuItem(language.nativeName());
            item.setId(ID + "-" + language.name().toLowerCase(java.util.Locale.ROOT));
            item.setToggleGroup(group);
            item.setSelected(language == Language.current());
            item.setOnAction(e -> {
                if (language != Language.current()) {
                    choose.accept(language);
                }
            });
            menu.getItems().add(item);
        }
        return menu;
    }
}
