import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * Draws the Silk Road Atlas app icon and writes it in the forms jpackage wants on each system:
 * PNG (Linux, window icon), ICO (Windows) and ICNS (macOS), the last two holding PNG images.
 * Drawn from vector shapes so every size is sharp. Run from the project folder:
 *
 * <pre>java src/build/AppIconMaker.java src/main/packaging src/main/resources/org/silkroadatlas/shell</pre>
 *
 * The first folder gets the packaging icons, the second the window icons the app loads.
 */
public final class AppIconMaker {
    public static void main(String[] args) throws IOException {
        System.setProperty("java.awt.headless", "true");
        Path packaging = Path.of(args.length > 0 ? args[0] : "src/main/packaging");
        Path resources = Path.of(args.length > 1 ? args[1] : "src/main/resources/org/silkroadatlas/shell");
        Files.createDirectories(packaging);
        Files.createDirectories(resources);
        Map<Integer, byte[]> png = new LinkedHashMap<>();
        for (int size : new int[] {16, 32, 48, 64, 128, 256, 512}) png.put(size, png(draw(size)));
        Files.write(packaging.resolve("silk-road-atlas.png"), png.get(256));
        Files.write(packaging.resolve("silk-road-atlas-512.png"), png.get(512));
        Files.write(packaging.resolve("silk-road-atlas.ico"), ico(png, 16, 32, 48, 256));
        Files.write(packaging.resolve("silk-road-atlas.icns"), icns(png));
        for (int size : new int[] {16, 32, 64, 256}) Files.write(resources.resolve("app-icon-" + size + ".png"), png.get(size));
    }

    /** A night-blue tile, a globe of meridians, and a gold route linking three nodes across it. */
    static BufferedImage draw(int size) {
        BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.scale(size / 512.0, size / 512.0);

        g.setPaint(new GradientPaint(0, 0, new Color(0x14, 0x3d, 0x6b), 0, 512, new Color(0x0b, 0x22, 0x40)));
        g.fill(new RoundRectangle2D.Double(16, 16, 480, 480, 104, 104));

        Ellipse2D globe = new Ellipse2D.Double(76, 76, 360, 360);
        g.setPaint(new GradientPaint(0, 76, new Color(0x2f, 0x8f, 0x9d), 0, 436, new Color(0x1d, 0x5f, 0x7a)));
        g.fill(globe);
        g.setClip(globe);
        g.setColor(new Color(255, 255, 255, 70));
        g.setStroke(new BasicStroke(size < 48 ? 14 : 7));
        for (int w : new int[] {120, 240}) g.draw(new Ellipse2D.Double(256 - w / 2.0, 76, w, 360));
        g.drawLine(256, 76, 256, 436);
        for (int y : new int[] {166, 256, 346}) g.drawLine(76, y, 436, y);
        g.setClip(null);
        g.setColor(new Color(255, 255, 255, 150));
        g.setStroke(new BasicStroke(size < 48 ? 16 : 9));
        g.draw(globe);

        // The route: from east (China) westwards over land, then by sea; a road and a cable at once.
        Path2D route = new Path2D.Double();
        route.moveTo(400, 188);
        route.curveTo(330, 150, 260, 240, 200, 226);
        route.curveTo(150, 214, 120, 300, 176, 336);
        route.curveTo(230, 370, 300, 330, 340, 368);
        g.setColor(new Color(0, 0, 0, 90));
        g.setStroke(new BasicStroke(size < 48 ? 44 : 30, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.translate(0, 6);
        g.draw(route);
        g.translate(0, -6);
        g.setColor(new Color(0xf2, 0xb6, 0x3d));
        g.setStroke(new BasicStroke(size < 48 ? 36 : 22, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(route);
        double r = size < 48 ? 34 : 27;
        for (double[] p : new double[][] {{400, 188}, {200, 226}, {340, 368}}) {
            g.setColor(new Color(0xf2, 0xb6, 0x3d));
            g.fill(new Ellipse2D.Double(p[0] - r, p[1] - r, 2 * r, 2 * r));
            g.setColor(new Color(0x0b, 0x22, 0x40));
            g.fill(new Ellipse2D.Double(p[0] - r / 2.4, p[1] - r / 2.4, r / 1.2, r / 1.2));
        }
        g.dispose();
        return img;
    }

    static byte[] png(BufferedImage img) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "png", out);
        return out.toByteArray();
    }

    /** A Windows icon whose entries are PNG images (valid since Windows Vista). */
    static byte[] ico(Map<Integer, byte[]> png, int... sizes) {
        int offset = 6 + 16 * sizes.length;
        int total = offset;
        for (int s : sizes) total += png.get(s).length;
        ByteBuffer b = ByteBuffer.allocate(total).order(ByteOrder.LITTLE_ENDIAN);
        b.putShort((short) 0).putShort((short) 1).putShort((short) sizes.length);
        for (int s : sizes) {
            byte[] data = png.get(s);
            b.put((byte) (s >= 256 ? 0 : s)).put((byte) (s >= 256 ? 0 : s)).put((byte) 0).put((byte) 0);
            b.putShort((short) 1).putShort((short) 32).putInt(data.length).putInt(offset);
            offset += data.length;
        }
        for (int s : sizes) b.put(png.get(s));
        return b.array();
    }

    /** A macOS icon family with PNG entries: ic07 128, ic08 256, ic09 512, ic11 32 (16@2x), ic12 64 (32@2x). */
    static byte[] icns(Map<Integer, byte[]> png) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("ic11", png.get(32));
        entries.put("ic12", png.get(64));
        entries.put("ic07", png.get(128));
        entries.put("ic08", png.get(256));
        entries.put("ic09", png.get(512));
        int total = 8;
        for (byte[] d : entries.values()) total += 8 + d.length;
        ByteBuffer b = ByteBuffer.allocate(total).order(ByteOrder.BIG_ENDIAN);
        b.put("icns".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt(total);
        for (var e : entries.entrySet()) {
            b.put(e.getKey().getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt(8 + e.getValue().length).put(e.getValue());
        }
        return b.array();
    }
}
