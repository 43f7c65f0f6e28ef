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

/**
 * Human words for the model's enums, one place so every panel says the same thing. Each has a
 * locale-taking form for the interface; the English-only forms serve the command line and exports
 * and read the same bundle, so the two never drift apart.
 */
public final class Labels {
    private static final Tr TR = Tr.of(Labels.class);

    private Labels() { }

    public static String status(MembershipStatus s) { return status(s, Tr.ENGLISH); }

    public static String status(MembershipStatus s, Locale locale) {
        return TR.get(locale, "status." + key(s));
    }

    /** "SCO" / "ASEAN", or 上合组织 / 东盟: the short name a reader uses. */
    public static String organisation(Organisation o) { return organisation(o, Tr.ENGLISH); }

    public static String organisation(Organisation o, Locale locale) {
        return TR.get(locale, "org." + key(o));
    }

    public static String category(EventCategory c) { return category(c, Tr.ENGLISH); }

    public static String category(EventCategory c, Locale locale) {
        return TR.get(locale, "category." + key(c));
    }

    public static String cableKind(CableKind k) { return cableKind(k, Tr.ENGLISH); }

    /** English "submarine"/"terrestrial" (an adjective); Chinese 海底光缆/陆地光缆 (a noun, as Chinese says it). */
    public static String cableKind(CableKind k, Locale locale) {
        return TR.get(locale, "cableKind." + key(k));
    }

    public static String cableStatus(CableStatus s) { return cableStatus(s, Tr.ENGLISH); }

    public static String cableStatus(CableStatus s, Locale locale) {
        return TR.get(locale, "cableStatus." + key(s));
    }

    public static String routePrecision(RoutePrecision p) { return routePrecision(p, Tr.ENGLISH); }

    public static String routePrecision(RoutePrecision p, Locale locale) {
        return TR.get(locale, "route." + key(p));
    }

    public static String zoneKind(ZoneKind k) { return zoneKind(k, Tr.ENGLISH); }

    public static String zoneKind(ZoneKind k, Locale locale) {
        return TR.get(locale, "zoneKind." + key(k));
    }

    /** "high", "medium", "low", or "not rated" when the source row gives none. */
    public static String confidence(Confidence c) { return confidence(c, Tr.ENGLISH); }

    public static String confidence(Confidence c, Locale locale) {
        return TR.get(locale, "confidence." + (c == null ? "none" : key(c)));
    }

    private static String key(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }
}
