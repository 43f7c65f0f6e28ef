package org.silkroadatlas.panels;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;

/** Writes a node's snapshot to target/snapshots/NAME.png so a person can look at it. */
public final class Snapshots {
    private Snapshots() { }

    public static Path save(Node node, String name) {
        try {
            WritableImage img = javafx.application.Platform.isFxApplicationThread() ? node.snapshot(null, null)
                    : org.testfx.util.WaitForAsyncUtils.waitFor(org.testfx.util.WaitForAsyncUtils.asyncFx(() -> node.snapshot(null, null)));
            Path dir = Path.of("target", "snapshots");
            Files.createDirectories(dir);
            Path out = dir.resolve(name + ".png");
            ImageIO.write(SwingFXUtils.fromFXImage(img, null), "png", out.toFile());
            return out;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
