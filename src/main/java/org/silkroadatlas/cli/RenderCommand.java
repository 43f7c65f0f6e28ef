package org.silkroadatlas.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.silkroadatlas.present.DeckExports;
import org.silkroadatlas.present.DeckPdf;
import org.silkroadatlas.shell.RenderedWindow;
import org.silkroadatlas.shell.Workspace;
import org.silkroadatlas.state.Theme;

/** `render --out FILE.png [--size WxH] [--year Y] [--select ID] [--theme light|dark] [--lang en|zh] [--data DIR]`: the real window as a picture. */
final class RenderCommand implements Command {
    @Override public String usage() {
        return "render --out FILE.png [--size WxH] [--year Y] [--select ID] [--theme light|dark] [--lang en|zh] [--deck FILE --scene N] [--data DIR]\n"
                + "       java -jar dsr-explorer.jar render --deck FILE --pdf FILE.pdf [--notes] [--data DIR]   draw the window, a scene or a whole deck, no display needed";
    }

    @Override public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        Args a = Args.parse(args, Set.of("--out", "--size", "--year", "--select", "--data", "--deck", "--scene", "--pdf", "--theme", "--lang"), Set.of("--notes"));
        String outFile = a.get("--out");
        String pdf = a.get("--pdf");
        Path deck = a.has("--deck") ? Path.of(a.get("--deck")) : null;
        if (outFile == null && pdf == null) throw new UsageException("--out FILE.png (or --deck FILE --pdf FILE.pdf) is required");
        if (pdf != null && deck == null) throw new UsageException("--pdf needs --deck FILE");
        if (a.has("--scene") && deck == null) throw new UsageException("--scene needs --deck FILE");
        if (deck != null && !Files.isRegularFile(deck)) {
            err.println("dsr-explorer render: no deck file at " + deck.toAbsolutePath());
            return 1;
        }
        int[] size = parseSize(a.get("--size", "1600x900"));
        Path pack = a.has("--data") ? Path.of(a.get("--data")) : Workspace.bundledPack();
        if (!Files.isDirectory(pack)) {
            err.println("dsr-explorer render: no data pack folder at " + pack);
            return 1;
        }
        Integer year = a.has("--year") ? a.getInt("--year", 0, 1900, 2100) : null;
        String select = a.get("--select");
        Theme theme = parseTheme(a.get("--theme", "light"));
        java.util.Locale language = parseLanguage(a.get("--lang", "en"));

        HeadlessFx.start(size[0], size[1]);
        try {
            Workspace ws = Workspace.load(pack);
            RenderedWindow window = HeadlessFx.call(() -> RenderedWindow.open(ws, size[0], size[1], theme));
            HeadlessFx.run(() -> window.state().setLocale(language));
            if (year != null) HeadlessFx.run(() -> window.state().setYear(year));
            if (select != null) {
                boolean ok = HeadlessFx.call(() -> window.state().select(select));
                if (!ok) {
                    err.println("dsr-explorer render: the pack has no country, cable, zone or event with id \"" + select + "\"");
                    return 1;
                }
                HeadlessFx.run(window::zoomToSelection);
            }
            window.awaitSettled();
            if (deck != null) return renderDeck(window, deck, a, size, out, err);
            Path target = Path.of(outFile);
            HeadlessFx.run(() -> {
                try {
                    window.writePng(target);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            out.println("wrote " + target.toAbsolutePath() + " (" + size[0] + "x" + size[1] + ")");
            return 0;
        } finally {
            HeadlessFx.exit();
        }
    }

    private static int renderDeck(RenderedWindow window, Path deck, Args a, int[] size, PrintStream out, PrintStream err) throws Exception {
        DeckExports.Settle settle = new DeckExports.Settle(3, null, window::awaitSettled);
        List<String> warnings;
        Path target;
        if (a.has("--pdf")) {
            target = Path.of(a.get("--pdf"));
            DeckPdf.Options options = a.has("--notes") ? DeckPdf.Options.withNotes() : DeckPdf.Options.handout();
            warnings = DeckExports.deckPdf(deck, window.state(), window.window().mainSplit(), options, settle, target);
        } else {
            int scene = a.getInt("--scene", 1, 1, 1000);
            target = Path.of(a.get("--out"));
            warnings = DeckExports.scenePng(deck, scene, window.state(), window.scene().getRoot(), size[0], size[1], settle, target);
        }
        for (String w : warnings) err.println("dsr-explorer render: warning: " + w);
        out.println("wrote " + target.toAbsolutePath());
        return 0;
    }

    static Theme parseTheme(String s) throws UsageException {
        return switch (s.toLowerCase(java.util.Locale.ROOT)) {
            case "light" -> Theme.LIGHT;
            case "dark" -> Theme.DARK;
            default -> throw new UsageException("--theme expects light or dark, found \"" + s + "\"");
        };
    }

    /** The interface language of the picture; the command's own messages stay English. */
    static java.util.Locale parseLanguage(String s) throws UsageException {
        return switch (s.toLowerCase(java.util.Locale.ROOT)) {
            case "en" -> org.silkroadatlas.text.Tr.ENGLISH;
            case "zh" -> org.silkroadatlas.text.Tr.CHINESE;
            default -> throw new UsageException("--lang expects en or zh, found \"" + s + "\"");
        };
    }

    static int[] parseSize(String s) throws UsageException {
        String[] p = s.toLowerCase(java.util.Locale.ROOT).split("x");
        try {
            if (p.length == 2) {
                int w = Integer.parseInt(p[0].trim()), h = Integer.parseInt(p[1].trim());
                if (w >= 320 && h >= 240 && w <= 3840 && h <= 2160) return new int[] {w, h};
            }
        } catch (NumberFormatException ignored) {
            // falls through to the message below
        }
        throw new UsageException("--size expects WIDTHxHEIGHT between 320x240 and 3840x2160, found \"" + s + "\"");
    }
}
