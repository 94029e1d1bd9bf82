package dev.agentcore4j.compare;

import dev.agentcore4j.agent.Model;
import dev.agentcore4j.agent.Tool;
import dev.agentcore4j.container.ContainerConfig;
import dev.agentcore4j.container.Engine;
import dev.agentcore4j.container.Engines;
import dev.agentcore4j.container.Models;
import java.util.List;
import java.util.Map;

/**
 * The engines and models a comparison can run in this process. Engines share one model and one
 * tool list, so only the engine differs between them.
 *
 * <pre>{@code Target lc4j = LocalTargets.inProcess("langchain4j", LocalTargets.model("offline", Map.of()), tools);}</pre>
 */
public final class LocalTargets {

    /** Engines the comparison knows, in report order. */
    public static final List<String> ENGINES = Engine.ids();

    private LocalTargets() {
    }

    /**
     * The model named on the command line, configured from {@code env} as the container would be
     * (see {@link Models}).
     *
     * @throws CompareException naming the known models, or the provider's own message when its
     *                          configuration is missing (e.g. no API key)
     */
    public static Model model(String name, Map<String, String> env) {
        try {
            return Models.create(name, env);
        } catch (IllegalArgumentException e) {
            throw new CompareException("--model " + name + ": " + e.getMessage());
        }
    }

    /** Checks an engine name, naming the known ones when it is unknown. */
    public static String engine(String name) {
        if (!ENGINES.contains(name)) {
            throw new CompareException("unknown engine '" + name + "'; use one or more of " + String.join(",", ENGINES));
        }
        return name;
    }

    /** The engine in this process with a fresh agent per scenario run. */
    public static Target inProcess(String engine, Model model, List<Tool> tools) {
        Engine chosen = Engine.parse(engine(engine));
        List<Tool> shared = List.copyOf(tools);
        return Target.inProcess(engine, () -> Engines.create(chosen, model, shared, ContainerConfig.DEFAULT_SYSTEM_PROMPT));
    }
}
