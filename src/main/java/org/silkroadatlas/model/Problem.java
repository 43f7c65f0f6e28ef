package org.silkroadatlas.model;

/**
 * One problem found in a data pack, located as precisely as the input allows
 * (line and column are 0 when unknown).
 */
public record Problem(String file, int line, int column, String field, String message) {
    @Override public String toString() {
        return file + ":" + line + ":" + column + ": " + (field == null || field.isEmpty() ? "-" : field) + ": " + message;
    }
}
