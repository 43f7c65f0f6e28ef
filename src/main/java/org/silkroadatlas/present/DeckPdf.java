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
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.silkroadatlas.data.LoadProgress;
import org.silkroadatlas.io.AtomicFile;
import org.silkroadatlas.model.Dataset;
import org.silkroadatlas.state.SceneSnapshot;
import org.silkroadatlas.text.Tr;
import java.util.Locale;

/**
 * A deck as a hand-out PDF: one landscape A4 page per scene with its caption, the picture, the
 * sources of the selected entity, speaker notes if asked for, and the source footer.
 */
public final class DeckPdf {
    /** {@code speakerNotes}: print each scene's notes; {@code footer}: the line at the foot of every page. */
    /**
     * {@code locale}: the language of the page's own words (the command line prints English, the
     * window its reader's language); captions, notes and citations are printed as written.
     */
    public record Options(boolean speakerNotes, String footer, String date, Locale locale) {
        public Options {
            locale = Tr.supported(locale);
            footer = footer == null ? (Tr.isChinese(locale) ? TR.get(locale, "slide.footer") : SlideExporter.DEFAULT_FOOTER) : footer;
            date = date == null ? (Tr.isChinese(locale) ? SlideExporter.date(LocalDate.now(), locale) : LocalDate.now().toString()) : date;
        }

        public Options(boolean speakerNotes, String footer, String date) { this(speakerNotes, footer, date, Tr.ENGLISH); }

        public static Options handout() { return new Options(false, null, null); }
        public static Options withNotes() { return new Options(true, null, null); }

        /** The same options with the page's words (and default footer and date) in {@code l}. */
        public Options in(Locale l) {
            boolean defaults = footer.equals(SlideExporter.DEFAULT_FOOTER);
            return new Options(speakerNotes, defaults ? null : footer, SlideExporter.date(LocalDate.now(), l), l);
        }
    }

    private static final Tr TR = Tr.of(DeckPdf.class);

