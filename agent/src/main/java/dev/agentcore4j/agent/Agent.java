package dev.agentcore4j.agent;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * A model-driven agent: it calls the model, runs the tools the model asks for, sends the results
 * back, and repeats until the model ends its turn or the round limit is reached. It keeps the
 * conversation between invocations; one invocation at a time per agent.
 *
 * <pre>{@code
 * Agent agent = Agent.builder()
 *         .model(new OfflineModel())
 *         .systemPrompt("You are a helpful assistant.")
 *         .tools(Tools.fromObject(new WeatherTools()))
 *         .build();
 * AgentResult result = agent.run("What's the weather in Tokyo?");
 * System.out.println(result.text());
 * }</pre>
 */
public interface Agent {

    /** The name of the forced tool through which {@link #structuredOutput} receives its answer. */
    String STRUCTURED_OUTPUT_TOOL = "structured_output";

    static Builder builder() {
        return new Builder();
    }

    /**
     * Runs one invocation, reporting events to {@code sink} as they happen.
     *
     * @throws IllegalStateException if another invocation of this agent is running
     * @throws ModelException        if the model fails (after any retries of a {@link RetryingModel})
     */
    AgentResult stream(Message prompt, AgentEventSink sink, Cancellation cancellation);

    default AgentResult stream(String prompt, AgentEventSink sink) {
        return stream(Message.user(prompt), sink, Cancellation.create());
    }

    default AgentResult run(Message prompt, Cancellation cancellation) {
        return stream(prompt, AgentEventSink.ignore(), cancellation);
    }

    default AgentResult run(Message prompt) {
        return run(prompt, Cancellation.create());
    }

    default AgentResult run(String prompt) {
        return run(Message.user(prompt));
    }

    /**
     * Asks the model for an answer shaped as {@code type}: the record's JSON schema is offered as a
     * forced tool named {@value #STRUCTURED_OUTPUT_TOOL}; invalid input is sent back to the model
     * with the problems, a bounded number of times. The conversation is used as context and left
     * unchanged.
     *
     * @throws StructuredOutputException if no valid answer arrived within the attempts
     */
    <R extends Record> R structuredOutput(Class<R> type, String prompt);

    /** A snapshot of the conversation. */
    List<Message> messages();

    AgentState state();

    ModelInfo modelInfo();

    List<ToolSpec> toolSpecs();

    /** Configures an {@link Agent}; {@link #model} is required. */
    final class Builder {
        Model model;
        Supplier<String> systemPrompt = () -> "";
        final List<Tool> tools = new ArrayList<>();
        ConversationManager conversationManager = new SlidingWindowConversationManager(40);
        int maxRounds = 10;
        Duration toolTimeout = Duration.ofSeconds(30);
        int maxOverflowRecoveries = 2;
        int structuredOutputAttempts = 3;
        ModelOptions options = ModelOptions.DEFAULTS;
        AgentState state = new AgentState();
        List<Message> messages = List.of();
        final List<Hooks.BeforeModelCall> beforeModelCall = new ArrayList<>();
        final List<Hooks.AfterModelCall> afterModelCall = new ArrayList<>();
        final List<Hooks.BeforeToolCall> beforeToolCall = new ArrayList<>();
        final List<Hooks.AfterToolCall> afterToolCall = new ArrayList<>();
        final List<Hooks.MessageAppended> messageAppended = new ArrayList<>();

        private Builder() {
        }

        public Builder model(Model model) {
            this.model = Objects.requireNonNull(model, "model");
            return this;
        }

        public Builder systemPrompt(String systemPrompt) {
            Objects.requireNonNull(systemPrompt, "systemPrompt");
            this.systemPrompt = () -> systemPrompt;
            return this;
        }

        /**
         * A system prompt read before every model call, for context that changes between turns
         * (for example what a memory recalled for this turn). It must not return null.
         */
        public Builder systemPrompt(Supplier<String> systemPrompt) {
            this.systemPrompt = Objects.requireNonNull(systemPrompt, "systemPrompt");
            return this;
        }

        public Builder tools(Tool... tools) {
            return tools(List.of(tools));
        }

        public Builder tools(Collection<? extends Tool> tools) {
            for (Tool tool : tools) {
                String name = tool.spec().name();
                if (this.tools.stream().anyMatch(t -> t.spec().name().equals(name))) {
                    throw new IllegalArgumentException("duplicate tool name: " + name);
                }
                this.tools.add(tool);
            }
            return this;
        }

        /** Default: a sliding window of 40 messages. */
        public Builder conversationManager(ConversationManager manager) {
            this.conversationManager = Objects.requireNonNull(manager, "conversationManager");
            return this;
        }

        /** The most model calls per invocation; default 10. */
        public Builder maxRounds(int maxRounds) {
            this.maxRounds = requirePositive(maxRounds, "maxRounds");
            return this;
        }

        /** How long one tool may run before it becomes an error result; default 30 s. */
        public Builder toolTimeout(Duration toolTimeout) {
            if (toolTimeout == null || toolTimeout.isNegative() || toolTimeout.isZero()) {
                throw new IllegalArgumentException("toolTimeout must be positive");
            }
            this.toolTimeout = toolTimeout;
            return this;
        }

        /** How often to reduce the conversation and retry after a context overflow; default 2. */
        public Builder maxOverflowRecoveries(int recoveries) {
            if (recoveries < 0) {
                throw new IllegalArgumentException("maxOverflowRecoveries must be >= 0");
            }
            this.maxOverflowRecoveries = recoveries;
            return this;
        }

        /** How many model calls structured output may use; default 3. */
        public Builder structuredOutputAttempts(int attempts) {
            this.structuredOutputAttempts = requirePositive(attempts, "structuredOutputAttempts");
            return this;
        }

        public Builder options(ModelOptions options) {
            this.options = Objects.requireNonNull(options, "options");
            return this;
        }

        /** Shared state for tools and hooks; default a new, empty one. */
        public Builder state(AgentState state) {
            this.state = Objects.requireNonNull(state, "state");
            return this;
        }

        /** A conversation to continue (e.g. restored from a session store). */
        public Builder messages(List<Message> messages) {
            this.messages = List.copyOf(messages);
            return this;
        }

        public Builder beforeModelCall(Hooks.BeforeModelCall hook) {
            beforeModelCall.add(Objects.requireNonNull(hook));
            return this;
        }

        public Builder afterModelCall(Hooks.AfterModelCall hook) {
            afterModelCall.add(Objects.requireNonNull(hook));
            return this;
        }

        public Builder beforeToolCall(Hooks.BeforeToolCall hook) {
            beforeToolCall.add(Objects.requireNonNull(hook));
            return this;
        }

        public Builder afterToolCall(Hooks.AfterToolCall hook) {
            afterToolCall.add(Objects.requireNonNull(hook));
            return this;
        }

        public Builder onMessageAppended(Hooks.MessageAppended hook) {
            messageAppended.add(Objects.requireNonNull(hook));
            return this;
        }

        public Agent build() {
            if (model == null) {
                throw new IllegalStateException("an agent needs a model: call model(...)");
            }
            return new LoopAgent(this);
        }

        private static int requirePositive(int value, String name) {
            if (value < 1) {
                throw new IllegalArgumentException(name + " must be >= 1");
            }
            return value;
        }
    }
}
