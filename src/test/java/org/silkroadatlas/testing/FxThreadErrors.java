package org.silkroadatlas.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Fails a test when anything threw on the FX thread during it: TestFX lets such exceptions pass
 * (they go to the thread's handler, not the test). Register it before TestFX's extension, so the
 * window built in {@code @Start} is watched too:
 * {@code @ExtendWith({FxThreadErrors.class, ApplicationExtension.class})}.
 */
public final class FxThreadErrors implements BeforeEachCallback, AfterEachCallback {
    private static final List<Throwable> ERRORS = new CopyOnWriteArrayList<>();
    private Thread.UncaughtExceptionHandler previous;

    /** What has been thrown so far in this test, for tests that check part way. */
    public static List<Throwable> errors() { return ERRORS; }

    @Override public void beforeEach(ExtensionContext context) {
        ERRORS.clear();
        previous = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler((t, e) -> ERRORS.add(e));
    }

    @Override public void afterEach(ExtensionContext context) {
        try {
            WaitForAsyncUtils.waitForFxEvents();
        } finally {
            Thread.setDefaultUncaughtExceptionHandler(previous);
        }
        List<Throwable> thrown = new ArrayList<>(ERRORS);
        ERRORS.clear();
        if (!thrown.isEmpty()) {
            AssertionError failure = new AssertionError(thrown.size() + " exception(s) on the FX thread, the first: " + thrown.get(0));
            thrown.forEach(failure::addSuppressed);
            throw failure;
        }
    }
}
