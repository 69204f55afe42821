package org.activationlab.ui.export;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.activationlab.export.ExportFormat;
import org.activationlab.export.PngExporter;
import org.activationlab.plot.TextMode;
import org.activationlab.ui.DialogStyle;
import org.activationlab.ui.Labels;
import org.activationlab.ui.Messages;
import org.activationlab.ui.Styles;
import org.activationlab.ui.TextKeys;
import org.activationlab.ui.controls.DecimalInput;
import org.activationlab.ui.presentation.PresentationKeys;

/**
 * File &gt; Export's questions: the format; for PNG the size (1x, 2x or 4x the on-screen size, or
 * typed in pixels) and whether the background is transparent; for SVG whether text stays text or
 * becomes paths; for the figure formats an optional caption listing the parameters. The Export
 * button is enabled only while the answers are valid; a refused size says why.
 */
final class ExportDialog {
    private static final int SIZE_COLUMNS = 6;

    private final VisibleFigure visible;
    private final Dialog<ExportOptions> dialog = new Dialog<>();
    private final ButtonType exportButton = new ButtonType(Messages.get(TextKeys.EXPORT_BUTTON), ButtonBar.ButtonData.OK_DONE);
    private final ToggleGroup formats = new ToggleGroup();
    private final Map<ExportFormat, RadioButton> formatButtons = Map.of(
            ExportFormat.PNG, radio(TextKeys.EXPORT_FORMAT_PNG, formats),
            ExportFormat.SVG, radio(TextKeys.EXPORT_FORMAT_SVG, formats),
            ExportFormat.PDF, radio(TextKeys.EXPORT_FORMAT_PDF, formats),
            ExportFormat.CSV, radio(TextKeys.EXPORT_FORMAT_CSV, formats));
    private final ToggleGroup sizes = new ToggleGroup();
    private final Map<PngSize, RadioButton> sizeButtons;
    private final TextField width = new TextField();
    private final TextField height = new TextField();
    private final CheckBox transparent = new CheckBox(Messages.get(TextKeys.EXPORT_TRANSPARENT));
    private final ToggleGroup svgTexts = new ToggleGroup();
    private final RadioButton svgPaths = radio(TextKeys.EXPORT_SVG_PATHS, svgTexts);
    private final RadioButton svgText = radio(TextKeys.EXPORT_SVG_TEXT, svgTexts);
    private final CheckBox caption = new CheckBox(Messages.get(TextKeys.EXPORT_CAPTION));
    private final CheckBox screenLook = new CheckBox(Messages.get(PresentationKeys.EXPORT_SCREEN_LOOK));
    private final Label csvNote = new Label(Messages.get(TextKeys.EXPORT_CSV_NOTE));
    private final Label message = new Label();
    private final VBox pngBox = new VBox();
    private final VBox svgBox = new VBox();

    ExportDialog(Window owner, ExportOptions initial, VisibleFigure visible) {
        this.visible = visible;
        this.sizeButtons = Map.of(
                PngSize.X1, radioWithText(sizeText(1), sizes),
                PngSize.X2, radioWithText(sizeText(2), sizes),
                PngSize.X4, radioWithText(sizeText(4), sizes),
                PngSize.CUSTOM, radio(TextKeys.EXPORT_SIZE_CUSTOM, sizes));
        dialog.initOwner(owner);
        dialog.setTitle(Messages.get(TextKeys.EXPORT_TITLE));
        dialog.setHeaderText(Messages.get(TextKeys.EXPORT_HEADER));
        dialog.getDialogPane().getButtonTypes().addAll(exportButton, ButtonType.CANCEL);
        dialog.getDialogPane().getStyleClass().add(Styles.EXPORT_DIALOG);
        DialogStyle.apply(dialog.getDialogPane(), owner);
        dialog.getDialogPane().setContent(createContent());
        show(initial);
        initListeners();
        dialog.setResultConverter(button -> button == exportButton ? options().orElse(null) : null);
    }

