package care.unknot.notification.channel;

import care.unknot.events.notification.Channel;
import care.unknot.events.notification.NotificationFailureReason;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.vertx.ext.mail.SMTPException;
import jakarta.enterprise.context.ApplicationScoped;

/** Email over SMTP with quarkus-mailer (quarkus.mailer.* config). SMTP 5xx replies are permanent, the rest transient. */
@ApplicationScoped
public class EmailSender implements ChannelSender {

    private final Mailer mailer;

    public EmailSender(Mailer mailer) {
        this.mailer = mailer;
    }

    @Override
    public Channel channel() {
        return Channel.EMAIL;
    }

    @Override
    public SendResult send(String address, String title, String body) {
        try {
            mailer.send(Mail.withText(address, title, body));
            return SendResult.SENT;
        } catch (RuntimeException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof SMTPException smtp && smtp.isPermanent()) {
                    return new SendResult.Permanent(NotificationFailureReason.REJECTED_BY_PROVIDER,
                            "SMTP " + smtp.getReplyCode());
                }
            }
            // the exception's class only: messages may quote the address
            return new SendResult.Transient("SMTP failure " + e.getClass().getSimpleName());
        }
    }
}
