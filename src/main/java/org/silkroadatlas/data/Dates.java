package org.silkroadatlas.data;

import org.silkroadatlas.model.PartialDate;

/**
 * Parses pack dates without {@code PartialDate.parse}'s regular expressions, which dominate the
 * load time of a large pack; anything off the fast path goes to {@code PartialDate.parse} so the
 * accepted forms and the messages stay the model's own.
 */
final class Dates {
    private Dates() { }

    static PartialDate parse(String s) {
        try {
            int n = s.length();
            if (n >= 4 && digits(s, 0, 4)) {
                int y = num(s, 0, 4);
                if (n == 4) return PartialDate.ofYear(y);
                if (s.charAt(4) == '-') {
                    if (n == 7 && s.charAt(5) == 'Q' && s.charAt(6) >= '1' && s.charAt(6) <= '4') return PartialDate.ofQuarter(y, s.charAt(6) - '0');
                    if (n == 7 && digits(s, 5, 7)) return PartialDate.ofMonth(y, num(s, 5, 7));
                    if (n == 10 && digits(s, 5, 7) && s.charAt(7) == '-' && digits(s, 8, 10)) return PartialDate.ofDay(y, num(s, 5, 7), num(s, 8, 10));
                }
            }
        } catch (RuntimeException e) {
            // An impossible month or day: let the model's parser word the message.
        }
        return PartialDate.parse(s);
    }

    private static boolean digits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') return false;
        }
        return true;
    }

    private static int num(String s, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) v = v * 10 + (s.charAt(i) - '0');
        return v;
    }
}
