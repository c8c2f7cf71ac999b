package fr.portailfamille.web.reservation;

import static fr.portailfamille.web.PortalTestSupport.AUDITOR;
import static fr.portailfamille.web.PortalTestSupport.AUDITOR_PASSWORD;
import static fr.portailfamille.web.PortalTestSupport.PARENT;
import static fr.portailfamille.web.PortalTestSupport.PARENT_PASSWORD;
import static fr.portailfamille.web.PortalTestSupport.STAFF;
import static fr.portailfamille.web.PortalTestSupport.STAFF_PASSWORD;
import static fr.portailfamille.web.PortalTestSupport.awaitDemoReady;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;

import fr.portailfamille.web.PortalTest;
import fr.portailfamille.web.demo.DemoDataLoader;
import fr.portailfamille.web.TestFamilies;
import fr.portailfamille.web.TestFamilies.TestFamily;

/**
 * The reservation API of api.md over HTTP, on the shared portal whose clock reads Tuesday 2026-12-01 08:00 in
 * Paris: Wednesday 2026-12-02 can still be changed (until today 09:30), today could be until yesterday 09:30.
 */
@PortalTest
class ReservationApiTest {
    @Autowired
    TestRestTemplate rest;
    @Autowired
    CommandGateway commandGateway;
    @Autowired
    QueryGateway queryGateway;

    private TestFamilies families;

    @BeforeEach
    void setUp() {
        awaitDemoReady(rest);
        families = new TestFamilies(commandGateway, queryGateway);
    }

    static Map<String, Object> change(String date, String unitId, String action) {
        return Map.of("date", date, "unitId", unitId, "action", action);
    }

    @SafeVarargs
    static Map<String, Object> changes(String activityId, Map<String, Object>... changes) {
        return Map.of("activityId", activityId, "changes", List.of(changes));
    }

    private ResponseEntity<JsonNode> post(String email, String password, String path, Object body) {
        return JsonPost.as(rest, email, password, path, body);
    }

    private ResponseEntity<JsonNode> reserve(TestFamily family, String childId, Object body) {
        return post(family.email(), TestFamilies.PASSWORD, "/api/children/" + childId + "/reservations", body);
    }

    private JsonNode grid(String email, String password, String childId, String activityId, String month) {
        return rest.withBasicAuth(email, password).getForObject("/api/children/" + childId + "/grid?activityId="
                + activityId + "&month=" + month, JsonNode.class);
    }

    static JsonNode cell(JsonNode grid, String unitId, String date) {
        for (JsonNode row : grid.get("rows")) {
            if (row.get("unitId").asText().equals(unitId)) {
                for (JsonNode cell : row.get("cells")) {
                    if (cell.get("date").asText().equals(date)) {
                        return cell;
                    }
                }
            }
        }
        throw new AssertionError("no cell " + unitId + " " + date);
    }

    private static void assertResult(JsonNode result, String outcome, String code) {
        assertThat(result.get("outcome").asText()).isEqualTo(outcome);
        if (code == null) {
            assertThat(result.get("code").isNull()).isTrue();
        } else {
            assertThat(result.get("code").asText()).isEqualTo(code);
        }
    }

    @Test
    void givenAnEnrolledChild_whenTheParentReservesAManualUnit_thenRequestedAndTheGridShowsItSentAtOnce() {
        TestFamily family = families.create(1, "APS-2026-2027");

        ResponseEntity<JsonNode> answer = reserve(family, family.childId(), changes("APS",
                change("2026-12-03", "APS_MATIN", "RESERVE")));

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode result = answer.getBody().get("results").get(0);
        assertThat(result.get("date").asText()).isEqualTo("2026-12-03");
        assertThat(result.get("unitId").asText()).isEqualTo("APS_MATIN");
        assertResult(result, "REQUESTED", null);
        // read-your-writes: the grid read right after the answer already shows the request, without waiting
        assertThat(cell(grid(family.email(), TestFamilies.PASSWORD, family.childId(), "APS", "2026-12"),
                "APS_MATIN", "2026-12-03").get("state").asText()).isEqualTo("REQUESTED");
    }

