package fr.portailfamille.web.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.monitoring.MessageMonitor;
import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

class MessageMetersTest {
    private static final Instant NINE_THIRTY = Instant.parse("2026-11-30T08:30:00Z");

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final Clock fiveSecondsLater = Clock.fixed(NINE_THIRTY.plusSeconds(5), ZoneId.of("Europe/Paris"));

    @Test
    @SuppressWarnings("unchecked")
    void countsWhatBecomesOfEachEventAndTellsHowOldTheLastOneWasWhenTaken() {
        MessageMonitor<EventMessage<?>> meters = (MessageMonitor<EventMessage<?>>) MessageMeters
                .registry(registry, fiveSecondsLater).registerEventProcessor("read-models");

        meters.onMessageIngested(event()).reportSuccess();
        meters.onMessageIngested(event()).reportSuccess();
        meters.onMessageIngested(event()).reportFailure(new IllegalStateException("read model unavailable"));
        meters.onMessageIngested(event()).reportIgnored();

        assertThat(registry.get("read-models.ingested").counter().count()).isEqualTo(4);
        assertThat(registry.get("read-models.handled").counter().count()).isEqualTo(2);
        assertThat(registry.get("read-models.failed").counter().count()).isEqualTo(1);
        assertThat(registry.get("read-models.ignored").counter().count()).isEqualTo(1);
        assertThat(registry.get("read-models.handlingTime").timer().count()).isEqualTo(3);
        assertThat(registry.get("read-models.latency").gauge().value()).isBetween(4_900.0, 5_000.0);
    }

    @Test
    void registersEachMeterOnceForAllEvents() {
        MessageMeters.registry(registry, fiveSecondsLater).registerEventProcessor("read-models-audit");
        int meters = registry.getMeters().size();

        MessageMonitor.MonitorCallback callback = MessageMeters.ofEventProcessor(registry, "read-models-staff",
                fiveSecondsLater).onMessageIngested(event());
        callback.reportSuccess();

        assertThat(registry.getMeters()).hasSize(meters + 6);
    }

    @Test
    @SuppressWarnings("unchecked")
    void countsTheCommandsOfTheCommandBusWithoutALatency() {
        MessageMonitor<CommandMessage<?>> meters = (MessageMonitor<CommandMessage<?>>) MessageMeters
                .registry(registry, fiveSecondsLater).registerCommandBus("commandBus");

        meters.onMessageIngested(GenericCommandMessage.asCommandMessage("Réserver")).reportSuccess();
        meters.onMessageIngested(GenericCommandMessage.asCommandMessage("Annuler")).reportSuccess();

        assertThat(registry.get("commandBus.ingested").counter().count()).isEqualTo(2);
        assertThat(registry.get("commandBus.handled").counter().count()).isEqualTo(2);
        assertThat(registry.get("commandBus.handlingTime").timer().count()).isEqualTo(2);
        assertThat(registry.find("commandBus.latency").gauge()).isNull();
    }

    private static EventMessage<?> event() {
        return new GenericEventMessage<>(new GenericEventMessage<>("Réservé", MetaData.emptyInstance()),
                () -> NINE_THIRTY);
    }
}
