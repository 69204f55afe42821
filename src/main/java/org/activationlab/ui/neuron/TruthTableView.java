package org.activationlab.ui.neuron;

import java.util.List;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import org.activationlab.nn.neuron.Neuron;
import org.activationlab.ui.DisplayNumbers;
import org.activationlab.ui.Messages;
import org.activationlab.ui.TextKeys;

/**
 * The neuron's truth table over {0, 1}^2: inputs, z, g(z), how it reads, and the target gate's
 * value, the last marked {@code :wrong} where the neuron reads otherwise.
 */
final class TruthTableView {
    /** The style class of the grid. */
    static final String STYLE_CLASS = "truth-table";
    /** Set on a target cell the neuron gets wrong. */
    static final PseudoClass WRONG = PseudoClass.getPseudoClass("wrong");
    private static final int COLUMNS = 6;

    private final GridPane grid = new GridPane();
    private final Label targetHeader = new Label();
    private final Label[][] cells = new Label[4][COLUMNS];

    TruthTableView() {
        grid.getStyleClass().add(STYLE_CLASS);
        // the explanation beside the table wraps: the table keeps the width its headers and numbers need
        grid.setMinWidth(Region.USE_PREF_SIZE);
        String[] headers = {Messages.get(TextKeys.NEURON_TABLE_X1), Messages.get(TextKeys.NEURON_TABLE_X2),
            Messages.get(TextKeys.NEURON_TABLE_Z), Messages.get(TextKeys.NEURON_TABLE_OUTPUT),
            Messages.get(TextKeys.NEURON_TABLE_READS)};
        for (int c = 0; c < headers.length; c++) {
            grid.add(header(new Label(headers[c])), c, 0);
        }
        grid.add(header(targetHeader), COLUMNS - 1, 0);
        for (int r = 0; r < 4; r++) {
            for (int c = 0; c < COLUMNS; c++) {
                cells[r][c] = new Label();
                cells[r][c].getStyleClass().add("truth-cell");
                cells[r][c].setId("truth-" + r + "-" + c);
                grid.add(cells[r][c], c, r + 1);
            }
        }
    }

    private static Label header(Label label) {
        label.getStyleClass().add("truth-header");
        return label;
    }

    GridPane root() {
        return grid;
    }

    /** Shows {@code rows} against {@code target}. */
    void show(List<Neuron.TruthRow> rows, LogicTarget target) {
        targetHeader.setText(target.name());
        for (int r = 0; r < rows.size(); r++) {
            Neuron.TruthRow row = rows.get(r);
            boolean expected = target.expected(row.x1(), row.x2());
            cells[r][0].setText(Integer.toString(row.x1()));
            cells[r][1].setText(Integer.toString(row.x2()));
            cells[r][2].setText(DisplayNumbers.format(row.z()));
            cells[r][3].setText(DisplayNumbers.format(row.output()));
            cells[r][4].setText(row.fires() ? "1" : "0");
            cells[r][5].setText(expected ? "1" : "0");
            cells[r][5].pseudoClassStateChanged(WRONG, expected != row.fires());
        }
    }
}
