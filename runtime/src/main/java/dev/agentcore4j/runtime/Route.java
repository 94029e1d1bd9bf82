package dev.agentcore4j.runtime;

import dev.agentcore4j.contract.ContainerContract;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** An extra route: a method and a path template whose {@code {name}} segments match one segment each. */
record Route(String method, String template, List<String> segments, RouteHandler handler) {

    private static final Set<String> CONTRACT_PATHS = Set.of(ContainerContract.INVOCATIONS_PATH,
            ContainerContract.PING_PATH, ContainerContract.WEBSOCKET_PATH);

    static Route of(String method, String template, RouteHandler handler) {
        if (method == null || !method.matches("[A-Za-z]+")) {
            throw new IllegalArgumentException("a route needs an HTTP method such as GET or POST, got " + method);
        }
        if (template == null || !template.startsWith("/") || template.contains("?")) {
            throw new IllegalArgumentException("a route path must start with / and have no query: " + template);
        }
        if (CONTRACT_PATHS.contains(template)) {
            throw new IllegalArgumentException(template + " is an AgentCore contract path; it cannot be replaced by a route");
        }
        if (handler == null) {
            throw new IllegalArgumentException("a route needs a handler");
        }
        return new Route(method.toUpperCase(Locale.ROOT), template, split(template), handler);
    }

    /** The path parameters when {@code rawPath} fits the template. */
    Optional<Map<String, String>> match(String rawPath) {
        List<String> parts = split(rawPath);
        if (parts.size() != segments.size()) {
            return Optional.empty();
        }
        Map<String, String> params = new HashMap<>();
        for (int i = 0; i < parts.size(); i++) {
            String wanted = segments.get(i);
            String actual = parts.get(i);
            if (wanted.startsWith("{") && wanted.endsWith("}")) {
                if (actual.isEmpty()) {
                    return Optional.empty();
                }
                params.put(wanted.substring(1, wanted.length() - 1), URLDecoder.decode(actual, StandardCharsets.UTF_8));
            } else if (!wanted.equals(actual)) {
                return Optional.empty();
            }
        }
        return Optional.of(params);
    }

    private static List<String> split(String path) {
        String trimmed = path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        return List.of(trimmed.substring(1).split("/", -1));
    }
}
