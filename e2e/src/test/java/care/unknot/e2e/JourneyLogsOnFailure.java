package care.unknot.e2e;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.LifecycleMethodExecutionExceptionHandler;
import org.junit.jupiter.api.extension.TestWatcher;

/** On a failed journey step (or a failed start), prints the last 40 lines of each process's log. */
final class JourneyLogsOnFailure implements TestWatcher, LifecycleMethodExecutionExceptionHandler {

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        printLogs();
    }

    @Override
    public void handleBeforeAllMethodExecutionException(ExtensionContext context, Throwable throwable)
            throws Throwable {
        printLogs();
        throw throwable;
    }

    private static void printLogs() {
        if (JourneyTest.stack != null) {
            System.err.println(JourneyTest.stack.logTails());
        }
    }
}
