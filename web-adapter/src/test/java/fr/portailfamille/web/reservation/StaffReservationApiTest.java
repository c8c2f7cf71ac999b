package fr.portailfamille.web.reservation;

import static fr.portailfamille.web.PortalTestSupport.AUDITOR;
import static fr.portailfamille.web.PortalTestSupport.AUDITOR_PASSWORD;
import static fr.portailfamille.web.PortalTestSupport.STAFF;
import static fr.portailfamille.web.PortalTestSupport.STAFF_PASSWORD;
import static fr.portailfamille.web.PortalTestSupport.awaitDemoReady;
import static fr.portailfamille.web.reservation.ReservationApiTest.cell;
import static fr.portailfamille.web.reservation.ReservationApiTest.change;
import static fr.portailfamille.web.reservation.ReservationApiTest.changes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;

import fr.portailfamille.api.AuditMetadata;
import fr.portailfamille.api.enrolment.EnrolmentId;
import fr.portailfamille.api.reservation.ReservationCancelled;
import fr.portailfamille.api.reservation.SlotId;
import fr.portailfamille.web.PortalTest;
import fr.portailfamille.web.TestFamilies;
import fr.portailfamille.web.TestFamilies.TestFamily;

/** Staff lists, decisions and attendance, the typical week, and the end of an enrolment, over HTTP. */
@PortalTest
class StaffReservationApiTest {
    @Autowired
    TestRestTemplate rest;
    @Autowired
    CommandGateway commandGateway;
    @Autowired
    QueryGateway queryGateway;
    @Autowired
    EventStore eventStore;

    private TestFamilies families;

    @BeforeEach
    void setUp() {
        awaitDemoReady(rest);
        families = new TestFamilies(commandGateway, queryGateway);
    }

    private ResponseEntity<JsonNode> post(String email, String password, String path, Object body) {
        return JsonPost.as(rest, email, password, path, body);
    }

    private JsonNode asParent(TestFamily family, String path, Object body) {
        ResponseEntity<JsonNode> answer = post(family.email(), TestFamilies.PASSWORD, path, body);
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        return answer.getBody();
    }

    private JsonNode asStaff(String path, Object body) {
        ResponseEntity<JsonNode> answer = post(STAFF, STAFF_PASSWORD, path, body);
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        return answer.getBody();
    }

    private JsonNode staffList(String activityId, String date, String state) {
        return rest.withBasicAuth(STAFF, STAFF_PASSWORD).getForObject("/api/staff/reservations?activityId="
                + activityId + "&date=" + date + (state == null ? "" : "&state=" + state), JsonNode.class);
    }

    private String gridState(TestFamily family, String childId, String activityId, String month, String unitId,
                             String date) {
        JsonNode grid = rest.withBasicAuth(family.email(), TestFamilies.PASSWORD).getForObject("/api/children/"
                + childId + "/grid?activityId=" + activityId + "&month=" + month, JsonNode.class);
        return cell(grid, unitId, date).get("state").asText();
    }

