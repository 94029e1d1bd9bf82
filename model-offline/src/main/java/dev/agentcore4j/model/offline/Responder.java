package dev.agentcore4j.model.offline;

import dev.agentcore4j.agent.Agent;
import dev.agentcore4j.agent.ContentBlock;
import dev.agentcore4j.agent.Message;
import dev.agentcore4j.agent.ModelRequest;
import dev.agentcore4j.agent.Role;
import dev.agentcore4j.agent.ToolChoice;
import dev.agentcore4j.agent.ToolSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Decides the offline model's reply, in a fixed order: memory extraction (an {@link ExtractionPrompt}
 * request), forced tool choice, answer from tool results, questions about remembered facts, tool
 * intents, new facts, greeting, built-in knowledge, honest fallback. Pure function of the request.
 */
final class Responder {

    private static final Pattern GREETING = Pattern.compile(
            "(?i)^\\s*(?:hi|hello|hey|good (?:morning|afternoon|evening))\\b|\\bwho are you\\b|\\bintroduce yourself\\b|\\bwhat are you\\b|\\bwhat can you do\\b"
                    + "|こんにちは|こんばんは|おはよう|はじめまして|初めまして|あなたは誰|あなたはだれ|自己紹介|あなたは何|何ができ");

    private final KnowledgeBase knowledge;
    /** Whether a user message states a fact: asked once per message, not on every call that resends it. */
    private final IdentityMemo<Message, Boolean> statements = new IdentityMemo<>(4096);

    Responder(KnowledgeBase knowledge) {
        this.knowledge = knowledge;
    }

