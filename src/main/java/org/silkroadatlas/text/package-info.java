/**
 * The interface's words: plain-text labels for model values (dates at their precision, statuses,
 * kinds) shared by the panels and the command line, so every view words a fact the same way, and
 * {@link org.silkroadatlas.text.Tr}, the English and Chinese resource bundles of each package.
 * JDK, model and javafx.beans only.
 */
package org.silkroadatlas.text;
