package org.activationlab.ui.presentation;

/**
 * A view that can hide its secondary controls for the classroom (View &gt; Hide Controls),
 * leaving its figures and the few sliders a lesson turns.
 */
public interface Presentable {

    /** Hides the side panels and secondary controls, or shows them again. */
    void setControlsHidden(boolean hidden);
}
