package org.silkroadatlas.data;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamReadException;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.silkroadatlas.model.Basemap;
import org.silkroadatlas.model.CountryShape;

/**
 * Reads {@code basemap/countries-<scale>.json} of a pack (as written by
 * {@code data.convert.BasemapConverter}) into a {@link Basemap}.
 *
 * <p>Streams the file with Jackson's token parser: the 1:50m outlines are about 150 000 vertices,
 * and building a tree first would double the load time. Any deviation from the format stops the
 * load with one {@code file:line:column: message} line, because a half-read basemap would draw
 * wrong borders without anyone noticing.
 */
public final class BasemapLoader {
    public static final String FORMAT = "dsr-atlas/1";
    private static final JsonFactory JSON = new JsonFactory();

    private BasemapLoader() { }

    /** The file of one scale ("110m" or "50m") inside a pack folder. */
    public static Path file(Path packDir, String scale) {
        return packDir.resolve("basemap").resolve("countries-" + scale + ".json");
    }

    /**
     * @param packDir the pack folder (holding {@code basemap/})
     * @param scale   "110m" or "50m"
     * @throws IOException with a located, one-line message when the file is missing or malformed
     */
    public static Basemap load(Path packDir, String scale) throws IOException {
        Path f = file(packDir, scale);
        try (InputStream in = Files.newInputStream(f)) {
            return read(in, f.toString(), scale);
        } catch (NoSuchFileException e) {
            throw new IOException(f + ": basemap file not found (run the convert command to create it)");
        }
    }

    /** Reads from a stream; {@code name} is used in messages. */
    public static Basemap read(InputStream in, String name, String expectedScale) throws IOException {
        try (JsonParser p = JSON.createParser(in)) {
            return new Reader(p, name).read(expectedScale);
        } catch (Located e) {
            throw e;
        } catch (StreamReadException e) {
            JsonLocation l = e.getLocation();
            throw new Located(name + ":" + (l == null ? 0 : l.getLineNr()) + ":" + (l == null ? 0 : l.getColumnNr())
                    + ": not valid JSON: " + e.getOriginalMessage());
        } catch (CharConversionException e) {
            throw new Located(name + ":0:0: not valid UTF-8 text: " + e.getMessage());
        } catch (IOException e) {
            throw new Located(name + ": could not be read: " + e.getMessage());
        }
    }

    /** A problem already stated with the file name and, where known, line and column. */
    private static final class Located extends IOException {
        Located(String message) { super(message); }
    }

    private static final class Reader {
        private final JsonParser p;
        private final String name;

        Reader(JsonParser p, String name) { this.p = p; this.name = name; }

        private IOException fail(String msg) {
            JsonLocation l = p.currentTokenLocation();
            return new Located(name + ":" + l.getLineNr() + ":" + l.getColumnNr() + ": " + msg);
        }

        private void expect(JsonToken t, String what) throws IOException {
            if (p.nextToken() != t) throw fail("expected " + what + ", found " + describe(p.currentToken()));
        }

        Basemap read(String expectedScale) throws IOException {
            expect(JsonToken.START_OBJECT, "an object");
            String format = null, scale = null;
            double unit = Double.NaN;
            List<CountryShape> countries = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                p.nextToken();
                switch (field) {
                    case "format" -> format = text(field);
                    case "scale" -> scale = text(field);
                    case "unit" -> {
                        if (!p.currentToken().isNumeric()) throw fail("unit: expected a number");
                        unit = p.getDoubleValue();
                        if (!(unit > 0 && unit <= 1)) throw fail("unit: must be in (0, 1], found " + unit);
                    }
                    case "countries" -> {
                        if (Double.isNaN(unit)) throw fail("unit must come before countries");
                        countries = countries(unit);
                    }
                    default -> p.skipChildren();
                }
            }
            if (!FORMAT.equals(format)) throw fail("format: expected \"" + FORMAT + "\", found " + (format == null ? "none" : "\"" + format + "\""));
            if (scale == null) throw fail("scale: missing");
            if (expectedScale != null && !expectedScale.equals(scale)) throw fail("scale: expected \"" + expectedScale + "\", found \"" + scale + "\"");
            if (countries == null) throw fail("countries: missing");
            return new Basemap(scale, countries);
        }

