/** Small UI helpers that more than one panel draws with (panels may not import each other). */
package org.silkroadatlas.ui;
