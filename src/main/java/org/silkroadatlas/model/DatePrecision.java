package org.silkroadatlas.model;

/** How much of a date the source actually states. */
public enum DatePrecision {
    DAY, MONTH, QUARTER, YEAR
}
