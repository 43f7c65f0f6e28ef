package org.silkroadatlas.data;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Passes bytes through while checking that they are well-formed UTF-8 with no NUL byte, and stops
 * just before the first bad byte, so the JSON parser still reads every record before it.
 * Jackson alone would guess UTF-16/32 from NUL bytes and check UTF-8 only inside strings.
 * Also notes whether any byte was not ASCII (then byte columns differ from character columns).
 */
final class Utf8CheckingInputStream extends FilterInputStream {
    /** Thrown at the first bad byte, with where it stands. */
    static final class NotUtf8Exception extends IOException {
        private static final long serialVersionUID = 1L;
        final long offset;
        final int line;
        final int byteColumn;

        NotUtf8Exception(String message, long offset, int line, int byteColumn) {
            super(message);
            this.offset = offset;
            this.line = line;
            this.byteColumn = byteColumn;
        }
    }

    private long offset;          // of the next byte to check
    private int line = 1;
    private long lineStart;       // offset of the first byte of the current line
    private boolean lastWasCr;
    private int pendingContinuations;
    private int nextMin = 0x80, nextMax = 0xBF;
    private boolean nonAscii;
    private NotUtf8Exception pending;
    private int lead;             // the first byte of the sequence being checked
    private long leadOffset;

    Utf8CheckingInputStream(InputStream in) { super(in); }

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
                throw new NotUtf8Exception("the file ends inside a UTF-8 character (truncated?) at byte offset " + offset,
                        offset, line, (int) (offset - lineStart) + 1);
            }
            return n;
        }
        int end = off + n;
        for (int i = off; i < end; i++) {
            int c = b[i] & 0xFF;
            if (pendingContinuations > 0) {
                if (c < nextMin || c > nextMax) return failSequence(i, off);
                pendingContinuations--;
                nextMin = 0x80;
                nextMax = 0xBF;
            } else if (c < 0x80) {
                if (c == 0) return fail(c, i, off);
                if (c == '\n') {
                    if (!lastWasCr) line++;
                    lineStart = offset + (i - off) + 1;
                } else if (c == '\r') {
                    line++;
                    lineStart = offset + (i - off) + 1;
                }
                lastWasCr = c == '\r';
                continue;
            } else {
                nonAscii = true;
                lead = c;
                leadOffset = offset + (i - off);
                if (c >= 0xC2 && c <= 0xDF) { pendingContinuations = 1; }
                else if (c == 0xE0) { pendingContinuations = 2; nextMin = 0xA0; }
                else if (c == 0xED) { pendingContinuations = 2; nextMax = 0x9F; }
                else if (c >= 0xE1 && c <= 0xEF) { pendingContinuations = 2; }
                else if (c == 0xF0) { pendingContinuations = 3; nextMin = 0x90; }
                else if (c >= 0xF1 && c <= 0xF3) { pendingContinuations = 3; }
                else if (c == 0xF4) { pendingContinuations = 3; nextMax = 0x8F; }
                else return fail(c, i, off);
            }
            lastWasCr = false;
        }
        offset += n;
        return n;
    }

    /** A lead byte whose sequence breaks off: name the lead byte, which is what the user wrote. */
    private int failSequence(int i, int off) throws NotUtf8Exception {
        pending = new NotUtf8Exception(String.format("byte 0x%02X at byte offset %d is not valid UTF-8; save the file as UTF-8", lead, leadOffset),
                leadOffset, line, (int) (leadOffset - lineStart) + 1);
        offset += i - off;
        int good = i - off;
        if (good == 0) throw pending;
        return good;
    }

    private int fail(int c, int i, int off) throws NotUtf8Exception {
        long at = offset + (i - off);
        String why = c == 0
                ? "byte 0x00 (NUL) at byte offset " + at + ": a UTF-8 JSON file has none (is it UTF-16?); save it as UTF-8"
                : String.format("byte 0x%02X at byte offset %d is not valid UTF-8; save the file as UTF-8", c, at);
        pending = new NotUtf8Exception(why, at, line, (int) (at - lineStart) + 1);
        offset = at;
        int good = i - off;
        if (good == 0) throw pending;
        return good;
    }

    @Override public long skip(long n) throws IOException {
        throw new IOException("skip is not supported while checking UTF-8");
    }

    @Override public boolean markSupported() { return false; }
}
