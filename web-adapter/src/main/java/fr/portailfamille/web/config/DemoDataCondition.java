package fr.portailfamille.web.config;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Active when {@code portail.demo-data} is true, or when it is unset and the portal runs fully embedded (no
 * external MongoDB, no Axon Server): demo accounts must never appear in production.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Conditional(DemoDataCondition.OnDemoData.class)
public @interface DemoDataCondition {

    class OnDemoData implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            Environment environment = context.getEnvironment();
            String demoData = environment.getProperty("portail.demo-data");
            if (demoData != null && !demoData.isBlank()) {
                return Boolean.parseBoolean(demoData);
            }
            boolean externalMongo = !environment.getProperty("spring.data.mongodb.uri", "").isBlank();
            boolean axonServer = environment.getProperty("axon.axonserver.enabled", Boolean.class, false);
            return !externalMongo && !axonServer;
        }
    }
}
