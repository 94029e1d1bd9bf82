package dev.agentcore4j.model.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agentcore4j.agent.Agent;
import dev.agentcore4j.agent.AgentEvent;
import dev.agentcore4j.agent.AgentResult;
import dev.agentcore4j.agent.Cancellation;
import dev.agentcore4j.agent.ContentBlock;
import dev.agentcore4j.agent.Message;
import dev.agentcore4j.agent.ModelContract;
import dev.agentcore4j.agent.ModelEvent;
import dev.agentcore4j.agent.ModelRequest;
import dev.agentcore4j.agent.ModelResponse;
import dev.agentcore4j.agent.Param;
import dev.agentcore4j.agent.RecordingSink;
import dev.agentcore4j.agent.StopReason;
import dev.agentcore4j.agent.Tool;
import dev.agentcore4j.agent.ToolSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OfflineModelTest {

    private final OfflineModel model = new OfflineModel();
    private final List<ToolSpec> seedSpecs = SeedToolFakes.all().stream().map(Tool::spec).toList();

    private ModelResponse ask(String prompt) {
        return model.converse(ModelRequest.of(List.of(Message.user(prompt))).withTools(seedSpecs));
    }

    private List<ContentBlock.ToolUse> toolUses(String prompt) {
        ModelResponse response = ask(prompt);
        assertThat(response.stopReason()).isEqualTo(StopReason.TOOL_USE);
        return response.message().toolUses();
    }

    private Agent agent() {
        return Agent.builder().model(model).tools(SeedToolFakes.all()).build();
    }

    @Test
    void it_honours_the_model_contract() {
        ModelContract.verify(model);
        ModelContract.verifyForcedToolChoice(model);
    }

    @Test
    void it_says_it_is_offline() {
        assertThat(model.info().provider()).isEqualTo("offline");
        assertThat(model.info().offline()).isTrue();
    }

    @Test
    void greetings_introduce_the_offline_model_in_the_prompts_language() {
        assertThat(ask("Hello, who are you?").message().text()).startsWith("Hello! I am the AgentCore4J offline model");
        assertThat(ask("こんにちは").message().text()).startsWith("こんにちは！私は AgentCore4J のオフラインモデルです。");
    }

    @Test
    void built_in_knowledge_answers_short_questions_in_both_languages() {
        assertThat(ask("What is AWS Lambda?").message().text()).startsWith("AWS Lambda is a serverless compute service");
        assertThat(ask("AWS Lambdaとは何ですか？").message().text()).startsWith("AWS Lambda は、サーバーを管理せずに");
        assertThat(ask("What is the capital of Japan?").message().text()).isEqualTo("The capital of Japan is Tokyo.");
        assertThat(ask("日本の首都はどこですか？").message().text()).isEqualTo("日本の首都は東京です。");
        assertThat(ask("What is AgentCore4J?").message().text()).startsWith("AgentCore4J is a Java 25 toolkit");
        assertThat(KnowledgeBase.bundled().size()).isGreaterThanOrEqualTo(20);
    }

    @Test
    void it_remembers_a_name_stated_earlier_in_japanese() {
        Agent agent = agent();
        assertThat(agent.run("私の名前は田中太郎です").text()).contains("田中太郎さん、はじめまして");
        agent.run("AWS Lambdaとは何ですか？");
        assertThat(agent.run("私の名前を覚えていますか？").text()).isEqualTo("はい、覚えています。あなたの名前は田中太郎さんです。");
    }

    @Test
    void it_remembers_a_name_and_likes_stated_earlier_in_english() {
        Agent agent = agent();
        assertThat(agent.run("My name is Alice").text()).isEqualTo("Nice to meet you, Alice! I'll remember your name.");
        agent.run("I like sushi");
        agent.run("My favorite color is blue.");
        assertThat(agent.run("What is my name?").text()).isEqualTo("Your name is Alice.");
        assertThat(agent.run("What is my favorite color?").text()).isEqualTo("Your favourite color is blue.");
        assertThat(agent.run("What do I like?").text()).isEqualTo("You told me you like sushi, blue.");
    }

    @Test
    void a_name_stated_with_more_in_the_same_sentence_is_only_the_name() {
        Agent agent = agent();
        assertThat(agent.run("My name is Taro and I love green tea").text())
                .isEqualTo("Nice to meet you, Taro! I'll remember your name.");
        assertThat(agent.run("What is my name?").text()).isEqualTo("Your name is Taro.");
        assertThat(agent.run("What do I like?").text()).isEqualTo("You told me you like green tea.");
        assertThat(agent().run("my name is Hanako Sato, nice to meet you").text())
                .isEqualTo("Nice to meet you, Hanako Sato! I'll remember your name.");
    }

    @Test
    void it_remembers_favourites_in_japanese_and_admits_what_it_was_not_told() {
        Agent agent = agent();
        assertThat(agent.run("好きな食べ物は寿司です").text()).isEqualTo("好きな食べ物は寿司なんですね。覚えておきます。");
        assertThat(agent.run("私の好きな食べ物は何ですか？").text()).isEqualTo("あなたの好きな食べ物は寿司です。");
        assertThat(agent().run("What is my name?").text()).isEqualTo("You haven't told me your name yet.");
    }

    @Test
    void text_inside_a_tool_request_is_not_remembered_as_a_fact_about_the_user() {
        Agent agent = agent();
        agent.run("Analyze this text: I love this product");
        assertThat(agent.run("What do I like?").text()).isEqualTo("You haven't told me about that yet.");
    }

    @Test
    void weather_prompts_call_get_current_weather_with_the_city_and_celsius() {
        assertThat(toolUses("What's the weather in Tokyo?")).singleElement().satisfies(u -> {
            assertThat(u.name()).isEqualTo("get_current_weather");
            assertThat(u.input()).isEqualTo(Map.of("city", "Tokyo", "unit", "celsius"));
        });
        assertThat(toolUses("東京の天気は？").getFirst().input()).isEqualTo(Map.of("city", "東京", "unit", "celsius"));
        assertThat(toolUses("What is the temperature in New York in Fahrenheit?").getFirst().input())
                .isEqualTo(Map.of("city", "New York", "unit", "fahrenheit"));
    }

    @Test
    void arithmetic_prompts_call_calculate_with_a_normalised_expression() {
        assertThat(toolUses("What is 15 * 23 + 7?")).singleElement().satisfies(u -> {
            assertThat(u.name()).isEqualTo("calculate");
            assertThat(u.input()).isEqualTo(Map.of("expression", "15 * 23 + 7"));
        });
        assertThat(toolUses("123かける456は？").getFirst().input()).isEqualTo(Map.of("expression", "123 * 456"));
        assertThat(toolUses("１００÷４たす３を計算して").getFirst().input()).isEqualTo(Map.of("expression", "100 / 4 + 3"));
        assertThat(toolUses("Calculate (2 + 3) times 4").getFirst().input()).isEqualTo(Map.of("expression", "(2 + 3) * 4"));
    }

    @Test
    void time_prompts_call_get_current_time_with_a_city_or_timezone() {
        assertThat(toolUses("What time is it in London?").getFirst().input()).isEqualTo(Map.of("city", "London"));
        assertThat(toolUses("What time is it in UTC?").getFirst().input()).isEqualTo(Map.of("timezone", "UTC"));
        assertThat(toolUses("東京は今何時ですか？").getFirst()).satisfies(u -> {
            assertThat(u.name()).isEqualTo("get_current_time");
            assertThat(u.input()).isEqualTo(Map.of("city", "東京"));
        });
    }

    @Test
    void task_prompts_call_create_task_with_the_title() {
        assertThat(toolUses("Create a task to review the PR")).singleElement().satisfies(u -> {
            assertThat(u.name()).isEqualTo("create_task");
            assertThat(u.input()).isEqualTo(Map.of("title", "review the PR"));
        });
        assertThat(toolUses("「資料作成」というタスクを作成して").getFirst().input()).isEqualTo(Map.of("title", "資料作成"));
    }

    @Test
    void search_fetch_and_analysis_prompts_call_their_tools_with_the_right_argument() {
        assertThat(toolUses("Search the documents for AgentCore deployment").getFirst())
                .isEqualTo(new ContentBlock.ToolUse("tooluse_offline_1_1", "search_documents", Map.of("query", "AgentCore deployment")));
        assertThat(toolUses("AgentCoreについてドキュメントを検索して").getFirst().input()).isEqualTo(Map.of("query", "AgentCore"));
        assertThat(toolUses("Fetch https://example.com/docs and summarize it").getFirst().input())
                .isEqualTo(Map.of("url", "https://example.com/docs"));
        assertThat(toolUses("https://example.com/の内容を取得して").getFirst().input()).isEqualTo(Map.of("url", "https://example.com/"));
        assertThat(toolUses("Analyze this text: I love this product").getFirst().input()).isEqualTo(Map.of("text", "I love this product"));
        assertThat(toolUses("次の文章を分析して：今日はとても良い天気です").getFirst())
                .satisfies(u -> assertThat(u.input()).isEqualTo(Map.of("text", "今日はとても良い天気です")));
    }

    @Test
    void a_prompt_needing_two_tools_gets_two_tool_uses_in_one_turn() {
        assertThat(toolUses("What's the weather in Tokyo and what time is it there?"))
                .extracting(ContentBlock.ToolUse::name, ContentBlock.ToolUse::input)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("get_current_weather", Map.of("city", "Tokyo", "unit", "celsius")),
                        org.assertj.core.groups.Tuple.tuple("get_current_time", Map.of("city", "Tokyo")));
        assertThat(toolUses("大阪の天気を調べて、それから25かける4を計算して")).extracting(ContentBlock.ToolUse::name)
                .containsExactly("get_current_weather", "calculate");
    }

    @Test
    void after_tool_results_the_answer_quotes_the_key_values() {
        assertThat(agent().run("What's the weather in Tokyo?").text()).contains("Tokyo", "Sunny", "18.5°C");
        assertThat(agent().run("東京の天気は？").text()).contains("東京の天気は晴れ", "18.5°C");
        assertThat(agent().run("What is 15 * 23 + 7?").text()).isEqualTo("15 * 23 + 7 = 352.");
        assertThat(agent().run("Create a task to review the PR").text()).contains("task-0001", "review the PR");
        assertThat(agent().run("「資料作成」というタスクを作成して").text()).isEqualTo("タスク「資料作成」を作成しました（ID: task-0001、優先度: medium）。");
        assertThat(agent().run("What's the weather in Tokyo and what time is it there?").text()).contains("18.5°C", "09:30:00");
        assertThat(agent().run("Search the documents for AgentCore deployment").text()).contains("Deploying to AgentCore");
        assertThat(agent().run("Analyze this text: I love this product").text())
                .isEqualTo("The text has 19 characters, 4 words and 1 sentence(s); language: en. Top keywords: love, product.");
    }

    @Test
    void a_failed_tool_is_reported_honestly() {
        AgentResult result = agent().run("Fetch http://127.0.0.1/admin");
        assertThat(result.text()).isEqualTo("Sorry, the fetch_url tool failed: address 127.0.0.1 is not allowed (SSRF guard). "
                + "I could not complete that part of the request.");
        assertThat(agent().run("http://127.0.0.1/ を取得して").text()).startsWith("申し訳ありません。fetch_url ツールでエラーが発生しました");
    }

    @Test
    void a_tool_intent_without_the_tool_is_answered_honestly_without_a_tool_use() {
        ModelResponse response = model.converse(ModelRequest.of(List.of(Message.user("What's the weather in Paris?"))));
        assertThat(response.stopReason()).isEqualTo(StopReason.END_TURN);
        assertThat(response.message().text()).contains("get_current_weather tool", "not available");
    }

    @Test
    void a_weather_question_without_a_city_gets_a_clarifying_question() {
        assertThat(ask("What's the weather like?").message().text()).isEqualTo("Which city would you like the weather for?");
        assertThat(ask("今日の天気は？").message().text()).isEqualTo("どの都市の天気をお調べしましょうか？");
    }

    @Test
    void search_queries_drop_the_where_to_search_part() {
        assertThat(toolUses("社内ドキュメントから料金について検索してください").getFirst().input()).isEqualTo(Map.of("query", "料金"));
        assertThat(toolUses("Search documents about AgentCore Runtime").getFirst().input()).isEqualTo(Map.of("query", "AgentCore Runtime"));
    }

    @Test
    void list_and_time_prompts_without_arguments_call_their_tools_with_empty_input() {
        assertThat(toolUses("Show my tasks").getFirst()).satisfies(u -> assertThat(u.name()).isEqualTo("list_tasks"));
        assertThat(toolUses("今何時？").getFirst()).satisfies(u -> {
            assertThat(u.name()).isEqualTo("get_current_time");
            assertThat(u.input()).isEmpty();
        });
    }

    @Test
    void unknown_prompts_get_an_honest_fallback_in_the_prompts_language() {
        assertThat(ask("Compose a sonnet about autumn leaves").message().text()).startsWith("I am the AgentCore4J offline model")
                .contains("I don't have an answer for that");
        assertThat(ask("秋の俳句を詠んでください").message().text()).startsWith("私は AgentCore4J のオフラインモデルのため");
    }

    @Test
    void text_streams_in_deltas_of_about_three_words_and_usage_follows_the_token_rule() {
        var events = new ArrayList<ModelEvent>();
        var request = ModelRequest.of(List.of(Message.user("What is the capital of Japan?")));
        model.converse(request, events::add, Cancellation.create());

        assertThat(events.getFirst()).isInstanceOf(ModelEvent.MessageStart.class);
        assertThat(events.getLast()).isEqualTo(new ModelEvent.MessageStop(StopReason.END_TURN));
        assertThat(events).filteredOn(ModelEvent.TextDelta.class::isInstance).extracting(e -> ((ModelEvent.TextDelta) e).text())
                .containsExactly("The capital of ", "Japan is Tokyo.");
        // input: What is the capital of Japan ? = 7 tokens; output: The capital of Japan is Tokyo . = 7 tokens
        assertThat(events).contains(new ModelEvent.UsageReport(dev.agentcore4j.agent.Usage.of(7, 7)));
        assertThat(TokenEstimator.estimate("東京の天気")).isEqualTo(5);
        assertThat(TokenEstimator.estimate("What is 15 * 23?")).isEqualTo(6);
    }

    @Test
    void the_same_request_always_gives_the_same_stream() {
        var prompts = List.of("こんにちは", "What is 15 * 23 + 7?", "What's the weather in Tokyo and what time is it there?", "Tell me a joke");
        for (String prompt : prompts) {
            var request = ModelRequest.of(List.of(Message.user(prompt))).withTools(seedSpecs);
            var first = new ArrayList<ModelEvent>();
            var second = new ArrayList<ModelEvent>();
            model.converse(request, first::add, Cancellation.create());
            new OfflineModel().converse(request, second::add, Cancellation.create());
            assertThat(second).as(prompt).isEqualTo(first);
        }
    }

    @Test
    void a_whole_agent_run_is_deterministic_event_for_event() {
        var a = new RecordingSink();
        var b = new RecordingSink();
        agent().stream("What's the weather in Tokyo and what time is it there?", a);
        agent().stream("What's the weather in Tokyo and what time is it there?", b);
        assertThat(a.events().stream().filter(e -> !(e instanceof AgentEvent.ToolReturned)).toList())
                .isEqualTo(b.events().stream().filter(e -> !(e instanceof AgentEvent.ToolReturned)).toList());
    }

    record Contact(@Param(description = "Full name") String name, int age) { }

    @Test
    void structured_output_works_offline_from_facts_and_numbers_in_the_prompt() {
        Agent agent = agent();
        agent.run("My name is Alice");
        assertThat(agent.structuredOutput(Contact.class, "I am 30 years old")).isEqualTo(new Contact("Alice", 30));
    }
}
