package care.unknot.kit.time;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The local stack's settable clock: real time plus the offset in the clock file that {@code ./unknot clock}
 * writes (see docs/kit-api.md, "Security and time"). Every service of the stack reads the same file, so they move
 * together. The file is re-read when it changed (one {@code stat} per reading: the script replaces it atomically,
 * so a new file has a new inode), hence a request made right after {@code ./unknot clock advance} already sees the
 * new time.
 *
 * <p>Time never goes backwards for a running service: a reading earlier than the last one (the real clock stepped
 * back, or an offset shrank) returns the last one again, unless the file's {@code generation} changed, which only
 * {@code ./unknot clock set --backwards} does; then the clock follows the file back.
 *
 * <p>File format (lines {@code key=value}, {@code #} comments): {@code offset-ms} (signed milliseconds added to
 * real time, default 0) and {@code generation} (default 0). A missing file is offset 0.
 */
public final class LocalStackClock extends Clock {

    private final Path file;
    private final Clock real;
    private final AtomicReference<Snapshot> snapshot = new AtomicReference<>(Snapshot.NONE);
    private final AtomicReference<Reading> last = new AtomicReference<>(new Reading(Long.MIN_VALUE, Instant.MIN));

    LocalStackClock(Path file, Clock real) {
        this.file = Objects.requireNonNull(file);
        this.real = real;
    }

    /** The clock of the file {@code file}, over the system clock. */
    public static LocalStackClock of(Path file) {
        return new LocalStackClock(file, Clock.systemUTC());
    }

    /** The values the file holds. */
    public record Setting(long offsetMillis, long generation) {
        static final Setting REAL_TIME = new Setting(0, 0);
    }

    private record Snapshot(Object fileKey, long modifiedNanos, long size, Setting setting) {
        static final Snapshot NONE = new Snapshot(null, 0, -1, Setting.REAL_TIME);
    }

    private record Reading(long generation, Instant instant) {
    }

    public Path file() {
        return file;
    }

    /** The file's setting now, re-read if the file changed since the last call. */
    public Setting setting() {
        Snapshot current = snapshot.get();
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            return current.fileKey() == null ? current.setting() : replace(current, Snapshot.NONE);
        } catch (IOException e) {
            return current.setting(); // unreadable for a moment: keep what we had
        }
        long modified = attributes.lastModifiedTime().toInstant().getEpochSecond() * 1_000_000_000L
                + attributes.lastModifiedTime().toInstant().getNano();
        if (Objects.equals(attributes.fileKey(), current.fileKey()) && modified == current.modifiedNanos()
                && attributes.size() == current.size()) {
            return current.setting();
        }
        try {
            Setting read = parse(Files.readString(file, StandardCharsets.UTF_8));
            return replace(current, new Snapshot(attributes.fileKey(), modified, attributes.size(), read));
        } catch (IOException e) {
            return current.setting();
        }
    }

    private Setting replace(Snapshot expected, Snapshot next) {
        snapshot.compareAndSet(expected, next);
        return next.setting();
    }

    /** Parses the file's text; an unparsable value is an {@link IllegalArgumentException} naming the key. */
    public static Setting parse(String text) {
        long offset = 0;
        long generation = 0;
        for (String line : text.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            int eq = trimmed.indexOf('=');
            String key = eq < 0 ? trimmed : trimmed.substring(0, eq).strip();
            String value = eq < 0 ? "" : trimmed.substring(eq + 1).strip();
            try {
                switch (key) {
                    case "offset-ms" -> offset = Long.parseLong(value);
                    case "generation" -> generation = Long.parseLong(value);
                    default -> {
                        // other keys are for people (e.g. the time it was set to)
                    }
                }
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("clock file: " + key + " is not a whole number");
            }
        }
        return new Setting(offset, generation);
    }

    /** How far the clock is ahead of real time (negative: behind). */
    public Duration offset() {
        return Duration.ofMillis(setting().offsetMillis());
    }

    @Override
    public Instant instant() {
        Setting setting;
        try {
            setting = setting();
        } catch (IllegalArgumentException e) {
            setting = snapshot.get().setting(); // a file being edited by hand: keep the last good one
        }
        Instant computed = real.instant().plusMillis(setting.offsetMillis());
        Reading next = new Reading(setting.generation(), computed);
        Reading previous = last.getAndAccumulate(next, (before, now) ->
                before.generation() == now.generation() && now.instant().isBefore(before.instant()) ? before : now);
        return previous.generation() == next.generation() && computed.isBefore(previous.instant())
                ? previous.instant() : computed;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    /** A view in {@code zone} sharing this clock's time (and its never-backwards guarantee). */
    @Override
    public Clock withZone(ZoneId zone) {
        LocalStackClock owner = this;
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return zone;
            }

            @Override
            public Clock withZone(ZoneId other) {
                return owner.withZone(other);
            }

            @Override
            public Instant instant() {
                return owner.instant();
            }
        };
    }
}
