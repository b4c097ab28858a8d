package care.unknot.kit.openapi;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * The methods the served OpenAPI document lists for each path template, so the HTTP layer can answer with the
 * document's truth ({@link UndocumentedMethodProblem}): a method the document does not list is a 405 whose
 * {@code Allow} names the documented ones. Recorded by this run-stage filter when Quarkus prepares the document at
 * start-up, i.e. from the same model {@code /q/openapi} serves, after every build-stage filter.
 */
@OpenApiFilter(OpenApiFilter.RunStage.RUN)
public class DocumentedMethods implements OASFilter {

    private static final Pattern TEMPLATE_PARAMETER = Pattern.compile("\\{[^/}]+}");

    private static volatile List<PathMethods> documented = List.of();

    record PathMethods(String template, Pattern path, Set<String> methods) {
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        record(openAPI);
    }

    static void record(OpenAPI openAPI) {
        List<PathMethods> paths = new ArrayList<>();
        if (openAPI.getPaths() != null && openAPI.getPaths().getPathItems() != null) {
            openAPI.getPaths().getPathItems().forEach((template, item) -> {
                Set<String> methods = new TreeSet<>();
                item.getOperations().keySet().forEach(method -> methods.add(method.name()));
                paths.add(new PathMethods(template, regex(template), java.util.Collections.unmodifiableSet(methods)));
            });
        }
        documented = List.copyOf(paths);
    }

    /** The documented methods of the path template {@code path} matches; empty when no documented path matches. */
    public static Optional<Set<String>> of(String path) {
        return documented.stream().filter(p -> p.path().matcher(path).matches()).findFirst()
                .map(PathMethods::methods);
    }

    /** Whether {@code uri} is a path template of the document, as written there (e.g. {@code /api/v1/patients/{patientId}}). */
    public static boolean isTemplate(String uri) {
        return documented.stream().anyMatch(p -> p.template().equals(uri));
    }

    static Pattern regex(String template) {
        StringBuilder regex = new StringBuilder();
        Matcher parameter = TEMPLATE_PARAMETER.matcher(template);
        int last = 0;
        while (parameter.find()) {
            regex.append(Pattern.quote(template.substring(last, parameter.start()))).append("[^/]+");
            last = parameter.end();
        }
        regex.append(Pattern.quote(template.substring(last)));
        return Pattern.compile(regex.toString());
    }
}
