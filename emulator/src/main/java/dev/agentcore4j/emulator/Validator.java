package dev.agentcore4j.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import dev.agentcore4j.memory.FieldChecks;
import java.util.regex.Pattern;

/**
 * The twin's field checks ({@link FieldChecks}, worded as AWS's validation layer words them): the
 * errors collected are one {@link TwinException}.
 */
final class Validator extends FieldChecks {

    Validator() {
        super(TwinException::validation);
    }

    /** A required object member. */
    boolean requireObject(JsonNode parent, String name, String path) {
        return object(parent, name, path, true).isPresent();
    }

    void pattern(String path, String value, String regex) {
        pattern(path, value, Pattern.compile(regex));
    }
}
