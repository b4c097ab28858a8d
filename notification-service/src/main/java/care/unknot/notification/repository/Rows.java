package care.unknot.notification.repository;

import jakarta.persistence.Query;
import java.sql.Date;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

/** Conversions between native-query columns and java.time (the driver and Hibernate may hand either kind). */
final class Rows {

    private Rows() {
    }

    /** Binds a value that may be null with its type (an untyped null leaves PostgreSQL guessing). */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static <T> Query typed(Query query, int position, T value, Class<T> type) {
        query.unwrap(org.hibernate.query.Query.class).setParameter(position, value, (Class) type);
        return query;
    }

    static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    static Instant instant(Object column) {
        if (column == null) {
            return null;
        }
        if (column instanceof Instant instant) {
            return instant;
        }
        if (column instanceof OffsetDateTime odt) {
            return odt.toInstant();
        }
        if (column instanceof ZonedDateTime zdt) {
            return zdt.toInstant();
        }
        return ((Timestamp) column).toInstant();
    }

    static LocalDate date(Object column) {
        if (column == null || column instanceof LocalDate) {
            return (LocalDate) column;
        }
        return ((Date) column).toLocalDate();
    }

    static LocalTime time(Object column) {
        if (column == null || column instanceof LocalTime) {
            return (LocalTime) column;
        }
        return ((Time) column).toLocalTime();
    }
}
