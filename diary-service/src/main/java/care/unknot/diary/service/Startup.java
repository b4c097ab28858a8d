package care.unknot.diary.service;

import care.unknot.diary.repository.EntryRepository;
import care.unknot.diary.repository.ImportRepository;
import care.unknot.diary.repository.PatientRepository;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** Creates the indexes the service relies on (the unique (patientId, date) index above all, and the daily jobs' due index). */
@ApplicationScoped
public class Startup {

    void onStart(@Observes StartupEvent event, EntryRepository entries, PatientRepository patients,
                 ImportRepository imports) {
        entries.createIndexes();
        patients.createIndexes();
        imports.createIndexes();
    }
}
