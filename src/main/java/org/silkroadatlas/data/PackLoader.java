package org.silkroadatlas.data;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;

import org.silkroadatlas.model.Cable;
import org.silkroadatlas.model.Country;
import org.silkroadatlas.model.Dataset;
import org.silkroadatlas.model.Event;
import org.silkroadatlas.model.FigureValue;
import org.silkroadatlas.model.Indicator;
import org.silkroadatlas.model.Problem;
import org.silkroadatlas.model.Source;
import org.silkroadatlas.model.Zone;

/**
 * Reads a data pack (see docs/data-format.md) into the model, record by record with Jackson's
 * streaming parser, keeping every usable record and reporting every problem as
 * {@code file:line:column: field: problem}. It never throws for bad input: a missing, empty,
 * truncated, non-UTF-8 or oversized file becomes a problem and the rest of the pack still loads.
 *
 * <p>Files larger than {@link #DEFAULT_MAX_FILE_BYTES} are refused unread; under that limit memory
 * grows with the records kept, never with a tree of the whole file.
 */
public final class PackLoader {
    /** 64 MiB: about twenty times the bundled pack's largest file. */
    public static final long DEFAULT_MAX_FILE_BYTES = 64L * 1024 * 1024;
    public static final String FORMAT = "dsr-atlas/1";
    /** The files of a pack, in the order they are read. */
    public static final List<String> FILES = List.of("sources.json", "indicators.json", "countries.json",
            "cables.json", "zones.json", "events.json", "figures.json");

