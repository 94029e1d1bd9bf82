package dev.agentcore4j.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StructuredOutputTest {

    enum Mood { HAPPY, SAD }

    record Person(@Param(description = "Full name") String name, int age, Mood mood, List<String> hobbies) { }

    static Message answer(String id, Map<String, Object> input) {
        return Message.of(Role.ASSISTANT, new ContentBlock.ToolUse(id, Agent.STRUCTURED_OUTPUT_TOOL, input));
    }

    @Test
    void a_valid_forced_tool_call_becomes_the_record() {
        var model = ScriptedModel.of(answer("s1", Map.of("name", "Taro", "age", 30, "mood", "HAPPY", "hobbies", List.of("go"))));
        var agent = Agent.builder().model(model).build();

        Person person = agent.structuredOutput(Person.class, "Taro is 30, happy, plays go");

        assertThat(person).isEqualTo(new Person("Taro", 30, Mood.HAPPY, List.of("go")));
        ModelRequest request = model.requests().getFirst();
        assertThat(request.toolChoice()).isEqualTo(ToolChoice.tool("structured_output"));
        assertThat(request.tools()).singleElement().satisfies(spec ->
                assertThat(spec.inputSchema()).isEqualTo(Tools.schemaOf(Person.class)));
        assertThat(agent.messages()).isEmpty();
    }

    @Test
    void invalid_input_goes_back_to_the_model_with_the_problems_and_a_corrected_answer_is_accepted() {
        var model = ScriptedModel.of(answer("s1", Map.of("name", "Taro", "age", "thirty", "mood", "HAPPY", "hobbies", List.of())),
                answer("s2", Map.of("name", "Taro", "age", 30, "mood", "SAD", "hobbies", List.of())));
        var agent = Agent.builder().model(model).build();

        Person person = agent.structuredOutput(Person.class, "Taro");

        assertThat(person.age()).isEqualTo(30);
        var feedback = model.requests().get(1).messages().getLast().toolResults().getFirst();
        assertThat(feedback.status()).isEqualTo(ToolResultStatus.ERROR);
        assertThat(feedback.text()).startsWith("Invalid Person: argument 'age' must be an integer");
    }

    @Test
    void after_the_bounded_attempts_a_clear_error_is_thrown() {
        var model = ScriptedModel.of(Message.assistant("I'd rather chat."), answer("s2", Map.of("name", "x")));
        var agent = Agent.builder().model(model).structuredOutputAttempts(2).build();

        assertThatThrownBy(() -> agent.structuredOutput(Person.class, "Taro"))
                .isInstanceOf(StructuredOutputException.class)
                .hasMessage("no valid Person after 2 attempts: argument 'age' is required; argument 'mood' is required; argument 'hobbies' is required");
    }
}
