package org.silkroadatlas.present;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.transform.Transform;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.event.IIOWriteProgressListener;
import javax.imageio.stream.ImageOutputStream;
import org.silkroadatlas.data.LoadProgress;
import org.silkroadatlas.io.AtomicFile;

/**
 * Turns what is on screen into hand-outs: a PNG slide of a node framed with a title, date and source
 * footer (the node keeps its own legend), and, through {@link DeckPdf}, a whole deck as a PDF.
 */
public final class SlideExporter {
    public static final int MAX_WIDTH = 3840;
    public static final int MAX_HEIGHT = 2160;
    public static final String DEFAULT_FOOTER =
            "Sources: see data pack; borders Natural Earth de facto; routes schematic";

    private static final org.silkroadatlas.text.Tr TR = org.silkroadatlas.text.Tr.of(SlideExporter.class);

    private SlideExporter() { }

    /** A day as the reader writes it: "12 March 2017", "2017年3月12日". */
    public static String date(LocalDate day, java.util.Locale locale) {
        return java.time.format.DateTimeFormatter.ofPattern(TR.get(locale, "slide.date"),
                org.silkroadatlas.text.Tr.supported(locale)).format(day);
    }

    /** The words around a slide. {@code date} is printed as given (usually today's, ISO). */
    public record SlideText(String title, String date, String footer) {
        public SlideText {
            title = title == null ? "" : title;
            date = date == null ? "" : date;
            footer = footer == null ? DEFAULT_FOOTER : footer;
        }

        /** A title with today's date and the default footer. */
        public static SlideText of(String title) { return new SlideText(title, LocalDate.now().toString(), DEFAULT_FOOTER); }

        /** A title with today's date and the footer in the reader's language (slides follow the interface). */
        public static SlideText of(String title, java.util.Locale locale) {
            return new SlideText(title, SlideExporter.date(LocalDate.now(), locale), TR.get(locale, "slide.footer"));
        }
    }

    /** Refuses sizes a slide cannot have, before any pixels are spent. */
    public static void checkSize(int width, int height) {
        if (width < 320 || height < 180 || width > MAX_WIDTH || height > MAX_HEIGHT) {
            throw new IllegalArgumentException("slide size must be from 320x180 to " + MAX_WIDTH + "x" + MAX_HEIGHT
                    + ", was " + width + "x" + height);
        }
    }

    /**
     * Snapshots {@code content} scaled to fit {@code maxWidth x maxHeight} (keeping its shape).
     * FX thread only.
     */
    public static WritableImage snapshotToFit(Node content, double maxWidth, double maxHeight) {
        requireFx();
        Bounds b = content.getLayoutBounds();
        if (b.getWidth() <= 0 || b.getHeight() <= 0) throw new IllegalStateException("the node to export has no size yet");
        double scale = Math.min(maxWidth / b.getWidth(), maxHeight / b.getHeight());
        SnapshotParameters p = new SnapshotParameters();
        p.setTransform(Transform.scale(scale, scale));
        p.setFill(Color.WHITE);
        return content.snapshot(p, null);
    }