    // Only the streaming core: databind's ObjectMapper would cost startup time for nothing here.
    // Route coordinates make most of a pack's tokens, so the fast double parser pays off.
    private static final JsonFactory JSON = JsonFactory.builder()
            .enable(com.fasterxml.jackson.core.StreamReadFeature.USE_FAST_DOUBLE_PARSER)
            .enable(JsonFactory.Feature.INTERN_FIELD_NAMES) // JsonFields compares field names by identity
            .enable(JsonFactory.Feature.CANONICALIZE_FIELD_NAMES)
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(64)
                    .maxStringLength(1_000_000)
                    .maxNumberLength(100)
                    .build())
            .build();

    /** Where the loader reads a pack's files from: a folder, or bytes in memory (tests, fuzzing). */
    interface PackInput {
        /** The file's size in bytes, or -1 when the pack has no such file. */
        long size(String file) throws IOException;

        InputStream open(String file) throws IOException;

        /** How a missing file is named in its problem. */
        String describe(String file);
    }

    private final long maxFileBytes;

    public PackLoader() { this(DEFAULT_MAX_FILE_BYTES); }

    public PackLoader(long maxFileBytes) { this.maxFileBytes = maxFileBytes; }

    /** Loads the pack in {@code dir}; problems (never exceptions) say what was wrong. */
    public Dataset load(Path dir) {
        return load(dir, LoadProgress.NONE);
    }

    /**
     * Loads the pack in {@code dir}, reporting bytes read to {@code progress} and stopping with a
     * {@link java.util.concurrent.CancellationException} as soon as it is cancelled (between files
     * and every {@value #RECORDS_BETWEEN_CHECKS} records).
     */
    public Dataset load(Path dir, LoadProgress progress) {
        Path abs = dir.toAbsolutePath().normalize();
        if (!Files.isDirectory(abs)) {
            List<Problem> p = List.of(new Problem(abs.toString(), 0, 0, "", "no such folder: a data pack is a folder of JSON files ("
                    + String.join(", ", FILES) + ")"));
            return new Dataset(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), p, abs.toString());
        }
        return load(abs.toString(), new FolderInput(abs), progress);
    }

    Dataset load(String origin, PackInput input) {
        return load(origin, input, LoadProgress.NONE);
    }

    /** How many records are read between two looks at the progress and cancel flag. */
    static final int RECORDS_BETWEEN_CHECKS = 64;

    Dataset load(String origin, PackInput input, LoadProgress progress) {
        ProblemLog log = new ProblemLog();
        PackContent content = new PackContent();
        content.progress = progress;
        for (String file : FILES) {
            try {
                content.totalBytes += Math.max(0, input.size(file));
            } catch (IOException e) {
                // Reported when the file itself is read.
            }
        }
        References refs = new References(content.sourceIds, content.indicatorIds);
        for (String file : FILES) {
            progress.checkCancelled();
            boolean ok = readFile(file, input, log, refs, content);
            try {
                content.bytesBefore += Math.max(0, input.size(file));
            } catch (IOException e) {
                // Already a problem of that file.
            }
            progress.progress(content.bytesBefore, content.totalBytes);
            if (file.equals("sources.json")) refs.sourcesRead(ok);
            if (file.equals("indicators.json")) refs.indicatorsRead(ok);
        }
        refs.checkEntities(content.entityIds.keySet(), log);

        List<Problem> problems = new ArrayList<>(fixColumns(log.problems(), input, content.nonAsciiFiles));
        problems.sort(Comparator.comparingInt((Problem p) -> fileOrder(p.file())).thenComparingInt(Problem::line).thenComparingInt(Problem::column));
        problems.addAll(log.summaries());
        return new Dataset(content.countries, content.cables, content.zones, content.events, content.indicators,
                content.figures, content.sources, problems, origin);
    }

    private static int fileOrder(String file) {
        int i = FILES.indexOf(file);
        return i < 0 ? FILES.size() : i;
    }

    /** Everything read so far, and the ids that later references and duplicates are checked against. */
    private static final class PackContent {
        final List<Source> sources = new ArrayList<>();
        final List<Indicator> indicators = new ArrayList<>();
        final List<Country> countries = new ArrayList<>();
        final List<Cable> cables = new ArrayList<>();
        final List<Zone> zones = new ArrayList<>();
        final List<Event> events = new ArrayList<>();
        final List<FigureValue> figures = new ArrayList<>();
        final Set<String> sourceIds = new HashSet<>();
        final Set<String> indicatorIds = new HashSet<>();
        /** Countries, cables, zones and events share one id space: id to where it was first (file index, line). */
        final Map<String, Long> entityIds = new HashMap<>();
        final Set<String> nonAsciiFiles = new HashSet<>();
        LoadProgress progress = LoadProgress.NONE;
        long totalBytes;
        /** Bytes of the files read before the current one. */
        long bytesBefore;
    }

    /** Reads one file; true when it was there and could be parsed to its end. */
    private boolean readFile(String file, PackInput input, ProblemLog log, References refs, PackContent content) {
        long size;
        try {
            size = input.size(file);
        } catch (IOException e) {
            log.error(file, 0, 0, "", "cannot read: " + e.getMessage());
            return false;
        }
        if (size < 0) {
            log.error(file, 0, 0, "", "missing file: the pack has no " + input.describe(file));
            return false;
        }
        if (size == 0) {
            log.error(file, 0, 0, "", "empty file: expected a JSON object with \"format\" and \"" + arrayName(file) + "\"");
            return false;
        }
        if (size > maxFileBytes) {
            log.error(file, 0, 0, "", String.format(Locale.ROOT, "file too large: %s, more than the %s a pack file may have; not read",
                    megabytes(size), megabytes(maxFileBytes)));
            return false;
        }
        Utf8CheckingInputStream in = null;
        try (InputStream raw = input.open(file)) {
            in = new Utf8CheckingInputStream(raw);
            try (JsonParser p = JSON.createParser(in)) {
                return readDocument(file, p, log, refs, content);
            }
        } catch (Utf8CheckingInputStream.NotUtf8Exception e) {
            int[] at = {0, 0};
            try (InputStream again = input.open(file)) {
                at = Utf8CheckingInputStream.locate(again, e.offset);
            } catch (IOException ignored) {
                // The byte offset in the message still says where.
            }
            log.error(file, at[0], at[1], "", "not UTF-8: " + e.getMessage());
        } catch (JsonEOFException e) {
            JsonLocation l = e.getLocation();
            log.error(file, line(l), column(l), "", "file ends too early (truncated?): " + firstLine(e.getOriginalMessage()));
        } catch (StreamConstraintsException e) {
            JsonLocation l = e.getLocation();
            log.error(file, line(l), column(l), "", "too large to read: " + firstLine(e.getOriginalMessage()));
        } catch (JsonProcessingException e) {
            JsonLocation l = e.getLocation();
            String message = firstLine(e.getOriginalMessage());
            log.error(file, line(l), column(l), "", (message.contains("end-of-input") ? "file ends too early (truncated?): " : "invalid JSON: ") + message);
        } catch (NoSuchFileException e) {
            log.error(file, 0, 0, "", "missing file: the pack has no " + input.describe(file));
        } catch (IOException e) {
            log.error(file, 0, 0, "", "cannot read: " + e.getMessage());
        } catch (java.util.concurrent.CancellationException e) {
            throw e;
        } catch (RuntimeException e) {
            // Not expected for any input (the fuzz test looks for this message); reported, never thrown.
            log.error(file, 0, 0, "", "internal error while reading: " + e);
        } finally {
            if (in != null && in.sawNonAscii()) content.nonAsciiFiles.add(file);
        }
        return false;
    }

    private boolean readDocument(String file, JsonParser p, ProblemLog log, References refs, PackContent content) throws IOException {
        String array = arrayName(file);
        JsonToken first = p.nextToken();
        if (first == null) {
            log.error(file, 0, 0, "", "empty file: only white space, expected a JSON object with \"format\" and \"" + array + "\"");
            return false;
        }
        if (first != JsonToken.START_OBJECT) {
            JsonLocation l = p.currentTokenLocation();
            log.error(file, l.getLineNr(), l.getColumnNr(), "", "expected a JSON object with \"format\" and \"" + array + "\", found " + JsonFields.describe(first));
            return false;
        }
        JsonFields r = new JsonFields(p, file, log, refs);
        r.begin();
        boolean sawFormat = false, sawArray = false;
        while (r.nextField()) {
            String name = r.name();
            if (name.equals("format")) {
                sawFormat = true;
                String f = r.string();
                if (f != null && !f.equals(FORMAT)) r.error("unsupported format \"" + JsonFields.abbreviate(f) + "\", expected \"" + FORMAT + "\"");
                else if (f == null && !r.isInvalid("format")) r.error("required, must not be null");
            } else if (name.equals(array)) {
                sawArray = true;
                readRecords(file, r, content);
            } else {
                r.unknownField();
            }
        }
        if (!sawFormat) r.errorAtRecord("format", "missing required field (expected \"" + FORMAT + "\")");
        if (!sawArray) r.errorAtRecord(array, "missing required field: the array of " + array);
        r.end();
        JsonToken after = p.nextToken();
        if (after != null) {
            JsonLocation l = p.currentTokenLocation();
            log.error(file, l.getLineNr(), l.getColumnNr(), "", "unexpected content after the end of the JSON object");
            return false;
        }
        return true;
    }

    private void readRecords(String file, JsonFields r, PackContent content) throws IOException {
        JsonParser p = r.p;
        if (p.currentToken() != JsonToken.START_ARRAY) {
            r.wrongType("an array of records");
            return;
        }
        String array = arrayName(file);
        int index = 0;
        for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY && t != null; t = p.nextToken(), index++) {
            if (index % RECORDS_BETWEEN_CHECKS == 0) {
                content.progress.checkCancelled();
                content.progress.progress(content.bytesBefore + Math.max(0, p.currentLocation().getByteOffset()), content.totalBytes);
            }
            if (t != JsonToken.START_OBJECT) {
                JsonLocation l = p.currentTokenLocation();
                if (r.log.listing(file)) r.log.error(file, l.getLineNr(), l.getColumnNr(), array + "[" + index + "]", "expected a record (a JSON object), found " + r.describeValue());
                else r.log.suppressed(file);
                p.skipChildren();
                continue;
            }
            r.begin();
            int line = r.recordLine(), column = r.recordColumn();
            switch (file) {
                case "sources.json" -> {
                    Source s = SourceReader.read(r);
                    if (s != null && unique(content.sourceIds, s.id(), file, line, column, r)) content.sources.add(s);
                }
                case "indicators.json" -> {
                    Indicator i = IndicatorReader.read(r);
                    if (i != null && unique(content.indicatorIds, i.id(), file, line, column, r)) content.indicators.add(i);
                }
                case "countries.json" -> {
                    Country c = CountryReader.read(r);
                    if (c != null && uniqueEntity(content, c.iso3(), file, line, column, r)) content.countries.add(c);
                }
                case "cables.json" -> {
                    Cable c = CableReader.read(r);
                    if (c != null && uniqueEntity(content, c.id(), file, line, column, r)) content.cables.add(c);
                }
                case "zones.json" -> {
                    Zone z = ZoneReader.read(r);
                    if (z != null && uniqueEntity(content, z.id(), file, line, column, r)) content.zones.add(z);
                }
                case "events.json" -> {
                    Event e = EventReader.read(r);
                    if (e != null && uniqueEntity(content, e.id(), file, line, column, r)) content.events.add(e);
                }
                case "figures.json" -> {
                    FigureValue f = FigureReader.read(r);
                    if (f != null) content.figures.add(f);
                }
                default -> throw new IllegalStateException("no reader for " + file);
            }
        }
    }

    private static boolean unique(Set<String> ids, String id, String file, int line, int column, JsonFields r) {
        if (ids.add(id)) return true;
        r.log.error(file, line, column, "id", "duplicate id \"" + JsonFields.abbreviate(id) + "\"; this record is left out");
        return false;
    }

    private static boolean uniqueEntity(PackContent content, String id, String file, int line, int column, JsonFields r) {
        Long first = content.entityIds.putIfAbsent(id, ((long) FILES.indexOf(file) << 32) | line);
        if (first == null) return true;
        String where = FILES.get((int) (first >>> 32)) + ":" + (int) (long) first;
        r.log.error(file, line, column, file.equals("countries.json") ? "iso3" : "id", "duplicate id \"" + JsonFields.abbreviate(id)
                + "\" (already used at " + where + "; ids are unique across countries, cables, zones and events); this record is left out");
        return false;
    }

    private static List<Problem> fixColumns(List<Problem> problems, PackInput input, Set<String> nonAsciiFiles) {
        if (nonAsciiFiles.isEmpty()) return problems;
        List<Problem> out = new ArrayList<>(problems.size());
        Map<String, List<Problem>> byFile = new HashMap<>();
        for (Problem p : problems) {
            if (nonAsciiFiles.contains(p.file())) byFile.computeIfAbsent(p.file(), f -> new ArrayList<>()).add(p);
            else out.add(p);
        }
        for (Map.Entry<String, List<Problem>> e : byFile.entrySet()) {
            try (InputStream in = input.open(e.getKey())) {
                out.addAll(ColumnFixer.fix(e.getValue(), in));
            } catch (IOException | RuntimeException ex) {
                out.addAll(e.getValue()); // byte columns are still close enough to find the spot
            }
        }
        return out;
    }

    static String arrayName(String file) { return file.substring(0, file.length() - ".json".length()); }

    private static int line(JsonLocation l) { return l == null ? 0 : Math.max(0, l.getLineNr()); }

    private static int column(JsonLocation l) { return l == null ? 0 : Math.max(0, l.getColumnNr()); }

    private static String firstLine(String s) {
        if (s == null) return "";
        int marker = s.indexOf(" (start marker at");
        if (marker >= 0) s = s.substring(0, marker);
        int nl = s.indexOf('\n');
        return JsonFields.abbreviate(nl < 0 ? s : s.substring(0, nl), 200).replace("\r", "");
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }

    /** A pack in a folder on disk. */
    private static final class FolderInput implements PackInput {
        private final Path dir;

        FolderInput(Path dir) { this.dir = dir; }

        @Override public long size(String file) throws IOException {
            Path p = dir.resolve(file);
            if (!Files.exists(p)) return -1;
            if (!Files.isRegularFile(p)) throw new IOException(p + " is not a file");
            return Files.size(p);
        }

        @Override public InputStream open(String file) throws IOException { return Files.newInputStream(dir.resolve(file)); }

        @Override public String describe(String file) { return file + " (looked for " + dir.resolve(file) + ")"; }
    }
}
