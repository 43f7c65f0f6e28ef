package org.silkroadatlas.state;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.silkroadatlas.model.Dataset;
import org.silkroadatlas.model.EntityKind;

/**
 * Everything a user can change, in one place. Properties are read-only views; the command
 * methods are the only way to change them, so the mouse, the keyboard, a deck scene, the
 * command line and the tests all go through the same code.
 *
 * <p>Must be used on the FX thread once a window shows it (like any observable that views bind to).
 */
public final class ExplorerState {
    /** First and last year the time control offers when the pack gives no dates. */
    public static final int DEFAULT_FIRST_YEAR = 1967;

    private final ReadOnlyObjectWrapper<Dataset> dataset = new ReadOnlyObjectWrapper<>(this, "dataset", Dataset.empty());
    private final ReadOnlyStringWrapper selection = new ReadOnlyStringWrapper(this, "selection");
    private final ReadOnlyStringWrapper hover = new ReadOnlyStringWrapper(this, "hover");
    private final ReadOnlyIntegerWrapper year = new ReadOnlyIntegerWrapper(this, "year", 2025);
    private final ReadOnlyIntegerWrapper firstYear = new ReadOnlyIntegerWrapper(this, "firstYear", DEFAULT_FIRST_YEAR);
    private final ReadOnlyIntegerWrapper lastYear = new ReadOnlyIntegerWrapper(this, "lastYear", 2026);
    private final ReadOnlyObjectWrapper<MapFilters> filters = new ReadOnlyObjectWrapper<>(this, "filters", MapFilters.ALL);
    private final ReadOnlyObjectWrapper<MapViewport> view = new ReadOnlyObjectWrapper<>(this, "view", MapViewport.DEFAULT);
    private final ReadOnlyObjectWrapper<Panel> panel = new ReadOnlyObjectWrapper<>(this, "panel", Panel.DETAIL);
    private final ReadOnlyStringWrapper indicator = new ReadOnlyStringWrapper(this, "indicator");
    private final ReadOnlyBooleanWrapper mapColouredByIndicator = new ReadOnlyBooleanWrapper(this, "mapColouredByIndicator", false);
    private final ReadOnlyObjectWrapper<FlyRequest> flyRequest = new ReadOnlyObjectWrapper<>(this, "flyRequest");
    private final ReadOnlyBooleanWrapper canGoBack = new ReadOnlyBooleanWrapper(this, "canGoBack", false);
    private final ReadOnlyBooleanWrapper canGoForward = new ReadOnlyBooleanWrapper(this, "canGoForward", false);
    private final ReadOnlyObjectWrapper<Locale> locale = new ReadOnlyObjectWrapper<>(this, "locale", Locale.ENGLISH);
    private final ReadOnlyObjectWrapper<Theme> theme = new ReadOnlyObjectWrapper<>(this, "theme", Theme.LIGHT);

    private final Deque<String> back = new ArrayDeque<>();
    private final Deque<String> forward = new ArrayDeque<>();

    public ExplorerState() { }

    public ExplorerState(Dataset data) { setDataset(data); }

    // ---- read-only views -------------------------------------------------------------------

    public ReadOnlyObjectProperty<Dataset> datasetProperty() { return dataset.getReadOnlyProperty(); }
    public Dataset getDataset() { return dataset.get(); }

    /** Id of the selected country (ISO3), cable, zone or event; null when nothing is selected. */
    public ReadOnlyStringProperty selectionProperty() { return selection.getReadOnlyProperty(); }
    public String getSelection() { return selection.get(); }

    /** Id under the pointer in any panel, for cross-panel highlighting; null when none. */
    public ReadOnlyStringProperty hoverProperty() { return hover.getReadOnlyProperty(); }
    public String getHover() { return hover.get(); }

    /** The year every layer and panel shows: the state of things on 31 December of it. */
    public ReadOnlyIntegerProperty yearProperty() { return year.getReadOnlyProperty(); }
    public int getYear() { return year.get(); }
    public ReadOnlyIntegerProperty firstYearProperty() { return firstYear.getReadOnlyProperty(); }
    public ReadOnlyIntegerProperty lastYearProperty() { return lastYear.getReadOnlyProperty(); }
    public int getFirstYear() { return firstYear.get(); }
    public int getLastYear() { return lastYear.get(); }

    public ReadOnlyObjectProperty<MapFilters> filtersProperty() { return filters.getReadOnlyProperty(); }
    public MapFilters getFilters() { return filters.get(); }

