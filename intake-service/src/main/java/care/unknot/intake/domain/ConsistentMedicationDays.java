package care.unknot.intake.domain;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * domain.md 1.3: the any-medication days are at least the largest class and at most the smaller of 31 and the
 * sum of the classes. The violation names {@code anyMedicationDays}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ConsistentMedicationDays.Validator.class)
public @interface ConsistentMedicationDays {

    String message() default "must be at least the largest class's days and at most the smaller of 31 and the sum of the classes' days";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<ConsistentMedicationDays, MedicationUse> {
        @Override
        public boolean isValid(MedicationUse use, ConstraintValidatorContext context) {
            if (use == null || !use.complete()) {
                return true; // @NotNull on each field reports what is missing
            }
            int any = use.anyMedicationDays();
            boolean valid = any >= use.largestClassDays()
                    && any <= Math.min(Scales.MAX_DAYS_IN_MONTH, use.sumOfClassDays());
            if (!valid) {
                context.disableDefaultConstraintViolation();
                context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                        .addPropertyNode("anyMedicationDays").addConstraintViolation();
            }
            return valid;
        }
    }
}
