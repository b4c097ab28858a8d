package care.unknot.local;

/**
 * Makes "one instance per JVM" hold across class loaders.
 *
 * <p>Quarkus tests may load this library more than once (one class loader per application restart), so a plain
 * static field would start a second broker or cluster. The owner of a piece publishes its coordinates as a system
 * property; a later {@code shared()} in another class loader attaches to it instead of starting another one. The
 * lock is an interned string: the one object every class loader of the JVM sees.
 */
// Public although internal: a Quarkus test may load this package from two class loaders, and
// package-private access across them fails with IllegalAccessError.
public final class JvmShared {

    private static final String PREFIX = "care.unknot.local.shared.";

    private JvmShared() {
    }

    public static Object lock(String piece) {
        return (PREFIX + piece + ".lock").intern();
    }

    public static String get(String key) {
        return System.getProperty(PREFIX + key);
    }

    public static void put(String key, String value) {
        System.setProperty(PREFIX + key, value);
    }

    public static void clear(String key) {
        System.clearProperty(PREFIX + key);
    }
}
