package dev.agentcore4j.container;

import dev.agentcore4j.agent.Agent;
import dev.agentcore4j.agent.Message;
import dev.agentcore4j.agent.Model;
import dev.agentcore4j.agent.Tool;
import dev.agentcore4j.engine.langchain4j.LangChain4jEngine;
import dev.agentcore4j.engine.langchain4j.LangChain4jProviders;
import dev.agentcore4j.engine.langchain4j.NativeModel;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Builds an agent on the chosen engine. Both engines get the same model, tools and system prompt,
 * the same round limit (10) and the same conversation window (40 messages), so that only the engine
 * differs when they are compared. Given a model name instead of a model, the LangChain4j engine
 * talks to {@code openai} and {@code anthropic} through LangChain4j's own provider modules.
 *
 * <pre>{@code
 * Agent agent = Engines.create(Engine.LANGCHAIN4J, new OfflineModel(), SeedTools.create(),
 *         ContainerConfig.DEFAULT_SYSTEM_PROMPT);
 * }</pre>
 */
public final class Engines {

    private Engines() {
    }

    /** Agents that all share {@code model}, whatever the engine. */
    public static AgentFactory factory(Model model) {
        Objects.requireNonNull(model, "model");
        return (engine, tools, systemPrompt, history) -> create(engine, model, tools, systemPrompt, history);
    }

    /**
     * Agents for the model called {@code modelName} (see {@link Models}), configured once from
     * {@code env}: the Strands loop gets our provider; the LangChain4j engine gets LangChain4j's own
     * module where there is one ({@code openai}, {@code anthropic}), else the same model.
     *
     * @throws IllegalArgumentException when the name is unknown or the provider's settings are incomplete
     */
    public static AgentFactory factory(String modelName, Map<String, String> env) {
        Model model = Models.create(modelName, env);
        Optional<NativeModel> nativeModel = LangChain4jProviders.fromEnvironment(modelName, env);
        return (engine, tools, systemPrompt, history) -> engine == Engine.LANGCHAIN4J && nativeModel.isPresent()
                ? LangChain4jEngine.builder().model(nativeModel.get()).tools(List.copyOf(tools))
                        .systemPrompt(systemPrompt).messages(history).build()
                : create(engine, model, tools, systemPrompt, history);
    }

    /** A fresh agent (an empty conversation) on {@code engine}. */
    public static Agent create(Engine engine, Model model, List<? extends Tool> tools, String systemPrompt) {
        Objects.requireNonNull(systemPrompt, "systemPrompt");
        return create(engine, model, tools, () -> systemPrompt, List.of());
    }

    /**
     * An agent on {@code engine} that continues {@code history} (restored from memory) and reads
     * {@code systemPrompt} before every model call; both engines take the same conversation, so a
     * session remembers the same way whichever engine it runs on.
     */
    public static Agent create(Engine engine, Model model, List<? extends Tool> tools, Supplier<String> systemPrompt,
            List<Message> history) {
        Objects.requireNonNull(engine, "engine");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(systemPrompt, "systemPrompt");
        List<Tool> shared = List.copyOf(tools);
        return switch (engine) {
            case STRANDS -> Agent.builder().model(model).systemPrompt(systemPrompt).tools(shared).messages(history).build();
            case LANGCHAIN4J -> LangChain4jEngine.builder().model(model).tools(shared).systemPrompt(systemPrompt)
                    .messages(history).build();
        };
    }

    /**
     * A fresh agent on {@code engine} for the model called {@code modelName} (see {@link Models}),
     * configured from {@code env}. On the LangChain4j engine {@code openai} and {@code anthropic} are
     * LangChain4j's own {@code OpenAiStreamingChatModel} / {@code AnthropicStreamingChatModel} built
     * from the same settings; every other case uses our model, as {@link Models#create} builds it.
     *
     * @throws IllegalArgumentException for an unknown model name or an incomplete configuration
     */
    public static Agent create(Engine engine, String modelName, Map<String, String> env, List<? extends Tool> tools,
            String systemPrompt) {
        Objects.requireNonNull(engine, "engine");
        Objects.requireNonNull(systemPrompt, "systemPrompt");
        if (engine == Engine.LANGCHAIN4J) {
            Optional<NativeModel> model = LangChain4jProviders.fromEnvironment(modelName, env);
            if (model.isPresent()) {
                return LangChain4jEngine.builder().model(model.get()).tools(List.copyOf(tools))
                        .systemPrompt(systemPrompt).build();
            }
        }
        return create(engine, Models.create(modelName, env), tools, systemPrompt);
    }
}
