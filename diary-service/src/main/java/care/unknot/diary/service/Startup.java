package care.unknot.diary.service;

import care.unknot.diary.repository.EntryRepository;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** Creates the indexes the service relies on (the unique (patientId, date) index above all). */
@ApplicationScoped
public class Startup {

    void onStart(@Observes StartupEvent event, EntryRepository entries) {
        entries.createIndexes();
    }
}
