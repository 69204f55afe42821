package org.activationlab.ui.export;

import java.io.File;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.activationlab.export.ExportFormat;
import org.activationlab.ui.Messages;
import org.activationlab.ui.TextKeys;

/**
 * The platform's save dialog, filtered to the chosen format and opening in the folder of the
 * previous export. The platform dialogs (GTK, Windows, macOS) ask before replacing a file.
 */
public final class NativeSaveFileChooser implements SaveFileChooser {
    private File lastFolder;

    @Override
    public Optional<ChosenFile> choose(Window owner, ExportFormat format, String suggestedName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get(TextKeys.EXPORT_CHOOSER_TITLE));
        String pattern = "*." + format.extension();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(
                Messages.format(filterKey(format), pattern), pattern));
        chooser.setInitialFileName(suggestedName + "." + format.extension());
        if (lastFolder != null && lastFolder.isDirectory()) {
            chooser.setInitialDirectory(lastFolder);
        }
        File file = chooser.showSaveDialog(owner);
        if (file == null) {
            return Optional.empty();
        }
        lastFolder = file.getParentFile();
        return Optional.of(new ChosenFile(file.toPath(), true));
    }

    private static String filterKey(ExportFormat format) {
        return switch (format) {
            case PNG -> TextKeys.EXPORT_FILTER_PNG;
            case SVG -> TextKeys.EXPORT_FILTER_SVG;
            case PDF -> TextKeys.EXPORT_FILTER_PDF;
            case CSV -> TextKeys.EXPORT_FILTER_CSV;
        };
    }
}
