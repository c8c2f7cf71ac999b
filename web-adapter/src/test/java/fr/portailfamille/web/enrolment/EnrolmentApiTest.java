package fr.portailfamille.web.enrolment;

import static fr.portailfamille.web.PortalTestSupport.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;

import fr.portailfamille.api.catalogue.CatalogueMessages;
import fr.portailfamille.api.catalogue.OpenPeriod;
import fr.portailfamille.web.PortalTest;
import fr.portailfamille.web.demo.DemoDataLoader;

@PortalTest
class EnrolmentApiTest extends WithTestFamily {
    /** A period whose enrolment window opens next June: closed on the tests' clock. */
    private static final String NEXT_YEAR = "MERC-2027-2028";

    @Override
    protected String childFirstName() {
        return "Inès";
    }

    private ResponseEntity<JsonNode> request(TestRestTemplate as, String childId, String periodId) {
        return as.postForEntity("/api/enrolments", Map.of("childId", childId, "periodId", periodId),
                JsonNode.class);
    }

    private JsonNode enrolmentsOf(TestRestTemplate as, String childId) {
        return as.getForObject("/api/children/" + childId + "/enrolments", JsonNode.class);
    }

    private JsonNode row(TestRestTemplate as, String enrolmentId) {
        return enrolmentsOf(as, family.childId()).findParents("enrolmentId").stream()
                .filter(node -> node.get("enrolmentId").asText().equals(enrolmentId)).findFirst().orElse(null);
    }

    private String statusOf(String enrolmentId) {
        JsonNode row = row(parent(), enrolmentId);
        return row == null ? "" : row.get("status").asText();
    }

