package org.silkroadatlas.shell;

/**
 * Colour science for the palette test: dichromat simulation (Machado, Oliveira and Fernandes
 * 2009, severity 1.0, applied to linear RGB), CIELAB (D65) and CIEDE2000 colour difference, and
 * the WCAG 2 contrast ratio. Colours are sRGB {r, g, b} in 0..1.
 */
final class ColourVision {
    enum Vision {
        NORMAL(new double[][] {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}}),
        PROTANOPIA(new double[][] {{0.152286, 1.052583, -0.204868}, {0.114503, 0.786281, 0.099216}, {-0.003882, -0.048116, 1.051998}}),
        DEUTERANOPIA(new double[][] {{0.367322, 0.860646, -0.227968}, {0.280085, 0.672501, 0.047413}, {-0.011820, 0.042940, 0.968881}}),
        TRITANOPIA(new double[][] {{1.255528, -0.076749, -0.178779}, {-0.078411, 0.930809, 0.147602}, {0.004733, 0.691367, 0.303900}});

        final double[][] m;

        Vision(double[][] m) { this.m = m; }

        double[] see(double[] srgb) {
            double[] l = {lin(srgb[0]), lin(srgb[1]), lin(srgb[2])};
            double[] out = new double[3];
            for (int i = 0; i < 3; i++) {
                double v = m[i][0] * l[0] + m[i][1] * l[1] + m[i][2] * l[2];
                out[i] = gamma(Math.max(0, Math.min(1, v)));
            }
            return out;
        }
    }

    private ColourVision() { }

    static double lin(double c) { return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4); }

    static double gamma(double c) { return c <= 0.0031308 ? 12.92 * c : 1.055 * Math.pow(c, 1 / 2.4) - 0.055; }

    static double luminance(double[] c) {
        return 0.2126 * lin(c[0]) + 0.7152 * lin(c[1]) + 0.0722 * lin(c[2]);
    }

    static double contrast(double[] a, double[] b) {
        double la = luminance(a), lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    /** {@code c} at opacity {@code alpha} over {@code ground}, blended in sRGB as JavaFX paints. */
    static double[] over(double[] c, double alpha, double[] ground) {
        return new double[] {alpha * c[0] + (1 - alpha) * ground[0], alpha * c[1] + (1 - alpha) * ground[1], alpha * c[2] + (1 - alpha) * ground[2]};
    }

    static double[] lab(double[] srgb) {
        double r = lin(srgb[0]), g = lin(srgb[1]), b = lin(srgb[2]);
        double x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
        double y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
        double z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
        double fx = f(x), fy = f(y), fz = f(z);
        return new double[] {116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)};
    }

    private static double f(double t) { return t > 216.0 / 24389 ? Math.cbrt(t) : (24389.0 / 27 * t + 16) / 116; }

    /** CIEDE2000 (Sharma, Wu and Dalal 2005), kL = kC = kH = 1. */
    static double deltaE2000(double[] lab1, double[] lab2) {
        double l1 = lab1[0], a1 = lab1[1], b1 = lab1[2], l2 = lab2[0], a2 = lab2[1], b2 = lab2[2];
        double c1 = Math.hypot(a1, b1), c2 = Math.hypot(a2, b2), cb = (c1 + c2) / 2;
        double g = 0.5 * (1 - Math.sqrt(Math.pow(cb, 7) / (Math.pow(cb, 7) + Math.pow(25, 7))));
        double a1p = (1 + g) * a1, a2p = (1 + g) * a2;
        double c1p = Math.hypot(a1p, b1), c2p = Math.hypot(a2p, b2);
        double h1 = hue(b1, a1p), h2 = hue(b2, a2p);
        double dL = l2 - l1, dC = c2p - c1p;
        double dh;
        if (c1p * c2p == 0) dh = 0;
        else if (Math.abs(h2 - h1) <= 180) dh = h2 - h1;
        else if (h2 - h1 > 180) dh = h2 - h1 - 360;
        else dh = h2 - h1 + 360;
        double dH = 2 * Math.sqrt(c1p * c2p) * Math.sin(Math.toRadians(dh / 2));
        double lb = (l1 + l2) / 2, cbp = (c1p + c2p) / 2;
        double hb;
        if (c1p * c2p == 0) hb = h1 + h2;
        else if (Math.abs(h1 - h2) <= 180) hb = (h1 + h2) / 2;
        else if (h1 + h2 < 360) hb = (h1 + h2 + 360) / 2;
        else hb = (h1 + h2 - 360) / 2;
        double t = 1 - 0.17 * Math.cos(Math.toRadians(hb - 30)) + 0.24 * Math.cos(Math.toRadians(2 * hb))
                + 0.32 * Math.cos(Math.toRadians(3 * hb + 6)) - 0.20 * Math.cos(Math.toRadians(4 * hb - 63));
        double dTheta = 30 * Math.exp(-Math.pow((hb - 275) / 25, 2));
        double rc = 2 * Math.sqrt(Math.pow(cbp, 7) / (Math.pow(cbp, 7) + Math.pow(25, 7)));
        double sl = 1 + 0.015 * Math.pow(lb - 50, 2) / Math.sqrt(20 + Math.pow(lb - 50, 2));
        double sc = 1 + 0.045 * cbp, sh = 1 + 0.015 * cbp * t;
        double rt = -Math.sin(Math.toRadians(2 * dTheta)) * rc;
        return Math.sqrt(Math.pow(dL / sl, 2) + Math.pow(dC / sc, 2) + Math.pow(dH / sh, 2) + rt * (dC / sc) * (dH / sh));
    }

    private static double hue(double b, double ap) {
        if (b == 0 && ap == 0) return 0;
        double h = Math.toDegrees(Math.atan2(b, ap));
        return h < 0 ? h + 360 : h;
    }

    /** How far apart two colours look to a reader with {@code vision}. */
    static double difference(double[] a, double[] b, Vision vision) {
        return deltaE2000(lab(vision.see(a)), lab(vision.see(b)));
    }
}
