package fr.portailfamille.query.support;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BiFunction;
import java.util.function.Consumer;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * A buffer that lives for one batch of events of a processor and is flushed once, when the batch commits: a
 * projection collects its writes there and sends them to MongoDB in one bulk write instead of one per event. Outside
 * a unit of work (a handler called directly) the buffer is flushed right after the work. The buffer is made knowing
 * the payloads of the whole batch, so that it may read at once what the batch will need.
 * <p>
 * During a replay the writes of a batch are held instead, with those of the batches before it, and written when the
 * replay reaches the position it was started at, when a batch that is no replay comes (whether or not it uses this
 * buffer: its processor's {@link #holdingReplayWrites() interceptor} writes what every buffer of the processor holds),
 * when the writes all read models hold spend their {@link HeldWritesBudget budget} and this one holds the most, or
 * when {@link #writeHeld()} is called: a document changed all along a rebuild is then written once instead of once
 * per batch. A new batch changes the held documents themselves: copying them for each batch took a fifth of the
 * staff's replay. A batch rolled back while writes are held has changed them for nothing, and its processor will
 * handle its events again: what is held is then lost, and the read model says so ({@link #heldWritesLost()}) until
 * it is reset. Only processors given the {@link #holdingReplayWrites()} interceptor hold writes: the others write at
 * each batch's commit.
 */
public final class PerBatch<B extends PerBatch.Buffer<B>> {
    /** What a batch's buffer does besides collecting writes. */
    public interface Buffer<B> {
        /** Takes over the changes of a batch that came after this one's. */
        void absorb(B later);

        /** About how many bytes of the heap the writes this buffer holds take. */
        long heldBytes();

        void flush();
    }

    private static final String HOLDS_REPLAY_WRITES = PerBatch.class.getName() + ":holds";
    private static final String PAYLOADS = PerBatch.class.getName() + ":payloads";

    private final String resourceKey;
    /** Makes a batch's buffer from its payloads and the writes held before it (null when none are). */
    private final BiFunction<List<Object>, B, B> newBuffer;
    private final HeldWritesBudget budget;
    /** One batch at a time, and never while {@link #writeHeld()} writes. */
    private final ReentrantLock lock = new ReentrantLock();
    private B held;
    private boolean heldLost;

    public PerBatch(String name, BiFunction<List<Object>, B, B> newBuffer) {
        this(name, newBuffer, HeldWritesBudget.OF_THE_HEAP);
    }

    /**
     * Writing in the middle of a replay costs more than memory: a document written is read back and written again by
     * the next batch that changes it (with ten thousand grids held, a 400-family replay replaced 5,836 grids again at
     * its end). {@code budget} bounds what the read models sharing it hold together.
     */
    PerBatch(String name, BiFunction<List<Object>, B, B> newBuffer, HeldWritesBudget budget) {
        this.resourceKey = PerBatch.class.getName() + ":" + name;
        this.newBuffer = newBuffer;
        this.budget = budget;
    }

    public void with(Consumer<B> work) {
        if (!CurrentUnitOfWork.isStarted()) {
            lock.lock();
            try {
                writeHeldLocked();
                B buffer = newBuffer.apply(List.of(), null);
                work.accept(buffer);
                buffer.flush();
            } finally {
                lock.unlock();
            }
            return;
        }
        UnitOfWork<?> batch = CurrentUnitOfWork.get().root();
        B buffer = batch.getResource(resourceKey);
        if (buffer == null) {
            buffer = newBatchBuffer(batch);
            batch.resources().put(resourceKey, buffer);
        }
        work.accept(buffer);
    }

    /** The batch's buffer, made as the batch first uses it: from then on the batch holds the lock. */
    private B newBatchBuffer(UnitOfWork<?> batch) {
        lock.lock();
        batch.onCleanup(unitOfWork -> lock.unlock());
        if (batch.getResource(HOLDS_REPLAY_WRITES) instanceof ReplayWritesHolder holder) {
            holder.uses(this);
        }
        B created = newBuffer.apply(payloads(batch), held);
        boolean changesHeldWrites = held != null;
        batch.onPrepareCommit(unitOfWork -> commit(batch, created));
        batch.onRollback(unitOfWork -> dropHeld(changesHeldWrites));
        return created;
    }

    /**
     * The interceptor of a processor whose read models hold their writes during a replay; one for each processor.
     * Once its replay has ended, a batch writes what the processor's buffers hold, those the batch does not use too:
     * the last batch of a replay may well leave some read models untouched.
     */
    public static MessageHandlerInterceptor<EventMessage<?>> holdingReplayWrites() {
        return new ReplayWritesHolder();
    }

    private static final class ReplayWritesHolder implements MessageHandlerInterceptor<EventMessage<?>> {
        private final Set<PerBatch<?>> used = ConcurrentHashMap.newKeySet();

        void uses(PerBatch<?> buffer) {
            used.add(buffer);
        }

        @Override
        public Object handle(UnitOfWork<? extends EventMessage<?>> unitOfWork, InterceptorChain interceptorChain)
                throws Exception {
            UnitOfWork<?> batch = unitOfWork.root();
            if (batch.resources().putIfAbsent(HOLDS_REPLAY_WRITES, this) == null) {
                batch.onPrepareCommit(any -> writeUnusedOnceTheReplayHasEnded(batch));
            }
            return interceptorChain.proceed();
        }

        /** The buffers the batch uses write at their own commit, with the batch's changes. */
        private void writeUnusedOnceTheReplayHasEnded(UnitOfWork<?> batch) {
            if (!replayGoesOn(batch)) {
                used.stream().filter(buffer -> !batch.resources().containsKey(buffer.resourceKey))
                        .forEach(PerBatch::writeHeld);
            }
        }
    }

    /** Writes what a replay holds, if anything; for the end of a rebuild and the stop of the application. */
    public void writeHeld() {
        lock.lock();
        try {
            writeHeldLocked();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Forgets what is held, and that any was lost, for a reset: the collections it would have been written to are
     * dropped.
     */
    public void forgetHeld() {
        lock.lock();
        try {
            held = null;
            heldLost = false;
            budget.released(this);
        } finally {
            lock.unlock();
        }
    }

    /** Whether writes held since the last reset were lost: the read model misses them until it is rebuilt. */
    public boolean heldWritesLost() {
        lock.lock();
        try {
            return heldLost;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Drops what is held after a batch was rolled back: it may hold the batch's changes, which its processor will make
     * again. Writes of earlier batches are then lost.
     */
    private void dropHeld(boolean heldEarlierWrites) {
        if (held != null) {
            held = null;
            heldLost |= heldEarlierWrites;
            budget.released(this);
        }
    }

    /**
     * Adds the batch's writes to those held, and writes them all unless a replay goes on and the budget allows them:
     * each document once, as the last batch left it.
     */
    private void commit(UnitOfWork<?> batch, B buffer) {
        if (held == null) {
            held = buffer;
        } else {
            held.absorb(buffer);
        }
        if (!replayGoesOn(batch) || budget.mustWrite(this, held.heldBytes())) {
            writeHeldLocked();
        }
    }

    private void writeHeldLocked() {
        if (held != null) {
            held.flush();
            held = null;
            budget.released(this);
        }
    }

    /**
     * Whether the batch holds its writes: its processor holds them, and the batch is one of a replay that has not
     * reached the position it was started at.
     */
    private static boolean replayGoesOn(UnitOfWork<?> batch) {
        return batch.resources().containsKey(HOLDS_REPLAY_WRITES) && ReplayingBatches.replayGoesOn(batch);
    }

    /**
     * The payloads of the batch's events, listed once for all its buffers: each payload is behind a chain of message
     * decorators, which a replay's batches walked once per event and read model (5 % of its processors' samples).
     */
    @SuppressWarnings("unchecked")
    private static List<Object> payloads(UnitOfWork<?> batch) {
        return (List<Object>) batch.getOrComputeResource(PAYLOADS, key -> {
            if (batch instanceof BatchingUnitOfWork<?> batching) {
                return batching.getMessages().stream().<Object>map(Message::getPayload).toList();
            }
            return List.of(batch.getMessage().getPayload());
        });
    }
}
