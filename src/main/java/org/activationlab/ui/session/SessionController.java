package org.activationlab.ui.session;

import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import org.activationlab.AppVersion;
import org.activationlab.export.ExportException;
import org.activationlab.ui.DialogStyle;
import org.activationlab.ui.Messages;
import org.activationlab.ui.json.JsonFormatException;

/**
 * File &gt; Open Session, Save Session, Save Session As and Open Recent. Opening reads and
 * validates the whole file before changing anything, so that a file that cannot be opened (not
 * JSON, cut short, not a session, from a newer version, a value out of range) leaves the app as
 * it was and is explained in a dialog and the status bar. Saving writes atomically. Each file
 * opened or saved goes to the top of the recent list.
 */
public final class SessionController {
    /** The name proposed for a session never saved. */
    static final String DEFAULT_NAME = "session." + SessionFile.EXTENSION;
    static final String ERROR_DIALOG_STYLE = "session-error-dialog";
    static final String REPLACE_DIALOG_STYLE = "session-replace-dialog";

    private final Window owner;
    private final SessionParts parts;
    private final SessionFileChooser chooser;
    private final RecentFiles recent;
    private final Consumer<String> status;
    /** The file last opened or saved, null before the first: Save Session writes to it. */
    private Path currentFile;
    private final ReadOnlyObjectWrapper<List<Path>> recentList = new ReadOnlyObjectWrapper<>(this, "recentList");

    /**
     * @param owner the window the dialogs belong to
     * @param parts what a session keeps
     * @param chooser asks for files
     * @param recent the recent sessions
     * @param status shows a one-line message in the status bar
     */
    public SessionController(Window owner, SessionParts parts, SessionFileChooser chooser, RecentFiles recent,
                             Consumer<String> status) {
        this.owner = owner;
        this.parts = parts;
        this.chooser = chooser;
        this.recent = recent;
        this.status = status;
        recentList.set(recent.list());
    }

    /** The parts a session keeps; features register theirs here. */
    public SessionParts parts() {
        return parts;
    }

    /** The recent sessions, newest first, as last read from the preferences. */
    public ReadOnlyObjectProperty<List<Path>> recentFilesProperty() {
        return recentList.getReadOnlyProperty();
    }

    /** Asks for a session file and opens it. */
    public void open() {
        chooser.chooseToOpen(owner).ifPresent(this::open);
    }

    /**
     * Opens {@code file}: the whole state is replaced by the saved one, or, if the file cannot
     * be opened, nothing changes and a dialog says why.
     *
     * @return whether the session was opened
     */
    public boolean open(Path file) {
        return open(file, true);
    }

    /**
     * Opens {@code file} named on the command line, as {@link #open(Path)} does, except that a
     * refusal is shown without waiting for the user: a dialog that waits runs a nested event loop,
     * which must not happen while the app is starting (it failed inside GTK's loop, issue 16).
     *
     * @return whether the session was opened
     */
    public boolean openAtStart(Path file) {
        return open(file, false);
    }

    private boolean open(Path file, boolean wait) {
        SessionParts.Restoration restoration;
        try {
            restoration = parts.prepare(SessionFile.read(file));
        } catch (JsonFormatException e) {
            fail(SessionKeys.OPEN_FAILED_HEADER, SessionKeys.STATUS_OPEN_FAILED, file, e.getMessage(), wait);
            if (e.getCause() instanceof NoSuchFileException) {
                forget(file);
            }
            return false;
        }
        restoration.apply();
        remember(file);
        String name = fileName(file);
        status.accept(restoration.skipped().isEmpty() ? Messages.format(SessionKeys.STATUS_OPENED, name)
                : Messages.format(SessionKeys.STATUS_OPENED_IGNORING, name, String.join(", ", restoration.skipped())));
        return true;
    }

    /** Opens a file of the recent list; one that is gone is taken off the list with a message. */
    public void openRecent(Path file) {
        if (!Files.isRegularFile(file)) {
            forget(file);
            status.accept(Messages.format(SessionKeys.STATUS_RECENT_MISSING, file.toString()));
            return;
        }
        open(file);
    }

