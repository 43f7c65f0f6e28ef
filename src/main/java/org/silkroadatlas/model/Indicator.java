package org.silkroadatlas.model;

import java.util.Objects;

/** An indicator of the figures catalogue: what a value measures and in which unit. */
public record Indicator(String id, String nameEn, String nameZh, String unit, String definition, String dataset) {
    public Indicator {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(unit, "unit");
    }
}