    @Test
    void givenRequests_whenStaffListAndDecideThem_thenTheParentSeesTheirReservationsValidatedOrRefused() {
        TestFamily family = families.create(2, "MERC-2026-2027");
        String first = family.childIds().get(0);
        String second = family.childIds().get(1);
        asParent(family, "/api/children/" + first + "/reservations", changes("MERC",
                change("2026-12-16", "MERC_MIDI", "RESERVE")));
        asParent(family, "/api/children/" + second + "/reservations", changes("MERC",
                change("2026-12-16", "MERC_MIDI", "RESERVE")));
        await().atMost(Duration.ofSeconds(10)).until(() -> staffList("MERC", "2026-12-16", "REQUESTED").findValuesAsText(
                "childId").containsAll(List.of(first, second)));
        JsonNode listed = staffList("MERC", "2026-12-16", "REQUESTED");
        JsonNode mine = listed.findParents("childId").stream().filter(node -> node.get("childId").asText()
                .equals(first)).findFirst().orElseThrow();
        assertThat(mine.get("childName").asText()).isEqualTo("Enfant0 Famille");
        assertThat(mine.get("unitId").asText()).isEqualTo("MERC_MIDI");
        assertThat(mine.get("state").asText()).isEqualTo("REQUESTED");

        JsonNode decided = asStaff("/api/staff/reservations/decisions", Map.of("activityId", "MERC",
                "date", "2026-12-16", "decisions", List.of(
                        Map.of("childId", first, "unitId", "MERC_MIDI", "decision", "VALIDATE"),
                        Map.of("childId", second, "unitId", "MERC_MIDI", "decision", "REJECT"),
                        Map.of("childId", second, "unitId", "MERC_APM", "decision", "VALIDATE"))));

        assertThat(decided.get("results").findValuesAsText("outcome")).containsExactly("VALIDATED", "REJECTED",
                "REFUSED");
        assertThat(decided.get("results").get(2).get("code").asText()).isEqualTo("NOT_PENDING");
        await().atMost(Duration.ofSeconds(10)).until(() -> gridState(family, first, "MERC", "2026-12", "MERC_MIDI",
                "2026-12-16").equals("VALIDATED") && gridState(family, second, "MERC", "2026-12", "MERC_MIDI",
                "2026-12-16").equals("FREE"));
    }

