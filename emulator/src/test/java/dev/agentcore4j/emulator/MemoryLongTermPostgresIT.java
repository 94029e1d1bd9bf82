package dev.agentcore4j.emulator;

/** {@link MemoryLongTermIT} with the Memory store on PostgreSQL ({@code PGURL}). */
class MemoryLongTermPostgresIT extends MemoryLongTermIT {

    @Override
    boolean onPostgres() {
        return true;
    }
}
