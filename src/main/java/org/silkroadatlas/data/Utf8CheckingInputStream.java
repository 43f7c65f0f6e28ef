package org.silkroadatlas.data;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Passes bytes through while checking that they are well-formed UTF-8 with no NUL byte, and stops
 * just before the first bad byte, so the JSON parser still reads every record before it.
 * Jackson alone would guess UTF-16/32 from NUL bytes and check UTF-8 only inside strings.
 * The ASCII path is one comparison per byte; where a bad byte stands (line, column) is worked out
 * only when there is one, with {@link #locate}.
 */
final class Utf8CheckingInputStream extends FilterInputStream {
    /** Thrown at the first bad byte. */
    static final class NotUtf8Exception extends IOException {
        private static final long serialVersionUID = 1L;
        final long offset;

        NotUtf8Exception(String message, long offset) {
            super(message);
            this.offset = offset;
        }
    }

    private long offset;          // of the next byte to check
    private int pendingContinuations;
    private int nextMin = 0x80, nextMax = 0xBF;
    private int lead;             // the first byte of the sequence being checked
    private long leadOffset;
    private boolean nonAscii;
    private NotUtf8Exception pending;

    Utf8CheckingInputStream(InputStream in) { super(in); }

    /** Whether any byte so far was not ASCII (then byte columns differ from character columns). */
    boolean sawNonAscii() { return nonAscii; }

    @Override public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n <= 0 ? -1 : one[0] & 0xFF;
    }

    @Override public int read(byte[] b, int off, int len) throws IOException {
        if (pending != null) throw pending;
        int n = in.read(b, off, len);
        if (n < 0) {
            if (pendingContinuations > 0) {
                throw new NotUtf8Exception(String.format("the file ends inside a UTF-8 character that starts with byte 0x%02X at byte offset %d (truncated?)",
                        lead, leadOffset), leadOffset);
            }
            return n;
        }
        int end = off + n;
        int pc = pendingContinuations;
        for (int i = off; i < end; i++) {
            if (pc == 0) {
                // The common case: a run of ASCII bytes, one comparison each.
                while (i < end && b[i] > 0) i++;
                if (i == end) break;
            }
            int c = b[i] & 0xFF;
            if (pc > 0) {
                if (c < nextMin || c > nextMax) { pendingContinuations = pc; return fail(lead, leadOffset, i, off); }
                pc--;
                nextMin = 0x80;
                nextMax = 0xBF;
            } else if (c == 0) {
                return fail(0, offset + (i - off), i, off);
            } else {
                nonAscii = true;
                lead = c;
                leadOffset = offset + (i - off);
                if (c >= 0xC2 && c <= 0xDF) { pc = 1; }
                else if (c == 0xE0) { pc = 2; nextMin = 0xA0; }
                else if (c == 0xED) { pc = 2; nextMax = 0x9F; }
                else if (c >= 0xE1 && c <= 0xEF) { pc = 2; }
                else if (c == 0xF0) { pc = 3; nextMin = 0x90; }
                else if (c >= 0xF1 && c <= 0xF3) { pc = 3; }
                else if (c == 0xF4) { pc = 3; nextMax = 0x8F; }
                else return fail(c, leadOffset, i, off);
            }
        }
        pendingContinuations = pc;
        offset += n;
        return n;
    }

    /** Names the bad byte (for a broken sequence, its lead byte: what the user wrote); passes on the bytes before it. */
    private int fail(int c, long at, int i, int off) throws NotUtf8Exception {
        String why = c == 0
                ? "byte 0x00 (NUL) at byte offset " + at + ": a UTF-8 JSON file has none (is it UTF-16?); save it as UTF-8"
                : String.format("byte 0x%02X at byte offset %d is not valid UTF-8; save the file as UTF-8", c, at);
        pending = new NotUtf8Exception(why, at);
        int good = i - off;
        offset += good;
        if (good == 0) throw pending;
        return good;
    }

    @Override public long skip(long n) throws IOException {
        throw new IOException("skip is not supported while checking UTF-8");
    }

    @Override public boolean markSupported() { return false; }

    /** Line and byte column of {@code offset} in {@code raw} (counting CR, LF and CRLF as Jackson does). */
    static int[] locate(InputStream raw, long offset) throws IOException {
        int line = 1;
        long lineStart = 0;
        boolean lastWasCr = false;
        try (InputStream in = new BufferedInputStream(raw, 1 << 16)) {
            for (long pos = 0; pos < offset; pos++) {
                int c = in.read();
                if (c < 0) break;
                if (c == '\n') {
                    if (!lastWasCr) line++;
                    lineStart = pos + 1;
                } else if (c == '\r') {
                    line++;
                    lineStart = pos + 1;
                }
                lastWasCr = c == '\r';
            }
        }
        return new int[] {line, (int) Math.min(Integer.MAX_VALUE, offset - lineStart + 1)};
    }
}
