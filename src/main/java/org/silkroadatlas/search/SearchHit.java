package org.silkroadatlas.search;

import org.silkroadatlas.model.EntityKind;

/** One result: the entity's id and kind, the labels to show, and how well it matched. */
public record SearchHit(String id, EntityKind kind, String label, String secondary, int score) { }
