package dev.agentcore4j.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class AgentLoopTest {

    static final Map<String, Object> CITY_SCHEMA = Map.of("type", "object",
            "properties", Map.of("city", Map.of("type", "string")), "required", List.of("city"));

    static Message toolUse(String id, String name, Map<String, Object> input) {
        return Message.of(Role.ASSISTANT, new ContentBlock.ToolUse(id, name, input));
    }

    static Tool weather() {
        return Tools.of("get_weather", "Weather", CITY_SCHEMA, (input, context) -> input.get("city") + ": 18C");
    }

    @Test
    void a_plain_answer_ends_the_turn_and_streams_text_deltas() {
        var agent = Agent.builder().model(ScriptedModel.of(Message.assistant("Hello there friend"))).build();
        var sink = new RecordingSink();

        AgentResult result = agent.stream("Hi", sink);

        assertThat(result.text()).isEqualTo("Hello there friend");
        assertThat(result.outcome()).isEqualTo(AgentResult.Outcome.COMPLETED);
        assertThat(result.stopReason()).isEqualTo(StopReason.END_TURN);
        assertThat(result.rounds()).isEqualTo(1);
        assertThat(sink.ofType(AgentEvent.TextDelta.class)).hasSize(3);
        assertThat(sink.text()).isEqualTo("Hello there friend");
        assertThat(sink.events().getLast()).isInstanceOf(AgentEvent.Finished.class);
        assertThat(agent.messages()).containsExactly(Message.user("Hi"), Message.assistant("Hello there friend"));
    }

    @Test
    void a_requested_tool_runs_and_its_result_goes_back_to_the_model() {
        var model = ScriptedModel.of(toolUse("t1", "get_weather", Map.of("city", "Tokyo")), Message.assistant("It is 18C."));
        var agent = Agent.builder().model(model).systemPrompt("Be brief.").tools(weather()).build();
        var sink = new RecordingSink();

        AgentResult result = agent.stream("Weather in Tokyo?", sink);

        assertThat(result.text()).isEqualTo("It is 18C.");
        assertThat(result.rounds()).isEqualTo(2);
        assertThat(result.usage()).isEqualTo(ScriptedModel.TURN_USAGE.add(ScriptedModel.TURN_USAGE));
        ModelRequest second = model.requests().get(1);
        assertThat(second.systemPrompt()).isEqualTo("Be brief.");
        assertThat(second.tools()).extracting(ToolSpec::name).containsExactly("get_weather");
        assertThat(second.messages().getLast().toolResults()).containsExactly(new ContentBlock.ToolResult("t1",
                List.of(ToolResultContent.text("Tokyo: 18C")), ToolResultStatus.SUCCESS));
        assertThat(sink.events()).extracting(e -> e.getClass().getSimpleName()).containsSubsequence(
                "UsageReported", "ToolCalled", "ToolReturned", "TextDelta", "UsageReported", "Finished");
        assertThat(sink.ofType(AgentEvent.ToolCalled.class).getFirst())
                .isEqualTo(new AgentEvent.ToolCalled("t1", "get_weather", Map.of("city", "Tokyo")));
    }

    @Test
    void a_system_prompt_supplier_is_read_before_every_model_call() {
        var model = ScriptedModel.of(toolUse("t1", "get_weather", Map.of("city", "Tokyo")), Message.assistant("18C."),
                Message.assistant("Still 18C."));
        var context = new java.util.concurrent.atomic.AtomicReference<>("Be brief.");
        var agent = Agent.builder().model(model).systemPrompt(context::get).tools(weather()).build();

        agent.run("Weather in Tokyo?");
        context.set("Be brief.\nThe user lives in Tokyo.");
        agent.run("And now?");

        assertThat(model.requests()).extracting(ModelRequest::systemPrompt)
                .containsExactly("Be brief.", "Be brief.", "Be brief.\nThe user lives in Tokyo.");
    }

    @Test
    void a_tool_exception_becomes_an_error_tool_result_and_the_turn_continues() {
        Tool broken = Tools.of("get_weather", "Weather", CITY_SCHEMA, (input, context) -> {
            throw new IllegalStateException("weather service down");
        });
        var model = ScriptedModel.of(toolUse("t1", "get_weather", Map.of("city", "Tokyo")), Message.assistant("Sorry."));
        var agent = Agent.builder().model(model).tools(broken).build();

        AgentResult result = agent.run("Weather?");

        assertThat(result.outcome()).isEqualTo(AgentResult.Outcome.COMPLETED);
        var toolResult = model.requests().get(1).messages().getLast().toolResults().getFirst();
        assertThat(toolResult.status()).isEqualTo(ToolResultStatus.ERROR);
        assertThat(toolResult.text()).isEqualTo("Tool 'get_weather' failed: IllegalStateException");
    }

    @Test
    void an_unknown_tool_name_becomes_an_error_tool_result() {
        var model = ScriptedModel.of(toolUse("t1", "launch_rocket", Map.of()), Message.assistant("I cannot."));
        var agent = Agent.builder().model(model).tools(weather()).build();

        agent.run("Launch!");

        var toolResult = model.requests().get(1).messages().getLast().toolResults().getFirst();
        assertThat(toolResult.status()).isEqualTo(ToolResultStatus.ERROR);
        assertThat(toolResult.text()).isEqualTo("Unknown tool 'launch_rocket'. Available tools: [get_weather]");
    }

    @Test
    void invalid_arguments_become_an_error_tool_result_naming_the_argument() {
        var model = ScriptedModel.of(toolUse("t1", "get_weather", Map.of("town", "Tokyo")), Message.assistant("Oops."));
        var agent = Agent.builder().model(model).tools(weather()).build();

        agent.run("Weather?");

        var toolResult = model.requests().get(1).messages().getLast().toolResults().getFirst();
        assertThat(toolResult.text()).isEqualTo("Invalid input for tool 'get_weather': argument 'city' is required");
    }

    @Test
    void tools_requested_in_one_turn_run_concurrently_and_results_keep_the_requested_order() {
        var bothStarted = new CountDownLatch(2);
        ToolFunction waitForTheOther = (input, context) -> {
            bothStarted.countDown();
            return bothStarted.await(5, TimeUnit.SECONDS) ? "met " + input.get("city") : "alone";
        };
        var model = ScriptedModel.of(
                Message.of(Role.ASSISTANT, new ContentBlock.ToolUse("a", "get_weather", Map.of("city", "Osaka")),
                        new ContentBlock.ToolUse("b", "get_time", Map.of("city", "Kyoto"))),
                Message.assistant("Done."));
        var agent = Agent.builder().model(model)
                .tools(Tools.of("get_weather", "w", CITY_SCHEMA, waitForTheOther), Tools.of("get_time", "t", CITY_SCHEMA, waitForTheOther))
                .build();

        agent.run("Both please");

        assertThat(model.requests().get(1).messages().getLast().toolResults())
                .extracting(ContentBlock.ToolResult::toolUseId, ContentBlock.ToolResult::text)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("a", "met Osaka"), org.assertj.core.groups.Tuple.tuple("b", "met Kyoto"));
    }

    @Test
    void a_tool_that_exceeds_the_timeout_becomes_an_error_result_and_is_interrupted() {
        var interrupted = new CountDownLatch(1);
        Tool slow = Tools.of("get_weather", "slow", CITY_SCHEMA, (input, context) -> {
            try {
                Thread.sleep(Duration.ofSeconds(30));
                return "late";
            } catch (InterruptedException e) {
                interrupted.countDown();
                throw e;
            }
        });
        var model = ScriptedModel.of(toolUse("t1", "get_weather", Map.of("city", "Tokyo")), Message.assistant("Too slow."));
        var agent = Agent.builder().model(model).tools(slow).toolTimeout(Duration.ofMillis(100)).build();
        var sink = new RecordingSink();

        AgentResult result = agent.stream("Weather?", sink);

        assertThat(result.text()).isEqualTo("Too slow.");
        var returned = sink.ofType(AgentEvent.ToolReturned.class).getFirst();
        assertThat(returned.status()).isEqualTo(ToolResultStatus.ERROR);
        assertThat(returned.content()).containsExactly(ToolResultContent.text("Tool 'get_weather' timed out after 100 ms"));
        assertThat(awaitQuietly(interrupted)).isTrue();
    }

    @Test
    void the_round_limit_stops_a_model_that_keeps_asking_for_tools() {
        var model = ScriptedModel.of(toolUse("t1", "get_weather", Map.of("city", "A")),
                toolUse("t2", "get_weather", Map.of("city", "B")), toolUse("t3", "get_weather", Map.of("city", "C")));
        var agent = Agent.builder().model(model).tools(weather()).maxRounds(2).build();

        AgentResult result = agent.run("Loop forever");

        assertThat(result.outcome()).isEqualTo(AgentResult.Outcome.ROUND_LIMIT);
        assertThat(result.rounds()).isEqualTo(2);
        assertThat(model.requests()).hasSize(2);
        assertThat(agent.messages().getLast().toolResults()).extracting(ContentBlock.ToolResult::toolUseId).containsExactly("t2");
    }

    @Test
    void a_model_failure_is_reported_as_failed_and_thrown() {
        var agent = Agent.builder().model(ScriptedModel.builder().fail(new ModelException("bad request", false)).build()).build();
        var sink = new RecordingSink();

        assertThatThrownBy(() -> agent.stream("Hi", sink)).isInstanceOf(ModelException.class).hasMessage("bad request");
        assertThat(sink.events()).singleElement().isInstanceOf(AgentEvent.Failed.class);
    }

    @Test
    void the_conversation_carries_over_to_the_next_invocation() {
        var model = ScriptedModel.of(Message.assistant("Nice to meet you, Alice."), Message.assistant("Alice."));
        var agent = Agent.builder().model(model).build();

        agent.run("My name is Alice");
        agent.run("What is my name?");

        assertThat(model.requests().get(1).messages()).extracting(Message::text)
                .containsExactly("My name is Alice", "Nice to meet you, Alice.", "What is my name?");
    }

    @Test
    void a_context_overflow_reduces_the_conversation_and_retries() {
        var model = ScriptedModel.builder().turn(Message.assistant("one")).turn(Message.assistant("two"))
                .fail(new ContextOverflowException("too long")).turn(Message.assistant("three")).build();
        var agent = Agent.builder().model(model).build();
        agent.run("first");
        agent.run("second");

        AgentResult result = agent.run("third");

        assertThat(result.text()).isEqualTo("three");
        assertThat(model.requests().get(2).messages()).hasSize(5);
        assertThat(model.requests().get(3).messages()).extracting(Message::text).containsExactly("second", "two", "third");
    }

    @Test
    void overflow_recovery_is_bounded() {
        var overflow = new ContextOverflowException("too long");
        var model = ScriptedModel.builder().turn(Message.assistant("a")).turn(Message.assistant("b"))
                .fail(overflow).fail(overflow).fail(overflow).build();
        var agent = Agent.builder().model(model).maxOverflowRecoveries(1).build();
        agent.run("1");
        agent.run("2");

        assertThatThrownBy(() -> agent.run("3")).isSameAs(overflow);
        assertThat(model.requests()).hasSize(4);
    }

    @Test
    void one_invocation_at_a_time_per_agent() throws Exception {
        var entered = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        Tool blocking = Tools.of("get_weather", "w", CITY_SCHEMA, (input, context) -> {
            entered.countDown();
            release.await();
            return "ok";
        });
        var agent = Agent.builder().model(ScriptedModel.of(toolUse("t1", "get_weather", Map.of("city", "x")), Message.assistant("done")))
                .tools(blocking).build();
        Thread first = Thread.ofVirtual().start(() -> agent.run("go"));
        assertThat(entered.await(5, TimeUnit.SECONDS)).isTrue();

        assertThatThrownBy(() -> agent.run("again")).isInstanceOf(IllegalStateException.class).hasMessageContaining("already running");
        release.countDown();
        first.join();
    }

    static boolean awaitQuietly(CountDownLatch latch) {
        try {
            return latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
