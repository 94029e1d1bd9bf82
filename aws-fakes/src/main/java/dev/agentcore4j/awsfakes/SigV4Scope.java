package dev.agentcore4j.awsfakes;

import com.sun.net.httpserver.HttpExchange;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The credential scope of a SigV4 {@code Authorization} header
 * ({@code AWS4-HMAC-SHA256 Credential=<key>/<date>/<region>/<service>/aws4_request, ...}). The fakes
 * require one, as AWS does, and record its region; they do not verify the signature.
 */
final class SigV4Scope {

    private static final Pattern CREDENTIAL = Pattern.compile(
            "AWS4-HMAC-SHA256 Credential=[^/]+/[0-9]{8}/([a-z0-9-]+)/([a-z0-9-]+)/aws4_request,.*");

    private SigV4Scope() {
    }

    /** The signing region; an unsigned request fails like AWS's {@code MissingAuthenticationToken}. */
    static String region(HttpExchange exchange, String errorCode) {
        String header = exchange.getRequestHeaders().getFirst("Authorization");
        if (header == null) {
            throw new AwsError(errorCode, 403, "Request is missing Authentication Token");
        }
        Matcher matcher = CREDENTIAL.matcher(header);
        if (!matcher.matches()) {
            throw new AwsError("IncompleteSignature", 403, "Authorization header requires a SigV4 Credential scope,"
                    + " got: " + header.substring(0, Math.min(40, header.length())) + "…");
        }
        return matcher.group(1);
    }
}
