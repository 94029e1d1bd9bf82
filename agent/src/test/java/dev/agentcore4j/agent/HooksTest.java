package dev.agentcore4j.agent;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HooksTest {

    @Test
    void a_before_tool_hook_can_veto_a_call_and_the_model_sees_the_reason() {
        var ran = new ArrayList<String>();
        Tool fetch = Tools.of("fetch_url", "Fetch", Map.of("type", "object"), (input, context) -> {
            ran.add("fetch");
            return "page";
        });
        var model = ScriptedModel.of(AgentLoopTest.toolUse("t1", "fetch_url", Map.of()), Message.assistant("ok"));
        var sink = new RecordingSink();
        var agent = Agent.builder().model(model).tools(fetch)
                .beforeToolCall((call, state) -> ToolCallDecision.veto("fetching is disabled"))
                .build();

        agent.stream("fetch", sink);

        assertThat(ran).isEmpty();
        assertThat(sink.ofType(AgentEvent.ToolCalled.class)).isEmpty();
        var result = model.requests().get(1).messages().getLast().toolResults().getFirst();
        assertThat(result.status()).isEqualTo(ToolResultStatus.ERROR);
        assertThat(result.text()).isEqualTo("fetching is disabled");
    }

    @Test
    void a_before_tool_hook_can_replace_the_input_and_an_after_tool_hook_the_output() {
        var model = ScriptedModel.of(AgentLoopTest.toolUse("t1", "get_weather", Map.of("city", "tokyo")), Message.assistant("ok"));
        var agent = Agent.builder().model(model).tools(AgentLoopTest.weather())
                .beforeToolCall((call, state) -> ToolCallDecision.proceedWith(Map.of("city", "TOKYO")))
                .afterToolCall((call, output) -> ToolOutput.text(call.input().get("city") + " -> " + ((ToolResultContent.Text) output.content().getFirst()).text()))
                .build();

        agent.run("weather");

        assertThat(model.requests().get(1).messages().getLast().toolResults().getFirst().text()).isEqualTo("TOKYO -> TOKYO: 18C");
    }

    @Test
    void model_call_and_message_hooks_see_every_request_response_and_appended_message() {
        var seen = new ArrayList<String>();
        var model = ScriptedModel.of(AgentLoopTest.toolUse("t1", "get_weather", Map.of("city", "Oslo")), Message.assistant("cold"));
        var agent = Agent.builder().model(model).tools(AgentLoopTest.weather())
                .beforeModelCall(request -> seen.add("before model: " + request.messages().size()))
                .afterModelCall((request, response) -> seen.add("after model: " + response.stopReason()))
                .onMessageAppended(message -> seen.add("appended " + message.role()))
                .build();

        agent.run("weather in Oslo");

        assertThat(seen).isEqualTo(List.of("appended USER", "before model: 1", "after model: TOOL_USE", "appended ASSISTANT",
                "appended USER", "before model: 3", "after model: END_TURN", "appended ASSISTANT"));
    }

    @Test
    void tools_share_the_agent_state_with_hooks_and_the_caller() {
        Tool remember = Tools.of("remember", "r", Map.of("type", "object"), (input, context) -> {
            context.state().put("visits", context.state().get("visits", Integer.class).orElse(0) + 1);
            return "ok";
        });
        var agent = Agent.builder().model(ScriptedModel.of(AgentLoopTest.toolUse("t1", "remember", Map.of()), Message.assistant("done")))
                .tools(remember).state(new AgentState(Map.of("visits", 41))).build();

        agent.run("remember");

        assertThat(agent.state().get("visits")).contains(42);
        assertThat(agent.state().snapshot()).isEqualTo(Map.of("visits", 42));
    }
}