    @Test
    void givenAParent_whenRequestingThenStaffValidate_thenPendingThenValidatedWithAnAttestation() {
        ResponseEntity<JsonNode> created = request(parent(), family.childId(), "APS-2026-2027");

        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String enrolmentId = created.getBody().get("enrolmentId").asText();
        assertThat(created.getBody().get("status").asText()).isEqualTo("PENDING");
        await().atMost(Duration.ofSeconds(10)).until(() -> row(parent(), enrolmentId) != null);
        JsonNode row = row(parent(), enrolmentId);
        assertThat(row.get("enrolmentId").asText()).isEqualTo(enrolmentId);
        assertThat(row.get("activityId").asText()).isEqualTo("APS");
        assertThat(row.get("periodId").asText()).isEqualTo("APS-2026-2027");
        assertThat(row.get("status").asText()).isEqualTo("PENDING");

        JsonNode queued = staff().getForObject("/api/staff/enrolments?status=PENDING", JsonNode.class);
        JsonNode mine = queued.findParents("enrolmentId").stream()
                .filter(node -> node.get("enrolmentId").asText().equals(enrolmentId)).findFirst().orElseThrow();
        assertThat(mine.get("childId").asText()).isEqualTo(family.childId());
        assertThat(mine.get("childName").asText()).isEqualTo(family.childName());
        assertThat(mine.get("requestedAt").asText()).startsWith("2026-12-01T");
        assertThat(mine.get("missingDocuments")).hasSize(3);

        ResponseEntity<JsonNode> validated = staff().postForEntity("/api/enrolments/" + enrolmentId + "/validate",
                null, JsonNode.class);
        assertThat(validated.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(validated.getBody().get("status").asText()).isEqualTo("VALIDATED");
        await().atMost(Duration.ofSeconds(10)).until(() -> statusOf(enrolmentId).equals("VALIDATED"));

        ResponseEntity<byte[]> attestation = parent().getForEntity("/api/enrolments/" + enrolmentId
                + "/attestation", byte[].class);
        assertThat(attestation.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(attestation.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
        assertThat(new String(attestation.getBody(), 0, 5)).isEqualTo("%PDF-");
        assertThat(staff().postForEntity("/api/enrolments/" + enrolmentId + "/validate", null, JsonNode.class)
                .getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void givenAPendingEnrolment_whenRequestedAgain_then409EnrolmentExists() {
        assertThat(request(parent(), family.childId(), "RS-2026-2027").getStatusCode())
                .isEqualTo(HttpStatus.CREATED);

        ResponseEntity<JsonNode> again = request(parent(), family.childId(), "RS-2026-2027");

        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(again.getBody().get("code").asText()).isEqualTo("ENROLMENT_EXISTS");
        assertThat(again.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .isTrue();
    }

    @Test
    void givenAWindowNotOpenYet_whenAParentRequests_then409ButStaffMayEnrol() {
        commands.sendAndWait(new OpenPeriod(CatalogueMessages.CATALOGUE_ID, "MERC", NEXT_YEAR,
                "Accueil mercredi 2027-2028", LocalDate.of(2027, 9, 1), LocalDate.of(2028, 7, 7),
                LocalDate.of(2027, 6, 1), LocalDate.of(2028, 6, 30)));

        ResponseEntity<JsonNode> closed = request(parent(), family.childId(), NEXT_YEAR);

        assertThat(closed.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(closed.getBody().get("code").asText()).isEqualTo("ENROLMENT_WINDOW_CLOSED");
        assertThat(request(staff(), family.childId(), NEXT_YEAR).getStatusCode()).isEqualTo(HttpStatus.CREATED);
    }

    @Test
    void givenAnotherFamilysChild_whenAParentRequestsOrReads_then403AndNothingChanges() {
        ResponseEntity<JsonNode> refused = request(parent(), DemoDataLoader.LEA, "ALSH-2026-2027");

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(refused.getBody().get("code").asText()).isEqualTo("FORBIDDEN");
        assertThat(parent().getForEntity("/api/children/" + DemoDataLoader.LEA + "/enrolments", JsonNode.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        JsonNode lea = enrolmentsOf(staff(), DemoDataLoader.LEA);
        assertThat(lea.findValuesAsText("periodId")).doesNotContain("ALSH-2026-2027");
    }

    @Test
    void givenAnAuditor_whenReadingOrRequesting_thenReadsButMayNotRequest() {
        TestRestTemplate auditor = rest.withBasicAuth(AUDITOR, AUDITOR_PASSWORD);

        assertThat(enrolmentsOf(auditor, DemoDataLoader.LEA).findValuesAsText("periodId"))
                .contains("APS-2026-2027", "RS-2026-2027", "MERC-2026-2027");
        assertThat(request(auditor, family.childId(), "ALSH-2026-2027").getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(auditor.getForEntity("/api/staff/enrolments", JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void givenUnknownOrMalformedInput_whenRequesting_then404Or400AndNever500() {
        assertThat(request(parent(), family.childId(), "NOPE-2026").getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(request(parent(), "child-unknown", "APS-2026-2027").getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        ResponseEntity<JsonNode> malformed = request(parent(), family.childId(), "a:b");
        assertThat(malformed.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(malformed.getBody().get("code").asText()).isEqualTo("INVALID_INPUT");
        ResponseEntity<JsonNode> notJson = parent().postForEntity("/api/enrolments", "{childId:", JsonNode.class);
        assertThat(notJson.getStatusCode().is4xxClientError()).isTrue();
        assertThat(staff().getForEntity("/api/staff/enrolments?status=MAYBE", JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(enrolmentsOf(staff(), family.childId()).findValuesAsText("periodId")).doesNotContain("NOPE-2026");
    }

    @Test
    void givenAPendingEnrolment_whenStaffRejectWithAReason_thenRejectedAndItCannotBeValidated() {
        String enrolmentId = request(parent(), family.childId(), "MERC-2026-2027").getBody().get("enrolmentId")
                .asText();
        String reject = "/api/enrolments/" + enrolmentId + "/reject";

        assertThat(staff().postForEntity(reject, Map.of("reason", " "), JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(parent().postForEntity(reject, Map.of("reason", "Non"), JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<JsonNode> rejected = staff().postForEntity(reject, Map.of("reason", "Plus de place"),
                JsonNode.class);
        assertThat(rejected.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(rejected.getBody().get("status").asText()).isEqualTo("REJECTED");

        ResponseEntity<JsonNode> validate = staff().postForEntity("/api/enrolments/" + enrolmentId + "/validate",
                null, JsonNode.class);
        assertThat(validate.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(validate.getBody().get("code").asText()).isEqualTo("ENROLMENT_NOT_PENDING");
        await().atMost(Duration.ofSeconds(10)).until(() -> statusOf(enrolmentId).equals("REJECTED"));
        ResponseEntity<JsonNode> attestation = parent().getForEntity("/api/enrolments/" + enrolmentId
                + "/attestation", JsonNode.class);
        assertThat(attestation.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(attestation.getBody().get("code").asText()).isEqualTo("ENROLMENT_NOT_VALIDATED");
    }

    @Test
    void givenUnknownEnrolments_whenStaffDecide_then404() {
        assertThat(staff().postForEntity("/api/enrolments/enrolment:child-nobody:APS-2026-2027/validate", null,
                JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(staff().postForEntity("/api/enrolments/nothing/reject", Map.of("reason", "x"),
                JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(parent().getForEntity("/api/enrolments/nothing/attestation", JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void givenAValidatedEnrolment_whenStaffEndIt_thenEndedAndADateOutsideThePeriodIsRefused() {
        String enrolmentId = request(staff(), family.childId(), "ALSH-2026-2027").getBody().get("enrolmentId")
                .asText();
        staff().postForEntity("/api/enrolments/" + enrolmentId + "/validate", null, JsonNode.class);
        String end = "/api/enrolments/" + enrolmentId + "/end";

        ResponseEntity<JsonNode> outside = staff().postForEntity(end, Map.of("from", "2027-09-01"), JsonNode.class);
        assertThat(outside.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(outside.getBody().get("code").asText()).isEqualTo("END_OUTSIDE_PERIOD");
        assertThat(parent().postForEntity(end, Map.of("from", "2027-02-01"), JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<JsonNode> ended = staff().postForEntity(end, Map.of("from", "2027-02-01"), JsonNode.class);
        assertThat(ended.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(ended.getBody().get("status").asText()).isEqualTo("ENDED");
    }
}
