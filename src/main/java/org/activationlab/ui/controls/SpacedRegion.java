package org.activationlab.ui.controls;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javafx.beans.property.DoubleProperty;
import javafx.css.CssMetaData;
import javafx.css.Styleable;
import javafx.css.StyleableDoubleProperty;
import javafx.css.StyleableProperty;
import javafx.css.converter.SizeConverter;
import javafx.scene.layout.Region;

/**
 * A region that lays out its children with a gap between them, set by the CSS property
 * {@code -fx-spacing} (in ems, so that it follows View &gt; Scale), as a box's is.
 */
abstract class SpacedRegion extends Region {
    private static final CssMetaData<SpacedRegion, Number> SPACING = new CssMetaData<>("-fx-spacing",
            SizeConverter.getInstance(), 0.0) {
        @Override
        public boolean isSettable(SpacedRegion pane) {
            return !pane.spacing.isBound();
        }

        @Override
        public StyleableProperty<Number> getStyleableProperty(SpacedRegion pane) {
            return pane.spacing;
        }
    };
    private static final List<CssMetaData<? extends Styleable, ?>> CSS_META_DATA;

    static {
        List<CssMetaData<? extends Styleable, ?>> all = new ArrayList<>(Region.getClassCssMetaData());
        all.add(SPACING);
        CSS_META_DATA = Collections.unmodifiableList(all);
    }

    private final StyleableDoubleProperty spacing = new StyleableDoubleProperty(0) {
        @Override
        protected void invalidated() {
            requestLayout();
        }

        @Override
        public Object getBean() {
            return SpacedRegion.this;
        }

        @Override
        public String getName() {
            return "spacing";
        }

        @Override
        public CssMetaData<SpacedRegion, Number> getCssMetaData() {
            return SPACING;
        }
    };

    /** The gap between two children. */
    public final DoubleProperty spacingProperty() {
        return spacing;
    }

    /** The gap between two children, in pixels. */
    protected final double spacing() {
        return spacing.get();
    }

    public static List<CssMetaData<? extends Styleable, ?>> getClassCssMetaData() {
        return CSS_META_DATA;
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getCssMetaData() {
        return getClassCssMetaData();
    }
}
