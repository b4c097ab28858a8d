package care.unknot.notification.service;

import care.unknot.events.notification.Channel;
import care.unknot.kit.problem.ProblemException;
import care.unknot.kit.rest.ETags;
import care.unknot.kit.security.CurrentUser;
import care.unknot.notification.repository.ChannelSetting;
import care.unknot.notification.repository.PatientRepository;
import care.unknot.notification.repository.PatientSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/** Reminder preferences and channel consents: the patient itself, or staff (consents: the patient only). */
@ApplicationScoped
@Transactional
public class PreferencesService {

    /** What the API shows: effective times (defaults filled in) and every channel with its effective consent. */
    public record View(PatientSettings stored, PatientPreferences effective, List<ChannelSetting> channels) {
    }

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+$");
    private static final Pattern E164 = Pattern.compile("^\\+[1-9][0-9]{6,14}$");

    private final PatientRepository patients;
    private final ReminderScheduler scheduler;
    private final CurrentUser user;
    private final Clock clock;

    public PreferencesService(PatientRepository patients, ReminderScheduler scheduler, CurrentUser user,
            Clock clock) {
        this.patients = patients;
        this.scheduler = scheduler;
        this.user = user;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public View read(UUID patientId) {
        user.requireSelfOrStaff(patientId);
        return view(patients.find(patientId).orElseThrow(() -> unknown(patientId)));
    }

    /** Replaces the times (null: the default); the pending daily reminders move with them. */
    public View update(UUID patientId, String ifMatch, LocalTime diaryTime, LocalTime homeProgramTime,
            LocalTime quietStart, LocalTime quietEnd) {
        user.requireSelfOrStaff(patientId);
        PatientSettings current = patients.lock(patientId).orElseThrow(() -> unknown(patientId));
        ETags.requireMatch(ifMatch, current.version());
        patients.updatePreferences(patientId, diaryTime, homeProgramTime, quietStart, quietEnd, clock.instant());
        scheduler.patientChanged(patientId);
        return view(patients.find(patientId).orElseThrow());
    }

    /** Consent and address of one channel: only the patient itself decides. */
    public View putChannel(UUID patientId, Channel channel, boolean consent, String address) {
        user.requireSelf(patientId);
        patients.lock(patientId).orElseThrow(() -> unknown(patientId));
        String normalised = address == null || address.isBlank() ? null : address.strip();
        if (consent && channel != Channel.IN_APP && normalised == null) {
            throw ProblemException.field(400, "address", "required when consenting to " + channel);
        }
        if (normalised != null && !validAddress(channel, normalised)) {
            throw ProblemException.field(400, "address", switch (channel) {
                case EMAIL -> "must be an email address";
                case SMS -> "must be a phone number in E.164 form, e.g. +4930123456";
                case PUSH -> "must be a device token";
                case IN_APP -> "must be absent for the in-app inbox";
            });
        }
        patients.putChannel(patientId, new ChannelSetting(channel, consent, normalised), clock.instant());
        return view(patients.find(patientId).orElseThrow());
    }

    private static boolean validAddress(Channel channel, String address) {
        return switch (channel) {
            case EMAIL -> EMAIL.matcher(address).matches();
            case SMS -> E164.matcher(address).matches();
            case PUSH -> !address.contains(" ");
            case IN_APP -> false;
        };
    }

    private View view(PatientSettings stored) {
        Map<Channel, ChannelSetting> channels = new EnumMap<>(Channel.class);
        for (Channel c : Channel.values()) {
            channels.put(c, new ChannelSetting(c, Consents.byDefault(c), null));
        }
        patients.channels(stored.patientId()).forEach(c -> channels.put(c.channel(), c));
        return new View(stored, scheduler.preferencesOf(stored.patientId()), List.copyOf(channels.values()));
    }

    private static ProblemException unknown(UUID patientId) {
        return ProblemException.notFound("No reminder settings for this patient (not registered yet)");
    }
}