    /** Shows the dialog and waits: the chosen options, or empty when cancelled. */
    Optional<ExportOptions> showAndWait() {
        return dialog.showAndWait();
    }

    private String sizeText(int factor) {
        return Messages.format(TextKeys.EXPORT_SIZE_FACTOR, Integer.toString(factor),
                Integer.toString(visible.width() * factor), Integer.toString(visible.height() * factor));
    }

    /** A radio button in {@code group} labelled with the text of {@code key}. */
    private static RadioButton radio(String key, ToggleGroup group) {
        return radioWithText(Messages.get(key), group);
    }

    private static RadioButton radioWithText(String text, ToggleGroup group) {
        RadioButton button = new RadioButton(text);
        button.setToggleGroup(group);
        return button;
    }

    private Node createContent() {
        HBox formatRow = new HBox();
        for (ExportFormat f : ExportFormat.values()) {
            formatRow.getChildren().add(formatButtons.get(f));
        }
        formatRow.getStyleClass().add(Styles.EXPORT_ROW);
        width.setPrefColumnCount(SIZE_COLUMNS);
        height.setPrefColumnCount(SIZE_COLUMNS);
        width.setAccessibleText(Messages.get(TextKeys.EXPORT_WIDTH));
        height.setAccessibleText(Messages.get(TextKeys.EXPORT_HEIGHT));
        width.getStyleClass().addAll(Styles.NUMERIC, Styles.EXPORT_WIDTH);
        height.getStyleClass().addAll(Styles.NUMERIC, Styles.EXPORT_HEIGHT);
        HBox customRow = new HBox(sizeButtons.get(PngSize.CUSTOM), width, new Label("×"), height,
                new Label(Messages.get(TextKeys.EXPORT_PIXELS)));
        customRow.setAlignment(Pos.CENTER_LEFT);
        customRow.getStyleClass().add(Styles.EXPORT_ROW);
        pngBox.getChildren().addAll(Labels.sectionTitle(TextKeys.EXPORT_SIZE), sizeButtons.get(PngSize.X1),
                sizeButtons.get(PngSize.X2), sizeButtons.get(PngSize.X4), customRow, transparent);
        svgBox.getChildren().addAll(Labels.sectionTitle(TextKeys.EXPORT_SVG_TEXT_TITLE), svgPaths, svgText);
        csvNote.setWrapText(true);
        csvNote.getStyleClass().add(Styles.CAPTION);
        message.getStyleClass().add(Styles.ERROR_MESSAGE);
        message.setWrapText(true);
        message.managedProperty().bind(message.visibleProperty());
        for (VBox box : new VBox[] {pngBox, svgBox}) {
            box.getStyleClass().add(Styles.EXPORT_SECTION);
            box.managedProperty().bind(box.visibleProperty());
        }
        csvNote.managedProperty().bind(csvNote.visibleProperty());
        screenLook.setId("export-screen-look");
        VBox content = new VBox(Labels.sectionTitle(TextKeys.EXPORT_FORMAT), formatRow, pngBox, svgBox, csvNote,
                caption, screenLook, message);
        content.getStyleClass().add(Styles.EXPORT_CONTENT);
        return content;
    }

    private void show(ExportOptions o) {
        formats.selectToggle(formatButtons.get(o.format()));
        sizes.selectToggle(sizeButtons.get(o.pngSize()));
        width.setText(Integer.toString(o.customWidth()));
        height.setText(Integer.toString(o.customHeight()));
        transparent.setSelected(o.transparent());
        svgTexts.selectToggle(o.svgText() == TextMode.NATIVE ? svgText : svgPaths);
        caption.setSelected(o.caption());
        screenLook.setSelected(o.screenLook());
        update();
    }