    private static final float MARGIN = 36;
    private static final float[] TEXT = {0.12f, 0.14f, 0.16f};
    private static final float[] MUTED = {0.36f, 0.39f, 0.44f};
    private static final float[] ACCENT = {0.70f, 0.33f, 0.12f};
    /** Fonts with wide Unicode cover, tried in order; Helvetica (Latin only) when none is found. */
    private static final List<String> REGULAR_FONTS = List.of(
            "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "/usr/share/fonts/TTF/DejaVuSans.ttf",
            "/Library/Fonts/Arial Unicode.ttf", "C:\\Windows\\Fonts\\arial.ttf");
    /** Fonts with Chinese characters, for what the Latin fonts cannot draw (only Han, kana and CJK punctuation). */
    private static final List<String> CJK_FONTS = List.of(
            "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf", "/usr/share/fonts/truetype/droid/DroidSansFallback.ttf",
            "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", "/Library/Fonts/Arial Unicode.ttf",
            "C:\\Windows\\Fonts\\simhei.ttf", "C:\\Windows\\Fonts\\simsun.ttf");
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
        write(deck, data, render, options, out, LoadProgress.NONE);
    }

    /**
     * As above, reporting scenes rendered out of the deck's size to {@code progress} and stopping
     * with a {@link java.util.concurrent.CancellationException} between scenes once it is
     * {@link LoadProgress#cancelled()}: the thread is never interrupted, so the caller's clean-up
     * (putting the view back) still runs, and a cancelled export leaves no file behind.
     */
    public static void write(Deck deck, Dataset data, Function<SceneSnapshot, Image> render, Options options, Path out,
                             LoadProgress progress) throws IOException {
        Objects.requireNonNull(render, "render");
        if (deck.size() == 0) throw new IllegalArgumentException("the deck has no scenes to print");
        List<BufferedImage> pictures = new ArrayList<>();
        for (SceneSnapshot s : deck.scenes()) {
            progress.checkCancelled();
            pictures.add(SlideExporter.toRgb(render.apply(s)));
            progress.progress(pictures.size(), deck.size());
        }
        progress.checkCancelled();
        try (PDDocument doc = new PDDocument()) {
            Fonts fonts = new Fonts(doc);
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(deck.title());
            info.setCreator("Silk Road Atlas");
            info.setCreationDate(Calendar.getInstance());
            for (int i = 0; i < deck.size(); i++) {
                page(doc, fonts, deck, i, pictures.get(i), data, options);
            }
            // The last look happens before the move: a cancel during saving still leaves no file.
            AtomicFile.write(out, os -> {
                doc.save(os);
                progress.checkCancelled();
            });
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

        Locale l = options.locale();
        List<String> captionLines = wrap(fonts, fonts.bold, 16, fonts.prep(fonts.bold, s.caption().isBlank() ? TR.get(l, "deck.noCaption") : s.caption()), textW);
        List<Line> below = new ArrayList<>();
        String sel = s.selection();
        if (sel == null) {
            below.add(new Line(fonts.prep(fonts.regular, TR.get(l, "pdf.noSelection")), fonts.regular, 8.5f, MUTED));
        } else if (!Citations.selectionKnown(data, s)) {
            below.add(new Line(fonts.prep(fonts.bold, TR.get(l, "pdf.unknownSelection", sel)), fonts.bold, 8.5f, ACCENT));
        } else {
            List<String> cites = Citations.lines(data, s, l);
            below.add(new Line(fonts.prep(fonts.bold, TR.get(l, "pdf.sourcesFor", Citations.entityName(data, sel, l))), fonts.bold, 8.5f, TEXT));
            if (cites.isEmpty()) below.add(new Line(fonts.prep(fonts.regular, TR.get(l, "pdf.noSources")), fonts.regular, 8.5f, MUTED));
            for (String c : cites) for (String line : wrap(fonts, fonts.regular, 8, fonts.prep(fonts.regular, "- " + c), textW)) below.add(new Line(line, fonts.regular, 8, TEXT));
        }
        if (options.speakerNotes() && !s.notes().isBlank()) {
            below.add(new Line("", fonts.regular, 4, TEXT));
            below.add(new Line(fonts.prep(fonts.bold, TR.get(l, "pdf.notes")), fonts.bold, 9, TEXT));
            for (String para : s.notes().split("\\R")) {
                for (String line : wrap(fonts, fonts.regular, 9, fonts.prep(fonts.regular, para), textW)) below.add(new Line(line, fonts.regular, 9, TEXT));
            }
        }

        float top = h - MARGIN;
        float headerH = 12 + captionLines.size() * 20 + 6;
        float footerH = 20;
        float belowH = 0;
        for (Line line : below) belowH += line.size * 1.3f;
        float minPicture = (h - 2 * MARGIN) * 0.4f;
        float room = h - 2 * MARGIN - headerH - footerH - 10;
        // The picture keeps at least 40% of the page; text that still does not fit is cut with a marker.
        if (room - belowH < minPicture) {
            float budget = room - minPicture;
            List<Line> kept = new ArrayList<>();
            float used = 0;
            for (Line line : below) {
                if (used + line.size * 1.3f * 2 > budget) {
                    kept.add(new Line(fonts.prep(fonts.regular, TR.get(l, "pdf.continued")), fonts.regular, 8, MUTED));
                    used += 8 * 1.3f;
                    break;
                }
                kept.add(line);
                used += line.size * 1.3f;
            }
            below = kept;
            belowH = used;
        }
        float pictureH = room - belowH;

        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
            float y = top;
            text(cs, fonts, fonts.regular, 9, MUTED, MARGIN, y - 9, fonts.prep(fonts.regular,
                    TR.get(l, "pdf.header", deck.title(), i + 1, deck.size(), s.year())));
            y -= 12 + 6;
            for (String cl : captionLines) {
                text(cs, fonts, fonts.bold, 16, TEXT, MARGIN, y - 16, cl);
                y -= 20;
            }
            y -= 6;
            float scale = Math.min(textW / picture.getWidth(), pictureH / picture.getHeight());
            float pw = picture.getWidth() * scale, ph = picture.getHeight() * scale;
            PDImageXObject img = LosslessFactory.createFromImage(doc, picture);
            cs.drawImage(img, MARGIN + (textW - pw) / 2, y - ph, pw, ph);
            y -= pictureH + 10;
            for (Line line : below) {
                text(cs, fonts, line.font, line.size, line.colour, MARGIN, y - line.size, line.text);
                y -= line.size * 1.3f;
            }
            String foot = TR.get(l, "pdf.footer", options.footer(), options.date(), i + 1, deck.size());
            text(cs, fonts, fonts.regular, 7.5f, MUTED, MARGIN, MARGIN - 4, fonts.prep(fonts.regular, foot));
        }
    }

    private record Line(String text, PDFont font, float size, float[] colour) { }

    /**
     * Draws {@code s} in {@code font}, switching to the Chinese font for the runs it cannot draw.
     * That font has no bold: where bold is asked for, its glyphs are also outlined in the text's own
     * colour (a stroke of 3.5% of the size), so Chinese captions and headings stand out as the Latin
     * ones do.
     */
    private static void text(PDPageContentStream cs, Fonts fonts, PDFont font, float size, float[] colour, float x, float y, String s)
            throws IOException {
        cs.beginText();
        cs.setNonStrokingColor(colour[0], colour[1], colour[2]);
        cs.setStrokingColor(colour[0], colour[1], colour[2]);
        cs.setLineWidth(size * 0.035f);
        cs.newLineAtOffset(x, y);
        for (Fonts.Run r : fonts.runs(font, s)) {
            boolean fakeBold = font == fonts.bold && r.font() != font;
            cs.setRenderingMode(fakeBold ? RenderingMode.FILL_STROKE : RenderingMode.FILL);
            cs.setFont(r.font(), size);
            cs.showText(r.text());
        }
        cs.endText();
    }

    /**
     * Greedy word wrap by the fonts' own widths; a word longer than a line (or a line of Chinese,
     * which has no spaces) is broken by characters.
     */
    static List<String> wrap(Fonts fonts, PDFont font, float size, String text, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.trim().split("\\s+")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (fonts.width(font, size, candidate) <= width) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (!line.isEmpty()) lines.add(line.toString());
            line.setLength(0);
            String rest = word;
            while (fonts.width(font, size, rest) > width && rest.length() > 1) {
                int cut = rest.length() - 1;
                while (cut > 1 && fonts.width(font, size, rest.substring(0, cut)) > width) cut--;
                if (Character.isHighSurrogate(rest.charAt(cut - 1))) cut--;
                lines.add(rest.substring(0, cut));
                rest = rest.substring(cut);
            }
            line.append(rest);
        }
        if (!line.isEmpty() || lines.isEmpty()) lines.add(line.toString());
        return lines;
    }

    /** The two fonts of the page, a Chinese one for what they cannot draw, and a filter for the rest. */
    static final class Fonts {
        final PDFont regular;
        final PDFont bold;
        private final PDDocument doc;
        /** Loaded when first needed (embedding it costs time); null when the system has none: Chinese then prints as "?". */
        private PDFont cjk;
        private boolean cjkTried;
        private final Map<Integer, Boolean> drawable = new HashMap<>();

        record Run(PDFont font, String text) { }

        Fonts(PDDocument doc) throws IOException {
            PDFont r = load(doc, REGULAR_FONTS), b = load(doc, BOLD_FONTS);
            if (r == null || b == null) {
                r = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
                b = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
            }
            regular = r;
            bold = b;
            this.doc = doc;
        }

        private static PDFont load(PDDocument doc, List<String> candidates) {
            for (String c : candidates) {
                Path p = Path.of(c);
                if (!Files.isRegularFile(p) || c.endsWith(".ttc")) continue;
                try {
                    return PDType0Font.load(doc, p.toFile());
                } catch (IOException | RuntimeException e) {
                    // A font PDFBox cannot embed: try the next one.
                }
            }
            return null;
        }

        private PDFont cjk() {
            if (!cjkTried) {
                cjkTried = true;
                cjk = load(doc, CJK_FONTS);
            }
            return cjk;
        }

        private boolean can(PDFont font, int cp) {
            if (font == null) return false;
            int slot = font == regular ? 0 : font == bold ? 1 : 2;
            return drawable.computeIfAbsent(cp * 3 + slot, k -> {
                try {
                    font.encode(new String(Character.toChars(cp)));
                    return true;
                } catch (IOException | IllegalArgumentException e) {
                    return false;
                }
            });
        }

        /** Replaces what no font can draw by "?" rather than failing the whole export. */
        String prep(PDFont font, String text) {
            String s = text.replace('\t', ' ').replace('\r', ' ').replace('\n', ' ');
            StringBuilder b = new StringBuilder();
            s.codePoints().forEach(cp -> {
                if (can(font, cp) || can(cjk(), cp)) b.appendCodePoint(cp);
                else b.append('?');
            });
            return b.toString();
        }

        /** The text cut where it changes between {@code font} and the Chinese font. */
        List<Run> runs(PDFont font, String s) {
            List<Run> out = new ArrayList<>();
            StringBuilder run = new StringBuilder();
            PDFont current = null;
            for (int i = 0; i < s.length(); ) {
                int cp = s.codePointAt(i);
                i += Character.charCount(cp);
                PDFont f = can(font, cp) || !can(cjk(), cp) ? font : cjk();
                if (f != current && !run.isEmpty()) {
                    out.add(new Run(current, run.toString()));
                    run.setLength(0);
                }
                current = f;
                run.appendCodePoint(cp);
            }
            if (!run.isEmpty()) out.add(new Run(current, run.toString()));
            return out;
        }

        float width(PDFont font, float size, String s) throws IOException {
            float w = 0;
            for (Run r : runs(font, s)) w += r.font().getStringWidth(r.text()) / 1000f * size;
            return w;
        }
    }

}
