package dev.agentcore4j.memory;

/** Memory's field checks ({@link FieldChecks}): the errors collected are one {@link MemoryException}. */
final class Checks extends FieldChecks {

    Checks() {
        super(MemoryException::validation);
    }
}
