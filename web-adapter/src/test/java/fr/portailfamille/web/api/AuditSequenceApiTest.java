package fr.portailfamille.web.api;

import static fr.portailfamille.web.PortalTestSupport.AUDITOR;
import static fr.portailfamille.web.PortalTestSupport.AUDITOR_PASSWORD;
import static fr.portailfamille.web.PortalTestSupport.STAFF;
import static fr.portailfamille.web.PortalTestSupport.STAFF_PASSWORD;
import static fr.portailfamille.web.PortalTestSupport.awaitDemoReady;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.eventhandling.GenericEventMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

import com.fasterxml.jackson.databind.JsonNode;

import fr.portailfamille.web.PortalTest;
import fr.portailfamille.web.TestFamilies;
import fr.portailfamille.web.TestFamilies.TestFamily;

/**
 * One child's known sequence, end to end over the JSON API, then what auditors read of it: the parent reserves
 * before the deadline, staff override the deadline, take attendance, close November and issue a credit note on the
 * invoice; the child's history (the invoice billing the child included) and the family's, their CSV export, the grid
 * as it stood between two steps, and who may read all this.
 * <p>
 * The clock of {@link PortalTest} reads Tuesday 2026-12-01 08:00 in Paris: the only ended months the enrolment
 * periods cover (September to November 2026) are closed by {@code BillingApiTest} on the shared portal, which also
 * asserts their month totals. So this class runs on a portal of its own (same annotation, one more property, hence
 * another application context with its own data directory) and stops it afterwards.
 */
