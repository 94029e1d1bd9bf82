package dev.agentcore4j.model.offline;

import dev.agentcore4j.agent.Message;
import dev.agentcore4j.agent.ModelRequest;
import dev.agentcore4j.agent.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A memory extraction request read back from its {@link ExtractionPrompt} text form. */
record ExtractionRequest(String strategy, List<Line> conversation) {

    /** One utterance: role as written ({@code user}, {@code assistant}, {@code tool}, {@code other}) and text. */
    record Line(String role, String text) {
        boolean user() {
            return role.equals("user");
        }
    }

    ExtractionRequest {
        conversation = List.copyOf(conversation);
    }

    /** The extraction request in {@code request}, or empty when it is an ordinary chat request. */
    static Optional<ExtractionRequest> of(ModelRequest request) {
        if (!request.systemPrompt().startsWith(ExtractionPrompt.MARKER)) {
            return Optional.empty(); // the common case, decided without splitting the prompt: chat turns pay nothing
        }
        List<String> system = request.systemPrompt().lines().limit(2).toList();
        if (system.size() < 2 || !system.getFirst().strip().equals(ExtractionPrompt.MARKER)
                || !system.get(1).startsWith(ExtractionPrompt.STRATEGY)) {
            return Optional.empty();
        }
        String strategy = system.get(1).substring(ExtractionPrompt.STRATEGY.length()).strip();
        String body = request.messages().stream().filter(m -> m.role() == Role.USER)
                .reduce((first, second) -> second).map(Message::text).orElse("");
        var lines = new ArrayList<Line>();
        boolean inConversation = false;
        for (String line : body.lines().toList()) {
            if (line.equals(ExtractionPrompt.CONVERSATION)) {
                inConversation = true;
            } else if (line.equals(ExtractionPrompt.KNOWN)) {
                inConversation = false;
            } else if (inConversation) {
                int colon = line.indexOf(": ");
                if (colon > 0) {
                    lines.add(new Line(line.substring(0, colon), line.substring(colon + 2).strip()));
                }
            }
        }
        return Optional.of(new ExtractionRequest(strategy, lines));
    }

    List<String> userTexts() {
        return conversation.stream().filter(Line::user).map(Line::text).filter(t -> !t.isBlank()).toList();
    }
}
