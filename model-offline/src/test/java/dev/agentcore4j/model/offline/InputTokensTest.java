package dev.agentcore4j.model.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agentcore4j.agent.ContentBlock;
import dev.agentcore4j.agent.Message;
import dev.agentcore4j.agent.ModelOptions;
import dev.agentcore4j.agent.ModelRequest;
import dev.agentcore4j.agent.Role;
import dev.agentcore4j.agent.ToolChoice;
import dev.agentcore4j.agent.ToolResultContent;
import dev.agentcore4j.agent.ToolResultStatus;
import dev.agentcore4j.agent.ToolSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InputTokensTest {

    private static final ToolSpec WEATHER = new ToolSpec("get_weather", "Weather now", Map.of("type", "object"));

    private static List<Message> conversation() {
        return List.of(
                Message.user("What is the weather in Tokyo?"),                                    // 7
                Message.of(Role.ASSISTANT, new ContentBlock.ToolUse("t1", "get_weather", Map.of("city", "東京"))), // get _ weather { city = 東 京 } = 9
                Message.of(Role.USER, new ContentBlock.ToolResult("t1",
                        List.of(ToolResultContent.json(Map.of("temp", 18))), ToolResultStatus.SUCCESS)), // { temp = 18 } = 5
                Message.of(Role.USER, new ContentBlock.Image("png", new byte[] {1, 2, 3})));     // 256
    }

    private static ModelRequest request(List<Message> messages) {
        // system "Be brief." = 3; spec "get_weather Weather now" = 5 (the underscore is a symbol)
        return new ModelRequest("Be brief.", messages, List.of(WEATHER), ToolChoice.auto(), ModelOptions.DEFAULTS);
    }

    @Test
    void the_estimate_covers_system_prompt_tool_specs_and_every_block_by_the_token_rule() {
        assertThat(new InputTokens().of(request(conversation()))).isEqualTo(3 + 5 + 7 + 9 + 5 + 256);
    }

    @Test
    void a_resent_conversation_is_estimated_the_same_and_a_new_message_adds_its_own_tokens() {
        var tokens = new InputTokens();
        int first = tokens.of(request(conversation()));
        var longer = new ArrayList<>(conversation());
        longer.add(Message.assistant("It is 18 degrees."));                                         // 5

        assertThat(tokens.of(request(conversation()))).isEqualTo(first);
        assertThat(tokens.of(request(longer))).isEqualTo(first + 5);
        assertThat(tokens.of(request(longer))).isEqualTo(new InputTokens().of(request(longer)));
    }
}
