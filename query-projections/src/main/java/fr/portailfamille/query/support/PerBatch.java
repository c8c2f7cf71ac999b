package fr.portailfamille.query.support;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import org.axonframework.messaging.Message;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * A buffer that lives for one batch of events of a processor and is flushed once, when the batch commits: a
 * projection collects its writes there and sends them to MongoDB in one bulk write instead of one per event. Outside
 * a unit of work (a handler called directly) the buffer is flushed right after the work. The buffer is made knowing
 * the payloads of the whole batch, so that it may read at once what the batch will need.
 */
public final class PerBatch<B> {
    private final String resourceKey;
    private final Function<List<Object>, B> newBuffer;
    private final Consumer<B> flush;

    public PerBatch(String name, Function<List<Object>, B> newBuffer, Consumer<B> flush) {
        this.resourceKey = PerBatch.class.getName() + ":" + name;
        this.newBuffer = newBuffer;
        this.flush = flush;
    }

    public void with(Consumer<B> work) {
        if (!CurrentUnitOfWork.isStarted()) {
            B buffer = newBuffer.apply(List.of());
            work.accept(buffer);
            flush.accept(buffer);
            return;
        }
        UnitOfWork<?> batch = CurrentUnitOfWork.get().root();
        B buffer = batch.getOrComputeResource(resourceKey, key -> {
            B created = newBuffer.apply(payloads(batch));
            batch.onPrepareCommit(unitOfWork -> flush.accept(created));
            return created;
        });
        work.accept(buffer);
    }

    private static List<Object> payloads(UnitOfWork<?> batch) {
        if (batch instanceof BatchingUnitOfWork<?> batching) {
            return batching.getMessages().stream().<Object>map(Message::getPayload).toList();
        }
        return List.of(batch.getMessage().getPayload());
    }
}
