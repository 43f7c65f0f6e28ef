package org.silkroadatlas.present;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import javafx.scene.image.Image;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.silkroadatlas.io.AtomicFile;
import org.silkroadatlas.model.Dataset;
import org.silkroadatlas.state.SceneSnapshot;

/**
 * A deck as a hand-out PDF: one landscape A4 page per scene with its caption, the picture, the
 * sources of the selected entity, speaker notes if asked for, and the source footer.
 */
public final class DeckPdf {
    /** {@code speakerNotes}: print each scene's notes; {@code footer}: the line at the foot of every page. */
    public record Options(boolean speakerNotes, String footer, String date) {
        public Options {
            footer = footer == null ? SlideExporter.DEFAULT_FOOTER : footer;
            date = date == null ? LocalDate.now().toString() : date;
        }

        public static Options handout() { return new Options(false, null, null); }
        public static Options withNotes() { return new Options(true, null, null); }
    }

    private static final float MARGIN = 36;
    private static final float[] TEXT = {0.12f, 0.14f, 0.16f};
    private static final float[] MUTED = {0.36f, 0.39f, 0.44f};
    private static final float[] ACCENT = {0.70f, 0.33f, 0.12f};
    /** Fonts with wide Unicode cover, tried in order; Helvetica (Latin only) when none is found. */
    private static final List<String> REGULAR_FONTS = List.of(
            "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "/usr/share/fonts/TTF/DejaVuSans.ttf",
            "/Library/Fonts/Arial Unicode.ttf", "C:\\Windows\\Fonts\\arial.ttf");
    private static final List<String> BOLD_FONTS = List.of(
            "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf", "/usr/share/fonts/TTF/DejaVuSans-Bold.ttf",
            "C:\\Windows\\Fonts\\arialbd.ttf");

    private DeckPdf() { }

    /**
     * Renders every scene with {@code render} (called in order, on the calling thread) and writes the
     * PDF atomically. {@code data} supplies the citations; scenes whose entity it lacks say so.
     */
    public static void write(Deck deck, Dataset data, Function<SceneSnapshot, Image> render, Options options, Path out)
            throws IOException {
        Objects.requireNonNull(render, "render");
        if (deck.size() == 0) throw new IllegalArgumentException("the deck has no scenes to print");
        List<BufferedImage> pictures = new ArrayList<>();
        for (SceneSnapshot s : deck.scenes()) pictures.add(SlideExporter.toRgb(render.apply(s)));
        try (PDDocument doc = new PDDocument()) {
            Fonts fonts = new Fonts(doc);
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(deck.title());
            info.setCreator("Silk Road Atlas");
            info.setCreationDate(Calendar.getInstance());
            for (int i = 0; i < deck.size(); i++) {
                page(doc, fonts, deck, i, pictures.get(i), data, options);
            }
            AtomicFile.write(out, doc::save);
        }
    }

