package fr.portailfamille.query.support;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The memory that all read models together may fill with the writes they hold during a replay ({@link PerBatch}). Each
 * says how much it holds, as an estimate; once their total is over the budget, the one that holds the most writes it
 * at its next commit. Most read models hold little and leave the room to the few that hold much: a fixed share of the
 * heap each (a twenty-fifth) made the full commune's history and grids write in the middle of a replay again and
 * again, then read back and replace the documents they had written.
 */
public final class HeldWritesBudget {
    /**
     * A quarter of the heap: writing what is held takes about as much again, for the copies the driver encodes and the
     * embedded server decodes.
     */
    public static final HeldWritesBudget OF_THE_HEAP = new HeldWritesBudget(Runtime.getRuntime().maxMemory() / 4);

    private final long bytes;
    private final Map<Object, Long> heldBytes = new ConcurrentHashMap<>();
    private final AtomicLong writesBeforeTheEnd = new AtomicLong();

    HeldWritesBudget(long bytes) {
        this.bytes = bytes;
    }

    /**
     * Records that {@code holder} now holds about {@code held} bytes, and answers whether it must write them: the
     * budget is spent and no other holder holds more.
     */
    boolean mustWrite(Object holder, long held) {
        heldBytes.put(holder, held);
        long total = 0;
        long most = 0;
        for (long each : heldBytes.values()) {
            total += each;
            most = Math.max(most, each);
        }
        boolean spent = total > bytes && held >= most;
        if (spent) {
            writesBeforeTheEnd.incrementAndGet();
        }
        return spent;
    }

    /**
     * How many times, since the start, a holder was told to write before the end of its replay: none when the heap
     * holds a whole replay's writes. A rebuild tells the difference over its replay.
     */
    public long writesBeforeTheEnd() {
        return writesBeforeTheEnd.get();
    }

    public long bytes() {
        return bytes;
    }

    /** {@code holder} holds nothing any more: written, forgotten or lost. */
    void released(Object holder) {
        heldBytes.remove(holder);
    }
}
