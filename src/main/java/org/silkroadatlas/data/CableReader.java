package org.silkroadatlas.data;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import org.silkroadatlas.model.Cable;
import org.silkroadatlas.model.CableKind;
import org.silkroadatlas.model.CableStatus;
import org.silkroadatlas.model.Confidence;
import org.silkroadatlas.model.GeoPoint;
import org.silkroadatlas.model.LandingPoint;
import org.silkroadatlas.model.PartialDate;
import org.silkroadatlas.model.RoutePrecision;

/** Reads one record of {@code cables.json}: landing points and a route of [lat, lon] polylines. */
final class CableReader {
    private CableReader() { }

    static Cable read(JsonFields r) throws IOException {
        String id = null, name = null, note = null;
        CableKind kind = null;
        CableStatus status = null;
        PartialDate rfs = null;
        Double length = null;
        List<String> countries = List.of(), owners = List.of(), sources = List.of();
        List<LandingPoint> landing = new ArrayList<>(2);
        List<List<GeoPoint>> route = new ArrayList<>(1);
        RoutePrecision precision = null;
        Confidence confidence = null;
        while (r.nextField()) {
            switch (r.name()) {
                case "id" -> id = r.nonBlank();
                case "name" -> name = r.nonBlank();
                case "kind" -> kind = r.choice(Ids::cableKind, Ids.CABLE_KINDS);
                case "status" -> status = r.choice(Ids::cableStatus, Ids.CABLE_STATUSES);
                case "rfs" -> rfs = r.date();
                case "length_km" -> length = r.positive();
                case "countries" -> countries = Places.iso3List(r);
                case "owners" -> owners = r.strings();
                case "landing_points" -> readLandingPoints(r, landing);
                case "route" -> readRoute(r, route);
                case "route_precision" -> precision = r.choice(Ids::routePrecision, Ids.ROUTE_PRECISIONS);
                case "sources" -> sources = r.references(References.Kind.SOURCE);
                case "confidence" -> confidence = r.confidence();
                case "note" -> note = r.string();
                default -> r.unknownField();
            }
        }
        r.required(id, "id");
        r.required(name, "name");
        r.required(kind, "kind");
        r.required(status, "status");
        r.required(precision, "route_precision");
        if (sources.isEmpty() && !r.isInvalid("sources")) r.errorAtField("sources", "no source: every record must name at least one source id");
        return r.end() ? new Cable(id, name, kind, status, rfs, length, countries, owners, landing, route, precision, sources, confidence, note) : null;
    }

    private static void readLandingPoints(JsonFields r, List<LandingPoint> out) throws IOException {
        JsonParser p = r.p;
        if (p.currentToken() == JsonToken.VALUE_NULL) return;
        if (p.currentToken() != JsonToken.START_ARRAY) {
            r.wrongType("an array of landing points");
            return;
        }
        int i = 0;
        for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY && t != null; t = p.nextToken(), i++) {
            if (t != JsonToken.START_OBJECT) {
                r.errorHere("landing_points[" + i + "]", "expected a landing point object, found " + JsonFields.describe(t));
                p.skipChildren();
                continue;
            }
            r.begin("landing_points", i);
            String name = null, iso3 = null;
            Double lat = null, lon = null;
            while (r.nextField()) {
                switch (r.name()) {
                    case "name" -> name = r.nonBlank();
                    case "iso3" -> iso3 = Places.iso3(r);
                    case "lat" -> lat = r.numberIn(-90, 90, "latitude");
                    case "lon" -> lon = r.numberIn(-180, 180, "longitude");
                    default -> r.unknownField();
                }
            }
            r.required(name, "name");
            GeoPoint g = Places.pair(r, lat, lon);
            if (r.end()) out.add(new LandingPoint(name, iso3, g));
        }
    }

    /** Route polylines; a bad point is reported and left out, a line left with fewer than 2 points too. */
    private static void readRoute(JsonFields r, List<List<GeoPoint>> out) throws IOException {
        JsonParser p = r.p;
        if (p.currentToken() == JsonToken.VALUE_NULL) return;
        if (p.currentToken() != JsonToken.START_ARRAY) {
            r.wrongType("an array of polylines ([[lat, lon], ...])");
            return;
        }
        int line = 0;
        for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY && t != null; t = p.nextToken(), line++) {
            if (t != JsonToken.START_ARRAY) {
                r.errorHere("route[" + line + "]", "expected a polyline (an array of [lat, lon] pairs), found " + JsonFields.describe(t));
                p.skipChildren();
                continue;
            }
            int startLine = r.line(), startCol = r.column();
            List<GeoPoint> points = new ArrayList<>();
            int i = 0;
            for (JsonToken u = p.nextToken(); u != JsonToken.END_ARRAY && u != null; u = p.nextToken(), i++) {
                GeoPoint g = readPair(r, u, line, i);
                if (g != null) points.add(g);
            }
            if (points.size() >= 2) {
                out.add(points);
            } else {
                r.log.error(r.file, startLine, startCol, r.path("route[" + line + "]"), "a polyline needs at least 2 valid points, found " + points.size() + "; left out");
            }
        }
    }

    private static GeoPoint readPair(JsonFields r, JsonToken t, int line, int i) throws IOException {
        JsonParser p = r.p;
        if (t != JsonToken.START_ARRAY) {
            String field = "route[" + line + "][" + i + "]";
            r.errorHere(field, "expected a [lat, lon] pair, found " + JsonFields.describe(t));
            p.skipChildren();
            return null;
        }
        int startLine = r.line(), startCol = r.column();
        double lat = 0, lon = 0;
        int n = 0;
        boolean ok = true;
        for (JsonToken u = p.nextToken(); u != JsonToken.END_ARRAY && u != null; u = p.nextToken()) {
            if (u == JsonToken.VALUE_NUMBER_INT || u == JsonToken.VALUE_NUMBER_FLOAT) {
                if (n == 0) lat = p.getDoubleValue();
                else if (n == 1) lon = p.getDoubleValue();
            } else {
                if (ok) r.errorHere("route[" + line + "][" + i + "]", "expected a number, found " + JsonFields.describe(u));
                ok = false;
                p.skipChildren();
            }
            n++;
        }
        if (!ok) return null;
        if (n != 2) {
            r.log.error(r.file, startLine, startCol, r.path("route[" + line + "][" + i + "]"), "expected a [lat, lon] pair, found " + n + " numbers");
            return null;
        }
        if (!(lat >= -90 && lat <= 90)) {
            r.log.error(r.file, startLine, startCol, r.path("route[" + line + "][" + i + "]"), "latitude must be within -90..90, found " + JsonFields.fmt(lat) + " (pairs are [lat, lon])");
            return null;
        }
        if (!(lon >= -180 && lon <= 180)) {
            r.log.error(r.file, startLine, startCol, r.path("route[" + line + "][" + i + "]"), "longitude must be within -180..180, found " + JsonFields.fmt(lon));
            return null;
        }
        return new GeoPoint(lat, lon);
    }
}
