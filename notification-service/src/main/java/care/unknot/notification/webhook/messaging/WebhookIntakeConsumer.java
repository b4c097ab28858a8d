package care.unknot.notification.webhook.messaging;

import care.unknot.events.EventTypes;
import care.unknot.events.intake.IntakeReviewedV1;
import care.unknot.events.intake.PatientRegisteredV1;
import care.unknot.events.intake.PatientUpdatedV1;
import care.unknot.events.intake.ReferralReceivedV1;
import care.unknot.events.intake.ReferralUrgentRequiredV1;
import care.unknot.kit.consume.EventConsumer;
import care.unknot.kit.consume.EventRoutes;
import care.unknot.kit.consume.IncomingEvent;
import care.unknot.kit.consume.PoisonEvent;
import care.unknot.notification.webhook.domain.PartnerEventData;
import care.unknot.notification.webhook.repository.AudienceRepository;
import care.unknot.notification.webhook.service.WebhookFanOut;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * intake.events for partner webhooks: patient.registered/updated and referral.received keep the read copy of which
 * partners may hear about a patient; referral.received, referral.urgent-required and intake.reviewed fan out to
 * subscriptions (after the read copy, since the key orders one patient's events).
 */
@ApplicationScoped
public class WebhookIntakeConsumer {

    static final String CONSUMER = "webhooks-intake";

    private final EventConsumer consumer;
    private final AudienceRepository audience;
    private final WebhookFanOut fanOut;
    private final EventRoutes routes = EventRoutes.forConsumer(CONSUMER)
            .on(EventTypes.PATIENT_REGISTERED, PatientRegisteredV1.class, (event, p) ->
                    audience(event, p.patientId(), p.referringPartnerId(), p.sharingConsentPartnerIds(),
                            p.registeredAt()))
            .on(EventTypes.PATIENT_UPDATED, PatientUpdatedV1.class, (event, p) ->
                    audience(event, p.patientId(), p.referringPartnerId(), p.sharingConsentPartnerIds(),
                            p.updatedAt()))
            .on(EventTypes.REFERRAL_RECEIVED, ReferralReceivedV1.class, this::referralReceived)
            .on(EventTypes.REFERRAL_URGENT_REQUIRED, ReferralUrgentRequiredV1.class, (event, r) ->
                    fanOut(event, r.patientId(), r.raisedAt(),
                            new PartnerEventData.ReferralUrgentRequired(r.referralId(), r.patientId(), r.intakeId())))
            .on(EventTypes.INTAKE_REVIEWED, IntakeReviewedV1.class, (event, r) ->
                    fanOut(event, r.patientId(), r.reviewedAt(), new PartnerEventData.IntakeReviewed(r.intakeId(),
                            r.patientId(), r.outcome(), r.eligibleForPlan())));

    public WebhookIntakeConsumer(EventConsumer consumer, AudienceRepository audience, WebhookFanOut fanOut) {
        this.consumer = consumer;
        this.audience = audience;
        this.fanOut = fanOut;
    }

    @Incoming("webhooks-intake")
    @Blocking
    public CompletionStage<Void> consume(Message<String> message) {
        return consumer.consume(message, routes);
    }

    private void audience(IncomingEvent event, UUID patientId, String referringPartnerId, List<String> consents,
            Instant payloadTime) {
        PoisonEvent.required(patientId, event.type(), "patientId");
        if (referringPartnerId != null) {
            audience.referredBy(patientId, referringPartnerId);
        }
        audience.consents(patientId, consents, event.eventTime(payloadTime));
    }

    private void referralReceived(IncomingEvent event, ReferralReceivedV1 referral) {
        PoisonEvent.required(referral.patientId(), event.type(), "patientId");
        PoisonEvent.required(referral.partnerId(), event.type(), "partnerId");
        audience.referredBy(referral.patientId(), referral.partnerId());
        fanOut(event, referral.patientId(), referral.receivedAt(), new PartnerEventData.ReferralReceived(
                referral.referralId(), referral.patientId(), referral.partnerReference()));
    }

    private void fanOut(IncomingEvent event, UUID patientId, Instant payloadTime, Object data) {
        PoisonEvent.required(patientId, event.type(), "patientId");
        fanOut.fanOut(event, patientId, event.eventTime(payloadTime), data);
    }
}
