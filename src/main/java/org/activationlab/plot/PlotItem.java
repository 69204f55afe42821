package org.activationlab.plot;

/**
 * Something drawn inside a panel's plot area, in data coordinates. Items are drawn in list
 * order, so earlier items lie under later ones.
 */
public sealed interface PlotItem
        permits Series, XRegion, ReferenceLine, Marker, TextNote, HeatMap, Bars, Band, BoxPlot {
}
