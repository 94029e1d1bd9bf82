package dev.agentcore4j.dashboard;

import com.sun.net.httpserver.HttpExchange;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What keeps web pages elsewhere from using the dashboard through the user's browser: the
 * {@code Host} must be a loopback name (a DNS-rebinding page arrives with its own host name), and a
 * state-changing API call that carries an {@code Origin} must come from the dashboard's own origin.
 */
final class LoopbackGuard {

    private static final Set<String> LOOPBACK_HOSTS = Set.of("127.0.0.1", "localhost", "[::1]");
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    private LoopbackGuard() {
    }

    /** @return why the request is refused, or empty when it may go on */
    static Optional<String> refusal(HttpExchange exchange, boolean api) {
        String host = exchange.getRequestHeaders().getFirst("Host");
        if (host == null || !LOOPBACK_HOSTS.contains(hostName(host))) {
            return Optional.of("Host '" + host + "' is not a loopback name: open the dashboard at http://127.0.0.1:"
                    + exchange.getLocalAddress().getPort() + "/");
        }
        String origin = exchange.getRequestHeaders().getFirst("Origin");
        if (api && origin != null && !SAFE_METHODS.contains(exchange.getRequestMethod())
                && !origin.toLowerCase(Locale.ROOT).equals("http://" + host.toLowerCase(Locale.ROOT))) {
            return Optional.of("a " + exchange.getRequestMethod() + " from origin '" + origin
                    + "' is refused: the API accepts changes from the dashboard's own pages only");
        }
        return Optional.empty();
    }

    /** {@code 127.0.0.1:8791} → {@code 127.0.0.1}; {@code [::1]:8791} → {@code [::1]}. */
    static String hostName(String host) {
        String h = host.strip().toLowerCase(Locale.ROOT);
        if (h.startsWith("[")) {
            int end = h.indexOf(']');
            return end < 0 ? h : h.substring(0, end + 1);
        }
        int colon = h.indexOf(':');
        return colon < 0 ? h : h.substring(0, colon);
    }
}
