package care.unknot.diary.config;

import care.unknot.diary.domain.DayClassifier;
import care.unknot.diary.domain.EditWindow;
import care.unknot.diary.domain.GapDetector;
import care.unknot.diary.domain.ProgressCalculator;
import care.unknot.diary.domain.WindowCalculator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The plain domain rule objects, built once from the configured numbers. */
@ApplicationScoped
public class DomainRules {

    @Produces
    @Singleton
    DayClassifier classifier(DiaryConfig config) {
        return new DayClassifier(config.classification());
    }

    @Produces
    @Singleton
    ProgressCalculator progressCalculator(DiaryConfig config) {
        return new ProgressCalculator(config);
    }

    @Produces
    @Singleton
    WindowCalculator windowCalculator(DiaryConfig config) {
        return new WindowCalculator(config);
    }

    @Produces
    @Singleton
    EditWindow editWindow(DiaryConfig config) {
        return new EditWindow(config.entries().editWindowDays());
    }

    @Produces
    @Singleton
    GapDetector gapDetector(DiaryConfig config) {
        return new GapDetector(config.entries().gapDays());
    }
}
