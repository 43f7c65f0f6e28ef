/**
 * Immutable records of the Digital Silk Road data pack. Plain JDK only: no JavaFX, no Jackson,
 * so every other layer (loader, state, panels, command line) can share them.
 */
package org.silkroadatlas.model;
