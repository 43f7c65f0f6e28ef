/**
 * The one hub every view observes: {@link org.silkroadatlas.state.ExplorerState}. Uses JavaFX
 * beans and collections only, never controls, so it is tested without a toolkit.
 */
package org.silkroadatlas.state;
