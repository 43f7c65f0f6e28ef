package org.silkroadatlas.shell;

import javafx.scene.Node;

/**
 * The panels the main window arranges. Built by {@link PanelFactory} from the real panels; the
 * window itself only lays them out and wires menus and shortcuts.
 */
public record ShellParts(Node map, Node layerControl, Node legend, Node timeline, Node figures, Node detail,
                         Node briefing, Runnable zoomToFit, Runnable zoomToSelection) { }
