package org.silkroadatlas.present;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.scene.Node;
import org.silkroadatlas.data.DeckFiles;
import org.silkroadatlas.data.LoadProgress;
import org.silkroadatlas.state.ExplorerState;
import org.silkroadatlas.state.SceneSnapshot;
import org.silkroadatlas.ui.FxCall;

/**
 * Deck exports of a live view, for the File menu (inside a {@code Task}) and for the command line
 * ({@code render --deck FILE --scene N --out F.png}, {@code render --deck FILE --pdf F.pdf}).
 * Each call walks the state through the scenes and puts the view back as it was afterwards.
 * Call from a worker thread, never the FX thread.
 */
public final class DeckExports {
    private static final org.silkroadatlas.text.Tr TR = org.silkroadatlas.text.Tr.of(DeckExports.class);

    private DeckExports() { }

    /**
     * How long to let the view settle per scene: {@code frames} pulses, then until {@code settled}
     * (polled on the FX thread, null for none), then {@code await} (blocking, on the worker thread,
     * e.g. {@code RenderedWindow::awaitSettled}; null for none).
     */
    public record Settle(int frames, BooleanSupplier settled, SceneRenderer.OffFxWait await) {
        public static final Settle DEFAULT = new Settle(4, null, null);

        public Settle(int frames, BooleanSupplier settled) { this(frames, settled, null); }
    }

    /**
     * Writes scene {@code number} (counted from 1, as presenters count) of the deck file as a PNG slide.
     * Returns what the scene could not show with this pack (empty when it showed in full).
     */
    public static List<String> scenePng(Path deckFile, int number, ExplorerState state, Node view, int width, int height,
                                        Settle settle, Path out) throws IOException, DeckFiles.DeckFormatException {
        Deck deck = DeckStore.open(deckFile);
        if (number < 1 || number > deck.size()) {
            throw new IllegalArgumentException("scene " + number + " does not exist: " + deckFile.getFileName()
                    + " has " + deck.size() + " scene" + (deck.size() == 1 ? "" : "s"));
        }
        SlideExporter.checkSize(width, height);
        SceneSnapshot scene = deck.scene(number - 1);
        List<String> warnings = new ArrayList<>();
        SceneSnapshot before = onFx(state::capture);
        try {
            SceneRenderer r = renderer(state, view, settle, warnings::addAll);
            String title = deck.title().isBlank() ? scene.caption() : deck.title() + ": " + scene.caption();
            SlideExporter.writePng(r.slide(scene, width, height, SlideExporter.SlideText.of(title)), out);
        } finally {
            onFx(() -> state.apply(before, false));
        }
        return warnings;
    }

    /** Writes the whole deck as a PDF, one page per scene; returns every scene's warnings, prefixed by its number. */
    public static List<String> deckPdf(Deck deck, ExplorerState state, Node view, DeckPdf.Options options, Settle settle,
                                       Path out) throws IOException {
        return deckPdf(deck, state, view, options, settle, out, LoadProgress.NONE);
    }

    /** As above, with scenes done reported to {@code progress}, which may also stop the export between scenes. */
    public static List<String> deckPdf(Deck deck, ExplorerState state, Node view, DeckPdf.Options options, Settle settle,
                                       Path out, LoadProgress progress) throws IOException {
        List<String> warnings = new ArrayList<>();
        int[] n = {0};
        // In the PDF's language: the editor shows them to its reader once the export is done.
        java.util.Locale locale = options.locale();
        SceneSnapshot before = onFx(state::capture);
        try {
            SceneRenderer r = renderer(state, view, settle, w -> {
                n[0]++;
                for (String s : w) warnings.add(TR.get(locale, "export.sceneWarning", n[0], s));
            }).withWarningsIn(locale);
            DeckPdf.write(deck, state.getDataset(), r, options, out, progress);
        } finally {
            onFx(() -> state.apply(before, false));
        }
        return warnings;
    }

    public static List<String> deckPdf(Path deckFile, ExplorerState state, Node view, DeckPdf.Options options, Settle settle,
                                       Path out) throws IOException, DeckFiles.DeckFormatException {
        return deckPdf(DeckStore.open(deckFile), state, view, options, settle, out);
    }

    private static SceneRenderer renderer(ExplorerState state, Node view, Settle settle,
                                          java.util.function.Consumer<List<String>> warnings) {
        Settle s = settle == null ? Settle.DEFAULT : settle;
        // Print resolution: a 1600 px wide picture fills a landscape A4 page at about 150 dpi.
        return new SceneRenderer(state, view, 1600, 1000, s.frames(), s.settled(), warnings).withOffFxWait(s.await());
    }

    private static <T> T onFx(java.util.function.Supplier<T> work) {
        // The export waits on the FX thread for each scene to settle: from the FX thread it would wait on itself.
        if (Platform.isFxApplicationThread()) throw new IllegalStateException("deck exports must not run on the FX thread");
        try {
            return FxCall.call(work, 60);
        } catch (RuntimeException e) {
            throw e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
