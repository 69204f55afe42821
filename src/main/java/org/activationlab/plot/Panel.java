package org.activationlab.plot;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One plot area of a figure: its own y axis, its items (drawn in order) and its legend. Panels
 * of a figure are stacked vertically and share the figure's x axis.
 *
 * @param yAxis the vertical axis
 * @param items what is drawn, bottom-most first
 * @param legend the legend, or {@link Legend#NONE}
 * @param weight the panel's share of the figure's height relative to the other panels (> 0)
 */
public record Panel(Axis yAxis, List<PlotItem> items, Legend legend, double weight) {

    public Panel {
        Objects.requireNonNull(yAxis, "yAxis");
        items = List.copyOf(items);
        Objects.requireNonNull(legend, "legend");
        if (!(weight > 0) || !Double.isFinite(weight)) {
            throw new IllegalArgumentException("panel weight must be a finite number > 0, got " + weight);
        }
        if (yAxis.scale() != Scale.LINEAR && items.stream().anyMatch(HeatMap.class::isInstance)) {
            throw new IllegalArgumentException("a heat map needs a linear y axis");
        }
    }

    /** A builder for a panel with this y axis. */
    public static Builder builder(Axis yAxis) {
        return new Builder(yAxis);
    }

    /** The series of this panel, in drawing order. */
    public List<Series> series() {
        return items.stream().filter(Series.class::isInstance).map(Series.class::cast).toList();
    }

    /** Collects the items of a panel. */
    public static final class Builder {
        private final Axis yAxis;
        private final List<PlotItem> items = new ArrayList<>();
        private Legend legend = Legend.NONE;
        private double weight = 1;

        private Builder(Axis yAxis) {
            this.yAxis = Objects.requireNonNull(yAxis, "yAxis");
        }

        /** Adds an item on top of those added before. */
        public Builder add(PlotItem item) {
            items.add(Objects.requireNonNull(item, "item"));
            return this;
        }

        /** Adds items on top of those added before, in order. */
        public Builder addAll(List<? extends PlotItem> more) {
            more.forEach(this::add);
            return this;
        }

        public Builder legend(Legend newLegend) {
            this.legend = newLegend;
            return this;
        }

        public Builder weight(double newWeight) {
            this.weight = newWeight;
            return this;
        }

        public Panel build() {
            return new Panel(yAxis, items, legend, weight);
        }
    }
}
