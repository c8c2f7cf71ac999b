package fr.portailfamille.web.reservation;

import static fr.portailfamille.web.PortalTestSupport.awaitDemoReady;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

import com.fasterxml.jackson.databind.JsonNode;

import fr.portailfamille.web.PortalTest;
import fr.portailfamille.web.TestFamilies;
import fr.portailfamille.web.TestFamilies.TestFamily;

/**
 * The two measures of the issue, over HTTP on the running portal: a typical week over the whole school year for one
 * child (two units, four days a week) and a 20-change grid submission. Each is measured twice, on fresh children:
 * the first run includes warming up. Prints {@code MEASURE} lines; run it alone with
 * {@code mvn -B -o -q test -pl web-adapter -am -Dtest=ReservationTimingTest -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@PortalTest
class ReservationTimingTest {
    private static final List<String> TWO_UNITS = List.of("APS_MATIN", "APS_SOIR");

    @Autowired
    TestRestTemplate rest;
    @Autowired
    CommandGateway commandGateway;
    @Autowired
    QueryGateway queryGateway;

    private JsonNode post(TestFamily family, String childId, String what, Object body) {
        return JsonPost.as(rest, family.email(), TestFamilies.PASSWORD, "/api/children/" + childId + "/" + what,
                body).getBody();
    }

    @Test
    void measureTypicalWeekOverTheSchoolYearAndATwentyChangeSubmission() {
        awaitDemoReady(rest);
        TestFamily family = new TestFamilies(commandGateway, queryGateway).create(4, "APS-2026-2027");
        Map<String, Object> typicalWeek = Map.of("activityId", "APS", "from", "2026-09-01", "to", "2027-07-02",
                "days", Map.of("MONDAY", TWO_UNITS, "TUESDAY", TWO_UNITS, "THURSDAY", TWO_UNITS,
                        "FRIDAY", TWO_UNITS));
        List<Map<String, Object>> twenty = new ArrayList<>();
        for (LocalDate day = LocalDate.of(2027, 1, 4); twenty.size() < 20; day = day.plusDays(1)) {
            if (day.getDayOfWeek().getValue() != 3 && day.getDayOfWeek().getValue() < 6) {
                for (String unit : TWO_UNITS) {
                    twenty.add(Map.of("date", day.toString(), "unitId", unit, "action", "RESERVE"));
                }
            }
        }
        for (int run = 1; run <= 2; run++) {
            long start = System.nanoTime();
            JsonNode summary = post(family, family.childIds().get(run - 1), "typical-week", typicalWeek);
            long typicalWeekMillis = (System.nanoTime() - start) / 1_000_000;
            int requested = summary.get("requested").asInt();
            assertThat(requested).isGreaterThan(150);

            start = System.nanoTime();
            JsonNode results = post(family, family.childIds().get(run + 1), "reservations",
                    Map.of("activityId", "APS", "changes", twenty)).get("results");
            long gridMillis = (System.nanoTime() - start) / 1_000_000;
            assertThat(results.findValuesAsText("outcome")).hasSize(20).containsOnly("REQUESTED");

            System.out.printf("MEASURE run %d: typical week over the school year, %d cells requested on %d days, "
                            + "%d skipped: %d ms; grid submission of 20 changes over 10 days: %d ms%n", run,
                    requested, requested / 2, summary.get("skipped").size(), typicalWeekMillis, gridMillis);
        }
    }
}
