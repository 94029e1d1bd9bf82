package dev.agentcore4j.memory.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * The k best (slot, score) pairs of a scan: a bounded min-heap on primitive arrays, so a search
 * allocates two small arrays, not an object per record. Equal scores prefer the smaller record id,
 * which makes rankings independent of slot order.
 */
final class TopK {

    interface HitMaker<H> {
        H make(int slot, double score);
    }

    private final int[] slots;
    private final double[] scores;
    private final String[] ids;
    private int count;

    TopK(int k, String[] ids) {
        this.slots = new int[k];
        this.scores = new double[k];
        this.ids = ids;
    }

    void offer(int slot, double score) {
        if (count < slots.length) {
            slots[count] = slot;
            scores[count] = score;
            siftUp(count++);
        } else if (better(slot, score, slots[0], scores[0])) {
            slots[0] = slot;
            scores[0] = score;
            siftDown(0);
        }
    }

    /** The pairs kept, best first; empties the heap. */
    <H> List<H> ranked(HitMaker<H> maker) {
        var worstFirst = new ArrayList<H>(count);
        while (count > 0) {
            worstFirst.add(maker.make(slots[0], scores[0]));
            count--;
            slots[0] = slots[count];
            scores[0] = scores[count];
            siftDown(0);
        }
        return List.copyOf(worstFirst.reversed());
    }

    private boolean better(int slotA, double scoreA, int slotB, double scoreB) {
        return scoreA > scoreB || (scoreA == scoreB && ids[slotA].compareTo(ids[slotB]) < 0);
    }

    private void siftUp(int i) {
        while (i > 0) {
            int parent = (i - 1) / 2;
            if (!better(slots[parent], scores[parent], slots[i], scores[i])) {
                return;
            }
            swap(i, parent);
            i = parent;
        }
    }

    private void siftDown(int i) {
        while (true) {
            int worst = i;
            for (int child = 2 * i + 1; child <= 2 * i + 2 && child < count; child++) {
                if (better(slots[worst], scores[worst], slots[child], scores[child])) {
                    worst = child;
                }
            }
            if (worst == i) {
                return;
            }
            swap(i, worst);
            i = worst;
        }
    }

    private void swap(int a, int b) {
        int s = slots[a];
        slots[a] = slots[b];
        slots[b] = s;
        double v = scores[a];
        scores[a] = scores[b];
        scores[b] = v;
    }
}
