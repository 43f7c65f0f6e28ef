package org.silkroadatlas.data;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Jackson reading every token of a pack's files and building nothing: the floor that loading
 * into the model is measured against in the bench.
 */
public final class ParseFloor {
    private ParseFloor() { }

    /** Returns the number of tokens read, so the work cannot be optimised away. */
    public static long parse(Path packDir) throws IOException {
        JsonFactory f = new JsonFactory();
        long tokens = 0;
        for (String name : PackLoader.FILES) {
            Path p = packDir.resolve(name);
            if (!Files.exists(p)) continue;
            try (InputStream in = Files.newInputStream(p); JsonParser parser = f.createParser(in)) {
                JsonToken t;
                while ((t = parser.nextToken()) != null) {
                    tokens++;
                    if (t == JsonToken.VALUE_STRING) tokens += parser.getTextLength() & 1;
                    else if (t == JsonToken.VALUE_NUMBER_FLOAT) tokens += (long) parser.getDoubleValue() & 1;
                }
            }
        }
        return tokens;
    }
}