        private String text(String field) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_STRING) throw fail(field + ": expected a string");
            return p.getText();
        }

        private List<CountryShape> countries(double unit) throws IOException {
            if (p.currentToken() != JsonToken.START_ARRAY) throw fail("countries: expected an array");
            List<CountryShape> out = new ArrayList<>(256);
            while (p.nextToken() == JsonToken.START_OBJECT) out.add(country(unit));
            if (p.currentToken() != JsonToken.END_ARRAY) throw fail("countries: expected an object per country");
            return out;
        }

        private CountryShape country(double unit) throws IOException {
            String iso3 = null, cname = null;
            List<float[]> rings = null;
            double[] box = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                p.nextToken();
                switch (field) {
                    case "iso3" -> {
                        iso3 = text("iso3");
                        if (iso3.length() != 3) throw fail("iso3: expected a 3-letter code, found \"" + iso3 + "\"");
                    }
                    case "name" -> cname = text("name");
                    case "rings" -> rings = rings(unit, box);
                    default -> p.skipChildren();
                }
            }
            if (iso3 == null) throw fail("country without iso3");
            if (rings == null || rings.isEmpty()) throw fail(iso3 + ": rings missing or empty");
            return new CountryShape(iso3, cname == null ? iso3 : cname, rings, box[0], box[1], box[2], box[3]);
        }

        private List<float[]> rings(double unit, double[] box) throws IOException {
            if (p.currentToken() != JsonToken.START_ARRAY) throw fail("rings: expected an array");
            List<float[]> rings = new ArrayList<>();
            int[] buf = new int[1024];
            while (p.nextToken() == JsonToken.START_ARRAY) {
                int n = 0;
                JsonToken t;
                while ((t = p.nextToken()) == JsonToken.VALUE_NUMBER_INT) {
                    if (n == buf.length) buf = java.util.Arrays.copyOf(buf, n * 2);
                    buf[n++] = p.getIntValue();
                }
                if (t != JsonToken.END_ARRAY) throw fail("rings: expected whole numbers, found " + describe(t));
                if (n % 2 != 0) throw fail("rings: odd number of coordinates (" + n + ")");
                if (n < 6) throw fail("rings: a ring needs at least 3 points, found " + n / 2);
                float[] ring = new float[n];
                long x = 0, y = 0;
                for (int m = 0; m < n; m += 2) {
                    x += buf[m];
                    y += buf[m + 1];
                    double lon = x * unit, lat = y * unit;
                    if (lon < -180.0001 || lon > 180.0001 || lat < -90.0001 || lat > 90.0001) {
                        throw fail("rings: point " + (m / 2) + " lies off the globe (" + lon + ", " + lat + ")");
                    }
                    ring[m] = (float) lon;
                    ring[m + 1] = (float) lat;
                    box[0] = Math.min(box[0], lon);
                    box[1] = Math.min(box[1], lat);
                    box[2] = Math.max(box[2], lon);
                    box[3] = Math.max(box[3], lat);
                }
                rings.add(ring);
            }
            if (p.currentToken() != JsonToken.END_ARRAY) throw fail("rings: expected an array of rings");
            return rings;
        }

        private static String describe(JsonToken t) {
            if (t == null) return "end of file";
            return switch (t) {
                case START_OBJECT -> "an object";
                case START_ARRAY -> "an array";
                case VALUE_STRING -> "a string";
                case VALUE_NUMBER_FLOAT -> "a decimal number";
                case VALUE_NUMBER_INT -> "a whole number";
                case VALUE_NULL -> "null";
                case VALUE_TRUE, VALUE_FALSE -> "a boolean";
                default -> t.toString();
            };
        }
    }
}
