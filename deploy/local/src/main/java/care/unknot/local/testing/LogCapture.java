package care.unknot.local.testing;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * Every log line written in this JVM while installed (root logger handler: JBoss LogManager in Quarkus, plain
 * java.util.logging elsewhere), each as its formatted message plus the full text of its exception (messages of
 * the whole cause chain, as a console handler would print them). For tests that search the logs for data.
 */
public final class LogCapture extends Handler implements AutoCloseable {

    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final SimpleFormatter plain = new SimpleFormatter();

    private LogCapture() {
        setLevel(Level.ALL);
    }

    public static LogCapture install() {
        LogCapture capture = new LogCapture();
        Logger.getLogger("").addHandler(capture);
        return capture;
    }

    public List<String> lines() {
        return new ArrayList<>(lines);
    }

    /** The captured lines that contain {@code text}. */
    public List<String> linesContaining(String text) {
        return lines.stream().filter(line -> line.contains(text)).toList();
    }

    /** Uninstalls the handler, then fails if any line captured meanwhile contains {@code text}. */
    public void closeAndAssertNoLineContains(String text) {
        close();
        List<String> found = linesContaining(text);
        if (!found.isEmpty()) {
            throw new AssertionError(found.size() + " log line(s) contain \"" + text + "\", the first:\n"
                    + found.get(0));
        }
    }

    @Override
    public void publish(LogRecord record) {
        StringBuilder line = new StringBuilder(record.getLevel() + " [" + record.getLoggerName() + "] "
                + message(record));
        if (record.getThrown() != null) {
            StringWriter trace = new StringWriter();
            record.getThrown().printStackTrace(new PrintWriter(trace));
            line.append('\n').append(trace);
        }
        lines.add(line.toString());
    }

    private String message(LogRecord record) {
        try {
            // JBoss LogManager's ExtLogRecord formats printf- and MessageFormat-style messages alike
            Method formatted = record.getClass().getMethod("getFormattedMessage");
            return String.valueOf(formatted.invoke(record));
        } catch (ReflectiveOperationException | RuntimeException e) {
            return plain.formatMessage(record);
        }
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
        Logger.getLogger("").removeHandler(this);
    }
}
