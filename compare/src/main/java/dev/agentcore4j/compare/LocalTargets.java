package dev.agentcore4j.compare;

import dev.agentcore4j.agent.Agent;
import dev.agentcore4j.agent.Model;
import dev.agentcore4j.agent.Tool;
import dev.agentcore4j.container.ContainerConfig;
import dev.agentcore4j.model.offline.OfflineModel;
import java.util.List;
import java.util.Set;

/**
 * The engines and models a comparison can run in this process. Engines share one model and one
 * tool list, so only the engine differs between them.
 *
 * <pre>{@code Target strands = LocalTargets.inProcess("strands", "offline", SeedTools.create(config));}</pre>
 */
public final class LocalTargets {

    /** Engines the comparison knows, in report order. */
    public static final List<String> ENGINES = List.of("strands", "langchain4j");

    /** Providers that exist in the product but that the comparison cannot use yet. */
    private static final Set<String> PLANNED_MODELS = Set.of("bedrock", "openai", "anthropic");

    private LocalTargets() {
    }

    /** The model named on the command line; only {@code offline} is available today. */
    public static Model model(String name) {
        if (name.equals("offline")) {
            return new OfflineModel();
        }
        if (PLANNED_MODELS.contains(name)) {
            throw new CompareException("model '" + name + "' is not available to compare yet; use --model offline");
        }
        throw new CompareException("unknown model '" + name + "'; use --model offline");
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
        List<Tool> shared = List.copyOf(tools);
        return switch (engine(engine)) {
            case "strands" -> Target.inProcess(engine, () -> Agent.builder()
                    .model(model).systemPrompt(ContainerConfig.DEFAULT_SYSTEM_PROMPT).tools(shared).build());
            default -> throw new CompareException("engine '" + engine + "' is not available in this build yet; "
                    + "run with --engines strands");
        };
    }
}
