package org.activationlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The subcommand the command line reads before parsing (to start the export's typesetter early). */
class CliSubcommandTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "export --functions relu --out x.png | export",
        "--lang zh export --functions relu   | export",
        "--lang=en list                      | list",
        "--lang export                       | ''",
        "--version                           | ''",
        "''                                  | ''",
    })
    void theFirstArgumentThatIsNoOptionNamesTheSubcommand(String line, String expected) {
        String[] args = line.isEmpty() ? new String[0] : line.split(" +");
        assertThat(Cli.subcommand(args)).isEqualTo(expected.isEmpty() ? Optional.empty() : Optional.of(expected));
    }
}
