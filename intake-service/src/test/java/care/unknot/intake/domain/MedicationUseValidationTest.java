package care.unknot.intake.domain;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.Set;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MedicationUseValidationTest {

    private final Validator validator = Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator();

    /** Columns: simple analgesic, triptan, ergot, opioid, combination, any-medication days, accepted. */
    @ParameterizedTest(name = "[{index}] {0}/{1}/{2}/{3}/{4} any {5} accepted={6}")
    @CsvSource({
            "0,  0,  0,  0,  0,  0,  true",
            "0,  0,  0,  0,  0,  1,  false",
            "10, 4,  0,  0,  0,  10, true",
            "10, 4,  0,  0,  0,  9,  false",
            "10, 4,  0,  0,  0,  14, true",
            "10, 4,  0,  0,  0,  15, false",
            "20, 15, 0,  0,  0,  31, true",
            "20, 15, 0,  0,  0,  32, false"})
    void anyMedicationDaysLieBetweenTheLargestClassAndTheSmallerOf31AndTheSum(int simple, int triptan, int ergot,
            int opioid, int combination, int any, boolean accepted) {
        Set<ConstraintViolation<MedicationUse>> violations = validator.validate(
                new MedicationUse(simple, triptan, ergot, opioid, combination, any));

        if (accepted) {
            assertThat(violations).isEmpty();
        } else {
            assertThat(violations).extracting(v -> v.getPropertyPath().toString()).contains("anyMedicationDays");
        }
    }
}
