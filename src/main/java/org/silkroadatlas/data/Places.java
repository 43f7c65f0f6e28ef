package org.silkroadatlas.data;

import java.io.IOException;
import java.util.List;

import com.fasterxml.jackson.core.JsonToken;

import org.silkroadatlas.model.GeoPoint;

/** Country codes and coordinates as the readers of several files check them. */
final class Places {
    private Places() { }

    /** An ISO3 code; an unknown one is reported but kept, so that nothing the pack says is lost. */
    static String iso3(JsonFields r) throws IOException {
        String s = r.nonBlank();
        if (s != null && !IsoCountries.isKnown(s)) r.error("unknown ISO 3166 alpha-3 code \"" + JsonFields.abbreviate(s) + "\"");
        return s;
    }

    /** A list of ISO3 codes, each checked as {@link #iso3}. */
    static List<String> iso3List(JsonFields r) throws IOException {
        if (r.p.currentToken() != JsonToken.START_ARRAY) return r.strings();
        String field = r.name();
        List<String> out = new java.util.ArrayList<>(4);
        int i = 0;
        for (JsonToken x = r.p.nextToken(); x != JsonToken.END_ARRAY && x != null; x = r.p.nextToken(), i++) {
            if (x == JsonToken.VALUE_STRING) {
                String s = r.p.getText();
                if (!IsoCountries.isKnown(s)) r.errorHere(field + "[" + i + "]", "unknown ISO 3166 alpha-3 code \"" + JsonFields.abbreviate(s) + "\"");
                out.add(s);
            } else {
                r.errorHere(field + "[" + i + "]", "expected an ISO3 code as a string, found " + r.describeValue());
                r.p.skipChildren();
            }
        }
        return out;
    }

    /** Reads {@code {"lat": .., "lon": ..}} (or null) at the current token. */
    static GeoPoint point(JsonFields r, String field) throws IOException {
        JsonToken t = r.p.currentToken();
        if (t == JsonToken.VALUE_NULL) return null;
        if (t != JsonToken.START_OBJECT) {
            r.wrongType("an object {\"lat\": .., \"lon\": ..} or null");
            return null;
        }
        r.begin(field, -1);
        Double lat = null, lon = null;
        while (r.nextField()) {
            switch (r.name()) {
                case "lat" -> lat = r.numberIn(-90, 90, "latitude");
                case "lon" -> lon = r.numberIn(-180, 180, "longitude");
                default -> r.unknownField();
            }
        }
        GeoPoint g = pair(r, lat, lon);
        r.end();
        return g;
    }

    /** Both coordinates or neither: one alone is reported and the point left out. */
    static GeoPoint pair(JsonFields r, Double lat, Double lon) {
        if (lat != null && lon != null) return new GeoPoint(lat, lon);
        if (r.isInvalid("lat") || r.isInvalid("lon")) return null;
        if (lat != null) r.errorAtField("lon", "latitude given without longitude; the point is left out");
        else if (lon != null) r.errorAtField("lat", "longitude given without latitude; the point is left out");
        return null;
    }
}
