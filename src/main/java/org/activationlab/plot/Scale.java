package org.activationlab.plot;

/** How data values map to positions along an axis. */
public enum Scale {
    /** Position proportional to the value. */
    LINEAR,
    /** Position proportional to log10 of the value; only positive values are drawn. */
    LOG
}
