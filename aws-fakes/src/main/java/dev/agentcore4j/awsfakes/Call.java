package dev.agentcore4j.awsfakes;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;

/**
 * One request a fake received, in the order it arrived.
 *
 * @param service       {@code ecr}, {@code registry}, {@code iam}, {@code sts} or {@code logs}
 * @param operation     the API operation, e.g. {@code CreateRepository}; for the registry the method and
 *                      the kind of path, e.g. {@code PUT manifest}
 * @param parameters    the JSON body (JSON protocols), the form fields without {@code Action} and
 *                      {@code Version} (query protocol), or the path parts (registry)
 * @param signingRegion the region of the request's SigV4 credential scope; empty for the registry
 */
public record Call(String service, String operation, JsonNode parameters, String signingRegion) {

    public Call {
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(parameters, "parameters");
        Objects.requireNonNull(signingRegion, "signingRegion");
    }

    /** A parameter as text, or {@code ""} when absent. */
    public String text(String name) {
        return parameters.path(name).asText("");
    }

    /** {@code service:operation}, e.g. {@code iam:CreateRole}. */
    public String name() {
        return service + ":" + operation;
    }
}
