package fr.portailfamille.web.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.interceptors.CorrelationDataInterceptor;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.junit.jupiter.api.Test;

class AuditCorrelationDataTest {
    private final AtomicInteger metadataReads = new AtomicInteger();
    private final CorrelationDataInterceptor<EventMessage<?>> correlation =
            new CorrelationDataInterceptor<>(new AuditCorrelationData());

    /** An event sent by staff that counts how often its metadata is read. */
    private EventMessage<?> eventOfStaff() {
        return new GenericEventMessage<>("ReservationCancelled", Map.of("userId", "account:agent@demo.test",
                "role", "STAFF", "correlationId", "request-7", "other", "not copied")) {
            @Override
            public MetaData getMetaData() {
                metadataReads.incrementAndGet();
                return super.getMetaData();
            }
        };
    }

    /** The metadata of a message made while the event is handled, as a policy's command or Axon's result is. */
    private MetaData madeWhileHandling(boolean sendsNothing) throws Exception {
        BatchingUnitOfWork<EventMessage<?>> batch = new BatchingUnitOfWork<>(List.of(eventOfStaff()));
        List<MetaData> made = new ArrayList<>();
        batch.executeWithResult(() -> {
            if (sendsNothing) {
                AuditCorrelationData.sendingNothing().handle(batch, () -> correlation.handle(batch, () -> null));
            } else {
                correlation.handle(batch, () -> null);
            }
            Message<?> caused = new GenericMessage<>("caused");
            made.add(caused.getMetaData());
            return null;
        });
        return made.get(0);
    }

    @Test
    void givenAnEventOfStaff_whenAPolicyHandlingItSendsACommand_thenTheCommandCarriesWhoAndWhichRequest()
            throws Exception {
        MetaData metadata = madeWhileHandling(false);

        assertThat(metadata).containsEntry("userId", "account:agent@demo.test").containsEntry("role", "STAFF")
                .containsEntry("correlationId", "request-7").doesNotContainKey("other");
    }

    @Test
    void givenAReadModelsBatch_whenAMessageIsMadeWhileHandlingAnEvent_thenItGetsNothingAndTheEventsMetadataIsNotRead()
            throws Exception {
        MetaData metadata = madeWhileHandling(true);

        assertThat(metadata).isEmpty();
        assertThat(metadataReads).hasValue(0);
    }
}
