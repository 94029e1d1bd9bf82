package dev.agentcore4j.model.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agentcore4j.agent.Message;
import dev.agentcore4j.agent.ModelRequest;
import dev.agentcore4j.agent.StopReason;
import java.util.List;
import org.junit.jupiter.api.Test;

class MemoryExtractionTest {

    private final OfflineModel model = new OfflineModel();

    private String extract(String strategy, String... lines) {
        String system = ExtractionPrompt.MARKER + "\n" + ExtractionPrompt.STRATEGY + strategy + "\nExtract records.";
        String user = ExtractionPrompt.CONVERSATION + "\n" + String.join("\n", lines)
                + "\n" + ExtractionPrompt.KNOWN + "\n- user: my name is Ignored";
        var response = model.converse(ModelRequest.of(List.of(Message.user(user))).withSystemPrompt(system));
        assertThat(response.stopReason()).isEqualTo(StopReason.END_TURN);
        return response.message().text();
    }

    private static String json(String... records) {
        return RecordsJson.write(List.of(records));
    }

    @Test
    void semantic_extraction_finds_names_homes_origins_and_workplaces_in_english() {
        assertThat(extract(ExtractionPrompt.SEMANTIC,
                "user: Hi, I'm Taro and I live in Osaka.",
                "assistant: Nice to meet you, Taro! My name is Offline.",
                "user: I work at Acme Robotics, but I am originally from Sapporo. What's my name?"))
                .isEqualTo(json("The user's name is Taro.", "The user lives in Osaka.",
                        "The user works at Acme Robotics.", "The user is from Sapporo."));
        assertThat(extract(ExtractionPrompt.SEMANTIC, "user: My name is Hanako Sato. Call me Hana."))
                .isEqualTo(json("The user's name is Hanako Sato.", "The user's name is Hana."));
    }

    @Test
    void semantic_extraction_finds_names_homes_and_workplaces_in_japanese() {
        assertThat(extract(ExtractionPrompt.SEMANTIC, "user: 私の名前は太郎です。大阪に住んでいます。"))
                .isEqualTo(json("ユーザーの名前は太郎です。", "ユーザーは大阪に住んでいます。"));
        assertThat(extract(ExtractionPrompt.SEMANTIC, "user: はじめまして、田中花子と申します。銀行で働いています。札幌出身です。"))
                .isEqualTo(json("ユーザーの名前は田中花子です。", "ユーザーは銀行で働いています。", "ユーザーは札幌出身です。"));
        assertThat(extract(ExtractionPrompt.SEMANTIC, "user: 田中 太郎と申します。今は New York　に住んでいます。"))
                .isEqualTo(json("ユーザーの名前は田中 太郎です。", "ユーザーはNew Yorkに住んでいます。"));
    }

    @Test
    void questions_small_talk_and_the_assistants_words_state_no_facts() {
        assertThat(extract(ExtractionPrompt.SEMANTIC, "user: What is my name?", "assistant: My name is Offline. I live in Tokyo.",
                "user: I'm Sorry. 私の名前は何ですか？", "user: 東京に住んでいません。"))
                .isEqualTo(json());
        assertThat(extract(ExtractionPrompt.USER_PREFERENCE, "user: Do you like sushi?", "user: 寿司が好きですか？",
                "user: I'd like to book a table.", "user: I like it."))
                .isEqualTo(json());
    }

    @Test
    void preference_extraction_finds_likes_dislikes_and_favourites_in_english() {
        assertThat(extract(ExtractionPrompt.USER_PREFERENCE,
                "user: I love sushi and ramen, but I hate natto.",
                "user: I prefer tea over coffee. I don't like loud music.",
                "user: My favourite colour is blue."))
                .isEqualTo(json("The user loves sushi and ramen.", "The user hates natto.", "The user prefers tea over coffee.",
                        "The user does not like loud music.", "The user's favourite colour is blue."));
    }

