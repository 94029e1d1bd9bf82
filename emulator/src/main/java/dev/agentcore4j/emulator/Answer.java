package dev.agentcore4j.emulator;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** A control-plane operation's result: a status code and a JSON body. */
record Answer(int status, ObjectNode body) {

    static Answer ok(ObjectNode body) {
        return new Answer(200, body);
    }

    static Answer accepted(ObjectNode body) {
        return new Answer(202, body);
    }
}
