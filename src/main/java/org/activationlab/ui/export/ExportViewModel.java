package org.activationlab.ui.export;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.stage.Window;
import org.activationlab.export.ExportException;
import org.activationlab.export.ExportFormat;
import org.activationlab.export.FigureExporter;
import org.activationlab.export.PngExporter;
import org.activationlab.ui.Messages;
import org.activationlab.ui.TextKeys;

/**
 * File &gt; Export and Edit &gt; Copy Image without their dialogs: the options the export dialog
 * remembers between uses, the file chooser (the platform's in the app, a fixed path in tests),
 * the file name's extension, and the writing itself, which runs off the JavaFX thread through
 * the same {@link FigureExporter} as the {@code export} command.
 */
public final class ExportViewModel {
    private final SaveFileChooser chooser;
    private final Executor worker;
    private final Executor fxThread;
    private final Consumer<String> status;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private ExportOptions options = ExportOptions.DEFAULT;

    /**
     * @param chooser asks where to save
     * @param worker writes the files
     * @param fxThread runs the results (e.g. {@code Platform::runLater})
     * @param status shows a one-line message to the user
     */
    public ExportViewModel(SaveFileChooser chooser, Executor worker, Executor fxThread, Consumer<String> status) {
        this.chooser = Objects.requireNonNull(chooser, "chooser");
        this.worker = worker;
        this.fxThread = fxThread;
        this.status = status;
    }

    /** The options of the last export (the defaults before the first). */
    public ExportOptions getOptions() {
        return options;
    }

    /** Remembers {@code used} for the next export. */
    public void remember(ExportOptions used) {
        options = Objects.requireNonNull(used, "used");
    }

    /** Whether a file is being written. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Asks the user where to save {@code format}; empty when cancelled. */
    public Optional<SaveFileChooser.ChosenFile> chooseFile(Window owner, ExportFormat format, String suggestedName) {
        return chooser.choose(owner, format, suggestedName);
    }

    /** {@code chosen} with the format's extension added unless it already ends with it (in any case). */
    public static Path target(Path chosen, ExportFormat format) {
        String name = chosen.getFileName().toString();
        String suffix = "." + format.extension();
        return name.toLowerCase(Locale.ROOT).endsWith(suffix) ? chosen : chosen.resolveSibling(name + suffix);
    }

    /**
     * Writes {@code visible} to {@code target} as {@code chosen} says, in the background; the
     * status line tells how it went, and {@code onFailure} receives the message of a failure.
     */
    public void export(VisibleFigure visible, ExportOptions chosen, Path target, Consumer<String> onFailure) {
        busy.set(true);
        status.accept(Messages.format(TextKeys.STATUS_EXPORTING, target.getFileName().toString()));
        worker.execute(() -> {
            try {
                FigureExporter.export(chosen.figure(visible), chosen.format() == ExportFormat.CSV ? visible.data() : null,
                        target, chosen.exporterSettings(visible));
                fxThread.execute(() -> {
                    busy.set(false);
                    status.accept(Messages.format(TextKeys.STATUS_EXPORTED, target.toString()));
                });
            } catch (ExportException | RuntimeException e) {
                String message = e.getMessage() == null ? e.toString() : e.getMessage();
                fxThread.execute(() -> {
                    busy.set(false);
                    status.accept(Messages.format(TextKeys.STATUS_EXPORT_FAILED, message));
                    onFailure.accept(message);
                });
            }
        });
    }

    /**
     * The figure as a picture for the clipboard: drawn by the same renderer at the on-screen
     * size times {@code pixelScale} (the screen's output scale, so it is as sharp as on screen).
     */
    public BufferedImage image(VisibleFigure visible, double pixelScale) throws ExportException {
        BufferedImage image = PngExporter.render(visible.figure(), visible.width(), visible.height(), pixelScale,
                visible.render());
        status.accept(Messages.format(TextKeys.STATUS_COPIED, Integer.toString(image.getWidth()),
                Integer.toString(image.getHeight())));
        return image;
    }
}
