package org.activationlab.ui.problems;

import java.io.IOException;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import org.activationlab.ui.Messages;

/** Help &gt; Report a Problem: copies the newest log file to the clipboard and says so. */
public final class ProblemReport {
    private ProblemReport() {
    }

    /**
     * Puts the text of {@code problems}' newest log on the clipboard and tells {@code status} what
     * was copied, or that nothing has been logged. JavaFX thread.
     */
    public static void copyLog(Problems problems, Consumer<String> status) {
        ProblemLog log = problems.log();
        Optional<String> text;
        try {
            text = problems.newestLog();
        } catch (IOException e) {
            status.accept(Messages.format(ProblemKeys.UNREADABLE, log.newestFile().toString(), e.getMessage()));
            return;
        }
        if (text.isEmpty() || text.get().isBlank()) {
            status.accept(Messages.format(ProblemKeys.NOTHING_LOGGED, log.folder().toString()));
            return;
        }
        ClipboardContent content = new ClipboardContent();
        content.putString(text.get());
        Clipboard.getSystemClipboard().setContent(content);
        status.accept(Messages.format(ProblemKeys.COPIED, Long.toString(text.get().lines().count()),
                log.newestFile().toString()));
    }
}
