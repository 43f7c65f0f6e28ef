package org.silkroadatlas.model;

public enum EntityKind {
    COUNTRY, CABLE, ZONE, EVENT
}
