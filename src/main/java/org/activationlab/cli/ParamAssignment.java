package org.activationlab.cli;

/**
 * One {@code --param KEY=VALUE} from the command line: a parameter name and a finite value.
 * The key is kept as typed (a command may qualify it, e.g. {@code NAME.KEY}).
 *
 * @param key the text before the first '='
 * @param value the number after it
 */
public record ParamAssignment(String key, double value) {
}
