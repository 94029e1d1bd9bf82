package dev.agentcore4j.contract;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which request headers reach an agent's code as "request headers": the rules of the Python SDK's
 * {@code is_forwardable_header}, which mirror the platform's restricted-header table.
 */
public final class HeaderForwarding {

    private static final String X_AMZ = "x-amz-";
    private static final String X_AMZN = "x-amzn-";
    private static final String CUSTOM = AgentCoreHeaders.CUSTOM_PREFIX.toLowerCase(Locale.ROOT);
    private static final String WAT = AgentCoreHeaders.IDENTITY_WAT.toLowerCase(Locale.ROOT);

    /** Headers never forwarded (lower case). */
    public static final Set<String> RESTRICTED = restricted(
            "Proxy-Authorization", "WWW-Authenticate", "Accept", "Accept-Charset", "Accept-Encoding",
            "Accept-Language", "Content-Type", "Content-Length", "Content-Encoding", "Content-Language",
            "Content-Location", "Content-Range", "Cache-Control", "ETag", "Expires", "If-Match",
            "If-Modified-Since", "If-None-Match", "If-Range", "If-Unmodified-Since", "Last-Modified",
            "Pragma", "Vary", "Connection", "Keep-Alive", "Proxy-Connection", "Upgrade", "Host",
            "User-Agent", "Referer", "From", "Range", "Accept-Ranges", "Transfer-Encoding", "TE",
            "Trailer", "Server", "Date", "Location", "Retry-After", "Set-Cookie", "Cookie",
            "Content-Security-Policy", "Content-Security-Policy-Report-Only", "Strict-Transport-Security",
            "X-Content-Type-Options", "X-Frame-Options", "X-XSS-Protection", "Referrer-Policy",
            "Permissions-Policy", "Cross-Origin-Embedder-Policy", "Cross-Origin-Opener-Policy",
            "Cross-Origin-Resource-Policy", "Access-Control-Allow-Origin", "Access-Control-Allow-Methods",
            "Access-Control-Allow-Headers", "Access-Control-Allow-Credentials",
            "Access-Control-Expose-Headers", "Access-Control-Max-Age", "Access-Control-Request-Method",
            "Access-Control-Request-Headers", "Origin", "Accept-CH", "Accept-CH-Lifetime", "DPR", "Width",
            "Viewport-Width", "Downlink", "ECT", "RTT", "Save-Data", "Clear-Site-Data", "Feature-Policy",
            "Expect-CT", "Public-Key-Pins", "Public-Key-Pins-Report-Only", "Via", "Forwarded",
            "X-Forwarded-For", "X-Forwarded-Host", "X-Forwarded-Proto", "X-Real-IP", "X-Requested-With",
            "X-CSRF-Token", "True-Client-IP", "X-Client-IP", "X-Cluster-Client-IP", "X-Originating-IP",
            "X-Source-IP", "X-Original-URL", "X-Original-Host", "X-Rewrite-URL", "CF-Ray",
            "CF-Connecting-IP", "X-Amz-Cf-Id", "X-Cache", "X-Served-By", ":method", ":path", ":scheme",
            ":authority", ":status", "Link", "Sec-WebSocket-Key", "Sec-WebSocket-Accept",
            "Sec-WebSocket-Version", "Sec-WebSocket-Protocol", "Sec-WebSocket-Extensions");

    private HeaderForwarding() {
    }

    /**
     * Whether a header with this name is handed to the agent's code.
     *
     * <p>Restricted headers are dropped; {@code x-amz-*} is dropped except the workload identity
     * token; {@code x-amzn-*} is dropped except the custom prefix; everything else is kept.
     */
    public static boolean isForwardable(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (RESTRICTED.contains(lower)) {
            return false;
        }
        if (lower.startsWith(X_AMZ)) {
            return lower.equals(WAT);
        }
        if (lower.startsWith(X_AMZN)) {
            return lower.startsWith(CUSTOM);
        }
        return true;
    }

    private static Set<String> restricted(String... names) {
        Set<String> set = new TreeSet<>();
        for (String name : names) {
            set.add(name.toLowerCase(Locale.ROOT));
        }
        return Set.copyOf(set);
    }
}
