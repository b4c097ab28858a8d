package care.unknot.events.asyncapi;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Javadoc of a payload type, read from {@code src/main/java}, so the AsyncAPI descriptions are the records'
 * own. A small reader of our own: the type's comment and its {@code @param} tags are all the document needs.
 */
final class JavadocText {

    private static final Path SOURCES = Path.of("src", "main", "java");
    private static final Pattern INLINE_TAG = Pattern.compile("\\{@(code|link|value) ([^}]*)}");
    private static final Pattern PARAM = Pattern.compile("@param\\s+(\\w+)\\s+(.*?)(?=@param|$)", Pattern.DOTALL);

    private final String summary;
    private final Map<String, String> params;

    private JavadocText(String summary, Map<String, String> params) {
        this.summary = summary;
        this.params = params;
    }

    static JavadocText of(Class<?> type) {
        Path file = SOURCES.resolve(type.getName().replace('.', '/') + ".java");
        String source = read(file);
        Matcher comment = Pattern.compile("/\\*\\*(.*?)\\*/\\s*public (?:record|enum|final class|interface) "
                + type.getSimpleName() + "\\b", Pattern.DOTALL).matcher(source);
        if (!comment.find()) {
            return new JavadocText("", Map.of());
        }
        String body = comment.group(1).replaceAll("(?m)^\\s*\\* ?", "");
        int firstParam = body.indexOf("@param");
        String main = firstParam < 0 ? body : body.substring(0, firstParam);
        Map<String, String> params = new LinkedHashMap<>();
        if (firstParam >= 0) {
            Matcher param = PARAM.matcher(body.substring(firstParam));
            while (param.find()) {
                params.put(param.group(1), clean(param.group(2)));
            }
        }
        return new JavadocText(clean(main), params);
    }

    String summary() {
        return summary;
    }

    Optional<String> param(String name) {
        return Optional.ofNullable(params.get(name));
    }

    private static String clean(String text) {
        Matcher tag = INLINE_TAG.matcher(text);
        StringBuilder plain = new StringBuilder();
        while (tag.find()) {
            String target = tag.group(2).trim();
            String shown = tag.group(1).equals("code") ? target : shortReference(target);
            tag.appendReplacement(plain, Matcher.quoteReplacement(shown));
        }
        tag.appendTail(plain);
        return plain.toString().replaceAll("<[^>]+>", "").replaceAll("\\s+", " ").trim();
    }

    /** {@code care.unknot.events.EventDecimals#quotient} reads as {@code EventDecimals.quotient}. */
    private static String shortReference(String target) {
        int hash = target.indexOf('#');
        String owner = hash < 0 ? target : target.substring(0, hash);
        String member = hash < 0 ? "" : target.substring(hash + 1);
        String simpleOwner = owner.substring(owner.lastIndexOf('.') + 1);
        return simpleOwner.isEmpty() ? member : member.isEmpty() ? simpleOwner : simpleOwner + "." + member;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Run from the event-contracts module directory: " + file, e);
        }
    }
}
