package org.silkroadatlas.text;

import java.util.Locale;
import org.silkroadatlas.model.Cable;
import org.silkroadatlas.model.Country;
import org.silkroadatlas.model.Event;
import org.silkroadatlas.model.Indicator;
import org.silkroadatlas.model.Organisation;
import org.silkroadatlas.model.Zone;

/**
 * An entity's name in the reader's language, taken from the data and never translated here:
 * the Chinese name where the pack gives one, else the English name. Cables and events carry
 * only one name in the pack, so they read the same in both languages.
 */
public final class Names {
    private Names() { }

    public static String country(Country c, Locale locale) {
        return pick(c.nameEn() != null && !c.nameEn().isBlank() ? c.nameEn() : c.iso3(), c.nameZh(), locale);
    }

    public static String zone(Zone z, Locale locale) {
        return pick(z.nameEn(), z.nameZh(), locale);
    }

    public static String indicator(Indicator i, Locale locale) {
        return pick(i.nameEn() != null && !i.nameEn().isBlank() ? i.nameEn() : i.id(), i.nameZh(), locale);
    }

    /** The organisation's full name: "Shanghai Cooperation Organisation" / 上海合作组织. */
    public static String organisation(Organisation o, Locale locale) {
        return pick(o.nameEn(), o.nameZh(), locale);
    }

    public static String cable(Cable c, Locale locale) {
        return c.name();
    }

    public static String event(Event e, Locale locale) {
        return e.title();
    }

    /** {@code zh} for a Chinese reader when the data has it, otherwise {@code en}. */
    public static String pick(String en, String zh, Locale locale) {
        return Tr.isChinese(locale) && zh != null && !zh.isBlank() ? zh : en;
    }
}
