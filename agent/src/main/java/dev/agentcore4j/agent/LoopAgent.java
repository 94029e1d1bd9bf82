package dev.agentcore4j.agent;

import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * The agent loop: model, append, tools if asked, append results, repeat, with a round limit.
 * Everything else (streaming, tools, conversation management, structured output) is delegated so
 * that {@link #loop} stays readable in one screen.
 */
final class LoopAgent implements Agent {

    /** The state of one invocation. */
    private record Invocation(Cancellation cancellation, AgentEventSink sink) { }

    /** One model turn, or what arrived of it before cancellation. */
    private record Turn(ModelResponse response, boolean cancelled) { }

    private final Model model;
    private final Supplier<String> systemPrompt;
    private final List<Tool> tools;
    private final List<ToolSpec> toolSpecs;
    private final ConversationManager conversationManager;
    private final int maxRounds;
    private final int maxOverflowRecoveries;
    private final int structuredOutputAttempts;
    private final ModelOptions options;
    private final AgentState state;
    private final ToolRunner toolRunner;
    private final List<Hooks.BeforeModelCall> beforeModelCall;
    private final List<Hooks.AfterModelCall> afterModelCall;
    private final List<Hooks.MessageAppended> messageAppended;
    private final ReentrantLock busy = new ReentrantLock();
    private volatile List<Message> history;

    LoopAgent(Agent.Builder b) {
        this.model = b.model;
        this.systemPrompt = b.systemPrompt;
        this.tools = List.copyOf(b.tools);
        this.toolSpecs = tools.stream().map(Tool::spec).toList();
        this.conversationManager = b.conversationManager;
        this.maxRounds = b.maxRounds;
        this.maxOverflowRecoveries = b.maxOverflowRecoveries;
        this.structuredOutputAttempts = b.structuredOutputAttempts;
        this.options = b.options;
        this.state = b.state;
        this.toolRunner = new ToolRunner(tools, b.toolTimeout, b.beforeToolCall, b.afterToolCall);
        this.beforeModelCall = List.copyOf(b.beforeModelCall);
        this.afterModelCall = List.copyOf(b.afterModelCall);
        this.messageAppended = List.copyOf(b.messageAppended);
        this.history = b.messages;
    }

    @Override
    public AgentResult stream(Message prompt, AgentEventSink sink, Cancellation cancellation) {
        if (prompt.role() != Role.USER) {
            throw new IllegalArgumentException("the prompt must be a user message");
        }
        lock();
        try {
            append(prompt);
            AgentResult result = loop(new Invocation(cancellation, sink));
            sink.accept(new AgentEvent.Finished(result));
            return result;
        } catch (RuntimeException | Error e) {
            sink.accept(new AgentEvent.Failed(e));
            throw e;
        } finally {
            busy.unlock();
        }
    }

    private AgentResult loop(Invocation invocation) {
        Usage usage = Usage.ZERO;
        Message last = new Message(Role.ASSISTANT, List.of());
        StopReason stopReason = StopReason.END_TURN;
        for (int round = 1; round <= maxRounds; round++) {
            if (invocation.cancellation().isCancelled()) {
                return new AgentResult(last, stopReason, usage, round - 1, AgentResult.Outcome.CANCELLED);
            }
            Turn turn = callModel(invocation);
            usage = usage.add(turn.response().usage());
            if (turn.cancelled()) {
                return new AgentResult(turn.response().message(), stopReason, usage, round, AgentResult.Outcome.CANCELLED);
            }
            last = turn.response().message();
            stopReason = turn.response().stopReason();
            append(last);
            if (!last.hasToolUse()) {
                return new AgentResult(last, stopReason, usage, round, AgentResult.Outcome.COMPLETED);
            }
            append(new Message(Role.USER, toolRunner.runAll(last.toolUses(), state, invocation.cancellation(), invocation.sink())));
        }
        var outcome = invocation.cancellation().isCancelled() ? AgentResult.Outcome.CANCELLED : AgentResult.Outcome.ROUND_LIMIT;
        return new AgentResult(last, stopReason, usage, maxRounds, outcome);
    }

    /** Streams one model turn to the sink, reducing the conversation on overflow a bounded number of times. */
    private Turn callModel(Invocation invocation) {
        for (int recovery = 0; ; recovery++) {
            history = conversationManager.manage(history);
            var request = new ModelRequest(systemPrompt.get(), history, toolSpecs, ToolChoice.auto(), options);
            beforeModelCall.forEach(hook -> hook.beforeModelCall(request));
            var assembler = new MessageAssembler();
            try {
                model.converse(request, event -> {
                    invocation.cancellation().throwIfCancelled();
                    assembler.accept(event);
                    forward(event, invocation.sink());
                }, invocation.cancellation());
            } catch (ContextOverflowException e) {
                if (recovery >= maxOverflowRecoveries || invocation.cancellation().isCancelled()) {
                    throw e;
                }
                history = conversationManager.reduce(history, e);
                continue;
            } catch (RuntimeException e) {
                // an aborted stream may surface as any provider error; after cancellation it is not a failure
                if (!invocation.cancellation().isCancelled()) {
                    throw e;
                }
            }
            if (invocation.cancellation().isCancelled()) {
                return new Turn(new ModelResponse(assembler.partialMessage(), StopReason.END_TURN, assembler.usage()), true);
            }
            ModelResponse response = assembler.response();
            afterModelCall.forEach(hook -> hook.afterModelCall(request, response));
            return new Turn(response, false);
        }
    }

    private static void forward(ModelEvent event, AgentEventSink sink) {
        switch (event) {
            case ModelEvent.TextDelta(String text) -> sink.accept(new AgentEvent.TextDelta(text));
            case ModelEvent.ReasoningDelta(String text) -> sink.accept(new AgentEvent.ReasoningDelta(text));
            case ModelEvent.UsageReport(Usage usage) -> sink.accept(new AgentEvent.UsageReported(usage));
            case ModelEvent.MessageStart _, ModelEvent.ReasoningSignature _, ModelEvent.ToolUseStart _,
                 ModelEvent.ToolUseDelta _, ModelEvent.ToolUseStop _, ModelEvent.MessageStop _ -> { }
        }
    }

    private void append(Message message) {
        history = Conversations.append(history, message);
        messageAppended.forEach(hook -> hook.messageAppended(message));
    }

    @Override
    public <R extends Record> R structuredOutput(Class<R> type, String prompt) {
        lock();
        try {
            var base = new ModelRequest(systemPrompt.get(), Conversations.append(history, Message.user(prompt)),
                    List.of(), ToolChoice.auto(), options);
            return new StructuredOutput<>(type, model, structuredOutputAttempts).ask(base);
        } finally {
            busy.unlock();
        }
    }

    private void lock() {
        if (!busy.tryLock()) {
            throw new IllegalStateException("this agent is already running an invocation; use one agent per conversation");
        }
    }

    @Override
    public List<Message> messages() {
        return history;
    }

    @Override
    public AgentState state() {
        return state;
    }

    @Override
    public ModelInfo modelInfo() {
        return model.info();
    }

    @Override
    public List<ToolSpec> toolSpecs() {
        return toolSpecs;
    }

    @Override
    public String toString() {
        return "LoopAgent[model=" + model.info().modelId() + ", tools=" + toolSpecs.stream().map(ToolSpec::name).toList() + "]";
    }
}
