package fr.portailfamille.web.billing;

import static fr.portailfamille.web.PortalTestSupport.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.gateway.EventGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;

import fr.portailfamille.api.billing.BillingMessages;
import fr.portailfamille.api.billing.InvoiceIssued;
import fr.portailfamille.api.reservation.AttendanceStatus;
import fr.portailfamille.query.billing.BillingProjection;
import fr.portailfamille.web.PortalTest;
import fr.portailfamille.web.TestFamilies;
import fr.portailfamille.web.TestFamilies.TestFamily;

/** The billing rows of api.md over HTTP. Each test closes its own month, so that no two tests bill the same cells. */
@PortalTest
class BillingApiTest {
    @Autowired
    TestRestTemplate rest;
    @Autowired
    CommandGateway commands;
    @Autowired
    EventGateway events;
    @Autowired
    QueryGateway queries;
    @Autowired
    EventProcessingConfiguration processing;
    @Autowired
    EventStore eventStore;

    private SlotEventsStandIn slots;

    @BeforeEach
    void demoLoaded() {
        awaitDemoReady(rest);
        slots = new SlotEventsStandIn(events);
    }

    private TestRestTemplate staff() {
        return rest.withBasicAuth(STAFF, STAFF_PASSWORD);
    }

    private TestRestTemplate parentOf(TestFamily family) {
        return rest.withBasicAuth(family.email(), TestFamilies.PASSWORD);
    }

    /** Staff reserve a past day for the child (the deadline lets staff through and records the override). */
    private void reservedByStaff(TestFamily family, String activityId, String unitId, String date) {
        ResponseEntity<JsonNode> answer = staff().postForEntity("/api/children/" + family.childId()
                + "/reservations", Map.of("activityId", activityId, "changes", List.of(Map.of("date", date,
                "unitId", unitId, "action", "RESERVE"))), JsonNode.class);
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(answer.getBody().get("results").get(0).get("outcome").asText()).as(date).isEqualTo("VALIDATED");
    }

