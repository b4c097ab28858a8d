package care.unknot.kit.logging;

import java.util.logging.Handler;
import java.util.logging.Logger;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logmanager.ExtHandler;
import org.jboss.logmanager.handlers.ConsoleHandler;

import io.quarkus.runtime.StartupEvent;

/**
 * Structured (JSON, one object a line) console logs when {@code unknot.log.json=true} (on by default in production).
 *
 * <p>Written by hand because the {@code quarkus-logging-json} extension does not resolve at Quarkus 3.34.2 here:
 * this puts a {@link JsonLogFormatter} on the console handlers at start-up. Lines logged before start-up (the boot
 * banner) keep the plain format.
 */
@ApplicationScoped
public class JsonConsoleLog {

    void switchToJson(@Observes @Priority(1) StartupEvent startup,
            @ConfigProperty(name = "unknot.log.json", defaultValue = "false") boolean json) {
        if (json) {
            apply(Logger.getLogger(""));
        }
    }

    /** Puts a JSON formatter on every console handler below {@code logger}; returns how many it changed. */
    public static int apply(Logger logger) {
        int changed = 0;
        for (Handler handler : logger.getHandlers()) {
            changed += apply(handler);
        }
        return changed;
    }

    private static int apply(Handler handler) {
        int changed = 0;
        if (handler instanceof ConsoleHandler console) {
            console.setFormatter(new JsonLogFormatter());
            changed++;
        }
        if (handler instanceof ExtHandler parent) {
            for (Handler child : parent.getHandlers()) {
                changed += apply(child);
            }
        }
        return changed;
    }
}
