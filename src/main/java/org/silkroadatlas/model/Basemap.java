package org.silkroadatlas.model;

import java.util.List;

/** Country outlines at one scale (1:110m or 1:50m Natural Earth). */
public record Basemap(String scale, List<CountryShape> countries) {
    public Basemap {
        countries = List.copyOf(countries);
    }
}
