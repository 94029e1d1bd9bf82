package dev.agentcore4j.emulator;

/** {@link MemoryShortTermIT} with the Memory store on PostgreSQL ({@code PGURL}). */
class MemoryShortTermPostgresIT extends MemoryShortTermIT {

    @Override
    boolean onPostgres() {
        return true;
    }
}
