package care.unknot.local;

/** A piece of local infrastructure could not start or stop; the message says what to do about it. */
public class LocalInfraException extends RuntimeException {

    public LocalInfraException(String message) {
        super(message);
    }

    public LocalInfraException(String message, Throwable cause) {
        super(message, cause);
    }
}
