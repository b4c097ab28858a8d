package care.unknot.local.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OpenApiSnapshotTest {

    private static final String SERVED = "openapi: 3.1.0\ninfo:\n  title: intake\npaths: {}\n";

    @TempDir
    Path dir;

    @AfterEach
    void leaveUpdateModeOff() {
        System.clearProperty(OpenApiSnapshot.UPDATE_PROPERTY);
    }

    @Test
    void currentFilePassesDespiteLineEndingsAndTrailingWhitespace() throws Exception {
        Path committed = dir.resolve("openapi.yaml");
        Files.writeString(committed, "openapi: 3.1.0   \r\ninfo:\r\n  title: intake\r\npaths: {}\r\n\r\n");

        assertThatCode(() -> OpenApiSnapshot.assertCurrent(SERVED, committed)).doesNotThrowAnyException();
    }

    @Test
    void staleFileFailsAndNamesTheFirstDifference() throws Exception {
        Path committed = dir.resolve("openapi.yaml");
        Files.writeString(committed, "openapi: 3.1.0\ninfo:\n  title: old\npaths: {}\n");

        assertThatThrownBy(() -> OpenApiSnapshot.assertCurrent(SERVED, committed))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("stale")
                .hasMessageContaining("-Dunknot.openapi.update=true")
                .hasMessageContaining("line 3")
                .hasMessageContaining("title: old")
                .hasMessageContaining("title: intake");
    }

    @Test
    void missingFileFailsWithHowToCreateIt() {
        Path committed = dir.resolve("openapi.yaml");

        assertThatThrownBy(() -> OpenApiSnapshot.assertCurrent(SERVED, committed))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("No committed OpenAPI document")
                .hasMessageContaining("-Dunknot.openapi.update=true");
    }

    @Test
    void updateModeRewritesTheFileAndPasses() throws Exception {
        Path committed = dir.resolve("sub/openapi.yaml");
        System.setProperty(OpenApiSnapshot.UPDATE_PROPERTY, "true");

        OpenApiSnapshot.assertCurrent(SERVED, committed);

        assertThat(committed).hasContent(SERVED);
        System.clearProperty(OpenApiSnapshot.UPDATE_PROPERTY);
        assertThatCode(() -> OpenApiSnapshot.assertCurrent(SERVED, committed)).doesNotThrowAnyException();
    }
}