    /**
     * The slide as an image of exactly {@code width x height}: title and date along the top, the
     * content scaled to fit the middle, the source footer along the bottom. FX thread only.
     */
    public static WritableImage slide(Node content, int width, int height, SlideText text) {
        checkSize(width, height);
        requireFx();
        double unit = height / 54.0;
        double headerH = unit * 3.2, footerH = unit * 2.2;
        Image body = snapshotToFit(content, width - 2 * unit, height - headerH - footerH);

        Label title = label(text.title(), Font.font("DejaVu Sans", FontWeight.BOLD, unit * 1.5), Color.web("#1f2328"));
        Label date = label(text.date(), Font.font("DejaVu Sans", unit * 1.0), Color.web("#5d6470"));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox header = new HBox(unit, title, gap, date);
        header.setAlignment(Pos.CENTER_LEFT);
        header.setPadding(new Insets(0, unit, 0, unit));
        header.setPrefHeight(headerH);
        header.setMinHeight(headerH);
        header.setStyle("-fx-background-color: #f6f4ef;");

        Label footer = label(text.footer(), Font.font("DejaVu Sans", unit * 0.8), Color.web("#5d6470"));
        HBox foot = new HBox(footer);
        foot.setAlignment(Pos.CENTER_LEFT);
        foot.setPadding(new Insets(0, unit, 0, unit));
        foot.setPrefHeight(footerH);
        foot.setMinHeight(footerH);
        foot.setStyle("-fx-background-color: #f6f4ef;");

        StackPane middle = new StackPane(new ImageView(body));
        middle.setStyle("-fx-background-color: #ffffff;");
        BorderPane page = new BorderPane(middle, header, null, foot, null);
        page.setPrefSize(width, height);
        page.setStyle("-fx-background-color: #ffffff;");
        // An off-screen scene of its own: the slide's layout never disturbs the window it was taken from.
        Scene off = new Scene(new Group(page), width, height);
        off.getRoot().applyCss();
        page.resize(width, height);
        page.layout();
        return page.snapshot(new SnapshotParameters(), new WritableImage(width, height));
    }

    /** Snapshot and compose on the FX thread, then write the PNG atomically. */
    public static void exportPng(Node content, int width, int height, SlideText text, Path out) throws IOException {
        writePng(slide(content, width, height, text), out);
    }

    /** Writes an image as PNG, atomically. Any thread. */
    public static void writePng(Image image, Path out) throws IOException {
        BufferedImage img = toRgb(image);
        AtomicFile.write(out, os -> {
            if (!ImageIO.write(img, "png", os)) throw new IOException("no PNG writer available");
        });
    }

    /**
     * Writes an image as PNG, atomically, reporting percent encoded to {@code progress} and
     * stopping with a {@link java.util.concurrent.CancellationException} (and no file) once it is
     * {@link LoadProgress#cancelled()}. Any thread; the thread is never interrupted.
     */
    public static void writePng(Image image, Path out, LoadProgress progress) throws IOException {
        progress.checkCancelled();
        BufferedImage img = toRgb(image);
        progress.checkCancelled();
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        try {
            writer.addIIOWriteProgressListener(new IIOWriteProgressListener() {
                @Override public void imageProgress(ImageWriter source, float percent) {
                    progress.progress(Math.round(percent), 100);
                    if (progress.cancelled()) source.abort();
                }

                @Override public void imageStarted(ImageWriter source, int imageIndex) { }
                @Override public void imageComplete(ImageWriter source) { }
                @Override public void thumbnailStarted(ImageWriter source, int imageIndex, int thumbnailIndex) { }
                @Override public void thumbnailProgress(ImageWriter source, float percentageDone) { }
                @Override public void thumbnailComplete(ImageWriter source) { }
                @Override public void writeAborted(ImageWriter source) { }
            });
            AtomicFile.write(out, os -> {
                try (ImageOutputStream ios = ImageIO.createImageOutputStream(os)) {
                    writer.setOutput(ios);
                    writer.write(img);
                }
                // Checked before the move, so a cancelled export never replaces the file.
                progress.checkCancelled();
            });
        } finally {
            writer.dispose();
        }
    }

    /** An opaque RGB copy: PNG and PDF both take it, and alpha has no meaning on paper. */
    static BufferedImage toRgb(Image image) {
        BufferedImage argb = SwingFXUtils.fromFXImage(image, null);
        BufferedImage rgb = new BufferedImage(argb.getWidth(), argb.getHeight(), BufferedImage.TYPE_INT_RGB);
        var g = rgb.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, rgb.getWidth(), rgb.getHeight());
        g.drawImage(argb, 0, 0, null);
        g.dispose();
        return rgb;
    }

    private static Label label(String text, Font font, Color colour) {
        Label l = new Label(Objects.requireNonNullElse(text, ""));
        l.setFont(font);
        l.setTextFill(colour);
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    private static void requireFx() {
        if (!Platform.isFxApplicationThread()) throw new IllegalStateException("snapshots must be taken on the FX thread");
    }
}
