package care.unknot.kit.rest;

import care.unknot.kit.problem.ProblemException;

/**
 * Strong ETags from an entity's version, and the {@code If-Match} check for optimistic concurrency:
 * 428 when the header is missing, 412 when it names another version.
 */
public final class ETags {

    public static final String IF_MATCH = "If-Match";

    private ETags() {
    }

    /** {@code "7"} (quoted, as RFC 9110 wants) for version 7. */
    public static String of(long version) {
        return "\"" + version + "\"";
    }

    public static void requireMatch(String ifMatch, long version) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw ProblemException.field(428, IF_MATCH,
                    "is required: send the ETag of the version you read");
        }
        String current = of(version);
        for (String candidate : ifMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.equals("*") || tag.equals(current)) {
                return;
            }
        }
        throw ProblemException.field(412, IF_MATCH,
                "does not match the current version " + current + "; read the resource again");
    }
}
