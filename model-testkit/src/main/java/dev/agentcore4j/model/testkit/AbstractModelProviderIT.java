package dev.agentcore4j.model.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.agentcore4j.agent.Cancellation;
import dev.agentcore4j.agent.ContentBlock;
import dev.agentcore4j.agent.ContextOverflowException;
import dev.agentcore4j.agent.Message;
import dev.agentcore4j.agent.MessageAssembler;
import dev.agentcore4j.agent.Model;
import dev.agentcore4j.agent.ModelContract;
import dev.agentcore4j.agent.ModelEvent;
import dev.agentcore4j.agent.ModelException;
import dev.agentcore4j.agent.ModelOptions;
import dev.agentcore4j.agent.ModelRequest;
import dev.agentcore4j.agent.ModelResponse;
import dev.agentcore4j.agent.ModelServerException;
import dev.agentcore4j.agent.ModelThrottledException;
import dev.agentcore4j.agent.RetryingModel;
import dev.agentcore4j.agent.Role;
import dev.agentcore4j.agent.StopReason;
import dev.agentcore4j.agent.ToolResultContent;
import dev.agentcore4j.agent.ToolResultStatus;
import dev.agentcore4j.agent.ToolSpec;
import dev.agentcore4j.agent.Usage;
import dev.agentcore4j.model.testkit.ScriptedReply.FailureKind;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract every real model provider passes, driven through the provider's real client code
 * against a {@link ProviderServer} on a loopback port that speaks the provider's wire format.
 * A provider's test extends it and supplies the format, the model pointed at the server, and a reader
 * that turns a recorded request body back into provider-neutral facts.
 *
 * <pre>{@code
 * class OpenAiModelIT extends AbstractModelProviderIT {
 *     protected WireFormat wireFormat() { return new ChatCompletionsFormat(); }
 *     protected Model createModel(URI uri) { return OpenAiModel.create(OpenAiConfig.defaults().withBaseUrl(uri)); }
 *     protected SentRequest read(RecordedRequest request) { ... }
 * }
 * }</pre>
 */
public abstract class AbstractModelProviderIT {

    protected static final ToolSpec WEATHER = new ToolSpec("get_weather", "Current weather in a city",
            Map.of("type", "object", "properties", Map.of("city", Map.of("type", "string")),
                    "required", List.of("city")));

    protected ProviderServer server;
    protected Model model;

    /** The provider's wire format, as its fake server writes it. */
    protected abstract WireFormat wireFormat();

    /** The provider's model, configured to talk to {@code serverUri}. */
    protected abstract Model createModel(URI serverUri);

    /** Reads the provider-neutral facts back from a request the server received. */
    protected abstract SentRequest read(RecordedRequest request);

    /** The stop reasons the provider's wire format can express. */
    protected abstract Set<StopReason> expressibleStopReasons();

    /** Whether the wire format carries a reasoning signature. */
    protected abstract boolean signsReasoning();

