package dev.agentcore4j.model.openai;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.agentcore4j.agent.Cancellation;
import dev.agentcore4j.agent.ModelEventSink;
import dev.agentcore4j.agent.ModelInfo;
import dev.agentcore4j.agent.ModelRequest;
import dev.agentcore4j.model.http.StreamingCall;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.util.Objects;

/** The chat completions client behind {@link OpenAiModel}: one streamed POST per turn. */
final class ChatCompletionsModel implements OpenAiModel {

    private static final System.Logger LOG = System.getLogger(ChatCompletionsModel.class.getName());

    private final OpenAiConfig config;
    private final ModelInfo info;
    private final HttpClient http;
    private final ObjectMapper json = new ObjectMapper();
    private final ChatRequestBody requests = new ChatRequestBody(json);
    private final ChatErrors errors = new ChatErrors(json);

    ChatCompletionsModel(OpenAiConfig config) {
        this.config = Objects.requireNonNull(config, "config");
        this.info = new ModelInfo("openai-compatible", config.modelId(), false);
        this.http = HttpClient.newBuilder().connectTimeout(config.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Override
    public OpenAiConfig config() {
        return config;
    }

    @Override
    public ModelInfo info() {
        return info;
    }

    @Override
    public void converse(ModelRequest request, ModelEventSink sink, Cancellation cancellation) {
        cancellation.throwIfCancelled();
        byte[] body;
        try {
            body = json.writeValueAsBytes(requests.build(request, config.modelId()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the chat completions request did not serialize", e);
        }
        var http = HttpRequest.newBuilder(config.chatCompletionsUri())
                .timeout(config.responseTimeout())
                .header("Content-Type", "application/json")
                .header("Accept", "text/event-stream")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (!config.apiKey().isEmpty()) {
            http.header("Authorization", "Bearer " + config.apiKey());
        }
        LOG.log(System.Logger.Level.DEBUG, "model={0} messages={1} tools={2} | chat completions request",
                config.modelId(), request.messages().size(), request.tools().size());
        var stream = new ChatStream(json, sink);
        StreamingCall.readEvents(this.http, http.build(), cancellation, errors::fromResponse, stream::accept);
        stream.finish();
    }
}
