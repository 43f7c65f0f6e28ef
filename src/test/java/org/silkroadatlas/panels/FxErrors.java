package org.silkroadatlas.panels;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Collects exceptions thrown on the FX thread, which TestFX would otherwise let pass. */
public final class FxErrors {
    private final List<Throwable> errors = new CopyOnWriteArrayList<>();

    public FxErrors install() {
        Thread.setDefaultUncaughtExceptionHandler((t, e) -> errors.add(e));
        return this;
    }

    public List<Throwable> errors() { return errors; }
}
