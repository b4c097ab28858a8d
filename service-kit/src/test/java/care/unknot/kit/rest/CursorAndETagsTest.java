package care.unknot.kit.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import care.unknot.kit.problem.ProblemException;

class CursorAndETagsTest {

    @Test
    void cursorRoundTripsItsValues() {
        String cursor = Cursor.encode("2026-03-02", "5f1c");
        assertThat(cursor).doesNotContain("2026");
        assertThat(Cursor.decode(cursor, 2)).containsExactly("2026-03-02", "5f1c");
        assertThat(Cursor.decode(null)).isEmpty();
    }

    @Test
    void cursorWithTheWrongShapeIs400NamingAfter() {
        assertThatThrownBy(() -> Cursor.decode(Cursor.encode("a"), 2))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.violations()).extracting(v -> v.field()).containsExactly("after");
                });
        assertThatThrownBy(() -> Cursor.decode("%%%")).isInstanceOf(ProblemException.class);
    }

    @Test
    void idCursorsRoundTripAndRefuseOtherValues() {
        java.util.UUID id = java.util.UUID.randomUUID();
        assertThat(Cursor.afterId(Cursor.ofId(id))).isEqualTo(id);
        assertThat(Cursor.afterId(null)).isNull();
        assertThat(Cursor.afterId(" ")).isNull();
        assertThatThrownBy(() -> Cursor.afterId(Cursor.encode("not-a-uuid")))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.status()).isEqualTo(400));
        assertThatThrownBy(() -> Cursor.afterId(Cursor.encode("a", "b"))).isInstanceOf(ProblemException.class);
    }

    @Test
    void pageKeepsLimitItemsAndPointsAfterTheLastOne() {
        Page<Integer> page = Page.of(List.of(1, 2, 3), 2, String::valueOf);
        assertThat(page.items()).containsExactly(1, 2);
        assertThat(page.next()).isEqualTo("2");
        assertThat(Page.of(List.of(1, 2), 2, String::valueOf).next()).isNull();
    }

    @Test
    void etagIsQuotedVersionAndIfMatchIsChecked() {
        assertThat(ETags.of(7)).isEqualTo("\"7\"");
        ETags.requireMatch("\"7\"", 7);
        ETags.requireMatch("\"6\", \"7\"", 7);
        ETags.requireMatch("*", 7);
        assertThatThrownBy(() -> ETags.requireMatch(null, 7))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.status()).isEqualTo(428));
        assertThatThrownBy(() -> ETags.requireMatch("\"6\"", 7))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.status()).isEqualTo(412));
    }
}