    @BeforeEach
    void startServer() {
        server = ProviderServer.start(wireFormat());
        model = createModel(server.uri());
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void streams_text_in_chunks_and_assembles_one_message() {
        server.enqueue(ScriptedReply.text(StopReason.END_TURN, new Usage(12, 3, 15), "Hel", "lo, ", "world"));
        var events = new ArrayList<ModelEvent>();
        model.converse(ModelRequest.of(List.of(Message.user("Say hello"))).withSystemPrompt("Be brief."),
                events::add, Cancellation.create());

        assertThat(events.getFirst()).isEqualTo(new ModelEvent.MessageStart(Role.ASSISTANT));
        assertThat(events.stream().filter(ModelEvent.TextDelta.class::isInstance).map(e -> ((ModelEvent.TextDelta) e).text()))
                .containsExactly("Hel", "lo, ", "world");
        assertThat(events.getLast()).isEqualTo(new ModelEvent.MessageStop(StopReason.END_TURN));
        ModelResponse response = assemble(events);
        assertThat(response.message().content()).containsExactly(new ContentBlock.Text("Hello, world"));
        assertThat(response.usage()).isEqualTo(new Usage(12, 3, 15));

        SentRequest sent = read(server.lastRequest());
        assertThat(sent.systemPrompt()).isEqualTo("Be brief.");
        assertThat(sent.userTexts()).containsExactly("Say hello");
        assertThat(sent.toolNames()).isEmpty();
    }

    @Test
    void a_tool_call_arrives_with_parsed_input_and_the_tool_result_goes_back_in_the_next_request() {
        server.enqueue(ScriptedReply.toolCall("call_7", "get_weather", Usage.of(40, 9), "{\"city\": ", "\"Tokyo\", \"days\": 2}"));
        var question = Message.user("Weather in Tokyo?");
        ModelResponse first = model.converse(ModelRequest.of(List.of(question)).withTools(List.of(WEATHER)));

        assertThat(first.stopReason()).isEqualTo(StopReason.TOOL_USE);
        assertThat(first.message().toolUses()).containsExactly(
                new ContentBlock.ToolUse("call_7", "get_weather", Map.of("city", "Tokyo", "days", 2)));
        assertThat(read(server.lastRequest()).toolNames()).containsExactly("get_weather");

        server.enqueue(ScriptedReply.text(StopReason.END_TURN, Usage.of(60, 5), "Sunny in Tokyo."));
        var result = Message.of(Role.USER, new ContentBlock.ToolResult("call_7",
                List.of(ToolResultContent.text("Sunny, 25°C")), ToolResultStatus.SUCCESS));
        ModelResponse second = model.converse(ModelRequest.of(List.of(question, first.message(), result))
                .withTools(List.of(WEATHER)));

        assertThat(second.message().text()).isEqualTo("Sunny in Tokyo.");
        SentRequest sent = read(server.lastRequest());
        assertThat(sent.toolResults()).containsExactly(new SentRequest.ToolResultSent("call_7", "Sunny, 25°C", false));
        assertThat(sent.userTexts()).containsExactly("Weather in Tokyo?");
    }

    @Test
    void a_failed_tool_goes_back_marked_as_an_error() {
        server.enqueue(ScriptedReply.text(StopReason.END_TURN, Usage.of(30, 4), "Sorry."));
        var use = Message.of(Role.ASSISTANT, new ContentBlock.ToolUse("call_1", "get_weather", Map.of("city", "Atlantis")));
        var result = Message.of(Role.USER, new ContentBlock.ToolResult("call_1",
                List.of(ToolResultContent.text("unknown city")), ToolResultStatus.ERROR));
        model.converse(ModelRequest.of(List.of(Message.user("Weather in Atlantis?"), use, result))
                .withTools(List.of(WEATHER)));

        SentRequest.ToolResultSent sent = read(server.lastRequest()).toolResults().getFirst();
        assertThat(sent.toolUseId()).isEqualTo("call_1");
        assertThat(sent.error()).isTrue();
        assertThat(sent.text()).contains("unknown city");
    }

    @Test
    void each_stop_reason_the_wire_format_expresses_is_reported() {
        for (StopReason reason : expressibleStopReasons()) {
            ScriptedReply reply = reason == StopReason.TOOL_USE
                    ? ScriptedReply.toolCall("call_1", "get_weather", Usage.of(5, 5), "{\"city\":\"Oslo\"}")
                    : ScriptedReply.text(reason, Usage.of(5, 5), "partial");
            server.enqueue(reply);
            ModelResponse response = model.converse(ModelRequest.of(List.of(Message.user("Go")))
                    .withTools(List.of(WEATHER)));
            assertThat(response.stopReason()).as("stop reason").isEqualTo(reason);
        }
    }

    @Test
    void reasoning_streams_as_a_reasoning_block_before_the_answer() {
        server.enqueue(new ScriptedReply.Turn(List.of(
                new ScriptedReply.Reasoning(List.of("The user greets. ", "Greet back."), "sig-123"),
                new ScriptedReply.Text(List.of("Hi!"))), StopReason.END_TURN, Usage.of(8, 6)));
        ModelResponse response = model.converse(ModelRequest.of(List.of(Message.user("Hi"))));

        var expectedSignature = signsReasoning() ? Optional.of("sig-123") : Optional.<String>empty();
        assertThat(response.message().content()).containsExactly(
                new ContentBlock.Reasoning("The user greets. Greet back.", expectedSignature),
                new ContentBlock.Text("Hi!"));
    }

    @Test
    void the_output_token_limit_is_sent() {
        server.enqueue(ScriptedReply.text(StopReason.MAX_TOKENS, Usage.of(5, 7), "Once upon"));
        model.converse(ModelRequest.of(List.of(Message.user("Tell a story")))
                .withOptions(ModelOptions.DEFAULTS.withMaxTokens(7)));
        assertThat(read(server.lastRequest()).maxTokens()).hasValue(7);
    }

    @Test
    void http_429_is_a_retryable_throttling_error() {
        server.enqueue(new ScriptedReply.Failure(FailureKind.THROTTLED));
        assertThatThrownBy(() -> model.converse(ModelRequest.of(List.of(Message.user("Hi")))))
                .isInstanceOf(ModelThrottledException.class)
                .satisfies(e -> assertThat(((ModelException) e).retryable()).isTrue());
    }

    @Test
    void http_500_is_a_retryable_server_error() {
        server.enqueue(new ScriptedReply.Failure(FailureKind.SERVER_ERROR));
        assertThatThrownBy(() -> model.converse(ModelRequest.of(List.of(Message.user("Hi")))))
                .isInstanceOfSatisfying(ModelServerException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(500);
                    assertThat(e.retryable()).isTrue();
                });
    }

