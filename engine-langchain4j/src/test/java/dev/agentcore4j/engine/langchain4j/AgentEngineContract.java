package dev.agentcore4j.engine.langchain4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.agentcore4j.agent.Agent;
import dev.agentcore4j.agent.AgentEvent;
import dev.agentcore4j.agent.AgentEventSink;
import dev.agentcore4j.agent.AgentResult;
import dev.agentcore4j.agent.Cancellation;
import dev.agentcore4j.agent.ContentBlock;
import dev.agentcore4j.agent.Message;
import dev.agentcore4j.agent.Model;
import dev.agentcore4j.agent.ModelRequest;
import dev.agentcore4j.agent.RecordingSink;
import dev.agentcore4j.agent.Role;
import dev.agentcore4j.agent.ScriptedModel;
import dev.agentcore4j.agent.Tool;
import dev.agentcore4j.agent.ToolResultContent;
import dev.agentcore4j.agent.ToolResultStatus;
import dev.agentcore4j.model.offline.OfflineModel;
import dev.agentcore4j.tools.SeedTools;
import dev.agentcore4j.tools.ToolsConfig;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What every agent engine must do with the offline model and the seed's tools: the same tool calls
 * with the same arguments and the same facts in the answer, the same events, memory per agent and
 * cancellation. Each engine's test extends this and says how it builds an agent.
 */
public abstract class AgentEngineContract {

    protected static final String SYSTEM_PROMPT = "You are a helpful assistant. Use the tools when they help.";

    @TempDir
    Path data;

    protected List<Tool> tools;

    /** A fresh agent (empty conversation) on the engine under test. */
    protected abstract Agent agent(Model model, List<Tool> tools, String systemPrompt);

    /**
     * An agent on the engine under test that continues {@code conversation} (as restored from a
     * session store) with a system prompt read before every model call.
     */
    protected abstract Agent restored(Model model, List<Tool> tools, Supplier<String> systemPrompt,
            List<Message> conversation);

    @BeforeEach
    void seedTools() {
        tools = SeedTools.create(ToolsConfig.defaults().dataDir(data).semanticSearch(false));
    }

    private Agent offlineAgent() {
        return agent(new OfflineModel(), tools, SYSTEM_PROMPT);
    }

    private static RecordingSink run(Agent agent, String prompt) {
        RecordingSink sink = new RecordingSink();
        agent.stream(Message.user(prompt), sink, Cancellation.create());
        return sink;
    }

    /** The tool calls as "name {argument=value}", keeping only the arguments a prompt decides (not defaults). */
    private static List<String> calls(RecordingSink sink) {
        return sink.ofType(AgentEvent.ToolCalled.class).stream().map(c -> {
            Map<String, Object> input = new java.util.TreeMap<>(c.input());
            input.remove("unit");
            return c.name() + " " + input;
        }).toList();
    }

    @Test
    void weather_in_tokyo_in_english_calls_the_weather_tool_and_answers_with_its_temperature() {
        RecordingSink sink = run(offlineAgent(), "What's the weather in Tokyo?");
        assertThat(calls(sink)).containsExactly("get_current_weather " + Map.of("city", "Tokyo"));
        assertThat(sink.finished().orElseThrow().text()).contains("Tokyo", "18.5°C");
    }

    @Test
    void weather_in_tokyo_in_japanese_calls_the_weather_tool_with_the_japanese_city_name() {
        RecordingSink sink = run(offlineAgent(), "東京の天気は？");
        assertThat(calls(sink)).containsExactly("get_current_weather " + Map.of("city", "東京"));
        assertThat(sink.finished().orElseThrow().text()).contains("東京", "18.5°C");
    }

    @Test
    void arithmetic_goes_through_the_calculator() {
        RecordingSink sink = run(offlineAgent(), "What is 15 * 23 + 7?");
        assertThat(calls(sink)).containsExactly("calculate " + Map.of("expression", "15 * 23 + 7"));
        assertThat(sink.finished().orElseThrow().text()).contains("352");
    }

    @Test
    void a_name_given_in_one_turn_is_remembered_in_a_later_turn() {
        Agent agent = offlineAgent();
        run(agent, "私の名前は田中太郎です");
        run(agent, "AWS Lambdaとは何ですか？");
        RecordingSink sink = run(agent, "私の名前を覚えていますか？");
        assertThat(calls(sink)).isEmpty();
        assertThat(sink.finished().orElseThrow().text()).contains("田中太郎");
    }

