package care.unknot.kit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs the repository's {@code ./unknot} script with its state in {@code state} (UNKNOT_STATE); must succeed. */
public final class UnknotScript {

    private UnknotScript() {
    }

    public record Result(String out, String err) {
    }

    public static Result run(Path state, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("bash", Path.of("..", "unknot").toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("UNKNOT_STATE", state.toString());
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as("./unknot %s: %s", String.join(" ", args), err).isZero();
        return new Result(out, err);
    }
}
