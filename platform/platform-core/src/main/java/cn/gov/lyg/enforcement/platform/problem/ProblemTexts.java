package cn.gov.lyg.enforcement.platform.problem;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The platform's problem texts without Spring: titles by HTTP status ({@code problem.title.<status>}) and details
 * by code, Chinese by default and English for {@code Accept-Language: en...}, from the bundles
 * {@code platform/problems*.properties} (the services read the same bundles through their {@code MessageSource}).
 */
public final class ProblemTexts {

    public static final String TYPE_BASE = "https://enforcement.lyg.gov.cn/problems/";
    public static final String BUNDLE = "platform/problems";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    private static final ResourceBundle ZH = ResourceBundle.getBundle(BUNDLE, Locale.ROOT, NO_FALLBACK);
    private static final ResourceBundle EN = ResourceBundle.getBundle(BUNDLE, Locale.ENGLISH, NO_FALLBACK);

    private ProblemTexts() {
    }

    /** {@code VERSION_CONFLICT} → {@code https://enforcement.lyg.gov.cn/problems/version-conflict}. */
    public static String type(String code) {
        return TYPE_BASE + code.toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Chinese unless the caller asks for English ({@code Accept-Language: en...}). */
    public static Locale locale(String acceptLanguage) {
        if (acceptLanguage != null && acceptLanguage.trim().toLowerCase(Locale.ROOT).startsWith("en")) {
            return Locale.ENGLISH;
        }
        return Locale.SIMPLIFIED_CHINESE;
    }

    public static boolean english(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage());
    }

    public static String title(int status, Locale locale) {
        return text("problem.title." + status, locale, null);
    }

    /**
     * The text of {@code key} (a code, or a code's variant such as {@code SERVICE_UNAVAILABLE.named}) formatted with
     * {@code args} ({@link MessageFormat}; without arguments the text is returned as written, as Spring does).
     * Arguments that name an entity ({@code resource}) are shown by their localized name ({@code entity.*}).
     */
    public static String detail(String key, Locale locale, Object... args) {
        return text(key, locale, args);
    }

    private static String text(String key, Locale locale, Object[] args) {
        ResourceBundle bundle = english(locale) ? EN : ZH;
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        if (args == null || args.length == 0) {
            return pattern;
        }
        Object[] shown = args.clone();
        for (int i = 0; i < shown.length; i++) {
            if (shown[i] instanceof String word && bundle.containsKey("entity." + word)) {
                shown[i] = bundle.getString("entity." + word);
            }
        }
        return new MessageFormat(pattern, locale).format(shown);
    }
}
