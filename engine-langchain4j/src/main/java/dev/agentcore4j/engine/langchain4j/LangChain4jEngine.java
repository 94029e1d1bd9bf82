package dev.agentcore4j.engine.langchain4j;

import dev.agentcore4j.agent.Agent;
import dev.agentcore4j.agent.Message;
import dev.agentcore4j.agent.Model;
import dev.agentcore4j.agent.ModelInfo;
import dev.agentcore4j.agent.Tool;
import dev.langchain4j.model.chat.StreamingChatModel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The agent port ({@link Agent}) built on LangChain4j: a short, visible loop over LangChain4j's
 * {@link StreamingChatModel}, its {@code ChatMemory} (a message window) and {@code ToolExecutor}s.
 * It emits the same {@code AgentEvent}s as the strands loop, honours cancellation (through
 * LangChain4j's {@code StreamingHandle}) and keeps one conversation per agent.
 *
 * <pre>{@code
 * Agent agent = LangChain4jEngine.agent(new OfflineModel(), SeedTools.create(), "You are helpful.");
 * String answer = agent.run("What's the weather in Tokyo?").text();
 * }</pre>
 */
public final class LangChain4jEngine {

    private LangChain4jEngine() {
    }

    /** Our model (through {@link LangChain4jModels}) and our tools (through {@link LangChain4jTools}). */
    public static Agent agent(Model model, List<? extends Tool> tools, String systemPrompt) {
        return builder().model(model).tools(tools).systemPrompt(systemPrompt).build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Configures a LangChain4j engine agent; a model is required. */
    public static final class Builder {
        StreamingChatModel model;
        ModelInfo modelInfo;
        Supplier<String> systemPrompt = () -> "";
        List<Message> messages = List.of();
        final List<Tool> tools = new ArrayList<>();
        int maxRounds = 10;
        int memoryMessages = 40;
        Duration toolTimeout = Duration.ofSeconds(30);

        private Builder() {
        }

        /** Our model, driven through the LangChain4j adapter. */
        public Builder model(Model model) {
            Objects.requireNonNull(model, "model");
            return model(LangChain4jModels.streamingChatModel(model), model.info());
        }

        /** A LangChain4j model (e.g. from langchain4j-open-ai) and what to report about it. */
        public Builder model(StreamingChatModel model, ModelInfo info) {
            this.model = Objects.requireNonNull(model, "model");
            this.modelInfo = Objects.requireNonNull(info, "info");
            return this;
        }

        /** A LangChain4j provider module's model, e.g. from {@link LangChain4jProviders}. */
        public Builder model(NativeModel model) {
            Objects.requireNonNull(model, "model");
            return model(model.chatModel(), model.info());
        }

        public Builder systemPrompt(String systemPrompt) {
            Objects.requireNonNull(systemPrompt, "systemPrompt");
            this.systemPrompt = () -> systemPrompt;
            return this;
        }

        /** A system prompt read before every model call (as the strands loop's); it must not return null. */
        public Builder systemPrompt(Supplier<String> systemPrompt) {
            this.systemPrompt = Objects.requireNonNull(systemPrompt, "systemPrompt");
            return this;
        }

        /**
         * A conversation to continue (e.g. restored from a session store), in Converse shape: it is
         * put into the chat memory as LangChain4j messages, tool uses and their results included.
         */
        public Builder messages(List<Message> messages) {
            this.messages = List.copyOf(messages);
            return this;
        }

        public Builder tools(List<? extends Tool> tools) {
            for (Tool tool : tools) {
                String name = tool.spec().name();
                if (this.tools.stream().anyMatch(t -> t.spec().name().equals(name))) {
                    throw new IllegalArgumentException("duplicate tool name: " + name);
                }
                this.tools.add(tool);
            }
            return this;
        }

        /** The most model calls per invocation; default 10 (as the strands loop). */
        public Builder maxRounds(int maxRounds) {
            if (maxRounds < 1) {
                throw new IllegalArgumentException("maxRounds must be >= 1");
            }
            this.maxRounds = maxRounds;
            return this;
        }

        /** Messages the chat memory keeps; default 40 (as the strands sliding window). */
        public Builder memoryMessages(int memoryMessages) {
            if (memoryMessages < 2) {
                throw new IllegalArgumentException("memoryMessages must be >= 2");
            }
            this.memoryMessages = memoryMessages;
            return this;
        }

        /** How long one tool round may run; default 30 s. */
        public Builder toolTimeout(Duration toolTimeout) {
            if (toolTimeout == null || toolTimeout.isNegative() || toolTimeout.isZero()) {
                throw new IllegalArgumentException("toolTimeout must be positive");
            }
            this.toolTimeout = toolTimeout;
            return this;
        }

        public Agent build() {
            if (model == null) {
                throw new IllegalStateException("a LangChain4j engine agent needs a model: call model(...)");
            }
            return new LangChain4jAgent(this);
        }
    }
}
