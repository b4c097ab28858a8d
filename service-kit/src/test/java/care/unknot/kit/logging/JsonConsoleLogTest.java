package care.unknot.kit.logging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.jboss.logmanager.handlers.ConsoleHandler;
import org.jboss.logmanager.handlers.DelayedHandler;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class JsonConsoleLogTest {

    @Test
    void consoleHandlersNestedBelowTheRootWriteOneJsonObjectPerLine() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ConsoleHandler console = new ConsoleHandler();
        console.setOutputStream(out);
        DelayedHandler delayed = new DelayedHandler();
        delayed.addHandler(console);
        Logger logger = Logger.getAnonymousLogger();
        logger.setUseParentHandlers(false);
        logger.addHandler(delayed);

        assertThat(JsonConsoleLog.apply(logger)).isEqualTo(1);
        logger.log(Level.WARNING, "intake {0} said \"no\"", "abc-123");
        console.flush();

        String line = out.toString(StandardCharsets.UTF_8).strip();
        JsonNode json = new ObjectMapper().readTree(line);
        assertThat(json.get("message").asText()).isEqualTo("intake abc-123 said \"no\"");
        assertThat(json.get("level").asText()).isEqualTo("WARNING");
        assertThat(json.has("timestamp")).isTrue();
    }

    @Test
    void nothingChangesWithoutAConsoleHandler() {
        Logger logger = Logger.getAnonymousLogger();
        logger.setUseParentHandlers(false);
        assertThat(JsonConsoleLog.apply(logger)).isZero();
    }
}
