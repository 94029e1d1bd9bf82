package dev.agentcore4j.emulator;

import dev.agentcore4j.contract.ControlPlaneContract;
import dev.agentcore4j.emulator.Records.Endpoint;
import dev.agentcore4j.emulator.Records.Status;
import dev.agentcore4j.emulator.Records.Version;
import java.lang.System.Logger.Level;
import java.util.Optional;

/**
 * Moves what Create and Update left in CREATING/UPDATING to READY, or to CREATE_FAILED /
 * UPDATE_FAILED with a reason when the artifact cannot be resolved, on a virtual thread, as the
 * service does asynchronously. The DEFAULT endpoint follows each version that becomes READY.
 */
final class Settler {

    private static final System.Logger LOG = System.getLogger(Settler.class.getName());

    private final Store store;
    private final ImageIndex images;

    Settler(Store store, ImageIndex images) {
        this.store = store;
        this.images = images;
    }

    /** Settles everything pending (after a restart too) without blocking the caller. */
    void settleLater() {
        Thread.ofVirtual().name("twin-settler").start(this::settleNow);
    }

    synchronized void settleNow() {
        try {
            for (Version version : store.unsettledVersions()) {
                settle(version);
            }
            for (Endpoint endpoint : store.unsettledEndpoints()) {
                settle(endpoint);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.ERROR, "settling runtimes failed", e);
        }
    }

    private void settle(Version version) {
        boolean creating = version.status() == Status.CREATING;
        Optional<String> problem = images.problem(version.containerUri());
        Status status = problem.isEmpty() ? Status.READY : creating ? Status.CREATE_FAILED : Status.UPDATE_FAILED;
        // The version and the DEFAULT endpoint that follows it change together: holding the store's
        // lock across both writes, no reader sees a READY runtime whose DEFAULT is still CREATING.
        synchronized (store) {
            store.putVersion(new Version(version.runtimeId(), version.version(), status, problem,
                    version.createdAt(), Ids.now(), version.spec()));
            store.endpoint(version.runtimeId(), ControlPlaneContract.DEFAULT_ENDPOINT).ifPresent(def -> {
                if (status == Status.READY) {
                    store.putEndpoint(def.pointingAt(version.version(), Status.READY, Ids.now()));
                } else if (def.targetVersion() == version.version()) {
                    Status failed = creating ? Status.CREATE_FAILED : Status.READY;
                    store.putEndpoint(def.pointingAt(def.liveVersion(), failed, Ids.now()));
                }
            });
        }
        LOG.log(Level.INFO, "runtime=" + version.runtimeId() + " version=" + version.version() + " status=" + status);
    }

    private void settle(Endpoint endpoint) {
        if (endpoint.name().equals(ControlPlaneContract.DEFAULT_ENDPOINT)) {
            return;
        }
        boolean ready = store.version(endpoint.runtimeId(), endpoint.targetVersion())
                .map(v -> v.status() == Status.READY).orElse(false);
        Status status = ready ? Status.READY
                : endpoint.status() == Status.CREATING ? Status.CREATE_FAILED : Status.UPDATE_FAILED;
        int live = ready ? endpoint.targetVersion() : endpoint.liveVersion();
        store.putEndpoint(new Endpoint(endpoint.runtimeId(), endpoint.name(), endpoint.id(), endpoint.arn(), live,
                endpoint.targetVersion(), status, endpoint.description(), endpoint.createdAt(), Ids.now()));
    }
}
