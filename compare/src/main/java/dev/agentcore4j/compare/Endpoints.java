package dev.agentcore4j.compare;

import java.net.URI;
import java.util.Locale;

/** Checks a container base URL given on the command line. */
final class Endpoints {

    private Endpoints() {
    }

    /** {@code http(s)://host[:port]}, without path, query or trailing slash. */
    static URI base(URI url) {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || url.getHost() == null) {
            throw new CompareException("--endpoint must be an http(s) URL such as http://127.0.0.1:8080, got " + url);
        }
        if (url.getRawQuery() != null || url.getRawFragment() != null
                || url.getRawPath() != null && !url.getRawPath().isEmpty() && !url.getRawPath().equals("/")) {
            throw new CompareException("--endpoint is the container's base URL without a path, e.g. http://127.0.0.1:8080; got " + url);
        }
        return URI.create(scheme + "://" + url.getRawAuthority());
    }
}
