package org.silkroadatlas.table;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import org.silkroadatlas.model.CableKind;
import org.silkroadatlas.model.CableStatus;
import org.silkroadatlas.model.Country;
import org.silkroadatlas.model.Dataset;
import org.silkroadatlas.model.MembershipStatus;
import org.silkroadatlas.model.Organisation;
import org.silkroadatlas.model.Source;
import org.silkroadatlas.model.Zone;
import org.silkroadatlas.model.ZoneKind;
import org.silkroadatlas.text.Tr;

/** Every word the table shows, in the reader's language (this package's messages bundles). */
public final class TableWords {
    private static final Tr TR = Tr.of(TableWords.class);
    private final Locale locale;

    public TableWords(Locale locale) { this.locale = Tr.supported(locale); }

    public Locale locale() { return locale; }

    private String t(String key, Object... args) { return TR.get(locale, key, args); }

    String country() { return t("kind.country"); }

    /** The pack's Chinese name for a Chinese reader where it has one, else the English name. */
    String countryName(Country c) {
        return Tr.isChinese(locale) && c.nameZh() != null && !c.nameZh().isBlank() ? c.nameZh() : c.nameEn();
    }

    String zoneName(Zone z) {
        return Tr.isChinese(locale) && z.nameZh() != null && !z.nameZh().isBlank() ? z.nameZh() : z.nameEn();
    }

    String membership(Organisation org, MembershipStatus s, String since) {
        return t("membership.since", t("org." + org.name().toLowerCase(Locale.ROOT)), t("membership." + s.id()), since);
    }

    String noStatus() { return t("china.reference"); }

    String cableKind(CableKind k) { return t(k == CableKind.SUBMARINE ? "kind.submarine" : "kind.terrestrial"); }

    String cableStatus(CableStatus s) { return t("cable." + s.id()); }

    String zoneKind(ZoneKind k) { return t("zone." + k.id()); }

    String zoneStanding() { return t("zone.standing"); }

    String zoneBatch(int batch) { return t("zone.batch", String.valueOf(batch)); }

    /** The first source's label, and how many more there are. */
    String sources(Dataset d, List<String> ids) {
        List<String> unique = new ArrayList<>(new LinkedHashSet<>(ids));
        if (unique.isEmpty()) return t("source.none");
        String first = d.source(unique.get(0)).map(Source::label).orElse(unique.get(0));
        int more = unique.size() - 1;
        return more == 0 ? first : t("source.more", first, more);
    }

    String column(String key) { return t("column." + key); }

    String filterPrompt() { return t("filter.prompt"); }

    String tableAccessibleText() { return t("table.accessible"); }

    String tableHelp() { return t("table.help"); }

    String count(int shown, int total, int year) {
        return shown == total ? t("count.all", total, String.valueOf(year)) : t("count.filtered", total, String.valueOf(year), shown);
    }

    String empty() { return t("empty"); }
}