    private void attendanceByStaff(TestFamily family, String activityId, String unitId, String date,
                                   AttendanceStatus status) {
        ResponseEntity<JsonNode> answer = staff().postForEntity("/api/staff/attendance", Map.of("activityId",
                activityId, "date", date, "records", List.of(Map.of("childId", family.childId(), "unitId", unitId,
                "status", status.name()))), JsonNode.class);
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    private void awaitPreviewTotal(String month, int total) {
        await().atMost(Duration.ofSeconds(20)).until(() -> staff().getForObject(
                "/api/staff/billing/" + month + "/preview", JsonNode.class).get("total").asInt() == total);
    }

    private JsonNode awaitInvoices(TestFamily family, int count) {
        await().atMost(Duration.ofSeconds(20)).until(() -> staff().getForObject("/api/families/" + family.familyId()
                + "/invoices", JsonNode.class).size() == count);
        return staff().getForObject("/api/families/" + family.familyId() + "/invoices", JsonNode.class);
    }

    @Test
    void givenReservationsAndAttendanceOfSeptember_whenStaffCloseTheMonthTwice_thenInvoicesThen409MonthClosed() {
        TestFamily family = new TestFamilies(commands, queries).create("Septembre", 850, List.of("Louis"),
                "RS-2026-2027");
        reservedByStaff(family, "RS", "RS_REPAS", "2026-09-01");
        reservedByStaff(family, "RS", "RS_REPAS", "2026-09-03");
        attendanceByStaff(family, "RS", "RS_REPAS", "2026-09-04", AttendanceStatus.PRESENT);
        reservedByStaff(family, "RS", "RS_REPAS", "2026-09-07");
        attendanceByStaff(family, "RS", "RS_REPAS", "2026-09-07", AttendanceStatus.ABSENT_JUSTIFIED);
        awaitPreviewTotal("2026-09", 280 + 280 + 420);

        ResponseEntity<JsonNode> closed = staff().postForEntity("/api/staff/billing/2026-09/close", null,
                JsonNode.class);

        assertThat(closed.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(closed.getBody().get("month").asText()).isEqualTo("2026-09");
        assertThat(closed.getBody().get("invoices").asInt()).isEqualTo(1);
        assertThat(closed.getBody().get("total").asInt()).isEqualTo(980);
        ResponseEntity<JsonNode> again = staff().postForEntity("/api/staff/billing/2026-09/close", null,
                JsonNode.class);
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(again.getBody().get("code").asText()).isEqualTo("MONTH_CLOSED");

        JsonNode invoice = awaitInvoices(family, 1).get(0);
        assertThat(invoice.get("number").asText()).matches("2026-\\d{6}");
        assertThat(invoice.get("month").asText()).isEqualTo("2026-09");
        assertThat(invoice.get("total").asInt()).isEqualTo(980);
        assertThat(invoice.get("lines").findValuesAsText("reason"))
                .containsExactly("RESERVED", "RESERVED", "UNBOOKED_PRESENCE");
        assertThat(invoice.get("lines").findValuesAsText("date"))
                .containsExactly("2026-09-01", "2026-09-03", "2026-09-04");
        assertThat(invoice.get("lines").get(2).get("amount").asInt()).isEqualTo(420);
        assertThat(invoice.get("lines").get(0).get("childId").asText()).isEqualTo(family.childId());
        assertThat(parentOf(family).getForObject("/api/families/" + family.familyId() + "/invoices",
                JsonNode.class)).hasSize(1);

        await().atMost(Duration.ofSeconds(20)).until(() -> staff().getForObject(
                "/api/staff/billing/2026-09/summary", JsonNode.class).get("closed").asBoolean());
        JsonNode summary = rest.withBasicAuth(AUDITOR, AUDITOR_PASSWORD).getForObject(
                "/api/staff/billing/2026-09/summary", JsonNode.class);
        assertThat(summary.get("month").asText()).isEqualTo("2026-09");
        assertThat(summary.get("total").asInt()).isEqualTo(980);
        JsonNode meals = summary.get("activities").get(0).get("units").get(0);
        assertThat(summary.get("activities").get(0).get("activityId").asText()).isEqualTo("RS");
        assertThat(meals.get("unitId").asText()).isEqualTo("RS_REPAS");
        assertThat(meals.get("count").asInt()).isEqualTo(3);
        assertThat(meals.get("amount").asInt()).isEqualTo(980);
        assertThat(meals.get("brackets").get(0).get("bracket").asText()).isEqualTo("B");
    }

    @Test
    void givenAnotherFamilysInvoices_whenAParentReadsThem_then403ButTheirOwnAndStaffAndAuditorMay() {
        TestFamily family = new TestFamilies(commands, queries).create("Voisin", null, List.of("Louis"));

        ResponseEntity<JsonNode> other = rest.withBasicAuth(PARENT, PARENT_PASSWORD).getForEntity(
                "/api/families/" + family.familyId() + "/invoices", JsonNode.class);

        assertThat(other.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(other.getBody().get("code").asText()).isEqualTo("FORBIDDEN");
        assertThat(parentOf(family).getForEntity("/api/families/family-demo-martin/invoices", JsonNode.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(parentOf(family).getForEntity("/api/families/" + family.familyId() + "/invoices", JsonNode.class)
                .getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(rest.withBasicAuth(AUDITOR, AUDITOR_PASSWORD).getForEntity("/api/families/" + family.familyId()
                + "/invoices", JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(staff().getForEntity("/api/families/not-a-family/invoices", JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        for (TestRestTemplate reader : List.of(staff(), rest.withBasicAuth(AUDITOR, AUDITOR_PASSWORD))) {
            for (String list : List.of("invoices", "credit-notes")) {
                ResponseEntity<JsonNode> unknown = reader.getForEntity("/api/families/family-nope/" + list,
                        JsonNode.class);
                assertThat(unknown.getStatusCode()).as(list).isEqualTo(HttpStatus.NOT_FOUND);
                assertThat(unknown.getBody().get("code").asText()).isEqualTo("NOT_FOUND");
            }
        }
    }

    @Test
    void givenMalformedMonths_whenClosingOrSummarizing_then400InvalidInputAndNothingClosed() {
        for (String month : new String[] {"2026-13", "novembre", "2026-1", "26-11"}) {
            ResponseEntity<JsonNode> close = staff().postForEntity("/api/staff/billing/" + month + "/close", null,
                    JsonNode.class);
            assertThat(close.getStatusCode()).as(month).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(close.getBody().get("code").asText()).isEqualTo("INVALID_INPUT");
            assertThat(staff().getForEntity("/api/staff/billing/" + month + "/summary", JsonNode.class)
                    .getStatusCode()).as(month).isEqualTo(HttpStatus.BAD_REQUEST);
        }
    }

    @Test
    void givenTheCurrentMonth_whenStaffClose_then409MonthNotEndedAndOthersMayNotCloseAtAll() {
        ResponseEntity<JsonNode> current = staff().postForEntity("/api/staff/billing/2026-12/close", null,
                JsonNode.class);
        assertThat(current.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(current.getBody().get("code").asText()).isEqualTo("MONTH_NOT_ENDED");
        assertThat(current.getBody().get("detail").asText()).contains("décembre 2026");
        assertThat(rest.withBasicAuth(PARENT, PARENT_PASSWORD).postForEntity("/api/staff/billing/2026-06/close",
                null, JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(rest.withBasicAuth(AUDITOR, AUDITOR_PASSWORD).postForEntity("/api/staff/billing/2026-06/close",
                null, JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(rest.withBasicAuth(PARENT, PARENT_PASSWORD).getForEntity("/api/staff/billing/2026-06/summary",
                JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void givenAnOctoberInvoice_whenStaffIssueACreditNote_thenItIsDeductedFromTheNovemberInvoice() {
        TestFamily family = new TestFamilies(commands, queries).create("Avoir", 600, List.of("Louis"));
        slots.validated(family.childId(), "APS", "APS_SOIR", LocalDate.of(2026, 10, 5));
        slots.validated(family.childId(), "APS", "APS_SOIR", LocalDate.of(2026, 10, 6));
        awaitPreviewTotal("2026-10", 240);
        assertThat(staff().postForEntity("/api/staff/billing/2026-10/close", null, JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        String octoberInvoice = awaitInvoices(family, 1).get(0).get("invoiceId").asText();

        ResponseEntity<JsonNode> tooMuch = staff().postForEntity("/api/staff/billing/credit-notes", Map.of(
                "familyId", family.familyId(), "invoiceId", octoberInvoice, "amount", 241, "reason", "Erreur"),
                JsonNode.class);
        ResponseEntity<JsonNode> unknown = staff().postForEntity("/api/staff/billing/credit-notes", Map.of(
                "familyId", family.familyId(), "invoiceId", "invoice:2026-10:family-nobody", "amount", 10,
                "reason", "Erreur"), JsonNode.class);
        ResponseEntity<JsonNode> blank = staff().postForEntity("/api/staff/billing/credit-notes", Map.of(
                "familyId", family.familyId(), "invoiceId", octoberInvoice, "amount", 10, "reason", " "),
                JsonNode.class);
        ResponseEntity<JsonNode> byAParent = parentOf(family).postForEntity("/api/staff/billing/credit-notes",
                Map.of("familyId", family.familyId(), "invoiceId", octoberInvoice, "amount", 10, "reason", "Moi"),
                JsonNode.class);
        ResponseEntity<JsonNode> credited = staff().postForEntity("/api/staff/billing/credit-notes", Map.of(
                "familyId", family.familyId(), "invoiceId", octoberInvoice, "amount", 120,
                "reason", "Maladie justifiée le 06/10"), JsonNode.class);

        assertThat(tooMuch.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(tooMuch.getBody().get("code").asText()).isEqualTo("CREDIT_EXCEEDS_INVOICE");
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(blank.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(byAParent.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(credited.getStatusCode()).isEqualTo(HttpStatus.CREATED);

        slots.validated(family.childId(), "APS", "APS_SOIR", LocalDate.of(2026, 11, 2));
        await().atMost(Duration.ofSeconds(20)).until(() -> staff().getForObject("/api/families/"
                + family.familyId() + "/credit-notes", JsonNode.class).size() == 1);
        await().atMost(Duration.ofSeconds(20)).until(() -> staff().getForObject(
                "/api/staff/billing/2026-11/preview", JsonNode.class).get("invoices").findValuesAsText("familyId")
                .contains(family.familyId()));
        assertThat(staff().postForEntity("/api/staff/billing/2026-11/close", null, JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);

        awaitInvoices(family, 2);
        // the credit is applied by an event of its own, after the invoice: a busy machine may list the invoice first
        await().atMost(Duration.ofSeconds(20)).until(() -> staff().getForObject("/api/families/"
                + family.familyId() + "/invoices", JsonNode.class).get(0).get("credits").size() == 1);
        JsonNode november = staff().getForObject("/api/families/" + family.familyId() + "/invoices", JsonNode.class)
                .get(0);
        assertThat(november.get("month").asText()).isEqualTo("2026-11");
        assertThat(november.get("total").asInt()).isEqualTo(120);
        assertThat(november.get("credits").get(0).get("number").asText()).matches("AV-2026-\\d{6}");
        assertThat(november.get("credits").get(0).get("amount").asInt()).isEqualTo(120);
        assertThat(november.get("amountDue").asInt()).isZero();
    }

    @Test
    void givenTwoMonthsClosedAtTheSameTime_whenReadingTheEventStore_thenInvoiceNumbersOfTheYearHaveNoGapNorTwin()
            throws Exception {
        for (String month : new String[] {"2026-04", "2026-05"}) {
            for (int i = 0; i < 3; i++) {
                TestFamily family = new TestFamilies(commands, queries).create("Concurrence", 700, List.of("Louis"));
                slots.validated(family.childId(), "RS", "RS_REPAS", LocalDate.parse(month + "-0" + (i + 1)));
            }
            awaitPreviewTotal(month, 300);
        }
        ExecutorService agents = Executors.newFixedThreadPool(2);
        try {
            Future<ResponseEntity<JsonNode>> april = agents.submit(() -> staff().postForEntity(
                    "/api/staff/billing/2026-04/close", null, JsonNode.class));
            Future<ResponseEntity<JsonNode>> may = agents.submit(() -> staff().postForEntity(
                    "/api/staff/billing/2026-05/close", null, JsonNode.class));
            assertThat(april.get(30, TimeUnit.SECONDS).getStatusCode()).isEqualTo(HttpStatus.OK);
            assertThat(may.get(30, TimeUnit.SECONDS).getStatusCode()).isEqualTo(HttpStatus.OK);
        } finally {
            agents.shutdownNow();
        }

        List<String> numbers = eventStore.readEvents(BillingMessages.BILLING_ID, 0).asStream()
                .map(DomainEventMessage::getPayload).filter(InvoiceIssued.class::isInstance)
                .map(payload -> ((InvoiceIssued) payload).number()).filter(number -> number.startsWith("2026-"))
                .toList();
        assertThat(numbers).hasSizeGreaterThanOrEqualTo(6);
        assertThat(numbers).containsExactlyElementsOf(IntStream.rangeClosed(1, numbers.size())
                .mapToObj(sequence -> String.format("2026-%06d", sequence)).toList());
    }

    @Test
    void givenIssuedInvoices_whenTheBillingReadModelIsRebuiltFromTheEvents_thenEveryInvoiceIsTheSame() {
        TestFamily family = new TestFamilies(commands, queries).create("Rejeu", 1500, List.of("Louis"));
        slots.validated(family.childId(), "MERC", "MERC_APM", LocalDate.of(2026, 7, 1));
        slots.attendance(family.childId(), "MERC", "MERC_GARD", LocalDate.of(2026, 7, 1), AttendanceStatus.PRESENT,
                false);
        awaitPreviewTotal("2026-07", 1000 + 75);
        assertThat(staff().postForEntity("/api/staff/billing/2026-07/close", null, JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        JsonNode before = awaitInvoices(family, 1);
        await().atMost(Duration.ofSeconds(20)).until(() -> staff().getForObject(
                "/api/staff/billing/2026-07/summary", JsonNode.class).get("closed").asBoolean());
        JsonNode summaryBefore = staff().getForObject("/api/staff/billing/2026-07/summary", JsonNode.class);

        StreamingEventProcessor processor = processing.eventProcessorByProcessingGroup(
                BillingProjection.PROCESSING_GROUP, StreamingEventProcessor.class).orElseThrow();
        processor.shutDown();
        processor.resetTokens(); // the reset handler drops the billing collections before anything is replayed
        processor.start();

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            assertThat(staff().getForObject("/api/families/" + family.familyId() + "/invoices", JsonNode.class))
                    .isEqualTo(before);
            assertThat(staff().getForObject("/api/staff/billing/2026-07/summary", JsonNode.class))
                    .isEqualTo(summaryBefore);
        });
        // the replay ends here: the tests that follow read this processor's read models right after their changes
        await().atMost(Duration.ofSeconds(60)).until(() -> !processor.isReplaying());
    }
}
