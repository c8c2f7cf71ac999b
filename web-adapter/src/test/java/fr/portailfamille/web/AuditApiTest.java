package fr.portailfamille.web;

import static fr.portailfamille.web.PortalTestSupport.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;

@PortalTest
class AuditApiTest {
    private static final String LEA_HISTORY = "/api/audit/children/child-demo-lea/history";
    @Autowired
    TestRestTemplate rest;

    @BeforeEach
    void demoLoaded() {
        awaitDemoReady(rest);
        await().atMost(Duration.ofSeconds(30)).until(() -> rest.withBasicAuth(AUDITOR, AUDITOR_PASSWORD)
                .getForObject(LEA_HISTORY, JsonNode.class).size() >= 7);
    }

    @Test
    void givenTheDemoFamily_whenAnAuditorReadsLeasHistory_thenHerEventsOldestFirstWithActorAndFrenchDetail() {
        JsonNode history = rest.withBasicAuth(AUDITOR, AUDITOR_PASSWORD).getForObject(LEA_HISTORY, JsonNode.class);

        assertThat(history.get(0).get("type").asText()).isEqualTo("ChildAdded");
        assertThat(history.findValuesAsText("type")).contains("EnrolmentRequested", "EnrolmentValidated");
        JsonNode validated = history.get(history.size() - 1);
        assertThat(validated.get("type").asText()).isEqualTo("EnrolmentValidated");
        assertThat(validated.get("detail").asText()).startsWith("Inscription validée");
        assertThat(validated.get("actorId").asText()).isEqualTo("system");
        assertThat(validated.get("actorRole").asText()).isEqualTo("STAFF");
        assertThat(validated.get("activityId").asText()).isIn("APS", "RS", "MERC");
        assertThat(validated.has("at")).isTrue();
        assertThat(validated.has("date")).isTrue();
        assertThat(validated.has("unitId")).isTrue();
        for (int i = 1; i < history.size(); i++) {
            assertThat(history.get(i).get("at").asText()).isGreaterThanOrEqualTo(history.get(i - 1).get("at").asText());
        }
    }

    @Test
    void givenTheDemoFamily_whenStaffDownloadsTheFamilyHistoryAsCsv_thenOneLinePerEvent() {
        ResponseEntity<String> csv = rest.withBasicAuth(STAFF, STAFF_PASSWORD)
                .getForEntity("/api/audit/families/family-demo-martin/history.csv", String.class);

        assertThat(csv.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(csv.getHeaders().getContentType().toString()).startsWith("text/csv");
        assertThat(csv.getBody()).startsWith("horodatage;utilisateur;role;type;").contains("Dossier famille créé")
                .contains("Enfant ajouté au dossier").doesNotContain("{bcrypt}");
    }

    @Test
    void givenAParent_whenReadingTheAuditHistory_then403() {
        ResponseEntity<JsonNode> answer = rest.withBasicAuth(PARENT, PARENT_PASSWORD).getForEntity(LEA_HISTORY,
                JsonNode.class);
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(answer.getBody().get("code").asText()).isEqualTo("FORBIDDEN");
    }

    @Test
    void givenAnUnknownChild_whenReadingItsHistory_then404() {
        ResponseEntity<JsonNode> answer = rest.withBasicAuth(AUDITOR, AUDITOR_PASSWORD)
                .getForEntity("/api/audit/children/child-nobody/history", JsonNode.class);
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void givenABadDate_whenReadingASlotHistory_then400() {
        ResponseEntity<JsonNode> answer = rest.withBasicAuth(AUDITOR, AUDITOR_PASSWORD)
                .getForEntity("/api/audit/slots/MERC/pas-une-date/history", JsonNode.class);
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(answer.getBody().get("code").asText()).isEqualTo("INVALID_INPUT");
    }
}
