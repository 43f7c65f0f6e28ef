package org.silkroadatlas.text;

import java.util.Locale;
import org.silkroadatlas.model.CableKind;
import org.silkroadatlas.model.CableStatus;
import org.silkroadatlas.model.Confidence;
import org.silkroadatlas.model.EventCategory;
import org.silkroadatlas.model.MembershipStatus;
import org.silkroadatlas.model.Organisation;
import org.silkroadatlas.model.RoutePrecision;
import org.silkroadatlas.model.ZoneKind;

/** Human words for the model's enums, one place so every panel says the same thing. */
public final class Labels {
    private Labels() { }

    public static String status(MembershipStatus s) {
        return switch (s) {
            case MEMBER -> "member";
            case PARTNER -> "partner";
            case OBSERVER -> "observer";
            case DIALOGUE_PARTNER -> "dialogue partner";
            case NONE -> "no status";
        };
    }

    public static String organisation(Organisation o) {
        return o == Organisation.SCO ? "SCO" : "ASEAN";
    }

    public static String category(EventCategory c) {
        return switch (c) {
            case CABLE -> "Cables";
            case AGREEMENT -> "Agreements";
            case TRADE -> "Trade & e-commerce";
            case MEMBERSHIP -> "Membership";
            case ZONE -> "Zones";
        };
    }

    public static String cableKind(CableKind k) {
        return k == CableKind.SUBMARINE ? "submarine" : "terrestrial";
    }

    public static String cableStatus(CableStatus s) {
        return switch (s) {
            case IN_SERVICE -> "in service";
            case PLANNED -> "planned";
            case UNDER_CONSTRUCTION -> "under construction";
            case NOT_INTERCONNECTED -> "not interconnected";
            case FEASIBILITY -> "feasibility study";
            case UNKNOWN -> "status unknown";
        };
    }

    public static String routePrecision(RoutePrecision p) {
        return switch (p) {
            case SURVEYED -> "surveyed path";
            case SCHEMATIC -> "schematic route, not the surveyed path";
            case ENDPOINTS_ONLY -> "end points only: a straight schematic line, not the surveyed path";
        };
    }

    public static String zoneKind(ZoneKind k) {
        return switch (k) {
            case CBEC_PILOT_ZONE -> "cross-border e-commerce comprehensive pilot zone";
            case SILK_ROAD_ECOMMERCE_ZONE -> "Silk Road E-commerce cooperation pilot zone";
            case INFORMATION_HARBOUR -> "information harbour";
            case DEMONSTRATION_AREA -> "demonstration area";
            case DIGITAL_HUB -> "digital hub";
            case DATA_CENTRE -> "data centre";
            case COOPERATION_PLATFORM -> "cooperation platform";
            case OVERSEAS_HUB -> "overseas hub";
        };
    }

    /** "high", "medium", "low", or "not rated" when the source row gives none. */
    public static String confidence(Confidence c) {
        return c == null ? "not rated" : c.name().toLowerCase(Locale.ROOT);
    }
}
