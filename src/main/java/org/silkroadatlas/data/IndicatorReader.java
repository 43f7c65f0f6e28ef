package org.silkroadatlas.data;

import java.io.IOException;

import org.silkroadatlas.model.Indicator;

/** Reads one record of {@code indicators.json}. */
final class IndicatorReader {
    private IndicatorReader() { }

    static Indicator read(JsonFields r) throws IOException {
        String id = null, nameEn = null, nameZh = null, unit = null, definition = null, dataset = null;
        while (r.nextField()) {
            switch (r.name()) {
                case "id" -> id = r.nonBlank();
                case "name_en" -> nameEn = r.string();
                case "name_zh" -> nameZh = r.string();
                case "unit" -> unit = r.nonBlank();
                case "definition" -> definition = r.string();
                case "dataset" -> dataset = r.string();
                default -> r.unknownField();
            }
        }
        r.required(id, "id");
        r.required(unit, "unit");
        return r.end() ? new Indicator(id, nameEn, nameZh, unit, definition, dataset) : null;
    }
}
