package org.silkroadatlas.model;

import java.util.List;

/**
 * The outline of one country of the basemap. Each ring is a flat array of lon,lat pairs;
 * the first ring of each polygon is its outer boundary. {@code iso3} may be a non-ISO code
 * (for example "KAS" for the Siachen Glacier) as the basemap source gives it.
 */
public record CountryShape(String iso3, String name, List<float[]> rings, double minLon, double minLat,
                           double maxLon, double maxLat) {
    public CountryShape {
        rings = List.copyOf(rings);
    }
}
