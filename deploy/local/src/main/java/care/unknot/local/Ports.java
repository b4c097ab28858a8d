package care.unknot.local;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/** Loopback port helpers. */
// Public although internal: a Quarkus test may load this package from two class loaders, and
// package-private access across them fails with IllegalAccessError.
public final class Ports {

    private Ports() {
    }

    /** A port that was free on 127.0.0.1 a moment ago. */
    public static int free() {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new LocalInfraException("Cannot find a free port on 127.0.0.1: " + e.getMessage(), e);
        }
    }

    /** True when nothing listens on {@code port} on 127.0.0.1 (and it can be bound). */
    public static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** {@code preferred} when free, else any free port; {@code preferred <= 0} means any free port. */
    public static int preferred(int preferred) {
        return preferred > 0 && isFree(preferred) ? preferred : free();
    }
}