    /** Takes the files that are gone off the recent list, saying which. */
    public void pruneRecent() {
        List<Path> missing = recent.removeMissing();
        if (!missing.isEmpty()) {
            recentList.set(recent.list());
            status.accept(Messages.format(SessionKeys.STATUS_RECENT_MISSING,
                    String.join(", ", missing.stream().map(Path::toString).toList())));
        }
    }

    /** Empties the recent list. */
    public void clearRecent() {
        recent.clear();
        recentList.set(recent.list());
    }

    /**
     * Saves to the file last opened or saved, or asks where when there is none.
     *
     * @return whether the session was saved
     */
    public boolean save() {
        Path file = currentFile;
        return file == null ? saveAs() : saveTo(file);
    }

    /**
     * Asks where to save, adding {@code .alab} when the name has no such extension.
     *
     * @return whether the session was saved
     */
    public boolean saveAs() {
        Path current = currentFile;
        String suggested = current == null ? DEFAULT_NAME : fileName(current);
        Optional<Path> chosen = chooser.chooseToSave(owner, suggested);
        if (chosen.isEmpty()) {
            return false;
        }
        Path file = chosen.get();
        if (!SessionFile.hasExtension(file)) {
            file = file.resolveSibling(fileName(file) + "." + SessionFile.EXTENSION);
            if (Files.exists(file) && !confirmReplace(file)) {
                return false;
            }
        }
        return saveTo(file);
    }

    /**
     * Writes the current state to {@code file} atomically (an existing file is replaced only by a
     * complete new one).
     *
     * @return whether the session was saved
     */
    public boolean saveTo(Path file) {
        try {
            SessionFile.write(file, SessionFile.envelope(AppVersion.get(), parts.save()));
        } catch (ExportException e) {
            fail(SessionKeys.SAVE_FAILED_HEADER, SessionKeys.STATUS_SAVE_FAILED, file, e.getMessage(), true);
            return false;
        }
        remember(file);
        status.accept(Messages.format(SessionKeys.STATUS_SAVED, fileName(file)));
        return true;
    }

    private void remember(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        currentFile = absolute;
        recent.add(absolute);
        recentList.set(recent.list());
    }

    private void forget(Path file) {
        recent.remove(file);
        recentList.set(recent.list());
    }

    /** Says why {@code file} failed, in the status bar and a dialog that is waited for when {@code wait}. */
    private void fail(String headerKey, String statusKey, Path file, String problem, boolean wait) {
        String name = fileName(file);
        status.accept(Messages.format(statusKey, name, problem));
        Alert alert = new Alert(Alert.AlertType.ERROR, problem, ButtonType.OK);
        alert.initOwner(owner);
        alert.setTitle(Messages.get(SessionKeys.DIALOG_TITLE));
        alert.setHeaderText(Messages.format(headerKey, file.toAbsolutePath().toString()));
        alert.getDialogPane().getStyleClass().add(ERROR_DIALOG_STYLE);
        DialogStyle.apply(alert.getDialogPane(), owner);
        if (wait) {
            alert.showAndWait();
        } else {
            alert.show();
        }
    }

    private boolean confirmReplace(Path file) {
        ButtonType replace = new ButtonType(Messages.get(SessionKeys.REPLACE), ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", replace, ButtonType.CANCEL);
        alert.initOwner(owner);
        alert.setTitle(Messages.get(SessionKeys.DIALOG_TITLE));
        alert.setHeaderText(Messages.format(SessionKeys.REPLACE_HEADER, fileName(file)));
        alert.getDialogPane().getStyleClass().add(REPLACE_DIALOG_STYLE);
        DialogStyle.apply(alert.getDialogPane(), owner);
        return alert.showAndWait().filter(replace::equals).isPresent();
    }

    private static String fileName(Path file) {
        Path name = file.getFileName();
        return name == null ? file.toString() : name.toString();
    }
}