    @Test
    void the_conversation_belongs_to_one_agent() {
        Agent first = offlineAgent();
        run(first, "My name is Alice");
        RecordingSink other = run(offlineAgent(), "What is my name?");
        assertThat(other.finished().orElseThrow().text()).doesNotContain("Alice");
    }

    @Test
    void a_restored_conversation_is_continued_by_a_new_agent() {
        List<Message> before = List.of(Message.user("My name is Alice"), Message.assistant("Nice to meet you, Alice."));
        Agent agent = restored(new OfflineModel(), tools, () -> SYSTEM_PROMPT, before);
        RecordingSink sink = run(agent, "What is my name?");
        assertThat(sink.finished().orElseThrow().text()).contains("Alice");
        assertThat(agent.messages()).startsWith(before.toArray(Message[]::new)).hasSize(4);
    }

    @Test
    void a_restored_tool_use_and_its_result_reach_the_model_unchanged() {
        List<Message> before = List.of(Message.user("What is 2 + 2?"),
                Message.of(Role.ASSISTANT, new ContentBlock.Text("Let me calculate."),
                        new ContentBlock.ToolUse("t1", "calculate", Map.of("expression", "2 + 2"))),
                Message.of(Role.USER, new ContentBlock.ToolResult("t1", List.of(ToolResultContent.text("4")),
                        ToolResultStatus.SUCCESS)),
                Message.assistant("2 + 2 = 4."));
        ScriptedModel model = ScriptedModel.of(Message.assistant("Yes."));
        run(restored(model, tools, () -> SYSTEM_PROMPT, before), "Are you sure?");
        List<Message> seen = model.requests().getFirst().messages();
        assertThat(seen).hasSize(5);
        assertThat(seen.get(1).toolUses()).containsExactlyElementsOf(before.get(1).toolUses());
        assertThat(seen.get(1).text()).isEqualTo("Let me calculate.");
        assertThat(seen.get(2).toolResults()).singleElement().satisfies(result -> {
            assertThat(result.toolUseId()).isEqualTo("t1");
            assertThat(result.status()).isEqualTo(ToolResultStatus.SUCCESS);
            assertThat(result.text()).isEqualTo("4");
        });
        assertThat(seen.getLast()).isEqualTo(Message.user("Are you sure?"));
    }

    @Test
    void the_system_prompt_supplier_is_read_before_every_model_call() {
        AtomicReference<String> system = new AtomicReference<>("Be brief.");
        ScriptedModel model = ScriptedModel.of(Message.assistant("One."), Message.assistant("Two."));
        Agent agent = restored(model, tools, system::get, List.of());
        run(agent, "First?");
        system.set("Be brief.\nWhat you remember about the user:\n- likes tea");
        run(agent, "Second?");
        assertThat(model.requests()).extracting(ModelRequest::systemPrompt)
                .containsExactly("Be brief.", "Be brief.\nWhat you remember about the user:\n- likes tea");
    }

    @Test
    void a_two_tool_prompt_calls_both_tools_and_answers_with_both_results() {
        RecordingSink sink = run(offlineAgent(), "What's the weather in Tokyo and what time is it there?");
        assertThat(calls(sink)).containsExactly(
                "get_current_weather " + Map.of("city", "Tokyo"), "get_current_time " + Map.of("city", "Tokyo"));
        assertThat(sink.finished().orElseThrow().text()).contains("18.5°C", "Asia/Tokyo");
    }

    @Test
    void a_failing_tool_becomes_an_error_result_that_the_answer_explains() {
        RecordingSink sink = run(offlineAgent(), "What's the weather in Atlantis?");
        assertThat(calls(sink)).containsExactly("get_current_weather " + Map.of("city", "Atlantis"));
        assertThat(sink.ofType(AgentEvent.ToolReturned.class)).singleElement()
                .extracting(AgentEvent.ToolReturned::status).isEqualTo(ToolResultStatus.ERROR);
        AgentResult result = sink.finished().orElseThrow();
        assertThat(result.outcome()).isEqualTo(AgentResult.Outcome.COMPLETED);
        assertThat(result.text()).contains("unknown city").doesNotContain("°C");
    }