    private void initListeners() {
        formats.selectedToggleProperty().addListener((obs, old, now) -> update());
        sizes.selectedToggleProperty().addListener((obs, old, now) -> update());
        width.textProperty().addListener((obs, old, now) -> update());
        height.textProperty().addListener((obs, old, now) -> update());
        Button export = (Button) dialog.getDialogPane().lookupButton(exportButton);
        export.addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            if (options().isEmpty()) {
                e.consume();
            }
        });
    }

    /** Shows the options of the chosen format and whether the answers are valid. */
    private void update() {
        ExportFormat format = selected(formats, formatButtons, ExportFormat.PNG);
        pngBox.setVisible(format == ExportFormat.PNG);
        svgBox.setVisible(format == ExportFormat.SVG);
        csvNote.setVisible(format == ExportFormat.CSV);
        caption.setDisable(format == ExportFormat.CSV);
        screenLook.setDisable(format == ExportFormat.CSV || visible.screenRender().equals(visible.render()));
        boolean custom = selected(sizes, sizeButtons, PngSize.X1) == PngSize.CUSTOM;
        width.setDisable(!custom);
        height.setDisable(!custom);
        String problem = problem();
        message.setText(problem);
        message.setVisible(!problem.isEmpty());
        dialog.getDialogPane().lookupButton(exportButton).setDisable(!problem.isEmpty());
        if (dialog.getDialogPane().getScene() != null && dialog.getDialogPane().getScene().getWindow() != null) {
            dialog.getDialogPane().getScene().getWindow().sizeToScene();
        }
    }

    private static <T> T selected(ToggleGroup group, Map<T, RadioButton> buttons, T otherwise) {
        Toggle toggle = group.getSelectedToggle();
        return buttons.entrySet().stream().filter(e -> e.getValue() == toggle).map(Map.Entry::getKey).findFirst()
                .orElse(otherwise);
    }

    private boolean customPng() {
        return selected(formats, formatButtons, ExportFormat.PNG) == ExportFormat.PNG
                && selected(sizes, sizeButtons, PngSize.X1) == PngSize.CUSTOM;
    }

    /** Why the answers cannot be used (a custom PNG size out of bounds), or empty. */
    private String problem() {
        if (!customPng()) {
            return "";
        }
        for (TextField field : new TextField[] {width, height}) {
            if (side(field).isEmpty()) {
                return Messages.format(TextKeys.EXPORT_SIZE_INVALID, DecimalInput.normalise(field.getText()),
                        Integer.toString(ExportOptions.MIN_SIZE), Integer.toString(ExportOptions.MAX_SIZE));
            }
        }
        long pixels = (long) side(width).getAsInt() * side(height).getAsInt();
        if (pixels > PngExporter.MAX_PIXELS) {
            return Messages.format(TextKeys.EXPORT_SIZE_TOO_LARGE, width.getText().strip(), height.getText().strip(),
                    Long.toString(PngExporter.MAX_PIXELS / 1_000_000));
        }
        return "";
    }

    /** The whole number of pixels in {@code field} if it is one from the smallest to the largest side allowed. */
    private static OptionalInt side(TextField field) {
        OptionalDouble v = DecimalInput.parse(field.getText());
        if (v.isEmpty() || v.getAsDouble() != Math.rint(v.getAsDouble())
                || v.getAsDouble() < ExportOptions.MIN_SIZE || v.getAsDouble() > ExportOptions.MAX_SIZE) {
            return OptionalInt.empty();
        }
        return OptionalInt.of((int) v.getAsDouble());
    }

    /** The answers as options, or empty while they cannot be used. */
    private Optional<ExportOptions> options() {
        if (!problem().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ExportOptions(selected(formats, formatButtons, ExportFormat.PNG),
                selected(sizes, sizeButtons, PngSize.X1),
                side(width).orElse(ExportOptions.DEFAULT.customWidth()),
                side(height).orElse(ExportOptions.DEFAULT.customHeight()),
                transparent.isSelected(), svgText.isSelected() ? TextMode.NATIVE : TextMode.OUTLINES,
                caption.isSelected(), screenLook.isSelected() && !screenLook.isDisabled()));
    }
}
