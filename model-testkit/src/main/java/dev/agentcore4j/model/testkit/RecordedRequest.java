package dev.agentcore4j.model.testkit;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A request as the {@link ProviderServer} received it; header names are lower case. */
public record RecordedRequest(String method, String path, Map<String, List<String>> headers, String body) {

    public RecordedRequest {
        headers = Map.copyOf(headers);
    }

    public Optional<String> header(String name) {
        List<String> values = headers.get(name.toLowerCase(java.util.Locale.ROOT));
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.getFirst());
    }
}
