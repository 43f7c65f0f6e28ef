package org.silkroadatlas.text;

import java.text.MessageFormat;
import java.util.Collections;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.value.ObservableValue;

/**
 * The interface's words in the reader's language. Each package keeps its own
 * {@code messages.properties} (English) and {@code messages_zh.properties} (Chinese, UTF-8) beside
 * its classes' resources, so a panel owns its words as it owns its CSS.
 *
 * <p>Patterns are passed through {@link MessageFormat} only when arguments are given, so plain
 * texts keep their apostrophes as written; a pattern with arguments doubles them ({@code ''}).
 * A missing key shows as {@code !key!} and is logged; with {@code -Datlas.i18n.strict=true}
 * (the tests) it throws, so a forgotten translation fails a test instead of reaching a reader.
 */
public final class Tr {
    /** The two languages the interface is written in; the first is the default. */
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final java.util.List<Locale> LANGUAGES = java.util.List.of(ENGLISH, CHINESE);

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    private static final Set<String> REPORTED = ConcurrentHashMap.newKeySet();

    private final String baseName;
    private final ClassLoader loader;

    private Tr(String baseName, ClassLoader loader) {
        this.baseName = baseName;
        this.loader = loader;
    }

    /** The words of {@code anchor}'s package. */
    public static Tr of(Class<?> anchor) {
        return new Tr(anchor.getPackageName() + ".messages", anchor.getClassLoader());
    }

    public String baseName() { return baseName; }

    /** True when the locale reads Chinese, whatever its country. */
    public static boolean isChinese(Locale locale) {
        return locale != null && "zh".equals(locale.getLanguage());
    }

    /** One of {@link #LANGUAGES} for any locale: Chinese for any zh locale, English otherwise. */
    public static Locale supported(Locale locale) {
        return isChinese(locale) ? CHINESE : ENGLISH;
    }

    public ResourceBundle bundle(Locale locale) {
        // No fallback to the JVM's default locale: an English reader on a Chinese system gets English.
        return ResourceBundle.getBundle(baseName, supported(locale), loader, NO_FALLBACK);
    }

    public String get(Locale locale, String key, Object... args) {
        String pattern;
        try {
            pattern = bundle(locale).getString(key);
        } catch (MissingResourceException e) {
            if (Boolean.getBoolean("atlas.i18n.strict")) {
                throw new MissingResourceException("no text '" + key + "' in " + baseName + " for " + supported(locale),
                        baseName, key);
            }
            if (REPORTED.add(baseName + "#" + key)) {
                System.getLogger("atlas").log(System.Logger.Level.WARNING, "no text for " + key + " in " + baseName);
            }
            return "!" + key + "!";
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, supported(locale)).format(args);
    }

    /** The text in whatever language {@code locale} holds now, following it when it changes. */
    public StringBinding bind(ObservableValue<Locale> locale, String key, Object... args) {
        return Bindings.createStringBinding(() -> get(locale.getValue(), key, args), locale);
    }

    /** Every key of the bundle for that language, for tests that compare the languages. */
    public Set<String> keys(Locale locale) {
        return Collections.unmodifiableSet(new TreeSet<>(bundle(locale).keySet()));
    }
}
