package dev.agentcore4j.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One request to an extra route (see {@link RouteHandler}).
 *
 * @param method     the HTTP method
 * @param path       the raw request path
 * @param pathParams the template's {@code {name}} segments, URL-decoded
 * @param query      the query parameters, URL-decoded (the first value of a repeated name)
 * @param body       the JSON body; an empty object when the request has no body
 */
public record Request(String method, String path, Map<String, String> pathParams, Map<String, String> query,
                      JsonNode body) {

    public Request {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        pathParams = Map.copyOf(pathParams);
        query = Map.copyOf(query);
        Objects.requireNonNull(body, "body");
    }

    /**
     * The value of a {@code {name}} segment of the route's template.
     *
     * @throws IllegalArgumentException if the template has no such segment (a programming error)
     */
    public String pathParam(String name) {
        String value = pathParams.get(name);
        if (value == null) {
            throw new IllegalArgumentException("the route has no path parameter {" + name + "}");
        }
        return value;
    }

    public Optional<String> queryParam(String name) {
        return Optional.ofNullable(query.get(name));
    }
}
