package care.unknot.kit.problem;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriInfo;

/**
 * JAX-RS answers a path or query parameter that does not convert with a bare 404 (and a header with 400), without
 * saying which. This finds the parameter of the matched method whose value does not convert to its type, so
 * the client gets a 400 naming it.
 */
final class ParameterProblems {

    private ParameterProblems() {
    }

    static Optional<Problem.Violation> unconvertible(ResourceInfo resource, UriInfo uri, HttpHeaders headers) {
        Method method = resource == null ? null : resource.getResourceMethod();
        if (method == null) {
            return Optional.empty();
        }
        for (Parameter parameter : method.getParameters()) {
            for (Annotation annotation : parameter.getAnnotations()) {
                String name = null;
                List<String> values = null;
                if (annotation instanceof QueryParam query) {
                    name = query.value();
                    values = uri.getQueryParameters().get(name);
                } else if (annotation instanceof PathParam path) {
                    name = path.value();
                    values = uri.getPathParameters().get(name);
                } else if (annotation instanceof HeaderParam header && headers != null) {
                    name = header.value();
                    values = headers.getRequestHeader(name);
                }
                if (name != null && values != null) {
                    for (String value : values) {
                        Optional<String> problem = problem(parameter.getType(), value);
                        if (problem.isPresent()) {
                            return Optional.of(new Problem.Violation(name, problem.get()));
                        }
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> problem(Class<?> type, String value) {
        try {
            if (type == int.class || type == Integer.class) {
                Integer.parseInt(value.trim());
            } else if (type == long.class || type == Long.class) {
                Long.parseLong(value.trim());
            } else if (type == short.class || type == Short.class) {
                Short.parseShort(value.trim());
            } else if (type == double.class || type == Double.class || type == float.class || type == Float.class) {
                Double.parseDouble(value.trim());
            } else if (type == UUID.class) {
                UUID.fromString(value.trim());
            } else if (type == LocalDate.class) {
                LocalDate.parse(value.trim());
            } else if (type == Instant.class) {
                Instant.parse(value.trim());
            } else if (type == OffsetDateTime.class) {
                OffsetDateTime.parse(value.trim());
            } else if (type.isEnum()) {
                for (Object constant : type.getEnumConstants()) {
                    if (((Enum<?>) constant).name().equals(value)) {
                        return Optional.empty();
                    }
                }
                return Optional.of("must be one of " + String.join(", ",
                        java.util.Arrays.stream(type.getEnumConstants()).map(String::valueOf).toList()));
            }
            return Optional.empty();
        } catch (RuntimeException e) {
            return Optional.of("must be " + JsonProblems.jsonKind(type));
        }
    }
}
