package dev.agentcore4j.memory;

import java.util.regex.Pattern;

/** Checks of the identifiers a request carries in its path, as the service checks them. */
final class Labels {

    private Labels() {
    }

    static void memoryId(String value) {
        check("memoryId", value, Constraints.MEMORY_ID, Constraints.MEMORY_ID_MIN, Integer.MAX_VALUE);
    }

    static void actorId(String value) {
        check("actorId", value, Constraints.ACTOR_ID, 1, Constraints.ACTOR_ID_MAX);
    }

    static void sessionId(String value) {
        check("sessionId", value, Constraints.SESSION_ID, 1, Constraints.SESSION_ID_MAX);
    }

    static void eventId(String value) {
        check("eventId", value, Constraints.EVENT_ID, 1, Integer.MAX_VALUE);
    }

    static void recordId(String value) {
        check("memoryRecordId", value, Constraints.RECORD_ID, Constraints.RECORD_ID_MIN, Constraints.RECORD_ID_MAX);
    }

    private static void check(String name, String value, Pattern pattern, int min, int max) {
        Checks checks = new Checks();
        checks.string(name, value, pattern, min, max);
        checks.check();
    }
}
