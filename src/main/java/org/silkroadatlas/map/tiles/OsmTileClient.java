package org.silkroadatlas.map.tiles;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

/**
 * OpenStreetMap standard tiles with a disk cache. Follows the OSM tile usage policy: a user agent
 * that names the application, at most two connections (the caller's executor), and tiles kept on
 * disk for {@link #MAX_AGE} before they are asked for again.
 */
final class OsmTileClient {
    static final String URL_TEMPLATE = "https://tile.openstreetmap.org/%d/%d/%d.png";
    static final Duration MAX_AGE = Duration.ofDays(7);

    /** Where the bytes come from; a test gives its own so nothing touches the network. */
    interface Fetcher {
        byte[] fetch(URI uri, String userAgent) throws IOException, InterruptedException;
    }

    private final Path cacheDir;
    private final Fetcher fetcher;
    private final String userAgent;

    OsmTileClient(Path cacheDir, Fetcher fetcher, String userAgent) {
        this.cacheDir = cacheDir;
        this.fetcher = fetcher;
        this.userAgent = userAgent;
    }

    /**
     * Fetches over HTTPS. The client (with its TLS set-up, about half a second of class loading)
     * is made at the first download, on a download thread, never while the window starts offline.
     */
    static Fetcher httpFetcher() {
        java.util.function.Supplier<HttpClient> lazy = new java.util.function.Supplier<>() {
            private HttpClient client;

            @Override public synchronized HttpClient get() {
                if (client == null) {
                    client = HttpClient.newBuilder()
                            .connectTimeout(Duration.ofSeconds(8))
                            .followRedirects(HttpClient.Redirect.NORMAL)
                            .build();
                }
                return client;
            }
        };
        return (uri, agent) -> {
            HttpRequest req = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(15))
                    .header("User-Agent", agent).GET().build();
            HttpResponse<byte[]> res = lazy.get().send(req, HttpResponse.BodyHandlers.ofByteArray());
            if (res.statusCode() != 200) throw new IOException("HTTP " + res.statusCode() + " for " + uri);
            return res.body();
        };
    }

    Path cacheFile(int zoom, long i, long j) {
        return cacheDir.resolve(Integer.toString(zoom)).resolve(Long.toString(i)).resolve(j + ".png");
    }

    /** The PNG bytes of a tile: from the disk cache while fresh, otherwise from the network. */
    byte[] load(int zoom, long i, long j) throws IOException, InterruptedException {
        Path f = cacheFile(zoom, i, j);
        if (Files.isRegularFile(f)) {
            long age = System.currentTimeMillis() - Files.getLastModifiedTime(f).toMillis();
            if (age < MAX_AGE.toMillis()) return Files.readAllBytes(f);
        }
        byte[] bytes;
        try {
            bytes = fetcher.fetch(URI.create(String.format(URL_TEMPLATE, zoom, i, j)), userAgent);
        } catch (IOException e) {
            // A stale tile beats no tile when the network is gone.
            if (Files.isRegularFile(f)) return Files.readAllBytes(f);
            throw e;
        }
        store(f, bytes);
        return bytes;
    }

    private static void store(Path f, byte[] bytes) {
        try {
            Files.createDirectories(f.getParent());
            Path tmp = Files.createTempFile(f.getParent(), "tile", ".part");
            Files.write(tmp, bytes);
            Files.move(tmp, f, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException ignored) {
            // The cache is an optimisation: a read-only or full disk only costs a download next time.
        }
    }
}
