package org.silkroadatlas.state;

import java.util.EnumSet;
import java.util.Set;
import org.silkroadatlas.model.CableKind;
import org.silkroadatlas.model.CableStatus;
import org.silkroadatlas.model.Organisation;
import org.silkroadatlas.model.ZoneKind;

/**
 * What the map shows: layer visibility and opacity, and the filters within each layer.
 * Immutable; change it with the {@code with...} methods and {@link ExplorerState#setFilters}.
 * An empty {@code batches} set means every batch.
 */
public record MapFilters(boolean partnersVisible, boolean cablesVisible, boolean zonesVisible,
                         double partnersOpacity, double cablesOpacity, double zonesOpacity,
                         Set<Organisation> organisations, Set<CableKind> cableKinds, Set<CableStatus> cableStatuses,
                         Set<ZoneKind> zoneKinds, Set<Integer> batches) {

    public static final MapFilters ALL = new MapFilters(true, true, true, 1, 1, 1,
            EnumSet.allOf(Organisation.class), EnumSet.allOf(CableKind.class), EnumSet.allOf(CableStatus.class),
            EnumSet.allOf(ZoneKind.class), Set.of());

    public MapFilters {
        organisations = Set.copyOf(organisations);
        cableKinds = Set.copyOf(cableKinds);
        cableStatuses = Set.copyOf(cableStatuses);
        zoneKinds = Set.copyOf(zoneKinds);
        batches = Set.copyOf(batches);
        partnersOpacity = clamp(partnersOpacity);
        cablesOpacity = clamp(cablesOpacity);
        zonesOpacity = clamp(zonesOpacity);
    }

    private static double clamp(double v) { return Double.isFinite(v) ? Math.max(0, Math.min(1, v)) : 1; }

    public MapFilters withPartnersVisible(boolean v) { return new MapFilters(v, cablesVisible, zonesVisible, partnersOpacity, cablesOpacity, zonesOpacity, organisations, cableKinds, cableStatuses, zoneKinds, batches); }
    public MapFilters withCablesVisible(boolean v) { return new MapFilters(partnersVisible, v, zonesVisible, partnersOpacity, cablesOpacity, zonesOpacity, organisations, cableKinds, cableStatuses, zoneKinds, batches); }
    public MapFilters withZonesVisible(boolean v) { return new MapFilters(partnersVisible, cablesVisible, v, partnersOpacity, cablesOpacity, zonesOpacity, organisations, cableKinds, cableStatuses, zoneKinds, batches); }
    public MapFilters withOpacities(double partners, double cables, double zones) { return new MapFilters(partnersVisible, cablesVisible, zonesVisible, partners, cables, zones, organisations, cableKinds, cableStatuses, zoneKinds, batches); }
    public MapFilters withOrganisations(Set<Organisation> v) { return new MapFilters(partnersVisible, cablesVisible, zonesVisible, partnersOpacity, cablesOpacity, zonesOpacity, v, cableKinds, cableStatuses, zoneKinds, batches); }
    public MapFilters withCableKinds(Set<CableKind> v) { return new MapFilters(partnersVisible, cablesVisible, zonesVisible, partnersOpacity, cablesOpacity, zonesOpacity, organisations, v, cableStatuses, zoneKinds, batches); }
    public MapFilters withCableStatuses(Set<CableStatus> v) { return new MapFilters(partnersVisible, cablesVisible, zonesVisible, partnersOpacity, cablesOpacity, zonesOpacity, organisations, cableKinds, v, zoneKinds, batches); }
    public MapFilters withZoneKinds(Set<ZoneKind> v) { return new MapFilters(partnersVisible, cablesVisible, zonesVisible, partnersOpacity, cablesOpacity, zonesOpacity, organisations, cableKinds, cableStatuses, v, batches); }
    public MapFilters withBatches(Set<Integer> v) { return new MapFilters(partnersVisible, cablesVisible, zonesVisible, partnersOpacity, cablesOpacity, zonesOpacity, organisations, cableKinds, cableStatuses, zoneKinds, v); }

    public boolean batchShown(Integer batch) { return batches.isEmpty() || batch == null || batches.contains(batch); }
}