    private static void page(PDDocument doc, Fonts fonts, Deck deck, int i, BufferedImage picture, Dataset data,
                             Options options) throws IOException {
        SceneSnapshot s = deck.scene(i);
        PDRectangle size = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
        PDPage page = new PDPage(size);
        doc.addPage(page);
        float w = size.getWidth(), h = size.getHeight();
        float textW = w - 2 * MARGIN;

        List<String> captionLines = wrap(fonts.bold, 16, fonts.prep(fonts.bold, s.caption().isBlank() ? "(no caption)" : s.caption()), textW);
        List<Line> below = new ArrayList<>();
        String sel = s.selection();
        if (sel == null) {
            below.add(new Line("No entity selected in this scene; the footer names the pack's sources.", fonts.regular, 8.5f, MUTED));
        } else if (!Citations.selectionKnown(data, s)) {
            below.add(new Line(fonts.prep(fonts.bold, "\"" + sel + "\" is not in this data pack: it is not shown and has no citations here."), fonts.bold, 8.5f, ACCENT));
        } else {
            List<String> cites = Citations.lines(data, s);
            below.add(new Line(fonts.prep(fonts.bold, "Sources for " + Citations.entityName(data, sel) + ":"), fonts.bold, 8.5f, TEXT));
            if (cites.isEmpty()) below.add(new Line("none recorded in the data pack", fonts.regular, 8.5f, MUTED));
            for (String c : cites) for (String l : wrap(fonts.regular, 8, fonts.prep(fonts.regular, "- " + c), textW)) below.add(new Line(l, fonts.regular, 8, TEXT));
        }
        if (options.speakerNotes() && !s.notes().isBlank()) {
            below.add(new Line("", fonts.regular, 4, TEXT));
            below.add(new Line("Notes:", fonts.bold, 9, TEXT));
            for (String para : s.notes().split("\\R")) {
                for (String l : wrap(fonts.regular, 9, fonts.prep(fonts.regular, para), textW)) below.add(new Line(l, fonts.regular, 9, TEXT));
            }
        }

        float top = h - MARGIN;
        float headerH = 12 + captionLines.size() * 20 + 6;
        float footerH = 20;
        float belowH = 0;
        for (Line l : below) belowH += l.size * 1.3f;
        float minPicture = (h - 2 * MARGIN) * 0.4f;
        float room = h - 2 * MARGIN - headerH - footerH - 10;
        // The picture keeps at least 40% of the page; text that still does not fit is cut with a marker.
        if (room - belowH < minPicture) {
            float budget = room - minPicture;
            List<Line> kept = new ArrayList<>();
            float used = 0;
            for (Line l : below) {
                if (used + l.size * 1.3f * 2 > budget) {
                    kept.add(new Line("(continued in the deck file)", fonts.regular, 8, MUTED));
                    used += 8 * 1.3f;
                    break;
                }
                kept.add(l);
                used += l.size * 1.3f;
            }
            below = kept;
            belowH = used;
        }
        float pictureH = room - belowH;

        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
            float y = top;
            text(cs, fonts.regular, 9, MUTED, MARGIN, y - 9, fonts.prep(fonts.regular,
                    deck.title() + "   |   Scene " + (i + 1) + " of " + deck.size() + "   |   " + s.year()));
            y -= 12 + 6;
            for (String l : captionLines) {
                text(cs, fonts.bold, 16, TEXT, MARGIN, y - 16, l);
                y -= 20;
            }
            y -= 6;
            float scale = Math.min(textW / picture.getWidth(), pictureH / picture.getHeight());
            float pw = picture.getWidth() * scale, ph = picture.getHeight() * scale;
            PDImageXObject img = LosslessFactory.createFromImage(doc, picture);
            cs.drawImage(img, MARGIN + (textW - pw) / 2, y - ph, pw, ph);
            y -= pictureH + 10;
            for (Line l : below) {
                text(cs, l.font, l.size, l.colour, MARGIN, y - l.size, l.text);
                y -= l.size * 1.3f;
            }
            String foot = options.footer() + "   |   Exported " + options.date() + "   |   " + (i + 1) + "/" + deck.size();
            text(cs, fonts.regular, 7.5f, MUTED, MARGIN, MARGIN - 4, fonts.prep(fonts.regular, foot));
        }
    }

    private record Line(String text, PDFont font, float size, float[] colour) { }

    private static void text(PDPageContentStream cs, PDFont font, float size, float[] colour, float x, float y, String s)
            throws IOException {
        cs.beginText();
        cs.setFont(font, size);
        cs.setNonStrokingColor(colour[0], colour[1], colour[2]);
        cs.newLineAtOffset(x, y);
        cs.showText(s);
        cs.endText();
    }

    /** Greedy word wrap by the font's own widths; a word longer than a line is broken by characters. */
    static List<String> wrap(PDFont font, float size, String text, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.trim().split("\\s+")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (width(font, size, candidate) <= width) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (!line.isEmpty()) lines.add(line.toString());
            line.setLength(0);
            String rest = word;
            while (width(font, size, rest) > width && rest.length() > 1) {
                int cut = rest.length() - 1;
                while (cut > 1 && width(font, size, rest.substring(0, cut)) > width) cut--;
                lines.add(rest.substring(0, cut));
                rest = rest.substring(cut);
            }
            line.append(rest);
        }
        if (!line.isEmpty() || lines.isEmpty()) lines.add(line.toString());
        return lines;
    }

    private static float width(PDFont font, float size, String s) throws IOException {
        return font.getStringWidth(s) / 1000f * size;
    }

    /** The two fonts of the page, and a filter for characters they cannot draw. */
    private static final class Fonts {
        final PDFont regular;
        final PDFont bold;
        private final Map<Integer, Boolean> drawable = new HashMap<>();

        Fonts(PDDocument doc) throws IOException {
            PDFont r = load(doc, REGULAR_FONTS), b = load(doc, BOLD_FONTS);
            if (r == null || b == null) {
                r = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
                b = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
            }
            regular = r;
            bold = b;
        }

        private static PDFont load(PDDocument doc, List<String> candidates) throws IOException {
            for (String c : candidates) {
                Path p = Path.of(c);
                if (Files.isRegularFile(p)) return PDType0Font.load(doc, p.toFile());
            }
            return null;
        }

        /** Replaces what the font cannot draw by "?" rather than failing the whole export. */
        String prep(PDFont font, String text) {
            String s = text.replace('\t', ' ').replace('\r', ' ').replace('\n', ' ');
            StringBuilder b = new StringBuilder();
            s.codePoints().forEach(cp -> {
                String ch = new String(Character.toChars(cp));
                boolean ok = drawable.computeIfAbsent(cp * 2 + (font == bold ? 1 : 0), k -> {
                    try {
                        font.encode(ch);
                        return true;
                    } catch (IOException | IllegalArgumentException e) {
                        return false;
                    }
                });
                b.append(ok ? ch : "?");
            });
            return b.toString();
        }
    }

}
