package org.silkroadatlas.state;

/** The window's base look: a light theme for bright rooms and desks, a dark one for dim rooms. */
public enum Theme {
    LIGHT,
    DARK
}
