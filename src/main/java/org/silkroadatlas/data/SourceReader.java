package org.silkroadatlas.data;

import java.io.IOException;

import org.silkroadatlas.model.Source;

/** Reads one record of {@code sources.json}. */
final class SourceReader {
    private SourceReader() { }

    static Source read(JsonFields r) throws IOException {
        String id = null, title = null, publisher = null, date = null, url = null, note = null;
        while (r.nextField()) {
            switch (r.name()) {
                case "id" -> id = r.nonBlank();
                case "title" -> title = r.string();
                case "publisher" -> publisher = r.string();
                case "date" -> {
                    // Kept as the text the source gives; checked so that it can be sorted and shown.
                    date = r.string();
                    if (date != null) {
                        try {
                            Dates.parse(date);
                        } catch (RuntimeException e) {
                            r.error(e.getMessage());
                            date = null;
                        }
                    }
                }
                case "url" -> url = r.string();
                case "note" -> note = r.string();
                default -> r.unknownField();
            }
        }
        r.required(id, "id");
        if (blank(title) && blank(publisher) && blank(url)) {
            r.errorAtRecord("title", "a source needs at least a title, a publisher or a url");
        }
        return r.end() ? new Source(id, title, publisher, date, url, note) : null;
    }

    private static boolean blank(String s) { return s == null || s.isBlank(); }
}
