package org.silkroadatlas.model;

import java.util.Locale;

public enum CableKind {
    SUBMARINE, TERRESTRIAL;

    public String id() { return name().toLowerCase(Locale.ROOT); }
}
