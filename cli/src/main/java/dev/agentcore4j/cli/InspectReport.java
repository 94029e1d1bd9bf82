package dev.agentcore4j.cli;

import dev.agentcore4j.memory.client.MemoryStrategy;
import dev.agentcore4j.memory.client.RecalledRecord;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/** Prints a {@link MemoryInspection} as indented text, one memory after another. */
final class InspectReport {

    private final PrintStream out;
    private final Instant now;

    InspectReport(PrintStream out, Instant now) {
        this.out = out;
        this.now = now;
    }

    void print(MemoryInspection inspection) {
        MemoryInspection.Summary m = inspection.memory();
        out.println("memory " + m.id() + "  " + m.status() + (m.failureReason().isEmpty() ? "" : " (" + m.failureReason() + ")")
                + "  name " + m.name() + "  events expire after " + m.eventExpiryDays() + " days");
        out.println("  strategies:" + (m.strategies().isEmpty() ? " none (nothing is extracted: only events are kept)" : ""));
        for (MemoryStrategy s : m.strategies()) {
            out.println("    " + s.strategyId() + "  " + s.type() + "  " + s.status() + "  " + String.join(", ", s.namespaces()));
        }
        if (!m.status().equals("ACTIVE")) {
            out.println("  actors: not readable while the memory is " + m.status());
            inspection.query().ifPresent(this::printQuery);
            return;
        }
        out.println("  actors: " + (inspection.actors().isEmpty() ? "none (no events recorded yet)" : inspection.actors().size()
                + (inspection.moreActors() > 0 ? " shown, " + inspection.moreActors() + " more" : "")));
        for (MemoryInspection.Actor actor : inspection.actors()) {
            printActor(actor);
        }
        inspection.query().ifPresent(this::printQuery);
    }

    private void printActor(MemoryInspection.Actor actor) {
        out.println("    " + actor.actorId());
        out.println("      sessions: " + (actor.sessions().isEmpty() ? "none" : actor.sessions().size()
                + (actor.moreSessions() > 0 ? " shown, " + actor.moreSessions() + " more" : "")));
        for (MemoryInspection.Session s : actor.sessions()) {
            out.println("        " + s.sessionId() + "  " + s.events() + " events"
                    + s.newest().map(t -> ", newest " + t + " (" + age(t) + " ago)").orElse(""));
            s.lastEvents().forEach(line -> out.println("          " + line));
        }
        out.println("      records (where the agent searches):");
        if (actor.namespaces().isEmpty()) {
            out.println("        none: the memory has no strategy namespaces");
        }
        for (MemoryInspection.Namespace n : actor.namespaces()) {
            out.println("        " + n.namespace() + "  " + n.records() + " records  (" + n.strategyId() + ")");
            n.texts().forEach(text -> out.println("          - " + text));
        }
    }

    private void printQuery(MemoryInspection.Query q) {
        out.println("  query \"" + q.text() + "\" as actor " + q.actorId() + " (min score " + q.minScore() + ", namespaces "
                + String.join(", ", q.namespaces()) + "):");
        for (RecalledRecord r : q.recalled()) {
            out.println("    " + String.format(Locale.ROOT, "%.2f", r.score()) + "  " + r.namespace() + "  " + r.text());
        }
        for (RecalledRecord r : q.belowMinScore()) {
            out.println("    " + String.format(Locale.ROOT, "%.2f", r.score()) + "  " + r.namespace() + "  " + r.text() + "  (below min score)");
        }
        if (q.recalled().isEmpty()) {
            out.println("    nothing recalled. Why:");
            q.explanation().forEach(reason -> out.println("    - " + reason));
        }
    }

    private String age(Instant t) {
        Duration d = Duration.between(t, now);
        long s = Math.max(0, d.toSeconds());
        return s < 120 ? s + " s" : s < 7200 ? s / 60 + " min" : s / 3600 + " h";
    }
}
