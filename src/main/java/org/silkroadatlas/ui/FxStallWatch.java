package org.silkroadatlas.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import javafx.application.Platform;

/**
 * Reports work that holds the FX thread longer than a threshold (issue 8: nothing over 50 ms in
 * normal use). A daemon thread posts a ping to the FX thread every {@code period}; a ping that runs
 * late means the thread was busy. While it is late the watcher samples the FX thread's stack, so
 * the report says what was running (the first frames of this application's own code), not only
 * that something was.
 */
public final class FxStallWatch {
    private static final System.Logger LOG = System.getLogger(FxStallWatch.class.getName());
    private static final long POLL_MS = 5;
    /** A ping that never runs (the toolkit gone) stops the wait after this long. */
    private static final long GIVE_UP_NANOS = 60_000_000_000L;

    private final long thresholdNanos;
    private final long periodMillis;
    private final Consumer<String> report;
    private volatile boolean running = true;
    private volatile Thread fxThread;

    private FxStallWatch(long thresholdMillis, long periodMillis, Consumer<String> report) {
        this.thresholdNanos = thresholdMillis * 1_000_000;
        this.periodMillis = periodMillis;
        this.report = report;
    }

    /** Watches the FX thread for the life of the application, logging each stall as a warning. */
    public static FxStallWatch start(long thresholdMillis) {
        return start(thresholdMillis, 100, msg -> LOG.log(System.Logger.Level.WARNING, msg));
    }

    /** As {@link #start(long)}, with the check period and where reports go given (for tests). */
    public static FxStallWatch start(long thresholdMillis, long periodMillis, Consumer<String> report) {
        FxStallWatch w = new FxStallWatch(thresholdMillis, periodMillis, report);
        Thread t = new Thread(w::watch, "fx-stall-watch");
        t.setDaemon(true);
        t.start();
        return w;
    }

    public void stop() { running = false; }

    private void watch() {
        try {
            while (running) {
                long posted = System.nanoTime();
                long[] ran = {0};
                Platform.runLater(() -> {
                    fxThread = Thread.currentThread();
                    synchronized (ran) { ran[0] = System.nanoTime(); ran.notifyAll(); }
                });
                // Samples taken while the thread is still busy: the most frequent one shows what held it.
                Map<String, Integer> seen = new HashMap<>();
                synchronized (ran) {
                    while (ran[0] == 0 && running && System.nanoTime() - posted < GIVE_UP_NANOS) {
                        ran.wait(POLL_MS);
                        if (ran[0] == 0 && System.nanoTime() - posted > thresholdNanos && fxThread != null) {
                            seen.merge(describe(fxThread.getStackTrace()), 1, Integer::sum);
                        }
                    }
                }
                long busy = ran[0] - posted;
                if (running && ran[0] != 0 && busy > thresholdNanos) {
                    report.accept(String.format(Locale.ROOT, "FX thread busy for %d ms (over %d ms): %s",
                            busy / 1_000_000, thresholdNanos / 1_000_000, mostSeen(seen)));
                }
                Thread.sleep(periodMillis);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IllegalStateException e) {
            // The toolkit has exited: nothing left to watch.
        }
    }

    /** The most frequent sample with its share of the samples, or a note that none was taken. */
    static String mostSeen(Map<String, Integer> samples) {
        if (samples.isEmpty()) return "(no stack sampled)";
        int total = 0;
        Map.Entry<String, Integer> top = null;
        for (Map.Entry<String, Integer> e : samples.entrySet()) {
            total += e.getValue();
            if (top == null || e.getValue() > top.getValue()) top = e;
        }
        return top.getKey() + (samples.size() > 1 ? String.format(Locale.ROOT, " (%d of %d samples)", top.getValue(), total) : "");
    }

    /** The innermost frames of the application's own code, or the top frames when none are. */
    static String describe(StackTraceElement[] stack) {
        if (stack == null || stack.length == 0) return "(no stack sampled)";
        List<String> own = new ArrayList<>();
        for (StackTraceElement e : stack) {
            String cls = e.getClassName();
            boolean watcher = cls.equals(FxStallWatch.class.getName()) || cls.startsWith(FxStallWatch.class.getName() + "$");
            if (cls.startsWith("org.silkroadatlas.") && !watcher) {
                own.add(frame(e));
                if (own.size() == 3) break;
            }
        }
        if (own.isEmpty()) {
            for (int i = 0; i < Math.min(3, stack.length); i++) own.add(frame(stack[i]));
        }
        return String.join(" < ", own);
    }

    private static String frame(StackTraceElement e) {
        String cls = e.getClassName();
        return cls.substring(cls.lastIndexOf('.') + 1) + "." + e.getMethodName() + (e.getLineNumber() > 0 ? ":" + e.getLineNumber() : "");
    }
}
