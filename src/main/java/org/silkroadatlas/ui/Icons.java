package org.silkroadatlas.ui;

import java.util.Map;
import java.util.Optional;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.MenuItem;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignI;
import org.kordamp.ikonli.materialdesign2.MaterialDesignK;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;
import org.kordamp.ikonli.materialdesign2.MaterialDesignW;

/**
 * Which Material Design icon each action shows, in one place, keyed by the control's id
 * ({@code tool-back}, {@code menu-open}, {@code deck-save}, ...). Icons are font glyphs styled by
 * CSS ({@code -fx-icon-color} follows the theme's text colour), so they read in light and dark.
 * An icon never replaces a control's accessible text or tooltip.
 */
public final class Icons {
    /** Glyph size in pixels: the toolbar's text height, so icon and label sit on one line. */
    public static final int SIZE = 16;

    private static final Map<String, Ikon> BY_ID = Map.ofEntries(
            // Main toolbar
            Map.entry("tool-back", MaterialDesignA.ARROW_LEFT),
            Map.entry("tool-forward", MaterialDesignA.ARROW_RIGHT),
            Map.entry("tool-layers", MaterialDesignL.LAYERS_OUTLINE),
            Map.entry("tool-fit", MaterialDesignF.FIT_TO_SCREEN_OUTLINE),
            Map.entry("tool-zoom-selection", MaterialDesignC.CROSSHAIRS_GPS),
            Map.entry("tool-year-prev", MaterialDesignC.CHEVRON_LEFT),
            Map.entry("tool-year-next", MaterialDesignC.CHEVRON_RIGHT),
            Map.entry("tool-present", MaterialDesignP.PRESENTATION_PLAY),
            Map.entry("tool-search", MaterialDesignM.MAGNIFY),
            // Menus
            Map.entry("menu-open", MaterialDesignF.FOLDER_OPEN_OUTLINE),
            Map.entry("menu-reload", MaterialDesignR.RELOAD),
            Map.entry("menu-import", MaterialDesignI.IMPORT),
            Map.entry("menu-export-png", MaterialDesignF.FILE_IMAGE_OUTLINE),
            Map.entry("menu-problems", MaterialDesignA.ALERT_CIRCLE_OUTLINE),
            Map.entry("menu-quit", MaterialDesignE.EXIT_TO_APP),
            Map.entry("menu-fit", MaterialDesignF.FIT_TO_SCREEN_OUTLINE),
            Map.entry("menu-zoom-selection", MaterialDesignC.CROSSHAIRS_GPS),
            Map.entry("menu-back", MaterialDesignA.ARROW_LEFT),
            Map.entry("menu-forward", MaterialDesignA.ARROW_RIGHT),
            Map.entry("menu-year-prev", MaterialDesignC.CHEVRON_LEFT),
            Map.entry("menu-year-next", MaterialDesignC.CHEVRON_RIGHT),
            Map.entry("menu-layers", MaterialDesignL.LAYERS_OUTLINE),
            Map.entry("menu-detail", MaterialDesignF.FILE_DOCUMENT_OUTLINE),
            Map.entry("menu-figures", MaterialDesignC.CHART_LINE),
            Map.entry("menu-table", MaterialDesignT.TABLE_LARGE),
            Map.entry("menu-save-deck", MaterialDesignC.CONTENT_SAVE_OUTLINE),
            Map.entry("menu-present", MaterialDesignP.PRESENTATION_PLAY),
            Map.entry("menu-online", MaterialDesignW.WEB),
            Map.entry("menu-find", MaterialDesignM.MAGNIFY),
            Map.entry("menu-theme", MaterialDesignT.THEME_LIGHT_DARK),
            Map.entry("menu-language", MaterialDesignT.TRANSLATE),
            Map.entry("menu-shortcuts", MaterialDesignK.KEYBOARD_OUTLINE),
            Map.entry("menu-about", MaterialDesignI.INFORMATION_OUTLINE),
            // Deck editor
            Map.entry("deck-open", MaterialDesignF.FOLDER_OPEN_OUTLINE),
            Map.entry("deck-save", MaterialDesignC.CONTENT_SAVE_OUTLINE),
            Map.entry("deck-save-as", MaterialDesignC.CONTENT_SAVE_EDIT_OUTLINE),
            Map.entry("deck-add", MaterialDesignP.PLUS),
            Map.entry("deck-update", MaterialDesignR.REFRESH),
            Map.entry("deck-show", MaterialDesignE.EYE_OUTLINE),
            Map.entry("deck-up", MaterialDesignA.ARROW_UP),
            Map.entry("deck-down", MaterialDesignA.ARROW_DOWN),
            Map.entry("deck-delete", MaterialDesignD.DELETE_OUTLINE),
            Map.entry("deck-present", MaterialDesignP.PRESENTATION_PLAY),
            Map.entry("deck-export-pdf", MaterialDesignF.FILE_PDF_BOX),
            // Layer control sections
            Map.entry("layer-partners", MaterialDesignE.EARTH),
            Map.entry("layer-cables", MaterialDesignS.SERVER_NETWORK),
            Map.entry("layer-zones", MaterialDesignM.MAP_MARKER_OUTLINE));

    private Icons() { }

    /** The icon for a control id, if it has one. */
    public static Optional<FontIcon> forId(String id) {
        Ikon ikon = id == null ? null : BY_ID.get(id);
        if (ikon == null) return Optional.empty();
        FontIcon icon = FontIcon.of(ikon, SIZE);
        icon.getStyleClass().add("atlas-icon");
        return Optional.of(icon);
    }

    /** Gives the button its icon (by its id) beside its text; returns the button. */
    public static <B extends ButtonBase> B decorate(B button) {
        forId(button.getId()).ifPresent(button::setGraphic);
        return button;
    }

    /** Gives the menu item its icon (by its id); returns the item. */
    public static <M extends MenuItem> M decorate(M item) {
        forId(item.getId()).ifPresent(item::setGraphic);
        return item;
    }

    /** True if the id has an icon (for tests that check every toolbar action shows one). */
    public static boolean has(String id) { return BY_ID.containsKey(id); }
}
