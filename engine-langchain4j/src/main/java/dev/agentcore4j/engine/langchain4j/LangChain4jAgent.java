package dev.agentcore4j.engine.langchain4j;

import dev.agentcore4j.agent.Agent;
import dev.agentcore4j.agent.AgentEvent;
import dev.agentcore4j.agent.AgentEventSink;
import dev.agentcore4j.agent.AgentResult;
import dev.agentcore4j.agent.AgentState;
import dev.agentcore4j.agent.Cancellation;
import dev.agentcore4j.agent.Message;
import dev.agentcore4j.agent.ModelInfo;
import dev.agentcore4j.agent.Role;
import dev.agentcore4j.agent.StopReason;
import dev.agentcore4j.agent.Tool;
import dev.agentcore4j.agent.ToolSpec;
import dev.agentcore4j.agent.Usage;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.memory.ChatMemory;
import dev.langchain4j.memory.chat.MessageWindowChatMemory;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.service.tool.ToolExecutor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * The LangChain4j engine's loop: chat model, add to memory, run the requested tools through their
 * executors, add the results, repeat, with a round limit. The same shape as the strands loop, on
 * LangChain4j's types, so the comparison measures the frameworks and not two designs.
 */
final class LangChain4jAgent implements Agent {

    private final StreamingChatModel model;
    private final ModelInfo modelInfo;
    private final List<ToolSpecification> specifications;
    private final List<ToolSpec> toolSpecs;
    private final ToolRound toolRound;
    private final ChatMemory memory;
    private final Supplier<String> systemPrompt;
    private final int maxRounds;
    private final AgentState state = new AgentState();
    private final ReentrantLock busy = new ReentrantLock();

    LangChain4jAgent(LangChain4jEngine.Builder b) {
        this.model = b.model;
        this.modelInfo = b.modelInfo;
        List<Tool> tools = List.copyOf(b.tools);
        this.specifications = tools.stream().map(LangChain4jTools::specification).toList();
        this.toolSpecs = tools.stream().map(Tool::spec).toList();
        Map<String, ToolExecutor> executors = new LinkedHashMap<>();
        tools.forEach(tool -> executors.put(tool.spec().name(), LangChain4jTools.executor(tool)));
        this.toolRound = new ToolRound(executors, b.toolTimeout);
        this.memory = MessageWindowChatMemory.withMaxMessages(b.memoryMessages);
        // The system prompt stays out of the memory: it is read before every call, so it may change.
        this.systemPrompt = b.systemPrompt;
        Messages.toLangChain4j(b.messages).forEach(memory::add);
        this.maxRounds = b.maxRounds;
    }

    @Override
    public AgentResult stream(Message prompt, AgentEventSink sink, Cancellation cancellation) {
        if (prompt.role() != Role.USER) {
            throw new IllegalArgumentException("the prompt must be a user message");
        }
        if (!busy.tryLock()) {
            throw new IllegalStateException("this agent is already running an invocation; use one agent per conversation");
        }
        try {
            memory.add(Messages.user(prompt));
            AgentResult result = loop(sink, cancellation);
            sink.accept(new AgentEvent.Finished(result));
            return result;
        } catch (RuntimeException | Error e) {
            sink.accept(new AgentEvent.Failed(e));
            throw e;
        } finally {
            busy.unlock();
        }
    }

    private AgentResult loop(AgentEventSink sink, Cancellation cancellation) {
        Usage usage = Usage.ZERO;
        Message last = new Message(Role.ASSISTANT, List.of());
        StopReason stopReason = StopReason.END_TURN;
        ToolBridge.Scope scope = new ToolBridge.Scope(state, cancellation);
        for (int round = 1; round <= maxRounds; round++) {
            if (cancellation.isCancelled()) {
                return new AgentResult(last, stopReason, usage, round - 1, AgentResult.Outcome.CANCELLED);
            }
            ChatRequest request = ChatRequest.builder().messages(withSystemPrompt(memory.messages()))
                    .toolSpecifications(specifications).build();
            Optional<ChatResponse> response = ModelCall.stream(model, request, sink, cancellation);
            if (response.isEmpty()) {
                return new AgentResult(new Message(Role.ASSISTANT, List.of()), stopReason, usage, round, AgentResult.Outcome.CANCELLED);
            }
            Usage callUsage = ChatRequests.usage(response.get().tokenUsage());
            sink.accept(new AgentEvent.UsageReported(callUsage));
            usage = usage.add(callUsage);
            AiMessage ai = response.get().aiMessage();
            memory.add(ai);
            last = Messages.assistant(ai);
            stopReason = ChatRequests.stopReason(response.get().finishReason(), ai.hasToolExecutionRequests());
            if (!ai.hasToolExecutionRequests()) {
                return new AgentResult(last, stopReason, usage, round, AgentResult.Outcome.COMPLETED);
            }
            toolRound.run(ai.toolExecutionRequests(), scope, sink).forEach(memory::add);
        }
        var outcome = cancellation.isCancelled() ? AgentResult.Outcome.CANCELLED : AgentResult.Outcome.ROUND_LIMIT;
        return new AgentResult(last, stopReason, usage, maxRounds, outcome);
    }

    private List<ChatMessage> withSystemPrompt(List<ChatMessage> conversation) {
        String system = systemPrompt.get();
        if (system.isEmpty()) {
            return conversation;
        }
        List<ChatMessage> messages = new ArrayList<>(conversation.size() + 1);
        messages.add(SystemMessage.from(system));
        messages.addAll(conversation);
        return messages;
    }

    /** Not offered by this engine: LangChain4j's structured output needs AI services; use the strands engine. */
    @Override
    public <R extends Record> R structuredOutput(Class<R> type, String prompt) {
        throw new UnsupportedOperationException("structured output is offered by the strands engine only; "
                + "build the agent with Agent.builder() (engine strands) to use it");
    }

    @Override
    public List<Message> messages() {
        return Messages.toConverse(memory.messages()).messages();
    }

    @Override
    public AgentState state() {
        return state;
    }

    @Override
    public ModelInfo modelInfo() {
        return modelInfo;
    }

    @Override
    public List<ToolSpec> toolSpecs() {
        return toolSpecs;
    }

    @Override
    public String toString() {
        return "LangChain4jAgent[model=" + modelInfo.modelId() + ", tools=" + toolSpecs.stream().map(ToolSpec::name).toList() + "]";
    }
}