    @Test
    void preference_extraction_finds_likes_dislikes_and_favourites_in_japanese() {
        assertThat(extract(ExtractionPrompt.USER_PREFERENCE,
                "user: 私は寿司が好きです。納豆は嫌いです。",
                "user: 猫が大好き！辛い物は好きじゃないです。",
                "user: 好きな色は青です。"))
                .isEqualTo(json("ユーザーは寿司が好きです。", "ユーザーは納豆が嫌いです。", "ユーザーは猫が大好きです。",
                        "ユーザーは辛い物が好きではありません。", "ユーザーの好きな色は青です。"));
        assertThat(extract(ExtractionPrompt.USER_PREFERENCE, "user: Java が好きです。私は TypeScript は嫌いです。"))
                .isEqualTo(json("ユーザーはJavaが好きです。", "ユーザーはTypeScriptが嫌いです。"));
    }

    @Test
    void a_summary_names_the_topics_and_the_last_request_in_the_users_language() {
        assertThat(extract(ExtractionPrompt.SUMMARY,
                "user: I'm planning a trip to Kyoto in April.",
                "assistant: Kyoto is lovely in April.",
                "user: Which temples in Kyoto should I visit on my trip?"))
                .isEqualTo(json("Conversation of 3 messages about trip, kyoto, planning. "
                        + "The user's last request: \"Which temples in Kyoto should I visit on my trip?\""));
        assertThat(extract(ExtractionPrompt.SUMMARY, "user: 京都旅行を計画しています。", "assistant: いいですね。", "user: 京都のお寺を教えてください。"))
                .isEqualTo(json("会話（3件）の話題: 京都旅行、計画、京都。ユーザーの最後の依頼: 「京都のお寺を教えてください。」"));
    }

    @Test
    void an_episode_records_what_the_user_wanted_what_happened_and_the_outcome() {
        assertThat(extract(ExtractionPrompt.EPISODIC,
                "user: Hello!", "assistant: Hello! How can I help?",
                "user: What is the weather in Tokyo?", "tool: {\"city\":\"Tokyo\",\"condition\":\"sunny\"}",
                "assistant: It is sunny in Tokyo."))
                .isEqualTo(json("The user wanted: \"What is the weather in Tokyo?\". Messages: 2 from the user, 2 from the assistant, "
                        + "1 tool result. Last reply: \"It is sunny in Tokyo.\". Outcome: answered."));
        assertThat(extract(ExtractionPrompt.EPISODIC, "user: 株価を教えてください。", "assistant: 申し訳ありませんが、株価はお答えできません。"))
                .isEqualTo(json("ユーザーの目的: 「株価を教えてください。」。発言: ユーザー1件、アシスタント1件。"
                        + "最後の返答: 「申し訳ありませんが、株価はお答えできません。」。結果: 未解決。"));
        assertThat(extract(ExtractionPrompt.EPISODIC, "user: Can you book a flight?"))
                .isEqualTo(json("The user wanted: \"Can you book a flight?\". Messages: 1 from the user, 0 from the assistant. "
                        + "Outcome: open, no reply yet."));
    }

    @Test
    void unknown_strategies_and_empty_conversations_extract_nothing() {
        assertThat(extract("custom", "user: My name is Taro.")).isEqualTo("{\"records\":[]}");
        assertThat(extract(ExtractionPrompt.SUMMARY)).isEqualTo("{\"records\":[]}");
    }

    @Test
    void records_json_escapes_quotes_backslashes_and_control_characters() {
        assertThat(RecordsJson.write(List.of("a \"b\" \\ c\nd\u0001"))).isEqualTo("{\"records\":[\"a \\\"b\\\" \\\\ c\\nd\\u0001\"]}");
    }

    @Test
    void an_ordinary_chat_is_not_taken_for_an_extraction_request() {
        var plain = model.converse(ModelRequest.of(List.of(Message.user("My name is Taro"))).withSystemPrompt("Be brief."));
        assertThat(plain.message().text()).isEqualTo("Nice to meet you, Taro! I'll remember your name.");
        var markerNotFirst = model.converse(ModelRequest.of(List.of(Message.user("My name is Taro")))
                .withSystemPrompt("Be brief.\n" + ExtractionPrompt.MARKER + "\n" + ExtractionPrompt.STRATEGY + "semantic"));
        assertThat(markerNotFirst.message().text()).isEqualTo("Nice to meet you, Taro! I'll remember your name.");
    }
}
