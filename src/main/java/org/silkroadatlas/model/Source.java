package org.silkroadatlas.model;

import java.util.Objects;

/**
 * Where a fact comes from. Fields the raw material does not give are null, never guessed.
 * {@code date} is the publication date as text at its own precision.
 */
public record Source(String id, String title, String publisher, String date, String url, String note) {
    public Source {
        Objects.requireNonNull(id, "id");
    }

    /** A short human label: the title, else the publisher, else the address. */
    public String label() {
        if (title != null && !title.isBlank()) return title;
        if (publisher != null && !publisher.isBlank()) return publisher;
        return url != null ? url : id;
    }
}
