package dev.agentcore4j.model.offline;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The offline model's answer to an {@link ExtractionPrompt} request: the records a strategy finds in
 * what the user said, as the JSON the protocol asks for. Semantic: name, home, origin, work.
 * User preference: likes, dislikes, favourites. Summary and episodic: one {@link ConversationDigest}
 * record. An unknown strategy extracts nothing. Records already remembered are left to the caller,
 * which drops duplicates.
 */
final class MemoryExtraction {

    private MemoryExtraction() {
    }

    static String answer(ExtractionRequest request) {
        List<String> records = switch (request.strategy()) {
            case ExtractionPrompt.SEMANTIC -> fromStatements(request, MemoryFacts::facts);
            case ExtractionPrompt.USER_PREFERENCE -> fromStatements(request, MemoryFacts::preferences);
            case ExtractionPrompt.SUMMARY -> ConversationDigest.summary(request).stream().toList();
            case ExtractionPrompt.EPISODIC -> ConversationDigest.episode(request).stream().toList();
            default -> List.of();
        };
        return RecordsJson.write(records);
    }

    private static List<String> fromStatements(ExtractionRequest request, Function<String, List<String>> finder) {
        Set<String> records = new LinkedHashSet<>();
        for (String text : request.userTexts()) {
            for (String statement : MemoryFacts.statements(text)) {
                records.addAll(finder.apply(statement));
            }
        }
        return records.stream().limit(ExtractionPrompt.MAX_RECORDS).toList();
    }
}