    /** The map's current centre and zoom, as the map last reported or was told. */
    public ReadOnlyObjectProperty<MapViewport> viewProperty() { return view.getReadOnlyProperty(); }
    public MapViewport getView() { return view.get(); }

    /** The latest request to move the map (fly to a selection, fit, a scene). */
    public ReadOnlyObjectProperty<FlyRequest> flyRequestProperty() { return flyRequest.getReadOnlyProperty(); }

    public ReadOnlyObjectProperty<Panel> panelProperty() { return panel.getReadOnlyProperty(); }
    public Panel getPanel() { return panel.get(); }

    /** The indicator the figures panel charts (and the map may be coloured by); null for none. */
    public ReadOnlyStringProperty indicatorProperty() { return indicator.getReadOnlyProperty(); }
    public String getIndicator() { return indicator.get(); }
    public ReadOnlyBooleanProperty mapColouredByIndicatorProperty() { return mapColouredByIndicator.getReadOnlyProperty(); }
    public boolean isMapColouredByIndicator() { return mapColouredByIndicator.get(); }

    /** The language the interface and entity names are shown in (English or Chinese). */
    public ReadOnlyObjectProperty<Locale> localeProperty() { return locale.getReadOnlyProperty(); }
    public Locale getLocale() { return locale.get(); }

    /** The light or dark base look; panels that paint on a canvas repaint when it changes. */
    public ReadOnlyObjectProperty<Theme> themeProperty() { return theme.getReadOnlyProperty(); }
    public Theme getTheme() { return theme.get(); }

