/**
 * Plain-text labels for model values (dates at their precision, statuses, kinds), shared by the
 * panels and the command line so that every view words a fact the same way. JDK and model only.
 */
package org.silkroadatlas.text;
