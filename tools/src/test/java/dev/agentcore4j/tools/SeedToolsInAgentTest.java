package dev.agentcore4j.tools;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agentcore4j.agent.Agent;
import dev.agentcore4j.agent.ContentBlock;
import dev.agentcore4j.agent.Message;
import dev.agentcore4j.agent.Role;
import dev.agentcore4j.agent.ScriptedModel;
import dev.agentcore4j.agent.ToolResultContent;
import dev.agentcore4j.agent.ToolResultStatus;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The seed tools inside the real agent loop, driven by a scripted model. */
class SeedToolsInAgentTest {

    @TempDir
    Path dataDir;

    @Test
    void the_agent_runs_seed_tools_and_returns_failures_to_the_model_as_error_results() {
        ScriptedModel model = ScriptedModel.of(
                Message.of(Role.ASSISTANT,
                        new ContentBlock.ToolUse("t1", "calculate", Map.of("expression", "15*23+7")),
                        new ContentBlock.ToolUse("t2", "get_current_weather", Map.of("city", "Atlantis")),
                        new ContentBlock.ToolUse("t3", "create_task", Map.of("title", "from the agent"))),
                Message.assistant("15*23+7 is 352; I have no weather for Atlantis."));
        Agent agent = Agent.builder().model(model)
                .tools(SeedTools.create(ToolsConfig.defaults().dataDir(dataDir).semanticSearch(false)))
                .build();

        String answer = agent.run("What is 15*23+7, and the weather in Atlantis?").text();

        assertThat(answer).contains("352");
        List<ContentBlock.ToolResult> results = agent.messages().stream()
                .flatMap(m -> m.toolResults().stream()).toList();
        assertThat(results).extracting(ContentBlock.ToolResult::toolUseId).containsExactly("t1", "t2", "t3");
        assertThat(results.get(0).status()).isEqualTo(ToolResultStatus.SUCCESS);
        assertThat(((ToolResultContent.Json) results.get(0).content().getFirst()).value())
                .isEqualTo(Map.of("expression", "15*23+7", "result", 352L, "formatted", "352"));
        assertThat(results.get(1).status()).isEqualTo(ToolResultStatus.ERROR);
        assertThat(((ToolResultContent.Text) results.get(1).content().getFirst()).text()).startsWith("unknown city 'Atlantis'");
        assertThat(results.get(2).status()).isEqualTo(ToolResultStatus.SUCCESS);
        assertThat(model.requests().getFirst().tools()).hasSize(SeedTools.NAMES.size());
    }
}
