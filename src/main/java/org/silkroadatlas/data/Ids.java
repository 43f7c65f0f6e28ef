package org.silkroadatlas.data;

import java.util.HashMap;
import java.util.Map;

import org.silkroadatlas.model.CableKind;
import org.silkroadatlas.model.CableStatus;
import org.silkroadatlas.model.Confidence;
import org.silkroadatlas.model.EventCategory;
import org.silkroadatlas.model.MembershipStatus;
import org.silkroadatlas.model.Organisation;
import org.silkroadatlas.model.RoutePrecision;
import org.silkroadatlas.model.ZoneKind;

/** The pack's text ids of the model's enums, looked up without exceptions (null when unknown). */
final class Ids {
    private Ids() { }

    private static final Map<String, Confidence> CONFIDENCE = new HashMap<>();
    private static final Map<String, CableKind> CABLE_KIND = new HashMap<>();
    private static final Map<String, CableStatus> CABLE_STATUS = new HashMap<>();
    private static final Map<String, RoutePrecision> ROUTE = new HashMap<>();
    private static final Map<String, ZoneKind> ZONE_KIND = new HashMap<>();
    private static final Map<String, EventCategory> CATEGORY = new HashMap<>();
    private static final Map<String, Organisation> ORGANISATION = new HashMap<>();
    private static final Map<String, MembershipStatus> STATUS = new HashMap<>();

    static {
        for (Confidence c : Confidence.values()) CONFIDENCE.put(c.id(), c);
        for (CableKind c : CableKind.values()) CABLE_KIND.put(c.id(), c);
        for (CableStatus c : CableStatus.values()) CABLE_STATUS.put(c.id(), c);
        for (RoutePrecision c : RoutePrecision.values()) ROUTE.put(c.id(), c);
        for (ZoneKind c : ZoneKind.values()) ZONE_KIND.put(c.id(), c);
        for (EventCategory c : EventCategory.values()) CATEGORY.put(c.id(), c);
        for (Organisation c : Organisation.values()) ORGANISATION.put(c.name().toLowerCase(java.util.Locale.ROOT), c);
        // "none" is what an export says; a pack records only spells that hold a status.
        for (MembershipStatus c : MembershipStatus.values()) if (c != MembershipStatus.NONE) STATUS.put(c.id(), c);
    }

    static Confidence confidence(String s) { return CONFIDENCE.get(s); }
    static CableKind cableKind(String s) { return CABLE_KIND.get(s); }
    static CableStatus cableStatus(String s) { return CABLE_STATUS.get(s); }
    static RoutePrecision routePrecision(String s) { return ROUTE.get(s); }
    static ZoneKind zoneKind(String s) { return ZONE_KIND.get(s); }
    static EventCategory category(String s) { return CATEGORY.get(s); }
    static Organisation organisation(String s) { return ORGANISATION.get(s); }
    static MembershipStatus membershipStatus(String s) { return STATUS.get(s); }

    static final String CABLE_KINDS = "submarine, terrestrial";
    static final String CABLE_STATUSES = "in_service, planned, under_construction, not_interconnected, feasibility, unknown";
    static final String ROUTE_PRECISIONS = "schematic, endpoints_only, surveyed";
    static final String ZONE_KINDS = "cbec_pilot_zone, silk_road_ecommerce_zone, information_harbour, demonstration_area, digital_hub, data_centre, cooperation_platform, overseas_hub";
    static final String CATEGORIES = "infrastructure/cable, governance/agreement, trade/e-commerce, organisation/membership, zone";
    static final String ORGANISATIONS = "sco, asean";
    static final String STATUSES = "member, partner, observer, dialogue_partner";
}
