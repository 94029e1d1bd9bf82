package dev.agentcore4j.memory;

/** The statuses of a memory and of its strategies, as on the wire. */
enum Status { CREATING, ACTIVE, FAILED, DELETING }