    @Test
    void a_turn_streams_text_reports_usage_and_ends_with_one_finished_event() {
        RecordingSink sink = run(offlineAgent(), "What's the weather in Tokyo?");
        List<AgentEvent> events = sink.events();
        assertThat(events.getLast()).isInstanceOf(AgentEvent.Finished.class);
        assertThat(sink.ofType(AgentEvent.Finished.class)).hasSize(1);
        assertThat(sink.ofType(AgentEvent.Failed.class)).isEmpty();
        assertThat(sink.ofType(AgentEvent.UsageReported.class)).hasSize(2);
        AgentResult result = sink.finished().orElseThrow();
        assertThat(result.rounds()).isEqualTo(2);
        assertThat(result.usage().totalTokens()).isPositive();
        assertThat(sink.text()).endsWith(result.text());
        assertThat(events.indexOf(sink.ofType(AgentEvent.ToolCalled.class).getFirst()))
                .isLessThan(events.indexOf(sink.ofType(AgentEvent.ToolReturned.class).getFirst()));
    }

    @Test
    void the_conversation_holds_the_prompt_the_tool_use_its_result_and_the_answer() {
        Agent agent = offlineAgent();
        run(agent, "What is 15 * 23 + 7?");
        List<Message> messages = agent.messages();
        assertThat(messages).extracting(Message::role).containsExactly(Role.USER, Role.ASSISTANT, Role.USER, Role.ASSISTANT);
        assertThat(messages.get(1).toolUses()).singleElement().satisfies(use -> {
            assertThat(use.name()).isEqualTo("calculate");
            assertThat(use.input()).isEqualTo(Map.of("expression", "15 * 23 + 7"));
        });
        assertThat(messages.get(2).toolResults()).singleElement()
                .satisfies(result -> assertThat(result.toolUseId()).isEqualTo(messages.get(1).toolUses().getFirst().toolUseId()));
        assertThat(messages.get(3).text()).contains("352");
    }

    @Test
    void the_agent_reports_its_model_and_tools() {
        Agent agent = offlineAgent();
        assertThat(agent.modelInfo()).isEqualTo(new OfflineModel().info());
        assertThat(agent.toolSpecs()).extracting(spec -> spec.name()).containsExactlyElementsOf(SeedTools.NAMES);
    }

    @Test
    void a_cancelled_invocation_ends_cancelled_without_running_tools() {
        Cancellation cancellation = Cancellation.create();
        cancellation.cancel();
        RecordingSink sink = new RecordingSink();
        AgentResult result = offlineAgent().stream(Message.user("What's the weather in Tokyo?"), sink, cancellation);
        assertThat(result.outcome()).isEqualTo(AgentResult.Outcome.CANCELLED);
        assertThat(sink.ofType(AgentEvent.ToolReturned.class)).isEmpty();
        assertThat(sink.ofType(AgentEvent.Finished.class)).hasSize(1);
    }

    @Test
    void cancelling_while_the_model_streams_stops_the_turn() {
        Cancellation cancellation = Cancellation.create();
        RecordingSink sink = new RecordingSink();
        AgentEventSink cancelOnFirstText = event -> {
            sink.accept(event);
            if (event instanceof AgentEvent.TextDelta) {
                cancellation.cancel();
            }
        };
        Agent agent = offlineAgent();
        AgentResult result = agent.stream(Message.user("Hello, who are you?"), cancelOnFirstText, cancellation);
        assertThat(result.outcome()).isEqualTo(AgentResult.Outcome.CANCELLED);
        assertThat(sink.ofType(AgentEvent.TextDelta.class)).hasSize(1);
        // the agent is free again, and the next turn works
        assertThat(agent.run("What is 15 * 23 + 7?").text()).contains("352");
    }

    @Test
    void a_second_invocation_while_one_runs_is_refused() throws Exception {
        Agent agent = offlineAgent();
        var inner = new java.util.concurrent.atomic.AtomicReference<Throwable>();
        AgentEventSink sink = event -> {
            if (event instanceof AgentEvent.ToolCalled && inner.get() == null) {
                Thread other = Thread.ofVirtual().start(() -> {
                    try {
                        agent.run("Hello");
                        inner.set(new AssertionError("a second invocation ran"));
                    } catch (IllegalStateException expected) {
                        inner.set(expected);
                    }
                });
                try {
                    other.join();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        };
        agent.stream(Message.user("What is 15 * 23 + 7?"), sink, Cancellation.create());
        assertThat(inner.get()).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void a_prompt_must_be_a_user_message() {
        assertThatThrownBy(() -> offlineAgent().run(Message.assistant("hi")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("user");
    }
}
