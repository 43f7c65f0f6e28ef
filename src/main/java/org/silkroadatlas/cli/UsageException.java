package org.silkroadatlas.cli;

/** Wrong command-line arguments; the message says what was expected. */
public final class UsageException extends Exception {
    private static final long serialVersionUID = 1L;

    public UsageException(String message) { super(message); }
}
