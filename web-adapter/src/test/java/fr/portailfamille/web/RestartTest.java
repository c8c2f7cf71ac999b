package fr.portailfamille.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import fr.portailfamille.api.account.AccountCredentials;
import fr.portailfamille.api.account.FindAccountByEmail;
import fr.portailfamille.api.catalogue.ActivitySummary;
import fr.portailfamille.api.catalogue.FindActivities;

/** Stop and start again on the same data directory: everything is still there, nothing is loaded twice. */
class RestartTest {

    @Test
    void givenAStartedPortal_whenStoppedAndStartedAgain_thenDataIsKeptAndNothingIsDuplicated(@TempDir Path dataDir) {
        long eventsAfterFirstStart;
        try (ConfigurableApplicationContext first = start(dataDir)) {
            awaitReadModels(first);
            eventsAfterFirstStart = countEvents(first);
            assertThat(eventsAfterFirstStart).isGreaterThan(50);
        }
        try (ConfigurableApplicationContext second = start(dataDir)) {
            assertThat(countEvents(second)).isEqualTo(eventsAfterFirstStart);
            assertThat(activities(second)).hasSize(4);
            assertThat(second.getBean(QueryGateway.class).query(new FindAccountByEmail("parent@demo.test"),
                    ResponseTypes.optionalInstanceOf(AccountCredentials.class)).join()).isPresent();
        }
    }

    private static ConfigurableApplicationContext start(Path dataDir) {
        // as arguments: application.yml outranks default properties, and the portal ran on ./data and port 8080
        return new SpringApplicationBuilder(PortailFamilleApplication.class).run("--server.port=0",
                "--portail.data-dir=" + dataDir, "--portail.clock.start=" + PortalTestSupport.CLOCK_START);
    }

    private static void awaitReadModels(ConfigurableApplicationContext context) {
        await().atMost(Duration.ofSeconds(30)).until(() -> activities(context).size() == 4
                && activities(context).get(3).units().size() == 5);
    }

    private static List<ActivitySummary> activities(ConfigurableApplicationContext context) {
        return context.getBean(QueryGateway.class)
                .query(new FindActivities(), ResponseTypes.multipleInstancesOf(ActivitySummary.class)).join();
    }

    private static long countEvents(ConfigurableApplicationContext context) {
        return context.getBean(JdbcTemplate.class).queryForObject("SELECT COUNT(*) FROM DomainEventEntry",
                Long.class);
    }
}
