package org.silkroadatlas.ui;

import javafx.scene.control.Label;

/**
 * A label that wraps its text and remembers its height for the last widths asked. Nested boxes ask
 * a wrapped label for its minimum and preferred height several times per layout pass (each level
 * of nesting multiplies the calls), and JavaFX lays the text out anew each time; with a long text
 * that made one year step of the figures panel cost tens of milliseconds. Anything that can change
 * the height (text, font, padding, graphic, style) asks for layout, which forgets the heights.
 */
public class WrappedLabel extends Label {
    private double prefWidthAsked = Double.NaN;
    private double prefHeight;
    private double minWidthAsked = Double.NaN;
    private double minHeight;

    public WrappedLabel() {
        this("");
    }

    public WrappedLabel(String text) {
        super(text);
        setWrapText(true);
    }

    @Override public void requestLayout() {
        prefWidthAsked = Double.NaN;
        minWidthAsked = Double.NaN;
        super.requestLayout();
    }

    @Override protected double computePrefHeight(double width) {
        if (width != prefWidthAsked) {
            prefHeight = super.computePrefHeight(width);
            prefWidthAsked = width;
        }
        return prefHeight;
    }

    @Override protected double computeMinHeight(double width) {
        if (width != minWidthAsked) {
            minHeight = super.computeMinHeight(width);
            minWidthAsked = width;
        }
        return minHeight;
    }
}
