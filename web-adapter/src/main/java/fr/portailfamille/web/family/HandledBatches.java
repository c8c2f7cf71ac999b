package fr.portailfamille.web.family;

import java.util.concurrent.TimeUnit;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.stereotype.Component;

/**
 * Tells those who wait for a read model ({@link ReadModels}) that a processor has handled a batch of events, as soon
 * as it has moved its position past the batch: they look again then, not at their next poll. Given to the pooled
 * processors as an interceptor; a batch is told once, however many events it has.
 */
@Component
public class HandledBatches implements MessageHandlerInterceptor<EventMessage<?>> {
    private static final String TOLD = HandledBatches.class.getName();

    private final Object monitor = new Object();
    private long handled;

    @Override
    public Object handle(UnitOfWork<? extends EventMessage<?>> unitOfWork, InterceptorChain interceptorChain)
            throws Exception {
        UnitOfWork<?> batch = unitOfWork.root();
        batch.getOrComputeResource(TOLD, key -> {
            // a processor moves its position after the commit of a batch: the clean-up comes after that
            batch.onCleanup(done -> tell());
            return Boolean.TRUE;
        });
        return interceptorChain.proceed();
    }

    /** How many batches have been handled so far. */
    public long handled() {
        synchronized (monitor) {
            return handled;
        }
    }

    /** Waits until more than {@code seen} batches have been handled, at most {@code millis}; answers how many. */
    public long awaitMoreThan(long seen, long millis) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        synchronized (monitor) {
            long left = deadline - System.nanoTime();
            while (handled == seen && left > 0) {
                TimeUnit.NANOSECONDS.timedWait(monitor, left);
                left = deadline - System.nanoTime();
            }
            return handled;
        }
    }

    private void tell() {
        synchronized (monitor) {
            handled++;
            monitor.notifyAll();
        }
    }
}
