package fr.portailfamille.web.config;

import java.util.Map;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;

import fr.portailfamille.api.AuditMetadata;

/**
 * Copies who did it, the request that caused it and when it was sent from each message to the messages it causes:
 * from a command to its events, from an event to the commands a policy sends. The batches of processors whose
 * handlers send nothing are {@link #sendingNothing() marked} and pass nothing on: Axon still makes a result message
 * for each event they handle and asks for its correlation data, which deserialized the metadata of every event of a
 * replay for nothing (a tenth of the read models' processing).
 */
public final class AuditCorrelationData implements CorrelationDataProvider {
    private static final String SENDS_NOTHING = AuditCorrelationData.class.getName() + ":sendsNothing";

    private final CorrelationDataProvider copied = new SimpleCorrelationDataProvider(AuditMetadata.USER_ID,
            AuditMetadata.ROLE, AuditMetadata.CORRELATION_ID, AuditMetadata.DISPATCHED_AT);

    @Override
    public Map<String, ?> correlationDataFor(Message<?> message) {
        if (CurrentUnitOfWork.isStarted() && CurrentUnitOfWork.get().root().resources().containsKey(SENDS_NOTHING)) {
            return Map.of();
        }
        return copied.correlationDataFor(message);
    }

    /** The interceptor of a processor whose handlers send no message. */
    public static MessageHandlerInterceptor<EventMessage<?>> sendingNothing() {
        return (unitOfWork, chain) -> {
            unitOfWork.root().resources().putIfAbsent(SENDS_NOTHING, Boolean.TRUE);
            return chain.proceed();
        };
    }
}
