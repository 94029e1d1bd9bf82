package dev.agentcore4j.tools;

import java.time.Duration;
import java.util.Objects;

/**
 * What {@code fetch_url} may reach. The defaults refuse every non-public address (loopback, private,
 * link-local including the cloud metadata address 169.254.169.254, unspecified, multicast), read at
 * most 1 MiB, give up after 10 seconds and follow at most 3 redirects, each re-checked.
 *
 * <pre>{@code
 * FetchPolicy testing = FetchPolicy.defaults().allowLoopback(true);
 * }</pre>
 *
 * @param allowLoopback        allow 127.0.0.0/8 and ::1 (tests against a local server)
 * @param allowPrivateNetworks allow 10/8, 172.16/12, 192.168/16, 100.64/10, fc00::/7 and link-local addresses
 * @param maxBytes             bytes read from a response body before it is truncated
 * @param timeout              time limit for the whole fetch, redirects included
 * @param maxRedirects         redirects followed before giving up
 */
public record FetchPolicy(boolean allowLoopback, boolean allowPrivateNetworks, int maxBytes, Duration timeout,
                          int maxRedirects) {

    public FetchPolicy {
        Objects.requireNonNull(timeout, "timeout");
        if (maxBytes < 1) {
            throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive: " + timeout);
        }
        if (maxRedirects < 0) {
            throw new IllegalArgumentException("maxRedirects must not be negative: " + maxRedirects);
        }
    }

    /** Public internet only, 1 MiB, 10 s, 3 redirects. */
    public static FetchPolicy defaults() {
        return new FetchPolicy(false, false, 1 << 20, Duration.ofSeconds(10), 3);
    }

    public FetchPolicy allowLoopback(boolean allow) {
        return new FetchPolicy(allow, allowPrivateNetworks, maxBytes, timeout, maxRedirects);
    }

    public FetchPolicy allowPrivateNetworks(boolean allow) {
        return new FetchPolicy(allowLoopback, allow, maxBytes, timeout, maxRedirects);
    }

    public FetchPolicy maxBytes(int bytes) {
        return new FetchPolicy(allowLoopback, allowPrivateNetworks, bytes, timeout, maxRedirects);
    }

    public FetchPolicy timeout(Duration limit) {
        return new FetchPolicy(allowLoopback, allowPrivateNetworks, maxBytes, limit, maxRedirects);
    }

    public FetchPolicy maxRedirects(int redirects) {
        return new FetchPolicy(allowLoopback, allowPrivateNetworks, maxBytes, timeout, redirects);
    }
}