    @Test
    void http_400_is_not_retryable_and_says_what_the_provider_said() {
        server.enqueue(new ScriptedReply.Failure(FailureKind.BAD_REQUEST));
        assertThatThrownBy(() -> model.converse(ModelRequest.of(List.of(Message.user("Hi")))))
                .isInstanceOfSatisfying(ModelServerException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(400);
                    assertThat(e.retryable()).isFalse();
                    assertThat(e.getMessage()).contains("scripted bad request");
                });
    }

    @Test
    void a_prompt_too_long_for_the_model_is_a_context_overflow() {
        server.enqueue(new ScriptedReply.Failure(FailureKind.CONTEXT_OVERFLOW));
        assertThatThrownBy(() -> model.converse(ModelRequest.of(List.of(Message.user("Hi")))))
                .isInstanceOf(ContextOverflowException.class)
                .satisfies(e -> assertThat(((ModelException) e).retryable()).isFalse());
    }

    @Test
    void retrying_model_gets_through_throttling_and_a_server_error() {
        server.enqueue(new ScriptedReply.Failure(FailureKind.THROTTLED), new ScriptedReply.Failure(FailureKind.SERVER_ERROR),
                ScriptedReply.text(StopReason.END_TURN, Usage.of(3, 1), "ok"));
        Model retrying = RetryingModel.builder(model).maxAttempts(3).sleeper(_ -> { }).build();

        assertThat(retrying.converse(ModelRequest.of(List.of(Message.user("Hi")))).message().text()).isEqualTo("ok");
        assertThat(server.requests()).hasSize(3);
    }

    @Test
    void cancelling_mid_stream_aborts_the_call_promptly() throws InterruptedException {
        server.enqueue(new ScriptedReply.Stall(List.of("Once ", "upon ")));
        var cancellation = Cancellation.create();
        var events = new LinkedBlockingQueue<ModelEvent>();
        var outcome = new AtomicReference<Throwable>();
        Thread caller = Thread.ofVirtual().start(() -> {
            try {
                model.converse(ModelRequest.of(List.of(Message.user("Tell a long story"))), events::add, cancellation);
            } catch (Throwable t) {
                outcome.set(t);
            }
        });
        ModelEvent event;
        do {
            event = events.poll(10, TimeUnit.SECONDS);
            assertThat(event).as("a streamed event before the stall").isNotNull();
        } while (!(event instanceof ModelEvent.TextDelta));

        cancellation.cancel();

        assertThat(caller.join(Duration.ofSeconds(10))).as("the call returned after cancel").isTrue();
        assertThat(outcome.get()).isInstanceOf(CancellationException.class);
        assertThat(events).noneMatch(ModelEvent.MessageStop.class::isInstance);
    }

    @Test
    void a_call_with_an_already_cancelled_token_sends_nothing() {
        var cancellation = Cancellation.create();
        cancellation.cancel();
        assertThatThrownBy(() -> model.converse(ModelRequest.of(List.of(Message.user("Hi"))), _ -> { }, cancellation))
                .isInstanceOf(CancellationException.class);
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void honours_the_model_contract() {
        server.enqueue(ScriptedReply.text(StopReason.END_TURN, Usage.of(2, 2), "Hello", " there"));
        ModelContract.verify(model);

        server.enqueue(ScriptedReply.toolCall("call_9", "record_answer", Usage.of(9, 9), "{\"answer\":\"hello\"}"));
        ModelContract.verifyForcedToolChoice(model);
        assertThat(read(server.lastRequest()).forcedTool()).hasValue("record_answer");
    }

    @Test
    void reports_itself_as_an_online_model() {
        assertThat(model.info().offline()).isFalse();
        assertThat(model.info().modelId()).isNotBlank();
    }

    private static ModelResponse assemble(List<ModelEvent> events) {
        var assembler = new MessageAssembler();
        events.forEach(assembler::accept);
        return assembler.response();
    }
}
