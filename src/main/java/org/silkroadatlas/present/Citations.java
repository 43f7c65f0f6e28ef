package org.silkroadatlas.present;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.silkroadatlas.model.Dataset;
import org.silkroadatlas.model.Membership;
import org.silkroadatlas.model.Organisation;
import org.silkroadatlas.model.Source;
import org.silkroadatlas.state.SceneSnapshot;
import org.silkroadatlas.text.Names;
import org.silkroadatlas.text.Tr;

/** The sources behind what a scene shows about its selected entity, as one printable line each. */
public final class Citations {
    private static final Tr TR = Tr.of(Citations.class);

    private Citations() { }

    /** A readable name for an id in the pack ("Pakistan (PAK)"), or the id itself when the pack lacks it. */
    public static String entityName(Dataset data, String id) {
        return entityName(data, id, java.util.Locale.ENGLISH);
    }

    /**
     * The same in the reader's language: the data's Chinese name where it has one, else the English
     * one (never a translation made here). Cable names and event titles exist in English only.
     */
    public static String entityName(Dataset data, String id, java.util.Locale locale) {
        if (id == null) return "";
        if (data.country(id).isPresent()) return displayName(data, id, locale) + " (" + id + ")";
        var event = data.event(id);
        if (event.isPresent()) return event.get().date() + " " + event.get().title();
        return displayName(data, id, locale);
    }

    /** The entity's name alone (no code, no date), in the reader's language where the data has it. */
    public static String displayName(Dataset data, String id, java.util.Locale locale) {
        if (id == null) return "";
        var country = data.country(id);
        if (country.isPresent()) return Names.country(country.get(), locale);
        var zone = data.zone(id);
        if (zone.isPresent()) return Names.zone(zone.get(), locale);
        var cable = data.cable(id);
        if (cable.isPresent()) return Names.cable(cable.get(), locale);
        var event = data.event(id);
        if (event.isPresent()) return Names.event(event.get(), locale);
        return id;
    }

    /**
     * Source ids for the scene's selection: the entity's own, plus for a country the membership
     * spells in force in the scene's year (what the map colours it by).
     */
    public static List<String> sourceIds(Dataset data, SceneSnapshot scene) {
        String id = scene.selection();
        Set<String> ids = new LinkedHashSet<>();
        if (id == null) return List.of();
        data.country(id).ifPresent(c -> {
            ids.addAll(c.sources());
            for (Organisation org : Organisation.values()) {
                Membership m = c.spellAt(org, scene.year());
                if (m != null) ids.addAll(m.sources());
            }
        });
        data.cable(id).ifPresent(c -> ids.addAll(c.sources()));
        data.zone(id).ifPresent(z -> ids.addAll(z.sources()));
        data.event(id).ifPresent(e -> ids.addAll(e.sources()));
        return List.copyOf(ids);
    }

    /** One line per source: label, publisher, date and address where the pack gives them. */
    public static List<String> lines(Dataset data, SceneSnapshot scene) {
        return lines(data, scene, java.util.Locale.ENGLISH);
    }

    /**
     * The same for a page in {@code locale}: a source is cited as the pack records it (its title is
     * the publication's own); only the note on a source missing from the pack is in the page's language.
     */
    public static List<String> lines(Dataset data, SceneSnapshot scene, java.util.Locale locale) {
        List<String> out = new ArrayList<>();
        for (String sid : sourceIds(data, scene)) {
            out.add(data.source(sid).map(Citations::line).orElse(TR.get(locale, "cite.missingSource", sid)));
        }
        return out;
    }

    static String line(Source s) {
        StringBuilder b = new StringBuilder(s.label());
        if (s.publisher() != null && !s.publisher().isBlank() && !s.publisher().equals(s.label())) b.append(". ").append(s.publisher());
        if (s.date() != null && !s.date().isBlank()) b.append(", ").append(s.date());
        if (s.url() != null && !s.url().isBlank() && !s.url().equals(s.label())) b.append(". ").append(s.url());
        return b.toString();
    }

    /** Whether the scene's selection exists in this pack (no selection counts as present). */
    static boolean selectionKnown(Dataset data, SceneSnapshot scene) {
        return scene.selection() == null || data.kindOf(scene.selection()).isPresent();
    }

}
