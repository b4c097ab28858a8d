package care.unknot.plan.domain;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** Active cervical range of motion in degrees, as measured in the session (any may be absent). */
public record CervicalRangeOfMotion(
        @Min(0) @Max(120) Integer flexion,
        @Min(0) @Max(120) Integer extension,
        @Min(0) @Max(120) Integer rotationLeft,
        @Min(0) @Max(120) Integer rotationRight,
        @Min(0) @Max(90) Integer lateralFlexionLeft,
        @Min(0) @Max(90) Integer lateralFlexionRight) {
}
