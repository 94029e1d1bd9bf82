package dev.agentcore4j.memory;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** A successful answer of an operation: its status code and JSON body. */
record Reply(int status, ObjectNode body) {

    static Reply ok(ObjectNode body) {
        return new Reply(200, body);
    }

    static Reply created(ObjectNode body) {
        return new Reply(201, body);
    }

    static Reply accepted(ObjectNode body) {
        return new Reply(202, body);
    }
}
