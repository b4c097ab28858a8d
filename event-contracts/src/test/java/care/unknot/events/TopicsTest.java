package care.unknot.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TopicsTest {

    @Test
    void deadLetterTopicIsTheServiceNameWithDlq() {
        assertThat(Topics.deadLetter("diary-service")).isEqualTo(Topics.DIARY_DLQ).isEqualTo("diary-service.dlq");
        assertThat(Topics.DEAD_LETTER_TOPICS)
                .containsExactly(Topics.deadLetter("intake-service"), Topics.deadLetter("plan-service"),
                        Topics.deadLetter("diary-service"), Topics.deadLetter("notification-service"));
    }

    @Test
    void eachProducingServiceHasOneEventTopicAndOneSource() {
        assertThat(Topics.EVENT_TOPICS).containsExactly("intake.events", "plan.events", "diary.events", "notification.events");
        assertThat(Sources.ALL).containsExactly("/intake-service", "/plan-service", "/diary-service", "/notification-service");
    }
}
