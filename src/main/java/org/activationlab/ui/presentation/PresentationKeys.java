package org.activationlab.ui.presentation;

/** The keys of presentation mode's texts in {@code org/activationlab/ui/messages.properties}. */
public final class PresentationKeys {
    public static final String MENU_SCALE = "presentation.menu.scale";
    /** {0}: the scale as a percentage, e.g. 150. */
    public static final String SCALE_PERCENT = "presentation.scale.percent";
    public static final String MENU_THEME = "presentation.menu.theme";
    public static final String THEME_LIGHT = "presentation.theme.light";
    public static final String THEME_DARK = "presentation.theme.dark";
    public static final String THEME_HIGH_CONTRAST = "presentation.theme.highContrast";
    public static final String MENU_PALETTE = "presentation.menu.palette";
    public static final String PALETTE_OKABE_ITO = "presentation.palette.okabeIto";
    public static final String PALETTE_VIVID = "presentation.palette.vivid";
    public static final String MENU_HIDE_CONTROLS = "presentation.menu.hideControls";
    public static final String MENU_SHORTCUTS = "presentation.menu.shortcuts";
    public static final String SHORTCUTS_TITLE = "presentation.shortcuts.title";
    public static final String SHORTCUTS_HEADER = "presentation.shortcuts.header";
    public static final String SHORTCUTS_KEY = "presentation.shortcuts.key";
    public static final String SHORTCUTS_ACTION = "presentation.shortcuts.action";
    public static final String SHORTCUTS_LEAVE_FULL_SCREEN = "presentation.shortcuts.leaveFullScreen";
    public static final String SHORTCUTS_PLAY_PAUSE = "presentation.shortcuts.playPause";
    public static final String SHORTCUTS_STEP = "presentation.shortcuts.step";
    public static final String SHORTCUTS_RESET = "presentation.shortcuts.reset";
    public static final String EXPORT_SCREEN_LOOK = "presentation.export.screenLook";

    private PresentationKeys() {
    }
}
