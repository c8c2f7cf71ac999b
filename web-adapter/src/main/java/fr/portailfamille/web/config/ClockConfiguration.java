package fr.portailfamille.web.config;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;

import org.axonframework.eventhandling.GenericEventMessage;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one clock of every business rule, in Europe/Paris; Axon stamps its messages with it too. */
@Configuration(proxyBeanMethods = false)
public class ClockConfiguration {
    public static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Bean
    public Clock clock(PortailProperties properties) {
        Clock system = Clock.system(PARIS);
        Clock clock = properties.clock().start() == null ? system
                : Clock.offset(system, Duration.between(system.instant(), properties.clock().start()));
        GenericEventMessage.clock = clock;
        return clock;
    }
}
