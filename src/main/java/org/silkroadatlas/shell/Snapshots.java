package org.silkroadatlas.shell;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.silkroadatlas.io.AtomicFile;

/** Pictures of what the app shows, written as PNG. Must run on the FX thread. */
public final class Snapshots {
    private Snapshots() { }

    public static WritableImage of(Scene scene) {
        return scene.snapshot(null);
    }

    public static void writePng(WritableImage image, Path file) throws IOException {
        BufferedImage img = SwingFXUtils.fromFXImage(image, null);
        // Drop alpha: some viewers show transparent pixels as black.
        BufferedImage rgb = new BufferedImage(img.getWidth(), img.getHeight(), BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = rgb.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, img.getWidth(), img.getHeight());
        g.drawImage(img, 0, 0, null);
        g.dispose();
        AtomicFile.write(file, out -> ImageIO.write(rgb, "png", out));
    }
}
