package org.activationlab.export;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.StringJoiner;
import org.activationlab.plot.SeriesTable;

/**
 * Writes a {@link SeriesTable} as CSV (RFC 4180, UTF-8, "\n" line ends): a header row of the
 * column names, then one row per sample with every number written so that it reads back
 * exactly ({@code Double.toString}: "0.5", "1.0E-5", "NaN").
 */
public final class CsvExporter {
    private CsvExporter() {
    }

    /** Writes {@code table} to {@code file}, atomically. */
    public static void write(SeriesTable table, Path file) throws ExportException {
        AtomicFiles.write(file, out -> {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            StringJoiner header = new StringJoiner(",");
            table.headers().forEach(h -> header.add(quote(h)));
            w.write(header.toString());
            w.write('\n');
            StringBuilder row = new StringBuilder();
            for (int r = 0; r < table.rowCount(); r++) {
                row.setLength(0);
                for (int c = 0; c < table.columnCount(); c++) {
                    if (c > 0) {
                        row.append(',');
                    }
                    row.append(table.value(r, c));
                }
                row.append('\n');
                w.write(row.toString());
            }
            w.flush();
        });
    }

    /** A header field, quoted if it contains a comma, a quote or a line break. */
    static String quote(String field) {
        if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0 && field.indexOf('\r') < 0) {
            return field;
        }
        return '"' + field.replace("\"", "\"\"") + '"';
    }
}
