package care.unknot.kit.problem;

import jakarta.ws.rs.core.Response;

/** RFC 9110 reason phrases as problem titles, including the codes JAX-RS' Status enum lacks. */
final class HttpTitles {

    private HttpTitles() {
    }

    static String of(int status) {
        return switch (status) {
            case 413 -> "Content Too Large";
            case 414 -> "URI Too Long";
            case 422 -> "Unprocessable Content";
            case 428 -> "Precondition Required";
            case 429 -> "Too Many Requests";
            default -> {
                Response.Status known = Response.Status.fromStatusCode(status);
                yield known != null ? known.getReasonPhrase() : "HTTP " + status;
            }
        };
    }
}
