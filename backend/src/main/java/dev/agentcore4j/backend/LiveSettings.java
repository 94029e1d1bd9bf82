package dev.agentcore4j.backend;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.agentcore4j.agent.Model;
import dev.agentcore4j.container.AgentFactory;
import dev.agentcore4j.container.Engines;
import dev.agentcore4j.container.Models;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The settings in force: the start-up configuration with what {@code PUT /api/settings} stored laid
 * over it, and the model they name, built once per change. Every reader asks here, so a change
 * applies to the next call.
 */
final class LiveSettings {

    private static final Pattern JWT = Pattern.compile("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]*");
    private static final Set<String> FIELDS = Set.of("provider", "providerOptions", "endpoint", "runtimeArn", "region", "jwt");

    private final BackendConfig config;
    private final Store store;
    private final Clock clock;
    private Settings settings;
    private Model model;
    private AgentFactory agents;

    LiveSettings(BackendConfig config, Store store, Clock clock) {
        this.config = config;
        this.store = store;
        this.clock = clock;
        Settings saved = store.settings().map(Settings::fromStored).orElseGet(() -> Settings.of(config));
        try {
            use(saved);
        } catch (IllegalArgumentException e) {
            // The environment changed since they were saved (e.g. a key variable is gone): say so, start on the defaults.
            System.getLogger(LiveSettings.class.getName()).log(System.Logger.Level.WARNING,
                    "saved settings no longer build a model, using the start-up configuration: " + e.getMessage());
            use(Settings.of(config));
        }
    }

    private void use(Settings next) {
        Map<String, String> env = ProviderOptions.environment(next.provider(), next.providerOptions(), config.environment());
        Model built = Models.create(next.provider(), env);
        AgentFactory factory = Engines.factory(next.provider(), env);
        this.settings = next;
        this.model = built;
        this.agents = factory;
    }

    synchronized Model model() {
        return model;
    }

    synchronized AgentFactory agents() {
        return agents;
    }

    synchronized String provider() {
        return settings.provider();
    }

    synchronized String endpoint() {
        return settings.endpoint().orElse(config.endpoint());
    }

    synchronized Optional<String> runtimeArn() {
        return settings.runtimeArn().or(config::runtimeArn);
    }

    synchronized String region() {
        return settings.region().orElseGet(() -> settings.runtimeArn().map(Addresses::regionOf).orElse(config.region()));
    }

    synchronized Optional<String> jwt() {
        return settings.jwt();
    }

    synchronized ObjectNode view() {
        ObjectNode out = Json.object().put("provider", settings.provider());
        out.set("providerOptions", ProviderOptions.masked(settings.providerOptions()));
        out.put("endpoint", endpoint()).put("runtimeArn", runtimeArn().orElse("")).put("region", region())
                .put("jwt", settings.jwt().map(ProviderOptions::mask).orElse(""))
                .put("updatedAt", settings.updatedAt().map(Object::toString).orElse(""));
        return out;
    }

    /** {@code PUT /api/settings}: validates, builds the model, stores, then answers the new view. */
    synchronized ObjectNode replace(ObjectNode body) {
        Fields f = Fields.of(body, "", FIELDS);
        String provider = f.choice("provider", Models.names());
        Map<String, String> options = options(f, provider);
        Optional<String> endpoint = checked(f, "endpoint", Addresses::endpoint);
        Optional<String> arn = checked(f, "runtimeArn", Addresses::runtimeArn);
        Optional<String> region = checked(f, "region", Addresses::region);
        if (region.isPresent() && arn.isPresent() && !Addresses.regionOf(arn.get()).equals(region.get())) {
            throw ApiException.invalid("\"region\" " + region.get() + " differs from the runtimeArn's region "
                    + Addresses.regionOf(arn.get()) + ": leave region out or make them agree");
        }
        Optional<String> jwt = secret(f.optionalString("jwt", 0, 16_384), settings.jwt());
        if (jwt.isPresent() && !JWT.matcher(jwt.get()).matches()) {
            throw ApiException.invalid("\"jwt\" is not a JWT (three base64url parts separated by dots): paste the token "
                    + "itself, without \"Bearer \"");
        }
        Settings next = new Settings(provider, options, endpoint, arn, region, jwt, Optional.of(clock.instant()));
        try {
            use(next);
        } catch (IllegalArgumentException e) {
            throw ApiException.invalid("provider " + provider + " cannot be used with these options: " + e.getMessage());
        }
        store.saveSettings(next.stored());
        return view();
    }

    private Map<String, String> options(Fields f, String provider) {
        List<String> names = ProviderOptions.names(provider);
        Fields options = Fields.of(f.has("providerOptions") ? f.object("providerOptions") : Json.object(),
                "providerOptions", Set.copyOf(names));
        Map<String, String> out = new LinkedHashMap<>();
        for (String name : names) {
            Optional<String> value = ProviderOptions.INTEGERS.contains(name)
                    ? options.optionalLong(name, 1, 1_000_000).map(String::valueOf)
                    : options.optionalString(name, 0, 4096);
            if (ProviderOptions.SECRETS.contains(name)) {
                boolean sameProvider = provider.equals(settings.provider());
                Optional<String> stored = sameProvider ? Optional.ofNullable(settings.providerOptions().get(name)) : Optional.empty();
                value = secret(value, stored);
            }
            value.filter(v -> !v.isEmpty()).ifPresent(v -> out.put(name, v));
        }
        return out;
    }

    /** Omitted or sent back masked: keep the stored secret; {@code ""}: remove it; else the new value. */
    private static Optional<String> secret(Optional<String> sent, Optional<String> stored) {
        if (sent.isEmpty()) {
            return stored;
        }
        if (sent.get().isEmpty()) {
            return Optional.empty();
        }
        if (stored.isPresent() && sent.get().equals(ProviderOptions.mask(stored.get()))) {
            return stored;
        }
        return sent;
    }

    private static Optional<String> checked(Fields f, String field, java.util.function.UnaryOperator<String> check) {
        Optional<String> value = f.optionalString(field, 0, 2048).filter(v -> !v.isBlank());
        try {
            return value.map(check);
        } catch (IllegalArgumentException e) {
            throw ApiException.invalid("\"" + field + "\": " + e.getMessage());
        }
    }
}
