package dev.agentcore4j.memory.extract;

import com.fasterxml.jackson.databind.JsonNode;
import dev.agentcore4j.agent.Message;
import dev.agentcore4j.agent.Model;
import dev.agentcore4j.agent.ModelOptions;
import dev.agentcore4j.agent.ModelRequest;
import dev.agentcore4j.agent.ModelResponse;
import dev.agentcore4j.model.offline.ExtractionPrompt;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * {@link Extractor} by a {@link Model}: the strategy's system prompt, the conversation as the user
 * message, and the JSON answer, read by {@link AnswerParser} and checked candidate by candidate:
 * no strings, empty texts, control characters, texts over {@value ExtractionPrompt#MAX_RECORD_CHARS}
 * characters, duplicates (of {@code existing} or within the answer) and candidates beyond
 * {@value ExtractionPrompt#MAX_RECORDS} are dropped with a reason. A conversation without text asks
 * the model nothing.
 */
final class ModelExtractor implements Extractor {

    private static final System.Logger LOG = System.getLogger(ModelExtractor.class.getName());
    private static final ModelOptions OPTIONS = ModelOptions.DEFAULTS.withMaxTokens(2048).withTemperature(0);

    private final Model model;

    ModelExtractor(Model model) {
        this.model = model;
    }

    @Override
    public List<String> extract(StrategyKind kind, List<Utterance> conversation, List<String> existing) {
        return extraction(kind, conversation, existing).records();
    }

    @Override
    public Extraction extraction(StrategyKind kind, List<Utterance> conversation, List<String> existing) {
        Objects.requireNonNull(kind, "kind");
        List<Utterance> turns = List.copyOf(conversation);
        List<String> known = List.copyOf(existing);
        List<String> lines = ExtractionInput.conversationLines(turns);
        if (lines.isEmpty()) {
            return Extraction.NOTHING;
        }
        ModelRequest request = ModelRequest.of(List.of(Message.user(ExtractionInput.userMessage(lines, known))))
                .withSystemPrompt(StrategyPrompts.system(kind))
                .withOptions(OPTIONS);
        ModelResponse response = model.converse(request);
        switch (response.stopReason()) {
            case MAX_TOKENS -> throw new ExtractionException(kind + " extraction: the model's answer was cut off at its token limit; "
                    + "shorten the conversation or use a model with a larger output limit.");
            case CONTENT_FILTERED, GUARDRAIL_INTERVENED -> throw new ExtractionException(kind + " extraction: the model declined to answer ("
                    + response.stopReason() + "); the conversation was not extracted.");
            case END_TURN, STOP_SEQUENCE, TOOL_USE -> { }
        }
        Extraction result = validate(AnswerParser.candidates(kind, response.message().text()), known);
        log(kind, result);
        return result;
    }

    private static Extraction validate(List<JsonNode> candidates, List<String> existing) {
        Set<String> seen = new HashSet<>();
        existing.forEach(e -> seen.add(RecordTexts.key(e)));
        Set<String> accepted = new HashSet<>();
        var records = new ArrayList<String>();
        var dropped = new ArrayList<Extraction.Dropped>();
        for (JsonNode candidate : candidates) {
            if (!candidate.isTextual()) {
                dropped.add(new Extraction.Dropped(AnswerParser.render(candidate), "not a string but a JSON " + AnswerParser.type(candidate)));
                continue;
            }
            String raw = candidate.textValue();
            String text = RecordTexts.flat(raw);
            int length = text.codePointCount(0, text.length());
            String key = RecordTexts.key(text);
            String reason = text.isEmpty() ? "empty"
                    : RecordTexts.hasControlCharacters(text) ? "contains control characters"
                    : length > ExtractionPrompt.MAX_RECORD_CHARS ? "longer than " + ExtractionPrompt.MAX_RECORD_CHARS + " characters (" + length + ")"
                    : seen.contains(key) ? "already remembered"
                    : accepted.contains(key) ? "repeated in the answer"
                    : records.size() == ExtractionPrompt.MAX_RECORDS ? "over the limit of " + ExtractionPrompt.MAX_RECORDS + " records"
                    : null;
            if (reason == null) {
                records.add(text);
                accepted.add(key);
            } else {
                dropped.add(new Extraction.Dropped(raw, reason));
            }
        }
        return new Extraction(records, dropped);
    }

    private static void log(StrategyKind kind, Extraction result) {
        // Counts and reasons only: record texts are user data and stay out of logs above DEBUG.
        List<String> invalid = result.dropped().stream().map(Extraction.Dropped::reason)
                .filter(r -> !r.equals("already remembered") && !r.equals("repeated in the answer")).toList();
        if (!invalid.isEmpty()) {
            LOG.log(System.Logger.Level.INFO, "strategy={0} dropped={1} | invalid candidates in the model answer: {2}", kind, invalid.size(), invalid);
        }
        LOG.log(System.Logger.Level.DEBUG, "strategy={0} records={1} dropped={2} | extracted", kind, result.records().size(), result.dropped().size());
    }
}
