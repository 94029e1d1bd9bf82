package dev.agentcore4j.engine.langchain4j;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.agentcore4j.agent.StopReason;
import dev.agentcore4j.model.testkit.RecordedRequest;
import dev.agentcore4j.model.testkit.ReplyChannel;
import dev.agentcore4j.model.testkit.ScriptedReply;
import dev.agentcore4j.model.testkit.SseFrames;
import dev.agentcore4j.model.testkit.WireFormat;
import java.io.IOException;
import java.util.Map;

/**
 * A turn as an OpenAI-compatible server streams it: a role chunk, a chunk per text piece or per
 * tool-call fragment (the first names the call, the rest carry its arguments), a finish chunk
 * ({@code stop} or {@code tool_calls}), a usage chunk, {@code [DONE]}. Enough to drive both our
 * OpenAI model and LangChain4j's; the full wire coverage lives in model-openai's tests.
 */
final class OpenAiChunks implements WireFormat {

    private final ObjectMapper json = new ObjectMapper();

    @Override
    public void write(ScriptedReply reply, RecordedRequest request, ReplyChannel channel) throws IOException {
        if (!(reply instanceof ScriptedReply.Turn turn)) {
            throw new IllegalArgumentException("OpenAiChunks answers turns only, not " + reply);
        }
        channel.start(200, Map.of("Content-Type", "text/event-stream"));
        channel.frame(chunk(json.createObjectNode().put("role", "assistant"), null));
        int toolIndex = 0;
        for (ScriptedReply.Part part : turn.parts()) {
            switch (part) {
                case ScriptedReply.Text text -> {
                    for (String piece : text.chunks()) {
                        channel.frame(chunk(json.createObjectNode().put("content", piece), null));
                    }
                }
                case ScriptedReply.ToolCall call -> {
                    channel.frame(chunk(toolCall(toolIndex, call.id(), call.name(), ""), null));
                    for (String fragment : call.inputFragments()) {
                        channel.frame(chunk(toolCall(toolIndex, null, null, fragment), null));
                    }
                    toolIndex++;
                }
                case ScriptedReply.Reasoning _ -> throw new IllegalArgumentException("OpenAiChunks streams no reasoning");
            }
        }
        channel.frame(chunk(json.createObjectNode(), turn.stopReason() == StopReason.TOOL_USE ? "tool_calls" : "stop"));
        ObjectNode usage = json.createObjectNode().put("id", "chatcmpl-fake").put("object", "chat.completion.chunk");
        usage.putArray("choices");
        usage.putObject("usage").put("prompt_tokens", turn.usage().inputTokens())
                .put("completion_tokens", turn.usage().outputTokens()).put("total_tokens", turn.usage().totalTokens());
        channel.frame(SseFrames.data(json.writeValueAsString(usage)));
        channel.frame(SseFrames.data("[DONE]"));
    }

    private ObjectNode toolCall(int index, String id, String name, String arguments) {
        ObjectNode delta = json.createObjectNode();
        ObjectNode call = delta.putArray("tool_calls").addObject().put("index", index);
        if (id != null) {
            call.put("id", id).put("type", "function");
        }
        ObjectNode function = call.putObject("function");
        if (name != null) {
            function.put("name", name);
        }
        function.put("arguments", arguments);
        return delta;
    }

    private byte[] chunk(ObjectNode delta, String finishReason) throws IOException {
        ObjectNode chunk = json.createObjectNode().put("id", "chatcmpl-fake").put("object", "chat.completion.chunk")
                .put("model", "fake");
        ObjectNode choice = chunk.putArray("choices").addObject().put("index", 0);
        choice.set("delta", delta);
        choice.put("finish_reason", finishReason);
        return SseFrames.data(json.writeValueAsString(chunk));
    }
}