    @Test
    void givenTheDeadline_whenReservingTodayAndTomorrow_thenTodayIsPastItsDeadlineAndTomorrowStillOpen() {
        TestFamily family = families.create(1, "APS-2026-2027", "MERC-2026-2027");

        JsonNode today = reserve(family, family.childId(), changes("APS",
                change("2026-12-01", "APS_SOIR", "RESERVE"))).getBody();
        JsonNode wednesday = reserve(family, family.childId(), changes("MERC",
                change("2026-12-02", "MERC_APM", "RESERVE"))).getBody();

        assertResult(today.get("results").get(0), "REFUSED", "DEADLINE_PASSED");
        assertResult(wednesday.get("results").get(0), "REQUESTED", null);
    }

    @Test
    void givenAClosedDay_whenReserving_thenClosed() {
        TestFamily family = families.create(1, "APS-2026-2027");

        JsonNode answer = reserve(family, family.childId(), changes("APS",
                change("2026-12-09", "APS_MATIN", "RESERVE"), change("2026-12-25", "APS_SOIR", "RESERVE"))).getBody();

        assertResult(answer.get("results").get(0), "REFUSED", "CLOSED");
        assertResult(answer.get("results").get(1), "REFUSED", "CLOSED");
    }

    @Test
    void givenASupplement_whenReservedWithoutItsUnit_thenRefusedButWithItsUnitBothGoThrough() {
        TestFamily family = families.create(1, "APS-2026-2027");

        JsonNode alone = reserve(family, family.childId(), changes("APS",
                change("2026-12-03", "APS_PTDEJ", "RESERVE"))).getBody();
        JsonNode together = reserve(family, family.childId(), changes("APS",
                change("2026-12-04", "APS_PTDEJ", "RESERVE"), change("2026-12-04", "APS_MATIN", "RESERVE")))
                .getBody();

        assertResult(alone.get("results").get(0), "REFUSED", "REQUIRES_UNIT");
        assertResult(together.get("results").get(0), "REQUESTED", null);
        assertResult(together.get("results").get(1), "REQUESTED", null);
    }

    @Test
    void givenAChildNotEnrolledInTheActivity_whenReserving_thenNotEnrolled() {
        TestFamily family = families.create(1, "RS-2026-2027");

        JsonNode answer = reserve(family, family.childId(), changes("APS",
                change("2026-12-03", "APS_MATIN", "RESERVE"), change("2026-12-03", "APS_SOIR", "RESERVE")))
                .getBody();

        assertResult(answer.get("results").get(0), "REFUSED", "NOT_ENROLLED");
        assertResult(answer.get("results").get(1), "REFUSED", "NOT_ENROLLED");
    }