@PortalTest
@TestPropertySource(properties = "portail.test.portal=audit-sequence")
@DirtiesContext
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuditSequenceApiTest {
    private static final String EXCUSE = "Repas du 02/11 facturé à tort (sortie scolaire)";

    @Autowired
    TestRestTemplate rest;
    @Autowired
    CommandGateway commands;
    @Autowired
    QueryGateway queries;
    @Autowired
    Clock clock;

    /**
     * Axon stamps events with a static clock that each portal sets as it starts ({@code ClockConfiguration}). Taken
     * here, before this class's own portal starts (the field is set before anything is injected), and given back
     * when the class is done, so that the shared portal's events keep being stamped by the shared portal's clock.
     */
    private final Clock eventClockBefore = GenericEventMessage.clock;
    private TestFamily family;
    private TestFamily otherFamily;
    private String parentUserId;
    private String staffUserId;
    /** After the parent's reservations (step 1), before the staff override (step 2). */
    private Instant betweenParentAndStaff;
    /** After the attendance (step 3), before the month is closed (step 4). */
    private Instant beforeClosing;
    private JsonNode invoice;
    private JsonNode creditNote;

    @BeforeAll
    void theSequence() {
        assertThat(GenericEventMessage.clock).as("events are stamped by the clock the asOf instants are read from")
                .isSameAs(clock);
        awaitDemoReady(rest);
        TestFamilies families = new TestFamilies(commands, queries);
        family = families.create("Sequence", 850, List.of("Jeanne"), "RS-2026-2027");
        otherFamily = families.create("Voisine", 850, List.of("Paul"), "RS-2026-2027");
        parentUserId = parent().getForObject("/api/me", JsonNode.class).get("userId").asText();
        staffUserId = staff().getForObject("/api/me", JsonNode.class).get("userId").asText();

        // 1. the parent reserves Thursday and Friday before their deadline; Tuesday (today) is too late for them
        JsonNode parentChanges = reservations(parent(), change("2026-12-03"), change("2026-12-04"));
        assertThat(parentChanges.get("results").findValuesAsText("outcome")).containsExactly("VALIDATED",
                "VALIDATED");
        JsonNode tooLate = reservations(parent(), change("2026-12-01"));
        assertThat(tooLate.get("results").get(0).get("outcome").asText()).isEqualTo("REFUSED");
        assertThat(tooLate.get("results").get(0).get("code").asText()).isEqualTo("DEADLINE_PASSED");
        betweenParentAndStaff = clock.instant();

        // 2. staff override the deadline: today for the parent, and two days of November after the fact
        for (String date : List.of("2026-12-01", "2026-11-02", "2026-11-03")) {
            JsonNode override = reservations(staff(), change(date));
            assertThat(override.get("results").get(0).get("outcome").asText()).as(date).isEqualTo("VALIDATED");
        }

        // 3. attendance: present, ill with a certificate, and present without a reservation
        attendance("2026-11-02", "PRESENT");
        attendance("2026-11-03", "ABSENT_JUSTIFIED");
        attendance("2026-11-05", "PRESENT");
        await().atMost(Duration.ofSeconds(20)).until(() -> staff().getForObject(
                "/api/staff/billing/2026-11/preview", JsonNode.class).get("total").asInt() == 280 + 420);
        beforeClosing = clock.instant();

        // 4. staff close November
        ResponseEntity<JsonNode> closed = staff().postForEntity("/api/staff/billing/2026-11/close", null,
                JsonNode.class);
        assertThat(closed.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(closed.getBody().get("invoices").asInt()).isEqualTo(1);
        assertThat(closed.getBody().get("total").asInt()).isEqualTo(700);
        await().atMost(Duration.ofSeconds(20)).until(() -> invoices().size() == 1);
        invoice = invoices().get(0);

        // 5. a credit note (avoir) on that invoice
        ResponseEntity<JsonNode> credited = staff().postForEntity("/api/staff/billing/credit-notes", Map.of(
                "familyId", family.familyId(), "invoiceId", invoice.get("invoiceId").asText(), "amount", 280,
                "reason", EXCUSE), JsonNode.class);
        assertThat(credited.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        await().atMost(Duration.ofSeconds(20)).until(() -> creditNotes().size() == 1);
        creditNote = creditNotes().get(0);

        await().atMost(Duration.ofSeconds(20)).until(() -> types(history(childHistoryPath()))
                .stream().filter("AttendanceRecorded"::equals).count() == 3
                && types(history(childHistoryPath())).contains("CreditNoteIssued")
                && types(history(familyHistoryPath())).contains("CreditNoteIssued"));
    }

    @AfterAll
    void giveTheEventClockBack() {
        GenericEventMessage.clock = eventClockBefore;
    }

    private TestRestTemplate staff() {
        return rest.withBasicAuth(STAFF, STAFF_PASSWORD);
    }

    private TestRestTemplate auditor() {
        return rest.withBasicAuth(AUDITOR, AUDITOR_PASSWORD);
    }

    private TestRestTemplate parent() {
        return rest.withBasicAuth(family.email(), TestFamilies.PASSWORD);
    }

    private TestRestTemplate otherParent() {
        return rest.withBasicAuth(otherFamily.email(), TestFamilies.PASSWORD);
    }

    private static Map<String, Object> change(String date) {
        return Map.of("date", date, "unitId", "RS_REPAS", "action", "RESERVE");
    }

    @SafeVarargs
    private JsonNode reservations(TestRestTemplate as, Map<String, Object>... changes) {
        ResponseEntity<JsonNode> answer = as.postForEntity("/api/children/" + family.childId() + "/reservations",
                json(Map.of("activityId", "RS", "changes", List.of(changes))), JsonNode.class);
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        return answer.getBody();
    }

    private void attendance(String date, String status) {
        ResponseEntity<JsonNode> answer = staff().postForEntity("/api/staff/attendance", json(Map.of(
                "activityId", "RS", "date", date, "records", List.of(Map.of("childId", family.childId(),
                        "unitId", "RS_REPAS", "status", status)))), JsonNode.class);
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(answer.getBody().get("results").get(0).get("outcome").asText()).as(date).isEqualTo("RECORDED");
    }

    private static HttpEntity<Object> json(Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(body, headers);
    }

    private JsonNode invoices() {
        return staff().getForObject("/api/families/" + family.familyId() + "/invoices", JsonNode.class);
    }

    private JsonNode creditNotes() {
        return staff().getForObject("/api/families/" + family.familyId() + "/credit-notes", JsonNode.class);
    }

    private String childHistoryPath() {
        return "/api/audit/children/" + family.childId() + "/history";
    }

    private String familyHistoryPath() {
        return "/api/audit/families/" + family.familyId() + "/history";
    }

    private String gridPath(String month, Instant asOf) {
        return "/api/children/" + family.childId() + "/grid?activityId=RS&month=" + month
                + (asOf == null ? "" : "&asOf=" + asOf);
    }

    private List<JsonNode> history(String path) {
        return history(auditor(), path);
    }

    private static List<JsonNode> history(TestRestTemplate as, String path) {
        ResponseEntity<JsonNode> answer = as.getForEntity(path, JsonNode.class);
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        List<JsonNode> entries = new ArrayList<>();
        answer.getBody().forEach(entries::add);
        return entries;
    }

    private static List<String> types(List<JsonNode> entries) {
        return entries.stream().map(entry -> entry.get("type").asText()).toList();
    }

    /** An entry as {@code type date role actor}, the date blank when the event concerns no day. */
    private static String summary(JsonNode entry) {
        return String.join(" ", entry.get("type").asText(), entry.path("date").asText(""),
                entry.get("actorRole").asText(), entry.get("actorId").asText());
    }

    private static String state(JsonNode grid, String date) {
        for (JsonNode row : grid.get("rows")) {
            if (row.get("unitId").asText().equals("RS_REPAS")) {
                for (JsonNode cell : row.get("cells")) {
                    if (cell.get("date").asText().equals(date)) {
                        return cell.get("state").asText();
                    }
                }
            }
        }
        throw new AssertionError("no RS_REPAS cell on " + date);
    }

    private static List<String> states(JsonNode grid) {
        List<String> states = new ArrayList<>();
        grid.get("rows").forEach(row -> row.get("cells").forEach(cell -> states.add(
                row.get("unitId").asText() + " " + cell.get("date").asText() + " " + cell.get("state").asText())));
        return states;
    }

    @Test
    void givenTheSequence_whenAnAuditorReadsTheChildHistory_thenEachStepInStoreOrderWithItsActorRoleAndFrenchDetail() {
        List<JsonNode> history = history(childHistoryPath());

        assertThat(types(history).subList(0, 3)).containsExactly("ChildAdded", "EnrolmentRequested",
                "EnrolmentValidated");
        // the invoice of November bills the child, and the credit note on it concerns the child too: they close
        // the child's history
        JsonNode billed = history.get(history.size() - 2);
        assertThat(summary(billed)).isEqualTo("InvoiceIssued  STAFF " + staffUserId);
        assertThat(billed.get("detail").asText()).startsWith("Facture émise (n° : " + invoice.get("number").asText());
        JsonNode credited = history.get(history.size() - 1);
        assertThat(summary(credited)).isEqualTo("CreditNoteIssued  STAFF " + staffUserId);
        assertThat(credited.get("detail").asText()).startsWith("Avoir émis (n° : "
                + creditNote.get("number").asText());
        List<JsonNode> sequence = history.subList(3, history.size() - 2);
        String parent = "PARENT " + parentUserId;
        String staff = "STAFF " + staffUserId;
        // one submission of two days: the two slots decide in parallel, so their order is free
        assertThat(sequence.subList(0, 2).stream().map(AuditSequenceApiTest::summary)).containsExactlyInAnyOrder(
                "ReservationValidated 2026-12-03 " + parent, "ReservationValidated 2026-12-04 " + parent);
        assertThat(sequence.subList(2, sequence.size()).stream().map(AuditSequenceApiTest::summary))
                .as("the refused attempt of the parent records nothing; each override comes before its change")
                .containsExactly(
                        "DeadlineOverridden 2026-12-01 " + staff, "ReservationValidated 2026-12-01 " + staff,
                        "DeadlineOverridden 2026-11-02 " + staff, "ReservationValidated 2026-11-02 " + staff,
                        "DeadlineOverridden 2026-11-03 " + staff, "ReservationValidated 2026-11-03 " + staff,
                        "AttendanceRecorded 2026-11-02 " + staff, "AttendanceRecorded 2026-11-03 " + staff,
                        "AttendanceRecorded 2026-11-05 " + staff);
        assertThat(sequence).allSatisfy(entry -> {
            assertThat(entry.get("activityId").asText()).isEqualTo("RS");
            assertThat(entry.get("unitId").asText()).isEqualTo("RS_REPAS");
        });
        assertThat(sequence.get(0).get("detail").asText()).startsWith("Réservation validée");
        assertThat(sequence.get(2).get("detail").asText()).isEqualTo("Modification par le service après le délai");
        assertThat(sequence.get(9).get("detail").asText())
                .isEqualTo("Présence relevée (statut : absence justifiée)");
        // store order is oldest first, except between the two slots decided in parallel: each stamps its event
        // when it decides, and the one that commits first may have decided a millisecond later
        List<Instant> at = history.stream().map(entry -> Instant.parse(entry.get("at").asText())).toList();
        for (int i = 1; i < at.size(); i++) {
            if (i != 4) {
                assertThat(at.get(i)).as("entry %d", i).isAfterOrEqualTo(at.get(i - 1));
            }
        }
        assertThat(at.get(5)).isAfterOrEqualTo(at.get(3));
        assertThat(at.subList(3, 5)).allSatisfy(parentStep -> assertThat(parentStep)
                .isBefore(betweenParentAndStaff));
        assertThat(at.get(5)).as("the override").isAfter(betweenParentAndStaff);
    }

    @Test
    void givenTheSequence_whenStaffReadTheFamilyHistory_thenTheChildsStepsThenTheInvoiceThenTheCreditNoteByStaff() {
        List<JsonNode> child = history(childHistoryPath());
        List<JsonNode> history = history(staff(), familyHistoryPath());

        assertThat(history).as("a child's events are filed under its family too").containsSubsequence(child);
        assertThat(types(history)).containsSubsequence("AttendanceRecorded", "InvoiceIssued", "CreditNoteIssued");
        JsonNode issued = history.get(history.size() - 2);
        JsonNode credited = history.get(history.size() - 1);
        assertThat(issued.get("type").asText()).isEqualTo("InvoiceIssued");
        assertThat(issued.get("detail").asText()).isEqualTo("Facture émise (n° : " + invoice.get("number").asText()
                + ", mois : novembre 2026, total : 7,00 €)");
        assertThat(credited.get("type").asText()).isEqualTo("CreditNoteIssued");
        assertThat(credited.get("detail").asText()).isEqualTo("Avoir émis (n° : " + creditNote.get("number").asText()
                + ", montant : 2,80 €, motif : " + EXCUSE + ")");
        assertThat(creditNote.get("number").asText()).matches("AV-2026-\\d{6}");
        assertThat(creditNote.get("invoiceId").asText()).isEqualTo(invoice.get("invoiceId").asText());
        for (JsonNode billing : List.of(issued, credited)) {
            assertThat(billing.get("actorId").asText()).isEqualTo(staffUserId);
            assertThat(billing.get("actorRole").asText()).isEqualTo("STAFF");
            assertThat(billing.path("date").asText("")).isEmpty();
        }
        assertThat(invoice.get("lines").findValuesAsText("date")).containsExactly("2026-11-02", "2026-11-05");
        assertThat(invoice.get("lines").findValuesAsText("reason")).containsExactly("RESERVED", "UNBOOKED_PRESENCE");
    }

    @Test
    void givenTheSequence_whenTheHistoriesAreExportedAsCsv_thenAHeaderAndOneRowPerEntryInTheSameOrder() {
        for (String path : List.of(childHistoryPath(), familyHistoryPath())) {
            List<JsonNode> entries = history(path);

            ResponseEntity<String> csv = auditor().getForEntity(path + ".csv", String.class);

            assertThat(csv.getStatusCode()).isEqualTo(HttpStatus.OK);
            assertThat(csv.getHeaders().getContentType().toString()).startsWith("text/csv");
            List<String> rows = csv.getBody().lines().toList();
            assertThat(rows.get(0)).isEqualTo("horodatage;utilisateur;role;type;activite;date;unite;detail");
            assertThat(rows).as(path).hasSize(entries.size() + 1);
            for (int i = 0; i < entries.size(); i++) {
                JsonNode entry = entries.get(i);
                String[] cells = rows.get(i + 1).split(";", -1);
                assertThat(cells).as(rows.get(i + 1)).hasSize(8);
                assertThat(cells[0]).isEqualTo(entry.get("at").asText());
                assertThat(cells[1]).isEqualTo(entry.get("actorId").asText());
                assertThat(cells[2]).isEqualTo(entry.get("actorRole").asText());
                assertThat(cells[3]).isEqualTo(entry.get("type").asText());
                assertThat(cells[5]).isEqualTo(entry.path("date").asText(""));
                assertThat(cells[7]).isEqualTo(entry.get("detail").asText());
            }
        }
        assertThat(auditor().getForObject(familyHistoryPath() + ".csv", String.class))
                .contains(";CreditNoteIssued;;;;Avoir émis").contains(creditNote.get("number").asText());
    }

    @Test
    void givenTheSequence_whenTheGridIsAskedAsOfPastInstants_thenItShowsTheCellsAsTheyStoodThenAndNowTheOverrides() {
        JsonNode decemberThen = auditor().getForObject(gridPath("2026-12", betweenParentAndStaff), JsonNode.class);
        JsonNode novemberThen = auditor().getForObject(gridPath("2026-11", betweenParentAndStaff), JsonNode.class);
        JsonNode novemberBeforeClosing = staff().getForObject(gridPath("2026-11", beforeClosing), JsonNode.class);
        Instant now = clock.instant();
        JsonNode decemberNow = auditor().getForObject(gridPath("2026-12", now), JsonNode.class);
        JsonNode novemberNow = auditor().getForObject(gridPath("2026-11", now), JsonNode.class);

        assertThat(state(decemberThen, "2026-12-01")).isEqualTo("FREE");
        assertThat(state(decemberThen, "2026-12-03")).isEqualTo("VALIDATED");
        assertThat(state(decemberThen, "2026-12-04")).isEqualTo("VALIDATED");
        assertThat(state(novemberThen, "2026-11-02")).isEqualTo("FREE");
        assertThat(state(novemberThen, "2026-11-03")).isEqualTo("FREE");
        assertThat(state(novemberBeforeClosing, "2026-11-02")).isEqualTo("PRESENT");
        assertThat(state(novemberBeforeClosing, "2026-11-03")).isEqualTo("ABSENT_JUSTIFIED");
        assertThat(state(novemberBeforeClosing, "2026-11-05")).isEqualTo("PRESENT");
        assertThat(state(decemberNow, "2026-12-01")).as("overridden by staff").isEqualTo("VALIDATED");
        assertThat(state(decemberNow, "2026-12-03")).isEqualTo("VALIDATED");
        assertThat(state(novemberNow, "2026-11-02")).isEqualTo("BILLED");
        assertThat(state(novemberNow, "2026-11-03")).isEqualTo("ABSENT_JUSTIFIED");
        assertThat(state(novemberNow, "2026-11-05")).isEqualTo("BILLED");
        for (JsonNode asOf : List.of(decemberThen, novemberThen, novemberBeforeClosing, decemberNow, novemberNow)) {
            asOf.get("rows").forEach(row -> row.get("cells").forEach(cell -> assertThat(cell.get("modifiable")
                    .asBoolean()).as("a past grid is read only").isFalse()));
        }
        assertThat(states(decemberNow)).as("rebuilt from the event store, as the live read model shows it")
                .isEqualTo(states(auditor().getForObject(gridPath("2026-12", null), JsonNode.class)));
        assertThat(states(novemberNow)).isEqualTo(states(auditor().getForObject(gridPath("2026-11", null),
                JsonNode.class)));
    }

    @Test
    void givenAParentOfAnotherFamily_whenReadingTheChildsAuditHistoryOrPastGrid_then403AndTheirOwnParentMayNotEither() {
        List<ResponseEntity<JsonNode>> otherParentAnswers = List.of(
                otherParent().getForEntity(childHistoryPath(), JsonNode.class),
                otherParent().getForEntity(childHistoryPath() + ".csv", JsonNode.class),
                otherParent().getForEntity(familyHistoryPath(), JsonNode.class),
                otherParent().getForEntity(gridPath("2026-12", betweenParentAndStaff), JsonNode.class),
                otherParent().getForEntity(gridPath("2026-12", null), JsonNode.class));
        List<ResponseEntity<JsonNode>> ownParentAnswers = List.of(
                parent().getForEntity(childHistoryPath(), JsonNode.class),
                parent().getForEntity(familyHistoryPath(), JsonNode.class),
                parent().getForEntity(gridPath("2026-12", betweenParentAndStaff), JsonNode.class));

        for (ResponseEntity<JsonNode> answer : otherParentAnswers) {
            assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        }
        for (ResponseEntity<JsonNode> answer : ownParentAnswers) {
            assertThat(answer.getStatusCode()).as("audit and asOf are for auditors and staff")
                    .isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(answer.getBody().get("code").asText()).isEqualTo("FORBIDDEN");
        }
        assertThat(otherParentAnswers.get(0).getBody().get("code").asText()).isEqualTo("FORBIDDEN");
        assertThat(otherParentAnswers.get(3).getBody().get("code").asText()).isEqualTo("FORBIDDEN");
        assertThat(state(parent().getForObject(gridPath("2026-12", null), JsonNode.class), "2026-12-01"))
                .as("their own parent still reads today's grid").isEqualTo("VALIDATED");
    }
}
