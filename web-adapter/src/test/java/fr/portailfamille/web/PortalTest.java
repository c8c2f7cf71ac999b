package fr.portailfamille.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The whole portal on a random port with the demo commune, its own data directory and a clock set to a Tuesday
 * morning of the school year. Every test class that uses exactly this annotation shares one running portal.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "portail.data-dir=target/test-data/${random.uuid}", "portail.clock.start=" + PortalTestSupport.CLOCK_START})
@AutoConfigureObservability
public @interface PortalTest {
}
