package dev.agentcore4j.model.offline;

import dev.agentcore4j.agent.Cancellation;
import dev.agentcore4j.agent.Model;
import dev.agentcore4j.agent.ModelEvent;
import dev.agentcore4j.agent.ModelEventSink;
import dev.agentcore4j.agent.ModelInfo;
import dev.agentcore4j.agent.ModelRequest;
import dev.agentcore4j.agent.Role;
import dev.agentcore4j.agent.StopReason;
import dev.agentcore4j.agent.Usage;
import java.util.List;

/**
 * The offline, deterministic model: the default, so every part of AgentCore4J runs without network
 * or credentials. The same request always gives the same stream: no randomness, no clock.
 *
 * <p>It greets and introduces itself, answers a small bundled knowledge set, remembers the user's
 * name and likes stated earlier in the conversation, calls the seed tools (weather, calculate,
 * time, tasks, document search, URL fetch, text analysis) with real arguments when they are
 * offered, writes its answer from tool results (saying so when a tool failed), and otherwise
 * answers honestly that it cannot help. It answers in Japanese when the prompt contains kana or
 * kanji. Asked to extract long-term memory records ({@link ExtractionPrompt}), it answers the JSON
 * the protocol wants with the names, places, preferences, summary or episode the user stated. Text streams in deltas of about three words; usage follows {@link TokenEstimator}'s rule.
 *
 * <pre>{@code
 * Agent agent = Agent.builder().model(new OfflineModel()).tools(tools).build();
 * agent.run("What is 15 * 23 + 7?");   // calls calculate {"expression": "15 * 23 + 7"}, then answers
 * }</pre>
 */
public final class OfflineModel implements Model {

    public static final String MODEL_ID = "agentcore4j-offline-1";
    private static final ModelInfo INFO = new ModelInfo("offline", MODEL_ID, true);

    private final Responder responder;
    private final InputTokens inputTokens = new InputTokens();

    public OfflineModel() {
        this.responder = new Responder(KnowledgeBase.bundled());
    }

    @Override
    public ModelInfo info() {
        return INFO;
    }

    @Override
    public void converse(ModelRequest request, ModelEventSink sink, Cancellation cancellation) {
        Reply reply = responder.respond(request);
        cancellation.throwIfCancelled();
        sink.accept(new ModelEvent.MessageStart(Role.ASSISTANT));
        int outputTokens = 0;
        StopReason stopReason;
        switch (reply) {
            case Reply.Text(String text) -> {
                for (String chunk : TextChunker.chunks(text)) {
                    cancellation.throwIfCancelled();
                    sink.accept(new ModelEvent.TextDelta(chunk));
                }
                outputTokens = TokenEstimator.estimate(text);
                stopReason = StopReason.END_TURN;
            }
            case Reply.Calls(List<ToolCall> calls) -> {
                for (int i = 0; i < calls.size(); i++) {
                    cancellation.throwIfCancelled();
                    ToolCall call = calls.get(i);
                    // deterministic ids: the conversation length and the call's index
                    String id = "tooluse_offline_" + request.messages().size() + "_" + (i + 1);
                    sink.accept(new ModelEvent.ToolUseStart(id, call.name()));
                    sink.accept(new ModelEvent.ToolUseStop(id, call.input()));
                    outputTokens += TokenEstimator.estimate(call.name() + " " + call.input());
                }
                stopReason = StopReason.TOOL_USE;
            }
        }
        sink.accept(new ModelEvent.UsageReport(Usage.of(inputTokens.of(request), outputTokens)));
        sink.accept(new ModelEvent.MessageStop(stopReason));
    }

    @Override
    public String toString() {
        return "OfflineModel[" + MODEL_ID + "]";
    }
}
