package fr.portailfamille.query.support;

import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BiFunction;
import java.util.function.Consumer;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.TrackingToken;
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
 * replay reaches the position it was started at, when a batch that is no replay comes, when the held writes are
 * {@link Buffer#isFull() full}, or when {@link #writeHeld()} is called: a document changed all along a
 * rebuild is then written once instead of once per batch. A new batch reads through what is held, and adds its own
 * changes to it only when it commits, so a batch rolled back leaves the held writes as they were. Only processors
 * given the {@link #holdingReplayWrites()} interceptor hold writes: the others write at each batch's commit.
 */
public final class PerBatch<B extends PerBatch.Buffer<B>> {
    /** What a batch's buffer does besides collecting writes. */
    public interface Buffer<B> {
        /** Takes over the changes of a batch that came after this one's. */
        void absorb(B later);

        /** Whether this buffer holds so much that it is written even in the middle of a replay. */
        boolean isFull();

        void flush();
    }

    private static final String LAST_TOKEN_RESOURCE = "]/Token";
    private static final String HOLDS_REPLAY_WRITES = PerBatch.class.getName() + ":holds";

    private final String resourceKey;
    /** Makes a batch's buffer from its payloads and the writes held before it (null when none are). */
    private final BiFunction<List<Object>, B, B> newBuffer;
    /** One batch at a time, and never while {@link #writeHeld()} writes. */
    private final ReentrantLock lock = new ReentrantLock();
    private B held;

    public PerBatch(String name, BiFunction<List<Object>, B, B> newBuffer) {
        this.resourceKey = PerBatch.class.getName() + ":" + name;
        this.newBuffer = newBuffer;
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
        B buffer = batch.getOrComputeResource(resourceKey, key -> {
            lock.lock();
            batch.onCleanup(unitOfWork -> lock.unlock());
            B created = newBuffer.apply(payloads(batch), held);
            batch.onPrepareCommit(unitOfWork -> commit(batch, created));
            return created;
        });
        work.accept(buffer);
    }

    /** The interceptor of a processor whose read models hold their writes during a replay. */
    public static MessageHandlerInterceptor<EventMessage<?>> holdingReplayWrites() {
        return (unitOfWork, chain) -> {
            unitOfWork.root().resources().put(HOLDS_REPLAY_WRITES, Boolean.TRUE);
            return chain.proceed();
        };
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

    /** Forgets what is held, for a reset: the collections it would have been written to are dropped. */
    public void forgetHeld() {
        lock.lock();
        try {
            held = null;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Holds the batch's writes while a replay goes on; otherwise writes what was held, then the batch's. What was held
     * is forgotten only once written, so a failed write leaves it for the next try.
     */
    private void commit(UnitOfWork<?> batch, B buffer) {
        if (replayGoesOn(batch) && (held == null || !held.isFull())) {
            if (held == null) {
                held = buffer;
            } else {
                held.absorb(buffer);
            }
            return;
        }
        writeHeldLocked();
        buffer.flush();
    }

    private void writeHeldLocked() {
        if (held != null) {
            held.flush();
            held = null;
        }
    }

    /**
     * Whether the batch holds its writes: its processor holds them, and the token it stores after this batch is a
     * replay's that has not reached the position the replay was started at.
     */
    private static boolean replayGoesOn(UnitOfWork<?> batch) {
        if (!batch.resources().containsKey(HOLDS_REPLAY_WRITES)) {
            return false;
        }
        for (Map.Entry<String, Object> resource : batch.resources().entrySet()) {
            if (resource.getKey().endsWith(LAST_TOKEN_RESOURCE) && resource.getValue() instanceof ReplayToken replay) {
                OptionalLong reached = position(replay.getCurrentToken());
                OptionalLong end = position(replay.getTokenAtReset());
                return reached.isPresent() && end.isPresent() && reached.getAsLong() < end.getAsLong();
            }
        }
        return false;
    }

    private static OptionalLong position(TrackingToken token) {
        return token == null ? OptionalLong.empty() : token.position();
    }

    private static List<Object> payloads(UnitOfWork<?> batch) {
        if (batch instanceof BatchingUnitOfWork<?> batching) {
            return batching.getMessages().stream().<Object>map(Message::getPayload).toList();
        }
        return List.of(batch.getMessage().getPayload());
    }
}
