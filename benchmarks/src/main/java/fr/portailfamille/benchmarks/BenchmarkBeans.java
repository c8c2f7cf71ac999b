package fr.portailfamille.benchmarks;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.atomic.LongAdder;

import org.axonframework.commandhandling.CommandBus;
import org.axonframework.eventhandling.GenericEventMessage;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the benchmark adds to the portal's context: the clock the workload moves forward (it replaces the portal's
 * clock bean, and stamps events as the portal's does) and a counter of every command dispatched.
 */
@Configuration(proxyBeanMethods = false)
class BenchmarkBeans {

    @Bean
    static BeanPostProcessor workloadClockInstaller(@Value("${portail.clock.start}") Instant start) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (bean instanceof Clock portalClock && !(bean instanceof WorkloadClock)) {
                    WorkloadClock clock = new WorkloadClock(portalClock.getZone(), start);
                    GenericEventMessage.clock = clock;
                    return clock;
                }
                return bean;
            }
        };
    }

    @Bean
    CommandCounter commandCounter(CommandBus commandBus) {
        CommandCounter counter = new CommandCounter(new LongAdder());
        commandBus.registerDispatchInterceptor(messages -> {
            counter.sent().add(messages.size());
            return (index, command) -> command;
        });
        return counter;
    }

    /** Commands dispatched on the command bus since the start. */
    record CommandCounter(LongAdder sent) {
    }
}
