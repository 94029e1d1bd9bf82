package dev.agentcore4j.container;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.agentcore4j.model.testkit.RecordedRequest;
import dev.agentcore4j.model.testkit.ReplyChannel;
import dev.agentcore4j.model.testkit.ScriptedReply;
import dev.agentcore4j.model.testkit.SseFrames;
import dev.agentcore4j.model.testkit.WireFormat;
import java.io.IOException;
import java.util.Map;

/**
 * A text-only turn as an OpenAI-compatible server streams it: a role chunk, one chunk per text
 * piece, a {@code stop} chunk, a usage chunk, {@code [DONE]}. Enough for a container to talk to a
 * fake server; the provider's full wire coverage lives in model-openai's tests.
 */
final class OpenAiTextFormat implements WireFormat {

    private final ObjectMapper json = new ObjectMapper();

    @Override
    public void write(ScriptedReply reply, RecordedRequest request, ReplyChannel channel) throws IOException {
        if (!(reply instanceof ScriptedReply.Turn turn)) {
            throw new IllegalArgumentException("OpenAiTextFormat answers text turns only, not " + reply);
        }
        channel.start(200, Map.of("Content-Type", "text/event-stream"));
        channel.frame(chunk(json.createObjectNode().put("role", "assistant").put("content", ""), null));
        for (ScriptedReply.Part part : turn.parts()) {
            if (!(part instanceof ScriptedReply.Text text)) {
                throw new IllegalArgumentException("OpenAiTextFormat streams text parts only, not " + part);
            }
            for (String piece : text.chunks()) {
                channel.frame(chunk(json.createObjectNode().put("content", piece), null));
            }
        }
        channel.frame(chunk(json.createObjectNode(), "stop"));
        ObjectNode usage = json.createObjectNode().put("id", "chatcmpl-fake").put("object", "chat.completion.chunk");
        usage.putArray("choices");
        usage.putObject("usage").put("prompt_tokens", turn.usage().inputTokens())
                .put("completion_tokens", turn.usage().outputTokens()).put("total_tokens", turn.usage().totalTokens());
        channel.frame(SseFrames.data(json.writeValueAsString(usage)));
        channel.frame(SseFrames.data("[DONE]"));
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
