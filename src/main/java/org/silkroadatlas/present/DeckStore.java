package org.silkroadatlas.present;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Optional;
import org.silkroadatlas.data.DeckDocument;
import org.silkroadatlas.data.DeckFiles;

/**
 * Opening and saving decks, with the autosave file beside each deck: saving the deck removes its
 * autosave; a crash leaves it, and the next open offers it if it is newer than the deck.
 */
public final class DeckStore {
    private DeckStore() { }

    public static Deck open(Path file) throws IOException, DeckFiles.DeckFormatException {
        return DeckMapping.toDeck(DeckFiles.read(file));
    }

    public static Deck parse(String json, String fileLabel) throws DeckFiles.DeckFormatException {
        return DeckMapping.toDeck(DeckFiles.read(json, fileLabel));
    }

    public static String toJson(Deck deck) { return DeckFiles.toJson(DeckMapping.toDocument(deck)); }

    /** Saves atomically, then drops the autosave it supersedes. */
    public static void save(Path file, Deck deck) throws IOException {
        DeckFiles.save(file, DeckMapping.toDocument(deck));
        Files.deleteIfExists(DeckFiles.autosavePath(file));
    }

    /** Writes unsaved edits beside the deck (atomically too: a crash mid-autosave keeps the last one). */
    public static void autosave(Path deckFile, Deck deck) throws IOException {
        DeckFiles.save(DeckFiles.autosavePath(deckFile), DeckMapping.toDocument(deck));
    }

    public static Path autosavePath(Path deckFile) { return DeckFiles.autosavePath(deckFile); }

    /**
     * The autosave of {@code deckFile} if it holds edits the deck lacks: it exists and is newer than
     * the deck (or the deck itself is gone).
     */
    public static Optional<Path> newerAutosave(Path deckFile) throws IOException {
        Path auto = DeckFiles.autosavePath(deckFile);
        if (!Files.isRegularFile(auto)) return Optional.empty();
        if (!Files.exists(deckFile)) return Optional.of(auto);
        FileTime a = Files.getLastModifiedTime(auto), d = Files.getLastModifiedTime(deckFile);
        return a.compareTo(d) > 0 ? Optional.of(auto) : Optional.empty();
    }

    /** An empty deck with a title, for File > New. */
    public static Deck empty(String title) { return new Deck(title, java.util.List.of()); }

}
