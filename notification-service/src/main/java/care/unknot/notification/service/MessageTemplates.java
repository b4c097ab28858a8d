package care.unknot.notification.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.UUID;

/**
 * Texts per locale from {@code reminder-templates/messages*.properties}; a locale without its own file gets English
 * (the base file), never the JVM's default locale.
 */
@ApplicationScoped
public class MessageTemplates {

    public record Text(String title, String body) {
    }

    private static final String BUNDLE = "reminder-templates/messages";
    private static final ResourceBundle.Control NO_DEFAULT_LOCALE =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    /**
     * @param sessionStart the session start for session reminders, else null
     * @param patientId named in the therapist's texts (an id, no health data)
     */
    public Text render(String template, String languageTag, ZoneId zone, Instant sessionStart, UUID patientId) {
        Locale locale = Locale.forLanguageTag(languageTag == null ? "en" : languageTag);
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale, NO_DEFAULT_LOCALE);
        String start = sessionStart == null ? ""
                : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale)
                        .format(sessionStart.atZone(zone));
        Object[] args = {start, patientId == null ? "" : patientId.toString()};
        String key = bundle.containsKey(template + ".title") ? template : fallbackKey(template);
        return new Text(format(bundle, key + ".title", locale, args), format(bundle, key + ".body", locale, args));
    }

    /** A session lead time without its own text (e.g. a configured 48 h) uses the generic session text. */
    private static String fallbackKey(String template) {
        if (template.startsWith("session-reminder")) {
            return "session-reminder";
        }
        throw new MissingResourceException("no text for template " + template, BUNDLE, template);
    }

    private static String format(ResourceBundle bundle, String key, Locale locale, Object[] args) {
        return new MessageFormat(bundle.getString(key), locale).format(args);
    }
}
