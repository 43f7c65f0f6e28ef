package org.silkroadatlas.map;

import java.util.LinkedHashSet;
import java.util.Set;
import org.silkroadatlas.model.Dataset;

/**
 * The countries the map outlines for a selection: the country itself, the parties of an event,
 * the landing countries of a cable, the country of a zone. So selecting "Iran joins the SCO" on the
 * timeline shows Iran on the map.
 */
final class SelectedCountries {
    private SelectedCountries() { }

    static Set<String> of(Dataset data, String id) {
        Set<String> out = new LinkedHashSet<>();
        if (id == null) return out;
        data.country(id).ifPresent(c -> out.add(c.iso3()));
        data.event(id).ifPresent(e -> out.addAll(e.countries()));
        data.cable(id).ifPresent(c -> out.addAll(c.countries()));
        data.zone(id).ifPresent(z -> { if (z.iso3() != null) out.add(z.iso3()); });
        return out;
    }
}