    @Test
    void givenAnotherFamilysChild_whenAParentReservesOrReadsItsGrid_thenForbiddenAndNothingChanges() {
        TestFamily family = families.create(1, "RS-2026-2027");

        ResponseEntity<JsonNode> reserving = reserve(family, DemoDataLoader.LEA, changes("RS",
                change("2026-12-03", "RS_REPAS", "RESERVE")));
        ResponseEntity<JsonNode> reading = rest.withBasicAuth(PARENT, PARENT_PASSWORD).getForEntity(
                "/api/children/" + family.childId() + "/grid?activityId=RS&month=2026-12", JsonNode.class);
        ResponseEntity<JsonNode> typicalWeek = post(PARENT, PARENT_PASSWORD, "/api/children/" + family.childId()
                + "/typical-week", Map.of("activityId", "RS", "from", "2026-12-03", "to", "2026-12-04",
                "days", Map.of("THURSDAY", List.of("RS_REPAS"))));

        assertThat(reserving.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(reserving.getBody().get("code").asText()).isEqualTo("FORBIDDEN");
        assertThat(reading.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(typicalWeek.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(cell(grid(STAFF, STAFF_PASSWORD, family.childId(), "RS", "2026-12"), "RS_REPAS", "2026-12-03")
                .get("state").asText()).isEqualTo("FREE");
    }

    @Test
    void givenBadInput_whenReserving_then400InvalidInputAndNothingChanges() {
        TestFamily family = families.create(1, "RS-2026-2027");
        String path = "/api/children/" + family.childId() + "/reservations";
        String password = TestFamilies.PASSWORD;

        List<Object> badBodies = List.of(
                Map.of("activityId", "RS"),
                changes("RS", change("2026-12-03", "RS_REPAS", "MAYBE")),
                changes("RS", change("2026-12-03", "RS_REPAS", "RESERVE"), change("2026-12-03", "RS_REPAS",
                        "CANCEL")),
                changes("RS", change("03/12/2026", "RS_REPAS", "RESERVE")),
                "not json");
        for (Object body : badBodies) {
            ResponseEntity<JsonNode> answer = post(family.email(), password, path, body);
            assertThat(answer.getStatusCode()).as(body.toString()).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(answer.getBody().get("code").asText()).isEqualTo("INVALID_INPUT");
        }
        ResponseEntity<JsonNode> badMonth = rest.withBasicAuth(family.email(), password).getForEntity(
                "/api/children/" + family.childId() + "/grid?activityId=RS&month=2026-13", JsonNode.class);
        assertThat(badMonth.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(cell(grid(family.email(), password, family.childId(), "RS", "2026-12"), "RS_REPAS", "2026-12-03")
                .get("state").asText()).isEqualTo("FREE");
    }

    @Test
    void givenABodyOverOneMegabyte_whenReserving_then413AndNothingChanges() {
        TestFamily family = families.create(1, "RS-2026-2027");
        List<Map<String, Object>> many = new ArrayList<>();
        many.add(change("2026-12-03", "RS_REPAS", "RESERVE"));
        while (many.size() < 25_000) {
            many.add(change("2026-12-04", "RS_REPAS", "CANCEL"));
        }
        ResponseEntity<JsonNode> answer = post(family.email(), TestFamilies.PASSWORD, "/api/children/"
                + family.childId() + "/reservations", Map.of("activityId", "RS", "changes", many));

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
        assertThat(answer.getBody().get("code").asText()).isEqualTo("PAYLOAD_TOO_LARGE");
        assertThat(cell(grid(family.email(), TestFamilies.PASSWORD, family.childId(), "RS", "2026-12"), "RS_REPAS",
                "2026-12-03").get("state").asText()).isEqualTo("FREE");
    }

    @Test
    void givenAnUnknownActivity_whenReservingOrAskingItsGridOrTypicalWeek_then404UnknownActivityAndNothingChanges() {
        TestFamily family = families.create(1, "RS-2026-2027");
        String child = "/api/children/" + family.childId();
        String password = TestFamilies.PASSWORD;
        List<ResponseEntity<JsonNode>> answers = List.of(
                post(family.email(), password, child + "/reservations",
                        changes("NOPE", change("2026-12-03", "RS_REPAS", "RESERVE"))),
                post(family.email(), password, child + "/typical-week", Map.of("activityId", "NOPE",
                        "from", "2026-12-03", "to", "2026-12-10", "days", Map.of("THURSDAY", List.of("RS_REPAS")))),
                rest.withBasicAuth(family.email(), password).getForEntity(child + "/grid?activityId=NOPE&month=2026-12",
                        JsonNode.class));
        for (ResponseEntity<JsonNode> answer : answers) {
            assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
            assertThat(answer.getBody().get("code").asText()).isEqualTo("UNKNOWN_ACTIVITY");
        }
        assertThat(cell(grid(family.email(), password, family.childId(), "RS", "2026-12"), "RS_REPAS", "2026-12-03")
                .get("state").asText()).isEqualTo("FREE");
    }

    @Test
    void givenAMonth_whenAskingTheGrid_thenACellForEveryDayClosedWhereTheUnitIsNotOpenAndTheDeadlineApplied() {
        TestFamily family = families.create(1, "APS-2026-2027");

        JsonNode grid = grid(family.email(), TestFamilies.PASSWORD, family.childId(), "APS", "2026-12");

        assertThat(grid.get("childId").asText()).isEqualTo(family.childId());
        assertThat(grid.get("month").asText()).isEqualTo("2026-12");
        assertThat(grid.get("rows")).hasSize(4);
        grid.get("rows").forEach(row -> assertThat(row.get("cells")).hasSize(31));
        assertThat(cell(grid, "APS_MATIN", "2026-12-02").get("state").asText()).isEqualTo("CLOSED");
        assertThat(cell(grid, "APS_MATIN", "2026-12-02").get("modifiable").asBoolean()).isFalse();
        assertThat(cell(grid, "APS_MATIN", "2026-12-01").get("state").asText()).isEqualTo("FREE");
        assertThat(cell(grid, "APS_MATIN", "2026-12-01").get("modifiable").asBoolean()).isFalse();
        assertThat(cell(grid, "APS_MATIN", "2026-12-03").get("modifiable").asBoolean()).isTrue();
        assertThat(cell(grid, "APS_SOIR", "2026-12-21").get("state").asText()).isEqualTo("CLOSED");
        JsonNode forStaff = grid(STAFF, STAFF_PASSWORD, family.childId(), "APS", "2026-12");
        assertThat(cell(forStaff, "APS_MATIN", "2026-12-01").get("modifiable").asBoolean())
                .as("staff may still change a day past its deadline").isTrue();
        JsonNode forAuditor = grid(AUDITOR, AUDITOR_PASSWORD, family.childId(), "APS", "2026-12");
        assertThat(cell(forAuditor, "APS_MATIN", "2026-12-03").get("modifiable").asBoolean()).isFalse();
    }

    @Test
    void givenAPastInstant_whenAParentAsksTheGridAsOfIt_thenForbiddenButAnAuditorSeesItFromTheEventStore() {
        TestFamily family = families.create(1, "RS-2026-2027");
        String before = java.time.Instant.now(java.time.Clock.offset(java.time.Clock.systemUTC(),
                java.time.Duration.between(java.time.Instant.now(java.time.Clock.systemUTC()),
                        java.time.Instant.parse(fr.portailfamille.web.PortalTestSupport.CLOCK_START)))).toString();
        reserve(family, family.childId(), changes("RS", change("2026-12-04", "RS_REPAS", "RESERVE")));
        String asOfPath = "/api/children/" + family.childId() + "/grid?activityId=RS&month=2026-12&asOf=";

        ResponseEntity<JsonNode> parent = rest.withBasicAuth(family.email(), TestFamilies.PASSWORD)
                .getForEntity(asOfPath + before, JsonNode.class);
        JsonNode then = rest.withBasicAuth(AUDITOR, AUDITOR_PASSWORD).getForObject(asOfPath + before,
                JsonNode.class);
        JsonNode later = rest.withBasicAuth(AUDITOR, AUDITOR_PASSWORD).getForObject(asOfPath + "2027-01-01T00:00:00Z",
                JsonNode.class);

        assertThat(parent.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(cell(then, "RS_REPAS", "2026-12-04").get("state").asText()).isEqualTo("FREE");
        assertThat(cell(later, "RS_REPAS", "2026-12-04").get("state").asText()).isEqualTo("VALIDATED");
        assertThat(cell(later, "RS_REPAS", "2026-12-04").get("modifiable").asBoolean()).isFalse();
    }
}
