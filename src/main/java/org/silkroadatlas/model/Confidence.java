package org.silkroadatlas.model;

/** How sure the fact base is of a record (see shared/facts/README.md). */
public enum Confidence {
    HIGH, MEDIUM, LOW;

    public String id() { return name().toLowerCase(java.util.Locale.ROOT); }
}
