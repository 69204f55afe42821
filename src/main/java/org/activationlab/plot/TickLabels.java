package org.activationlab.plot;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Readable labels for axis ticks. Pure functions; the renderer picks {@link Glyphs#UNICODE}
 * when the font can show it and {@link Glyphs#ASCII} otherwise.
 *
 * <ul>
 *   <li>Linear ticks share one number of decimals, the step's ("0.0", "0.5", "1.0"), with a true
 *       minus sign; values of a million or more, or needing more than four decimals, are written
 *       in scientific notation per tick ("2.5×10⁶", "−5×10⁻⁷"; ASCII "2.5e6", "-5e-7").</li>
 *   <li>Logarithmic ticks are written as decimals from 0.001 to 1000 and as powers of ten
 *       ("10⁻⁵", "2×10⁻⁵") beyond.</li>
 * </ul>
 */
public final class TickLabels {
    /** Largest number of decimals written in fixed notation. */
    private static final int MAX_DECIMALS = 4;
    private static final double SCIENTIFIC_ABOVE = 1e6;
    private static final String SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹";
    /**
     * Log ticks are read to 15 significant digits, which removes the binary artefacts of powers
     * of ten (1e23 prints as 9.999999999999999E22 on Java 17).
     */
    private static final MathContext SIGNIFICANT = new MathContext(15, RoundingMode.HALF_EVEN);

    /** Which characters labels may use. */
    public enum Glyphs {
        /** Minus sign U+2212, multiplication sign and superscript exponents. */
        UNICODE,
        /** Hyphen-minus and "e" exponents only. */
        ASCII
    }

    /** The characters {@link Glyphs#UNICODE} labels use beyond digits and the point. */
    public static final String UNICODE_CHARACTERS = "−×⁻" + SUPERSCRIPT_DIGITS;

    private TickLabels() {
    }

    /**
     * Labels for linear ticks spaced by {@code step} (as returned by {@link NiceTicks#step});
     * a NaN step (fewer than two ticks) labels each value on its own.
     */
    public static String[] linear(double[] ticks, double step, Glyphs glyphs) {
        String[] labels = new String[ticks.length];
        double maxAbs = 0;
        for (double t : ticks) {
            maxAbs = Math.max(maxAbs, Math.abs(t));
        }
        int power = Double.isFinite(step) && step > 0 ? exponentOf(step)
                : maxAbs > 0 ? exponentOf(maxAbs) - 2 : 0;
        boolean scientific = maxAbs >= SCIENTIFIC_ABOVE || -power > MAX_DECIMALS;
        for (int i = 0; i < ticks.length; i++) {
            labels[i] = scientific ? scientific(ticks[i], power, glyphs) : fixed(ticks[i], Math.max(0, -power), glyphs);
        }
        return labels;
    }

    /** Labels for logarithmic ticks (powers of ten and their 2 and 5 multiples, or any positive values). */
    public static String[] log(double[] ticks, Glyphs glyphs) {
        String[] labels = new String[ticks.length];
        for (int i = 0; i < ticks.length; i++) {
            double t = ticks[i];
            if (!Double.isFinite(t) || t == 0) {
                labels[i] = Double.isFinite(t) ? "0" : nonFinite(t, glyphs);
                continue;
            }
            BigDecimal d = BigDecimal.valueOf(t).round(SIGNIFICANT);
            int exponent = d.precision() - d.scale() - 1;
            int power = exponent - d.stripTrailingZeros().precision() + 1;
            boolean plain = exponent >= -3 && exponent <= 3;
            labels[i] = plain ? fixed(d, Math.max(0, -power), glyphs) : scientific(d, power, glyphs);
        }
        return labels;
    }

    /** {@code v} rounded to {@code decimals} decimals, with the glyph set's minus sign. */
    static String fixed(double v, int decimals, Glyphs glyphs) {
        return Double.isFinite(v) ? fixed(BigDecimal.valueOf(v), decimals, glyphs) : nonFinite(v, glyphs);
    }

    private static String fixed(BigDecimal v, int decimals, Glyphs glyphs) {
        BigDecimal d = v.setScale(decimals, RoundingMode.HALF_EVEN);
        if (d.signum() == 0) {
            d = d.abs();
        }
        return minus(d.toPlainString(), glyphs);
    }

    /**
     * {@code v} as mantissa times a power of ten, rounded to a multiple of 10^{@code power}, with
     * trailing zeros of the mantissa removed: "2.5×10⁶", "10⁻⁵" for an exact power, "0" for zero.
     */
    static String scientific(double v, int power, Glyphs glyphs) {
        return Double.isFinite(v) ? scientific(BigDecimal.valueOf(v), power, glyphs) : nonFinite(v, glyphs);
    }

    private static String scientific(BigDecimal v, int power, Glyphs glyphs) {
        BigDecimal rounded = v.setScale(-power, RoundingMode.HALF_EVEN);
        if (rounded.signum() == 0) {
            return "0";
        }
        int exponent = rounded.precision() - rounded.scale() - 1;
        BigDecimal mantissa = rounded.movePointLeft(exponent).stripTrailingZeros();
        String m = mantissa.toPlainString();
        if (glyphs == Glyphs.ASCII) {
            return m + "e" + exponent;
        }
        String powerOfTen = "10" + superscript(exponent);
        if (mantissa.abs().compareTo(BigDecimal.ONE) == 0) {
            return (mantissa.signum() < 0 ? "−" : "") + powerOfTen;
        }
        return minus(m, glyphs) + "×" + powerOfTen;
    }

    /** "⁻¹²" for -12. */
    static String superscript(int n) {
        StringBuilder sb = new StringBuilder();
        if (n < 0) {
            sb.append('⁻');
        }
        for (char c : Integer.toString(Math.abs(n)).toCharArray()) {
            sb.append(SUPERSCRIPT_DIGITS.charAt(c - '0'));
        }
        return sb.toString();
    }

    private static String minus(String s, Glyphs glyphs) {
        return glyphs == Glyphs.UNICODE ? s.replace('-', '−') : s;
    }

    private static String nonFinite(double v, Glyphs glyphs) {
        if (Double.isNaN(v)) {
            return "NaN";
        }
        return glyphs == Glyphs.UNICODE ? (v > 0 ? "∞" : "−∞") : (v > 0 ? "inf" : "-inf");
    }

    /** floor(log10(|v|)), exact at powers of ten; 0 for zero. */
    static int exponentOf(double v) {
        if (v == 0 || !Double.isFinite(v)) {
            return 0;
        }
        BigDecimal d = BigDecimal.valueOf(Math.abs(v));
        return d.precision() - d.scale() - 1;
    }

}
