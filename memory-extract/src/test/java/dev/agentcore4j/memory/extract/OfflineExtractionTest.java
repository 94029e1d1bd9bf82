package dev.agentcore4j.memory.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agentcore4j.model.offline.OfflineModel;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The default offline stack: {@link Extractor#using} with the offline model, every strategy, both languages. */
class OfflineExtractionTest {

    private final Extractor extractor = Extractor.using(new OfflineModel());

    private static final List<Utterance> ENGLISH = List.of(
            Utterance.user("Hi, I'm Taro and I live in Osaka."),
            Utterance.assistant("Nice to meet you, Taro!"),
            Utterance.user("I work at Acme Robotics. I love sushi, but I hate natto."),
            Utterance.assistant("Noted."),
            Utterance.user("What is the weather in Osaka tomorrow?"),
            new Utterance(Utterance.Role.TOOL, "{\"city\": \"Osaka\", \"condition\": \"rain\"}"),
            Utterance.assistant("Rain is expected in Osaka tomorrow."));

    private static final List<Utterance> JAPANESE = List.of(
            Utterance.user("はじめまして、太郎と申します。東京に住んでいます。"),
            Utterance.assistant("太郎さん、はじめまして！"),
            Utterance.user("寿司が好きです。納豆は嫌いです。"),
            Utterance.user("東京の天気を教えてください。"),
            Utterance.assistant("東京は晴れです。"));

    @Test
    void semantic_extraction_keeps_stated_facts_in_english_and_japanese() {
        assertThat(extractor.extract(StrategyKind.SEMANTIC, ENGLISH, List.of()))
                .containsExactly("The user's name is Taro.", "The user lives in Osaka.", "The user works at Acme Robotics.");
        assertThat(extractor.extract(StrategyKind.SEMANTIC, JAPANESE, List.of()))
                .containsExactly("ユーザーの名前は太郎です。", "ユーザーは東京に住んでいます。");
    }

    @Test
    void preference_extraction_keeps_likes_and_dislikes_in_english_and_japanese() {
        assertThat(extractor.extract(StrategyKind.USER_PREFERENCE, ENGLISH, List.of()))
                .containsExactly("The user loves sushi.", "The user hates natto.");
        assertThat(extractor.extract(StrategyKind.USER_PREFERENCE, JAPANESE, List.of()))
                .containsExactly("ユーザーは寿司が好きです。", "ユーザーは納豆が嫌いです。");
    }

    @Test
    void a_summary_is_one_record_with_topics_and_the_last_request() {
        assertThat(extractor.extract(StrategyKind.SUMMARY, ENGLISH, List.of())).singleElement().asString()
                .startsWith("Conversation of 7 messages about osaka")
                .endsWith("The user's last request: \"What is the weather in Osaka tomorrow?\"");
        assertThat(extractor.extract(StrategyKind.SUMMARY, JAPANESE, List.of())).singleElement().asString()
                .startsWith("会話（5件）の話題: 東京")
                .endsWith("ユーザーの最後の依頼: 「東京の天気を教えてください。」");
    }

    @Test
    void an_episode_is_one_record_with_the_goal_the_tools_and_the_outcome() {
        assertThat(extractor.extract(StrategyKind.EPISODIC, ENGLISH, List.of())).containsExactly(
                "The user wanted: \"What is the weather in Osaka tomorrow?\". Messages: 3 from the user, 3 from the assistant, "
                        + "1 tool result. Last reply: \"Rain is expected in Osaka tomorrow.\". Outcome: answered.");
        assertThat(extractor.extract(StrategyKind.EPISODIC, JAPANESE, List.of())).containsExactly(
                "ユーザーの目的: 「東京の天気を教えてください。」。発言: ユーザー3件、アシスタント2件。最後の返答: 「東京は晴れです。」。結果: 回答済み。");
    }

    @Test
    void records_already_remembered_are_skipped_even_with_other_case_spacing_or_full_stop() {
        Extraction again = extractor.extraction(StrategyKind.SEMANTIC, ENGLISH,
                List.of("the user's name is  Taro", "The user lives in Osaka."));
        assertThat(again.records()).containsExactly("The user works at Acme Robotics.");
        assertThat(again.dropped()).extracting(Extraction.Dropped::reason).containsExactly("already remembered", "already remembered");

        assertThat(extractor.extract(StrategyKind.USER_PREFERENCE, JAPANESE, List.of("ユーザーは寿司が好きです", "ユーザーは納豆が嫌いです。")))
                .isEmpty();
    }

    @Test
    void a_conversation_without_statements_extracts_no_facts_and_one_without_text_extracts_nothing() {
        List<Utterance> questions = List.of(Utterance.user("What time is it in Tokyo?"), Utterance.assistant("It is 9:00."));
        assertThat(extractor.extract(StrategyKind.SEMANTIC, questions, List.of())).isEmpty();
        assertThat(extractor.extract(StrategyKind.USER_PREFERENCE, questions, List.of())).isEmpty();
        assertThat(extractor.extract(StrategyKind.SUMMARY, List.of(Utterance.user("  "), Utterance.assistant("")), List.of())).isEmpty();
    }
}