    Reply respond(ModelRequest request) {
        var extraction = ExtractionRequest.of(request);
        if (extraction.isPresent()) {
            return new Reply.Text(MemoryExtraction.answer(extraction.get()));
        }
        List<Message> messages = request.messages();
        String prompt = "";
        // What memory recalled comes first: what the user says in the conversation wins over it.
        var stated = new ArrayList<>(RememberedFacts.statements(request.systemPrompt()));
        for (Message message : messages) {
            String text = message.role() == Role.USER ? message.text() : "";
            if (!text.isBlank()) {
                prompt = text;
                if (statements.get(message, _ -> ConversationFacts.teaches(text))) {
                    stated.add(text);
                }
            }
        }
        Language lang = Language.of(prompt);
        ConversationFacts facts = ConversationFacts.of(stated);
        Set<String> offered = request.tools().stream().map(ToolSpec::name).collect(Collectors.toSet());

        if (request.toolChoice() instanceof ToolChoice.Named(String forced)) {
            return forcedCall(request, forced, prompt, facts);
        }
        Message last = messages.isEmpty() ? Message.user("") : messages.getLast();
        if (last.role() == Role.USER && last.hasToolResult() && last.text().isBlank()) {
            List<ContentBlock.ToolUse> uses = messages.size() >= 2 ? messages.get(messages.size() - 2).toolUses() : List.of();
            return new Reply.Text(ToolAnswers.write(uses, last.toolResults(), lang));
        }
        if (ConversationFacts.asksName(prompt)) {
            return new Reply.Text(facts.name().map(n -> lang.pick("Your name is " + n + ".", "はい、覚えています。あなたの名前は" + n + "さんです。"))
                    .orElse(lang.pick("You haven't told me your name yet.", "まだお名前を伺っていません。")));
        }
        var likesTopic = ConversationFacts.asksLikes(prompt);
        if (likesTopic.isPresent()) {
            String topic = likesTopic.get();
            return new Reply.Text(facts.liked(topic).map(v -> topic.isEmpty()
                            ? lang.pick("You told me you like " + v + ".", "あなたは" + v + "が好きだとおっしゃっていました。")
                            : lang.pick("Your favourite " + topic + " is " + v + ".", "あなたの好きな" + topic + "は" + v + "です。"))
                    .orElse(lang.pick("You haven't told me about that yet.", "まだそれについては伺っていません。")));
        }
        List<ToolCall> calls = ToolIntents.plan(prompt, offered);
        if (!calls.isEmpty()) {
            return new Reply.Calls(calls);
        }
        if (ConversationFacts.teaches(prompt)) {
            return new Reply.Text(acknowledge(ConversationFacts.of(List.of(prompt)), lang));
        }
        if (offered.contains(ToolIntents.WEATHER) && ToolIntents.weatherWithoutCity(prompt)) {
            return new Reply.Text(lang.pick("Which city would you like the weather for?", "どの都市の天気をお調べしましょうか？"));
        }
        List<String> missing = ToolIntents.wanted(prompt, offered);
        if (!missing.isEmpty()) {
            return new Reply.Text(lang.pick(
                    "I would need the " + String.join(" and ", missing) + " tool for that, but it is not available here, so I can't answer reliably.",
                    "それには " + String.join("、", missing) + " ツールが必要ですが、ここでは利用できないため正確にお答えできません。"));
        }
        if (GREETING.matcher(prompt).find()) {
            return new Reply.Text(lang.pick(
                    "Hello! I am the AgentCore4J offline model: a deterministic model that runs without network or credentials. "
                            + "I can answer a few built-in questions, remember what you tell me in this conversation, and call tools "
                            + "for weather, calculations, time, tasks, document search, URL fetching and text analysis.",
                    "こんにちは！私は AgentCore4J のオフラインモデルです。ネットワークや認証情報なしで動く決定的なモデルです。"
                            + "いくつかの基本的な質問への回答、この会話で教えていただいたことの記憶、そして天気・計算・時刻・タスク・"
                            + "ドキュメント検索・URL 取得・テキスト分析のツール呼び出しができます。"));
        }
        var entry = knowledge.lookup(prompt);
        if (entry.isPresent()) {
            return new Reply.Text(lang.pick(entry.get().english(), entry.get().japanese()));
        }
        return new Reply.Text(lang.pick(
                "I am the AgentCore4J offline model, so I can only handle a small set of requests: greetings, a few built-in "
                        + "topics (AgentCore, Bedrock, Java, AWS Lambda...), facts you told me in this conversation, and tool calls "
                        + "(weather, calculation, time, tasks, document search, URL fetch, text analysis). I don't have an answer for that.",
                "私は AgentCore4J のオフラインモデルのため、対応できる内容は限られています：あいさつ、いくつかの基本的な話題"
                        + "（AgentCore、Bedrock、Java、AWS Lambda など）、この会話で教えていただいたこと、ツール呼び出し"
                        + "（天気、計算、時刻、タスク、ドキュメント検索、URL 取得、テキスト分析）です。その質問にはお答えできません。"));
    }

    private static Reply forcedCall(ModelRequest request, String forced, String prompt, ConversationFacts facts) {
        ToolSpec spec = request.tools().stream().filter(t -> t.name().equals(forced)).findFirst().orElseThrow();
        if (forced.equals(Agent.STRUCTURED_OUTPUT_TOOL)) {
            return new Reply.Calls(List.of(new ToolCall(forced, StructuredFiller.fill(spec.inputSchema(), prompt, facts), 0)));
        }
        List<ToolCall> planned = ToolIntents.plan(prompt, Set.of(forced));
        return new Reply.Calls(planned.isEmpty() ? List.of(new ToolCall(forced, Map.of(), 0)) : planned);
    }

    private static String acknowledge(ConversationFacts stated, Language lang) {
        if (stated.name().isPresent()) {
            String n = stated.name().get();
            return lang.pick("Nice to meet you, " + n + "! I'll remember your name.", n + "さん、はじめまして！お名前を覚えておきます。");
        }
        var favourite = stated.favourites().entrySet().stream().findFirst();
        if (favourite.isPresent()) {
            var f = favourite.get();
            return lang.pick("Got it: your favourite " + f.getKey() + " is " + f.getValue() + ". I'll remember that.",
                    "好きな" + f.getKey() + "は" + f.getValue() + "なんですね。覚えておきます。");
        }
        String liked = stated.liked("").orElse("");
        return lang.pick("Got it: you like " + liked + ". I'll remember that.", liked + "が好きなんですね。覚えておきます。");
    }
}
