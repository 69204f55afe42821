package org.activationlab.model;

/**
 * What describes an activation function apart from its numbers.
 *
 * @param name the CLI and file name, e.g. {@code "leaky_relu"}
 * @param displayName the name people read, e.g. {@code "Leaky ReLU"}
 * @param summary one line on what it is and why it exists
 * @param formulaText the formula in plain text, e.g. {@code "f(x) = max(0, x)"}
 * @param formulaLatex the formula in LaTeX (JLaTeXMath subset)
 * @param derivativeLatex the derivative in LaTeX
 * @param paper the paper it comes from (authors, year, title), or a textbook source
 */
public record ActivationInfo(String name, String displayName, String summary, String formulaText,
                             String formulaLatex, String derivativeLatex, String paper) {
}
