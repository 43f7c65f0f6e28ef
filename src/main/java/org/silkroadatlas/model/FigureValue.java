package org.silkroadatlas.model;

import java.util.List;
import java.util.Objects;

/**
 * One value of an indicator for a geography (ISO3 or a group such as SCO, ASEAN, WORLD) and year
 * ({@code year} is null where the source gives none, e.g. "latency cut by 40%").
 * {@code value} is null where the source gives only a bound or an approximation; then
 * {@code valueText} keeps it as stated (">33", "~30").
 */
public record FigureValue(String indicator, String geography, Integer year, Double value, String valueText,
                          String datasetVersion, List<String> sources, Confidence confidence, String note) {
    public FigureValue {
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(geography, "geography");
        sources = List.copyOf(sources == null ? List.of() : sources);
    }
}