    public ReadOnlyBooleanProperty canGoBackProperty() { return canGoBack.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty canGoForwardProperty() { return canGoForward.getReadOnlyProperty(); }

    // ---- commands ----------------------------------------------------------------------------

    /** Replaces the data pack. The selection is kept if the new pack still has it. */
    public void setDataset(Dataset data) {
        Objects.requireNonNull(data, "data");
        int[] range = yearRange(data);
        dataset.set(data);
        firstYear.set(range[0]);
        lastYear.set(range[1]);
        year.set(Math.max(range[0], Math.min(range[1], year.get())));
        if (selection.get() != null && data.kindOf(selection.get()).isEmpty()) selection.set(null);
        back.clear();
        forward.clear();
        updateHistoryFlags();
        if (indicator.get() == null && !data.indicators().isEmpty()) indicator.set(data.indicators().get(0).id());
    }

    /**
     * Selects an entity by id and records the previous selection for Back. Re-selecting the same
     * id does nothing, which ends echo loops between panels. Unknown ids are refused (false).
     */
    public boolean select(String id) {
        if (id == null) { clearSelection(); return true; }
        if (id.equals(selection.get())) return true;
        if (getDataset().kindOf(id).isEmpty()) return false;
        if (selection.get() != null) back.push(selection.get());
        forward.clear();
        selection.set(id);
        updateHistoryFlags();
        return true;
    }

    public void clearSelection() {
        if (selection.get() == null) return;
        back.push(selection.get());
        forward.clear();
        selection.set(null);
        updateHistoryFlags();
    }

    /** Alt+Left: the previous selection. */
    public void goBack() {
        if (back.isEmpty()) return;
        forward.push(selection.get() == null ? "" : selection.get());
        String id = back.pop();
        selection.set(id.isEmpty() ? null : id);
        updateHistoryFlags();
    }

    /** Alt+Right: undo a Back. */
    public void goForward() {
        if (forward.isEmpty()) return;
        back.push(selection.get() == null ? "" : selection.get());
        String id = forward.pop();
        selection.set(id.isEmpty() ? null : id);
        updateHistoryFlags();
    }

    private void updateHistoryFlags() {
        canGoBack.set(!back.isEmpty());
        canGoForward.set(!forward.isEmpty());
    }

    public EntityKind selectedKind() {
        return getDataset().kindOf(getSelection()).orElse(null);
    }

    public void setHover(String id) { hover.set(id); }

    /** Sets the year, clamped to the pack's range. */
    public void setYear(int y) {
        year.set(Math.max(firstYear.get(), Math.min(lastYear.get(), y)));
    }

    public void stepYear(int delta) { setYear(getYear() + delta); }

    public void setFilters(MapFilters f) { filters.set(Objects.requireNonNull(f, "filters")); }

    /** The map reports where it looks after the user pans or zooms. */
    public void reportView(MapViewport v) {
        if (v != null && !v.near(view.get())) view.set(v);
    }

    /** Asks the map to move (animated unless {@code instant}). */
    public void flyTo(MapViewport target, boolean instant) {
        Objects.requireNonNull(target, "target");
        flyRequest.set(new FlyRequest(target, instant, System.nanoTime()));
        view.set(target);
    }

    /** Asks the map to frame a bounding box (south, west, north, east), e.g. the selection. */
    public void flyToBounds(double south, double west, double north, double east, boolean instant) {
        flyRequest.set(new FlyRequest(null, instant, System.nanoTime(), new double[] {south, west, north, east}));
    }

    public void showPanel(Panel p) { panel.set(Objects.requireNonNull(p, "panel")); }

    public void setIndicator(String id) {
        if (id != null && getDataset().indicator(id).isEmpty()) return;
        indicator.set(id);
    }

    public void setMapColouredByIndicator(boolean on) { mapColouredByIndicator.set(on); }

    /** Switches the interface language; selection, year, filters and view stay as they are. */
    public void setLocale(Locale l) { locale.set(Objects.requireNonNull(l, "locale")); }

    /** Switches the base look; selection, year, filters and view stay as they are. */
    public void setTheme(Theme t) { theme.set(Objects.requireNonNull(t, "theme")); }

    // ---- scenes (briefing decks) ----------------------------------------------------------

    /** The current view as a scene with an empty caption and notes. */
    public SceneSnapshot capture() {
        return new SceneSnapshot(getView(), getYear(), getFilters(), getSelection(), getPanel(), getIndicator(),
                isMapColouredByIndicator(), "", "");
    }

    /**
     * Shows a saved scene: year, filters, panel, indicator and selection, then moves the map (flying
     * when {@code animate}). Whatever the current pack cannot show is skipped, never fatal: the
     * returned list says what, one sentence each, and is empty when the scene applied in full.
     */
    public java.util.List<String> apply(SceneSnapshot s, boolean animate) {
        return applyScene(s, animate).stream().map(SceneWarning::toString).toList();
    }

    /** As {@link #apply}, with what was skipped as values a view can word in its reader's language. */
    public java.util.List<SceneWarning> applyScene(SceneSnapshot s, boolean animate) {
        Objects.requireNonNull(s, "scene");
        java.util.List<SceneWarning> warnings = new java.util.ArrayList<>();
        setYear(s.year());
        if (getYear() != s.year()) {
            warnings.add(new SceneWarning(SceneWarning.Kind.YEAR_OUTSIDE_PACK, Integer.toString(s.year()),
                    getFirstYear(), getLastYear(), getYear()));
        }
        setFilters(s.filters());
        showPanel(s.panel());
        boolean indicatorShown = getIndicator() != null;
        if (s.indicator() != null && getDataset().indicator(s.indicator()).isEmpty()) {
            warnings.add(new SceneWarning(SceneWarning.Kind.INDICATOR_NOT_IN_PACK, s.indicator(), 0, 0, 0));
            indicatorShown = false;
        } else if (s.indicator() != null) {
            setIndicator(s.indicator());
        }
        // Colouring the map by some other indicator than the scene's would mislead: off instead.
        setMapColouredByIndicator(s.mapColouredByIndicator() && indicatorShown);
        if (s.selection() == null) {
            clearSelection();
        } else if (!select(s.selection())) {
            warnings.add(new SceneWarning(SceneWarning.Kind.SELECTION_NOT_IN_PACK, s.selection(), 0, 0, 0));
            clearSelection();
        }
        flyTo(s.view(), !animate);
        return java.util.List.copyOf(warnings);
    }

    /** Years that hold anything dated in the pack, from the earliest event to the latest date (or this year). */
    static int[] yearRange(Dataset d) {
        int min = Integer.MAX_VALUE, max = Integer.MIN_VALUE;
        for (var e : d.events()) { min = Math.min(min, e.date().year()); max = Math.max(max, e.date().year()); }
        for (var z : d.zones()) if (z.approved() != null) { min = Math.min(min, z.approved().year()); max = Math.max(max, z.approved().year()); }
        for (var c : d.cables()) if (c.rfs() != null) { min = Math.min(min, c.rfs().year()); max = Math.max(max, c.rfs().year()); }
        for (var c : d.countries()) for (var m : c.memberships()) { min = Math.min(min, m.start().year()); }
        if (min == Integer.MAX_VALUE) return new int[] {DEFAULT_FIRST_YEAR, java.time.Year.now().getValue()};
        max = Math.max(max, min);
        return new int[] {min, max};
    }
}
