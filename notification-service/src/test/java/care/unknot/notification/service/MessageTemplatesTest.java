package care.unknot.notification.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class MessageTemplatesTest {

    private final MessageTemplates templates = new MessageTemplates();
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Test
    void aLocaleWithoutTemplatesFallsBackToEnglishWhateverTheJvmLocale() {
        Locale jvm = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertThat(templates.render("diary-reminder", "fr-FR", BERLIN, null, null).title())
                    .isEqualTo("How was your day?");
        } finally {
            Locale.setDefault(jvm);
        }
    }

    @Test
    void germanPatientsGetGermanTextsAndTheSessionTimeInTheirZone() {
        var text = templates.render("session-reminder-2h", "de-DE", BERLIN,
                Instant.parse("2026-03-29T08:00:00Z"), null);
        assertThat(text.title()).isEqualTo("Ihr Termin beginnt bald");
        assertThat(text.body()).contains("10:00"); // CEST
    }

    @Test
    void aConfiguredLeadTimeWithoutItsOwnTextUsesTheGenericSessionText() {
        assertThat(templates.render("session-reminder-48h", "en", BERLIN, Instant.parse("2026-03-29T08:00:00Z"),
                null).title()).isEqualTo("Upcoming session");
    }

    @Test
    void urgentTextsCarryTheEmergencyWording() {
        for (String template : List.of("urgent-referral", "urgent-diary-alert", "urgent-adverse-event")) {
            assertThat(templates.render(template, "en", BERLIN, null, null).body())
                    .contains("Stop self-treatment now").contains("emergency");
        }
        assertThat(templates.render("therapist-urgent-diary-alert", "en", BERLIN, null,
                UUID.fromString("5f0c6f7e-2b1d-4c8e-9a51-3f7d2c1e0a01")).body())
                .contains("5f0c6f7e-2b1d-4c8e-9a51-3f7d2c1e0a01");
    }

    @Test
    void noTextNamesADrugADoseOrADiagnosis() throws IOException {
        List<String> forbidden = List.of("migraine", "tension-type", "cluster", "medication overuse", "ibuprofen",
                "paracetamol", "acetaminophen", "aspirin", "triptan", "opioid", "ergot", "mg", "tablet", "pill",
                "dose", "diagnos", "migraene", "tablette", "dosis");
        for (String file : List.of("messages.properties", "messages_de.properties")) {
            Properties texts = new Properties();
            try (InputStream in = getClass().getResourceAsStream("/reminder-templates/" + file)) {
                texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            assertThat(texts).isNotEmpty();
            texts.forEach((key, value) -> assertThat(value.toString().toLowerCase(Locale.ROOT))
                    .as(file + " " + key).doesNotContainPattern("\\b(" + String.join("|", forbidden) + ")"));
        }
    }
}
