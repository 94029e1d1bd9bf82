package dev.agentcore4j.backend;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@code PUT /api/settings} stored. An absent value means the start-up configuration's.
 *
 * @param providerOptions by option name (see {@link ProviderOptions}), secrets in full
 * @param updatedAt       when they were saved; empty before the first save
 */
record Settings(String provider, Map<String, String> providerOptions, Optional<String> endpoint,
                Optional<String> runtimeArn, Optional<String> region, Optional<String> jwt, Optional<Instant> updatedAt) {

    Settings {
        Objects.requireNonNull(provider, "provider");
        providerOptions = Map.copyOf(providerOptions);
    }

    /** Nothing saved yet: the start-up configuration throughout. */
    static Settings of(BackendConfig config) {
        return new Settings(config.provider(), Map.of(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty());
    }

    /** The store's document, secrets included. */
    String stored() {
        ObjectNode out = Json.object().put("provider", provider);
        ObjectNode options = out.putObject("providerOptions");
        providerOptions.forEach(options::put);
        endpoint.ifPresent(v -> out.put("endpoint", v));
        runtimeArn.ifPresent(v -> out.put("runtimeArn", v));
        region.ifPresent(v -> out.put("region", v));
        jwt.ifPresent(v -> out.put("jwt", v));
        updatedAt.ifPresent(v -> out.put("updatedAt", v.toString()));
        return Json.write(out);
    }

    static Settings fromStored(String text) {
        JsonNode node = Json.parseStored(text);
        Map<String, String> options = new LinkedHashMap<>();
        node.path("providerOptions").properties().forEach(e -> options.put(e.getKey(), e.getValue().asText()));
        return new Settings(node.path("provider").asText(), options, text(node, "endpoint"), text(node, "runtimeArn"),
                text(node, "region"), text(node, "jwt"), text(node, "updatedAt").map(Instant::parse));
    }

    private static Optional<String> text(JsonNode node, String field) {
        return node.hasNonNull(field) ? Optional.of(node.get(field).asText()) : Optional.empty();
    }
}
