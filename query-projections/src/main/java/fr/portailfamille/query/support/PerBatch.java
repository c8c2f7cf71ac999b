package fr.portailfamille.query.support;

import java.util.function.Consumer;
import java.util.function.Supplier;

import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * A buffer that lives for one batch of events of a processor and is flushed once, when the batch commits: a
 * projection collects its writes there and sends them to MongoDB in one bulk write instead of one per event. Outside
 * a unit of work (a handler called directly) the buffer is flushed right after the work.
 */
public final class PerBatch<B> {
    private final String resourceKey;
    private final Supplier<B> newBuffer;
    private final Consumer<B> flush;

    public PerBatch(String name, Supplier<B> newBuffer, Consumer<B> flush) {
        this.resourceKey = PerBatch.class.getName() + ":" + name;
        this.newBuffer = newBuffer;
        this.flush = flush;
    }

    public void with(Consumer<B> work) {
        if (!CurrentUnitOfWork.isStarted()) {
            B buffer = newBuffer.get();
            work.accept(buffer);
            flush.accept(buffer);
            return;
        }
        UnitOfWork<?> batch = CurrentUnitOfWork.get().root();
        B buffer = batch.getOrComputeResource(resourceKey, key -> {
            B created = newBuffer.get();
            batch.onPrepareCommit(unitOfWork -> flush.accept(created));
            return created;
        });
        work.accept(buffer);
    }
}
