package dev.agentcore4j.tools;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;

/**
 * The SSRF guard of fetch_url: only http and https, no credentials in the URL, and every address the
 * host resolves to must be public unless the {@link FetchPolicy} allows loopback or private networks.
 * Unspecified, multicast, broadcast and reserved addresses are always refused. Called for the first
 * URL and again for every redirect target, before any connection is made.
 *
 * <p>Known limit: the HTTP client resolves the host again when it connects, so a DNS server that
 * answers differently the second time (DNS rebinding) is not caught here; the JDK client offers no
 * per-client resolver to pin the checked address.
 */
final class AddressGuard {

    /** Resolves a host name; {@link InetAddress#getAllByName} outside tests. */
    @FunctionalInterface
    interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    private final FetchPolicy policy;
    private final Resolver resolver;

    AddressGuard(FetchPolicy policy, Resolver resolver) {
        this.policy = policy;
        this.resolver = resolver;
    }

    void check(URI uri) {
        String scheme = Optional.ofNullable(uri.getScheme()).map(s -> s.toLowerCase(Locale.ROOT)).orElse("");
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new ToolFailure("only http and https URLs can be fetched, got '" + (scheme.isEmpty() ? uri : scheme + ":") + "'");
        }
        if (uri.getRawUserInfo() != null) {
            throw new ToolFailure("URLs with credentials (user@host) are not fetched");
        }
        String host = uri.getHost();
        if (host == null || host.isEmpty()) {
            throw new ToolFailure("the URL has no host: " + uri);
        }
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(host);
        } catch (UnknownHostException e) {
            throw new ToolFailure("unknown host '" + host + "'");
        }
        if (addresses.length == 0) {
            throw new ToolFailure("unknown host '" + host + "'");
        }
        for (InetAddress address : addresses) {
            classify(address).filter(this::refused).ifPresent(kind -> {
                throw new ToolFailure("refused to fetch " + uri.getHost() + ": it resolves to a " + kind + " address ("
                        + address.getHostAddress() + "); only public internet addresses may be fetched");
            });
        }
    }

    private boolean refused(String kind) {
        return switch (kind) {
            case "loopback" -> !policy.allowLoopback();
            case "private", "link-local" -> !policy.allowPrivateNetworks();
            default -> true;
        };
    }

    /** The kind of a non-public address ("loopback", "private", "link-local", …), empty for a public one. */
    static Optional<String> classify(InetAddress address) {
        if (address instanceof Inet6Address v6) {
            return classify6(v6.getAddress());
        }
        return classify4(address.getAddress());
    }

    private static Optional<String> classify4(byte[] b) {
        int a0 = b[0] & 0xff, a1 = b[1] & 0xff, a2 = b[2] & 0xff;
        String kind = null;
        if (a0 == 127) {
            kind = "loopback";
        } else if (a0 == 0) {
            kind = "unspecified";
        } else if (a0 == 10 || (a0 == 172 && (a1 & 0xf0) == 16) || (a0 == 192 && a1 == 168)
                || (a0 == 100 && (a1 & 0xc0) == 64) || (a0 == 198 && (a1 & 0xfe) == 18)) {
            kind = "private"; // RFC 1918, carrier-grade NAT (RFC 6598), benchmarking (RFC 2544)
        } else if (a0 == 169 && a1 == 254) {
            kind = "link-local"; // includes the cloud metadata service 169.254.169.254
        } else if (a0 >= 224 && a0 <= 239) {
            kind = "multicast";
        } else if (a0 >= 240) {
            kind = "reserved"; // 240/4 and the broadcast address
        } else if (a0 == 192 && a1 == 0 && a2 == 0) {
            kind = "reserved"; // IETF protocol assignments (RFC 6890)
        }
        return Optional.ofNullable(kind);
    }

    private static Optional<String> classify6(byte[] b) {
        boolean firstTenZero = true;
        for (int i = 0; i < 10; i++) {
            firstTenZero &= b[i] == 0;
        }
        if (firstTenZero && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) {
            return classify4(new byte[] {b[12], b[13], b[14], b[15]}); // IPv4-mapped ::ffff:a.b.c.d
        }
        boolean firstTwelveZero = firstTenZero && b[10] == 0 && b[11] == 0;
        if (firstTwelveZero) {
            boolean zero = b[12] == 0 && b[13] == 0 && b[14] == 0;
            if (zero && b[15] == 0) {
                return Optional.of("unspecified");
            }
            if (zero && b[15] == 1) {
                return Optional.of("loopback");
            }
            return classify4(new byte[] {b[12], b[13], b[14], b[15]}); // IPv4-compatible ::a.b.c.d
        }
        int b0 = b[0] & 0xff, b1 = b[1] & 0xff;
        if (b0 == 0x00 && b1 == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b) {
            return classify4(new byte[] {b[12], b[13], b[14], b[15]}); // NAT64 64:ff9b::/96
        }
        if (b0 == 0x20 && b1 == 0x02) {
            return classify4(new byte[] {b[2], b[3], b[4], b[5]}); // 6to4 2002::/16
        }
        if ((b0 & 0xfe) == 0xfc) {
            return Optional.of("private"); // unique local fc00::/7
        }
        if (b0 == 0xfe && (b1 & 0xc0) == 0x80) {
            return Optional.of("link-local"); // fe80::/10
        }
        if (b0 == 0xfe && (b1 & 0xc0) == 0xc0) {
            return Optional.of("private"); // deprecated site-local fec0::/10
        }
        if (b0 == 0xff) {
            return Optional.of("multicast");
        }
        if (b0 == 0x20 && b1 == 0x01 && b[2] == 0 && b[3] == 0) {
            return Optional.of("reserved"); // Teredo 2001::/32 tunnels to an address we cannot check
        }
        return Optional.empty();
    }

    static InetAddress[] systemResolve(String host) throws UnknownHostException {
        return InetAddress.getAllByName(host);
    }
}
