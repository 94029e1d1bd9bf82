package dev.agentcore4j.bench;

import dev.agentcore4j.memory.extract.Embedder;
import dev.agentcore4j.memory.extract.VectorIndex;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Long-term memory recall (issue #5: RetrieveMemoryRecords at 10,000 records, p99 at most 10 ms):
 * {@link VectorIndex#search} over 10,000 records of 384 dimensions in 100 namespaces, and
 * {@link Embedder#embed} of a short query, cached and not. Sample-time mode, so the JMH output has
 * the p50/p99 of single calls. The index holds random unit vectors: a brute-force scan costs the
 * same whatever the vectors say.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class MemoryRecallBench {

    static final int DIMENSIONS = 384;
    static final int NAMESPACES = 100;

    @Param("10000")
    int records;

    private VectorIndex index;
    private float[] query;
    private Embedder embedder;
    private Embedder uncached;
    private int next;

    @Setup
    public void setUp() {
        var random = new Random(42);
        index = new VectorIndex(DIMENSIONS);
        for (int i = 0; i < records; i++) {
            index.put("mem-" + i, "/strategies/s1/actors/user-" + (i % NAMESPACES) + "/", gaussian(random));
        }
        query = gaussian(random);
        embedder = Embedder.miniLm();
        uncached = Embedder.miniLm(0);
        embedder.embed("Where does the user live?"); // loads the model, fills the cache
    }

    private static float[] gaussian(Random random) {
        float[] v = new float[DIMENSIONS];
        for (int d = 0; d < DIMENSIONS; d++) {
            v[d] = (float) random.nextGaussian();
        }
        return v;
    }

    /** Every record scored, top 10 (a retrieval across all actors). */
    @Benchmark
    public List<VectorIndex.Hit> searchAllNamespaces() {
        return index.search(query, "", 10, 0);
    }

    /** One actor's namespace: 1 in 100 records scored, the rest skipped by the prefix test. */
    @Benchmark
    public List<VectorIndex.Hit> searchOneNamespace() {
        return index.search(query, "/strategies/s1/actors/user-7/", 10, 0);
    }

    /** A repeated query: the LRU cache answers. */
    @Benchmark
    public float[] embedCachedQuery() {
        return embedder.embed("Where does the user live?");
    }

    /** A short query the model has to run (no cache). */
    @Benchmark
    public float[] embedUncachedQuery() {
        return uncached.embed(++next % 2 == 0 ? "Where does the user live?" : "What food does the user like?");
    }
}