    @Test
    void givenAParentOrAnAuditor_whenUsingStaffEndpoints_thenForbidden() {
        TestFamily family = families.create(1, "MERC-2026-2027");
        Map<String, Object> decisions = Map.of("activityId", "MERC", "date", "2026-12-16", "decisions",
                List.of(Map.of("childId", family.childId(), "unitId", "MERC_MIDI", "decision", "VALIDATE")));

        assertThat(post(family.email(), TestFamilies.PASSWORD, "/api/staff/reservations/decisions", decisions)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(post(AUDITOR, AUDITOR_PASSWORD, "/api/staff/attendance", Map.of()).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(rest.withBasicAuth(family.email(), TestFamilies.PASSWORD).getForEntity(
                "/api/staff/reservations?activityId=MERC&date=2026-12-16", JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void givenBadInput_whenStaffDecideOrList_then400() {
        List<ResponseEntity<JsonNode>> answers = List.of(
                post(STAFF, STAFF_PASSWORD, "/api/staff/reservations/decisions", Map.of("activityId", "MERC",
                        "date", "2026-12-16")),
                post(STAFF, STAFF_PASSWORD, "/api/staff/reservations/decisions", Map.of("activityId", "MERC",
                        "date", "2026-12-16", "decisions", List.of(Map.of("childId", "nobody", "unitId",
                                "MERC_MIDI", "decision", "VALIDATE")))),
                post(STAFF, STAFF_PASSWORD, "/api/staff/attendance", Map.of("activityId", "MERC",
                        "records", List.of())),
                rest.withBasicAuth(STAFF, STAFF_PASSWORD).getForEntity(
                        "/api/staff/reservations?activityId=MERC&date=16/12/2026", JsonNode.class),
                rest.withBasicAuth(STAFF, STAFF_PASSWORD).getForEntity(
                        "/api/staff/reservations?activityId=MERC&date=2026-12-16&state=MAYBE", JsonNode.class));
        for (ResponseEntity<JsonNode> answer : answers) {
            assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(answer.getBody().get("code").asText()).isEqualTo("INVALID_INPUT");
        }
        assertThat(answers.get(0).getBody().get("detail").asText()).isEqualTo("La liste des décisions est vide.");
    }

    @Test
    void givenAnUnknownActivity_whenStaffListDecideOrTakeTheCall_then404UnknownActivity() {
        String day = "2026-12-16";
        List<ResponseEntity<JsonNode>> answers = List.of(
                post(STAFF, STAFF_PASSWORD, "/api/staff/reservations/decisions", Map.of("activityId", "NOPE",
                        "date", day, "decisions", List.of(Map.of("childId", "nobody", "unitId", "MERC_MIDI",
                                "decision", "VALIDATE")))),
                post(STAFF, STAFF_PASSWORD, "/api/staff/attendance", Map.of("activityId", "NOPE", "date", day,
                        "records", List.of(Map.of("childId", "nobody", "unitId", "MERC_MIDI",
                                "status", "PRESENT")))),
                rest.withBasicAuth(STAFF, STAFF_PASSWORD).getForEntity(
                        "/api/staff/reservations?activityId=NOPE&date=" + day, JsonNode.class));
        for (ResponseEntity<JsonNode> answer : answers) {
            assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
            assertThat(answer.getBody().get("code").asText()).isEqualTo("UNKNOWN_ACTIVITY");
        }
    }

    @Test
    void givenAReservationForToday_whenStaffTakeTheCall_thenPresenceAbsenceAndUnbookedPresenceAreRecorded() {
        TestFamily family = families.create(2, "APS-2026-2027");
        String booked = family.childIds().get(0);
        String unbooked = family.childIds().get(1);
        JsonNode override = asStaff("/api/children/" + booked + "/reservations", changes("APS",
                change("2026-12-01", "APS_SOIR", "RESERVE")));
        assertThat(override.get("results").get(0).get("outcome").asText()).isEqualTo("REQUESTED");
        asStaff("/api/staff/reservations/decisions", Map.of("activityId", "APS", "date", "2026-12-01",
                "decisions", List.of(Map.of("childId", booked, "unitId", "APS_SOIR", "decision", "VALIDATE"))));

        JsonNode call = asStaff("/api/staff/attendance", Map.of("activityId", "APS", "date", "2026-12-01",
                "records", List.of(
                        Map.of("childId", booked, "unitId", "APS_SOIR", "status", "ABSENT_JUSTIFIED"),
                        Map.of("childId", unbooked, "unitId", "APS_SOIR", "status", "PRESENT"),
                        Map.of("childId", unbooked, "unitId", "APS_MATIN", "status", "ABSENT"))));
        JsonNode tomorrow = asStaff("/api/staff/attendance", Map.of("activityId", "APS", "date", "2026-12-03",
                "records", List.of(Map.of("childId", booked, "unitId", "APS_SOIR", "status", "PRESENT"))));

        assertThat(call.get("results").findValuesAsText("outcome")).containsExactly("RECORDED", "RECORDED",
                "REFUSED");
        assertThat(call.get("results").get(2).get("code").asText()).isEqualTo("NOT_RESERVED");
        assertThat(tomorrow.get("results").get(0).get("code").asText()).isEqualTo("DAY_NOT_STARTED");
        await().atMost(Duration.ofSeconds(10)).until(() -> gridState(family, booked, "APS", "2026-12", "APS_SOIR",
                "2026-12-01").equals("ABSENT_JUSTIFIED") && gridState(family, unbooked, "APS", "2026-12",
                "APS_SOIR", "2026-12-01").equals("PRESENT"));
    }

    @Test
    void givenATypicalWeek_whenAppliedOverDecember_thenOpenDaysReservedAndTheOthersSkippedWithTheirReason() {
        TestFamily family = families.create(1, "RS-2026-2027");

        JsonNode summary = asParent(family, "/api/children/" + family.childId() + "/typical-week", Map.of(
                "activityId", "RS", "from", "2026-12-01", "to", "2026-12-31",
                "days", Map.of("MONDAY", List.of("RS_REPAS"), "TUESDAY", List.of("RS_REPAS"),
                        "THURSDAY", List.of("RS_REPAS"), "FRIDAY", List.of("RS_REPAS"))));

        // school days left in December after today: 3, 4, 7, 8, 10, 11, 14, 15, 17, 18 (holidays from the 19th)
        assertThat(summary.get("validated").asInt()).isEqualTo(10);
        assertThat(summary.get("requested").asInt()).isZero();
        assertThat(summary.get("waitlisted").asInt()).isZero();
        JsonNode skipped = summary.get("skipped");
        assertThat(skipped.get(0).get("date").asText()).isEqualTo("2026-12-01");
        assertThat(skipped.get(0).get("code").asText()).isEqualTo("DEADLINE_PASSED");
        assertThat(skipped.findValuesAsText("code").subList(1, skipped.size())).containsOnly("CLOSED");
        assertThat(skipped.findValuesAsText("date")).contains("2026-12-21", "2026-12-25", "2026-12-31");

        JsonNode again = asParent(family, "/api/children/" + family.childId() + "/typical-week", Map.of(
                "activityId", "RS", "from", "2026-12-03", "to", "2026-12-04",
                "days", Map.of("THURSDAY", List.of("RS_REPAS"), "FRIDAY", List.of("RS_REPAS"))));
        assertThat(again.get("validated").asInt()).isZero();
        assertThat(again.get("skipped").findValuesAsText("code")).containsExactly("ALREADY_RESERVED",
                "ALREADY_RESERVED");
    }

    @Test
    void givenABadTypicalWeek_whenSent_then400() {
        TestFamily family = families.create(1, "RS-2026-2027");
        String path = "/api/children/" + family.childId() + "/typical-week";
        List<Map<String, Object>> bodies = List.of(
                Map.of("activityId", "RS", "from", "2026-12-10", "to", "2026-12-03", "days", Map.of()),
                Map.of("activityId", "RS", "from", "2026-09-01", "to", "2027-12-31", "days", Map.of()),
                Map.of("activityId", "RS", "from", "2026-12-03", "to", "2026-12-10",
                        "days", Map.of("MONDAY", List.of("APS_MATIN"))),
                Map.of("activityId", "RS", "from", "2026-12-03", "to", "2026-12-10",
                        "days", Map.of("LUNDI", List.of("RS_REPAS"))));
        for (Map<String, Object> body : bodies) {
            ResponseEntity<JsonNode> answer = post(family.email(), TestFamilies.PASSWORD, path, body);
            assertThat(answer.getStatusCode()).as(body.toString()).isEqualTo(HttpStatus.BAD_REQUEST);
        }
    }

    @Test
    void givenReservationsOverTwoMonths_whenStaffEndTheEnrolment_thenTheReservationsFromItsEndAreCancelledByThem() {
        TestFamily family = families.create(1, "RS-2026-2027");
        asParent(family, "/api/children/" + family.childId() + "/reservations", changes("RS",
                change("2026-12-10", "RS_REPAS", "RESERVE"), change("2027-01-07", "RS_REPAS", "RESERVE"),
                change("2027-01-14", "RS_REPAS", "RESERVE")));
        await().atMost(Duration.ofSeconds(10)).until(() -> gridState(family, family.childId(), "RS", "2027-01",
                "RS_REPAS", "2027-01-14").equals("VALIDATED"));

        assertThat(post(STAFF, STAFF_PASSWORD, "/api/enrolments/" + EnrolmentId.of(family.childId(), "RS-2026-2027")
                .value() + "/end", Map.of("from", "2027-01-01")).getStatusCode()).isEqualTo(HttpStatus.OK);

        await().atMost(Duration.ofSeconds(15)).until(() -> gridState(family, family.childId(), "RS", "2027-01",
                "RS_REPAS", "2027-01-07").equals("FREE") && gridState(family, family.childId(), "RS", "2027-01",
                "RS_REPAS", "2027-01-14").equals("FREE"));
        assertThat(gridState(family, family.childId(), "RS", "2026-12", "RS_REPAS", "2026-12-10"))
                .isEqualTo("VALIDATED");
        JsonNode later = asParent(family, "/api/children/" + family.childId() + "/reservations", changes("RS",
                change("2027-01-21", "RS_REPAS", "RESERVE")));
        assertThat(later.get("results").get(0).get("code").asText()).isEqualTo("NOT_ENROLLED");
        // the policy's commands carry who ended the enrolment, so that the history shows who cancelled
        DomainEventMessage<?> cancelled = eventStore.readEvents(SlotId.of("RS", LocalDate.of(2027, 1, 7)).value())
                .asStream().filter(event -> event.getPayload() instanceof ReservationCancelled cancellation
                        && cancellation.childId().equals(family.childId())).findFirst().orElseThrow();
        assertThat(cancelled.getMetaData()).containsEntry(AuditMetadata.USER_ID, "account:" + STAFF)
                .containsEntry(AuditMetadata.ROLE, "STAFF");
    }
}
