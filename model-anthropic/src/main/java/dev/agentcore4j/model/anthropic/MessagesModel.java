package dev.agentcore4j.model.anthropic;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.agentcore4j.agent.Cancellation;
import dev.agentcore4j.agent.ModelEventSink;
import dev.agentcore4j.agent.ModelInfo;
import dev.agentcore4j.agent.ModelRequest;
import dev.agentcore4j.model.http.StreamingCall;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;

/** The Messages API client behind {@link AnthropicModel}: one streamed POST per turn. */
final class MessagesModel implements AnthropicModel {

    private static final System.Logger LOG = System.getLogger(MessagesModel.class.getName());

    private final AnthropicConfig config;
    private final ModelInfo info;
    private final HttpClient http;
    private final ObjectMapper json = new ObjectMapper();
    private final MessagesRequestBody requests;
    private final MessagesErrors errors = new MessagesErrors(json);

    MessagesModel(AnthropicConfig config) {
        this.config = config;
        this.info = new ModelInfo("anthropic", config.modelId(), false);
        this.requests = new MessagesRequestBody(json, config);
        this.http = HttpClient.newBuilder().connectTimeout(config.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Override
    public AnthropicConfig config() {
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
            body = json.writeValueAsBytes(requests.build(request));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the Messages API request did not serialize", e);
        }
        HttpRequest post = HttpRequest.newBuilder(config.messagesUri())
                .timeout(config.responseTimeout())
                .header("content-type", "application/json")
                .header("accept", "text/event-stream")
                .header("anthropic-version", AnthropicConfig.API_VERSION)
                .header("x-api-key", config.apiKey())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        LOG.log(System.Logger.Level.DEBUG, "model={0} messages={1} tools={2} | messages request",
                config.modelId(), request.messages().size(), request.tools().size());
        var stream = new MessagesStream(json, sink, errors);
        StreamingCall.readEvents(http, post, cancellation, errors::fromResponse, stream::accept);
        stream.finish();
    }
}
