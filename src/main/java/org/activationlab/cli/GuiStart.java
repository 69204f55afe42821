package org.activationlab.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A command line that opens the desktop app rather than running a subcommand: nothing, or one
 * session file ({@code FILE.alab}), optionally after the global {@code --lang en|zh}. Checked
 * here, without JavaFX, so that what stops the window from opening (a missing session file, no
 * display) is one line on stderr in the chosen language and exit status 2 like any other bad
 * input.
 *
 * <p>The display check is the documented one of the toolkits: on Linux and the other Unix
 * systems (not macOS) a window needs an X server ({@code DISPLAY}) or a Wayland compositor
 * ({@code WAYLAND_DISPLAY}); with neither set, GTK cannot start. JavaFX's headless Monocle
 * platform ({@code -Dglass.platform=Monocle}, used by the tests) needs no display, so the check
 * is skipped then. A display that is set but cannot be reached is only found when the toolkit
 * starts; the launcher reports that failure with the same line ({@link #noDisplay()}).
 */
public final class GuiStart {
    /** The system property that chooses JavaFX's windowing platform. */
    static final String GLASS_PLATFORM = "glass.platform";

    private final Optional<CliLanguage> language;
    private final Optional<String> session;

    private GuiStart(Optional<CliLanguage> language, Optional<String> session) {
        this.language = language;
        this.session = session;
    }

    /**
     * The app start {@code args} ask for, or empty when they are a command for the command line
     * (a subcommand, an option other than {@code --lang}, or a {@code --lang} value that names
     * no language, which the command line then explains).
     */
    public static Optional<GuiStart> of(String... args) {
        List<String> rest = new ArrayList<>();
        Optional<CliLanguage> language = Optional.empty();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String tag = null;
            if (arg.equals(Cli.LANG_OPTION) && i + 1 < args.length) {
                tag = args[++i];
            } else if (arg.startsWith(Cli.LANG_OPTION + "=")) {
                tag = arg.substring(Cli.LANG_OPTION.length() + 1);
            }
            if (tag == null) {
                rest.add(arg);
            } else {
                language = CliLanguage.ofTag(tag);
                if (language.isEmpty()) {
                    return Optional.empty();
                }
            }
        }
        if (rest.isEmpty()) {
            return Optional.of(new GuiStart(language, Optional.empty()));
        }
        if (SessionArgument.isSession(rest.toArray(String[]::new))) {
            return Optional.of(new GuiStart(language, Optional.of(rest.get(0))));
        }
        return Optional.empty();
    }

    /**
     * Makes the chosen language (if {@code --lang} named one) the default locale, so that the
     * launcher's messages and the app speak it.
     */
    public void useLanguage() {
        language.ifPresent(l -> Locale.setDefault(l.locale()));
    }

    /**
     * Why the app cannot open, as the one line to print, or empty: the session file cannot be
     * read, or (with {@code environment} and {@code properties} those of this process) there is
     * no display to open a window on.
     */
    public Optional<String> problem(Map<String, String> environment, Map<?, ?> properties) {
        Optional<String> sessionProblem = session.flatMap(SessionArgument::problem);
        if (sessionProblem.isPresent()) {
            return sessionProblem;
        }
        return needsDisplay(properties) && !hasDisplay(environment) ? Optional.of(noDisplay()) : Optional.empty();
    }

    /** The line that says the window needs a display and the subcommands do not. */
    public String noDisplay() {
        return "activation-lab: " + CliTexts.get("error.noDisplay");
    }

    /**
     * The arguments for the app: {@code --lang=TAG} (a named parameter) when a language was
     * chosen, then the session file if any.
     */
    public String[] appArguments() {
        List<String> arguments = new ArrayList<>();
        language.ifPresent(l -> arguments.add(Cli.LANG_OPTION + "=" + l.tag()));
        session.ifPresent(arguments::add);
        return arguments.toArray(String[]::new);
    }

    /** Whether the windowing system is one that needs a display server: a Unix desktop, not Monocle. */
    private static boolean needsDisplay(Map<?, ?> properties) {
        String os = String.valueOf(properties.get("os.name")).toLowerCase(Locale.ROOT);
        boolean unixDesktop = !os.startsWith("windows") && !os.startsWith("mac");
        return unixDesktop && !"monocle".equalsIgnoreCase(String.valueOf(properties.get(GLASS_PLATFORM)));
    }

    private static boolean hasDisplay(Map<String, String> environment) {
        return !environment.getOrDefault("DISPLAY", "").isBlank()
                || !environment.getOrDefault("WAYLAND_DISPLAY", "").isBlank();
    }
}
