package fr.portailfamille.web;

import static fr.portailfamille.web.PortalTestSupport.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;

@PortalTest
class ApiSmokeTest {
    @Autowired
    TestRestTemplate rest;

    @BeforeEach
    void demoLoaded() {
        awaitDemoReady(rest);
    }

    @Test
    void givenDemoParent_whenAskingWhoAmI_thenParentOfTheMartinFamily() {
        JsonNode me = rest.withBasicAuth(PARENT, PARENT_PASSWORD).getForObject("/api/me", JsonNode.class);
        assertThat(me.get("email").asText()).isEqualTo(PARENT);
        assertThat(me.get("role").asText()).isEqualTo("PARENT");
        assertThat(me.get("familyId").asText()).isNotBlank();
        assertThat(me.get("userId").asText()).isNotBlank();
        assertThat(me.toString()).doesNotContain("password").doesNotContain("{bcrypt}");
    }

    @Test
    void givenStaffAndAuditor_whenAskingWhoAmI_thenNoFamily() {
        JsonNode staff = rest.withBasicAuth(STAFF, STAFF_PASSWORD).getForObject("/api/me", JsonNode.class);
        JsonNode auditor = rest.withBasicAuth(AUDITOR, AUDITOR_PASSWORD).getForObject("/api/me", JsonNode.class);
        assertThat(staff.get("role").asText()).isEqualTo("STAFF");
        assertThat(staff.get("familyId").isNull()).isTrue();
        assertThat(auditor.get("role").asText()).isEqualTo("AUDITOR");
    }

    @Test
    void givenDemoCommune_whenParentListsActivities_thenFourActivitiesWithTheirUnits() {
        JsonNode activities = rest.withBasicAuth(PARENT, PARENT_PASSWORD).getForObject("/api/activities",
                JsonNode.class);
        assertThat(activities).hasSize(4);
        Map<String, List<String>> unitsByActivity = new java.util.LinkedHashMap<>();
        activities.forEach(activity -> unitsByActivity.put(activity.get("id").asText(),
                activity.get("units").findValuesAsText("id")));
        assertThat(unitsByActivity).containsExactly(
                Map.entry("APS", List.of("APS_MATIN", "APS_PTDEJ", "APS_SOIR", "APS_GOUTER")),
                Map.entry("RS", List.of("RS_REPAS")),
                Map.entry("MERC", List.of("MERC_MIDI", "MERC_APM", "MERC_GARD")),
                Map.entry("ALSH", List.of("ALSH_MATIN", "ALSH_APM", "ALSH_JOUR", "ALSH_REPAS", "ALSH_GARD")));
        JsonNode merc = activities.get(2);
        assertThat(merc.get("validationMode").asText()).isEqualTo("MANUAL");
        assertThat(merc.get("units").get(0).get("capacity").asInt()).isEqualTo(24);
        assertThat(activities.get(1).get("validationMode").asText()).isEqualTo("AUTOMATIC");
        assertThat(activities.get(0).get("units").get(0).get("capacity").isNull()).isTrue();
        JsonNode period = activities.get(3).get("periods").get(0);
        assertThat(period.get("from").asText()).isEqualTo("2026-10-19");
        assertThat(period.get("to").asText()).isEqualTo("2027-08-31");
    }

    @Test
    void givenWrongPassword_whenCallingTheApi_then401ProblemJson() {
        ResponseEntity<JsonNode> answer = rest.withBasicAuth(PARENT, "not-the-password").getForEntity("/api/me",
                JsonNode.class);
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(answer.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
        assertThat(answer.getBody().get("code").asText()).isEqualTo("UNAUTHENTICATED");
        assertThat(answer.getBody().get("status").asInt()).isEqualTo(401);
    }

    @Test
    void givenNoCredentials_whenCallingTheApi_then401() {
        ResponseEntity<JsonNode> answer = rest.getForEntity("/api/activities", JsonNode.class);
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(answer.getBody().get("code").asText()).isEqualTo("UNAUTHENTICATED");
    }

    @Test
    void givenUnknownPath_whenCallingTheApi_then404ProblemJsonWithoutStackTrace() {
        ResponseEntity<String> answer = rest.withBasicAuth(PARENT, PARENT_PASSWORD).getForEntity("/api/nowhere",
                String.class);
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(answer.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
        assertThat(answer.getBody()).contains("\"code\":\"NOT_FOUND\"").contains("\"title\"")
                .contains("\"detail\"").contains("\"type\"").doesNotContain("Exception").doesNotContain("at fr.");
    }

    @Test
    void givenHealthEndpoint_whenAsked_thenUpWithEventStoreAndMongo() {
        JsonNode health = rest.getForObject("/actuator/health", JsonNode.class);
        assertThat(health.get("status").asText()).isEqualTo("UP");
        assertThat(health.get("components").get("eventStore").get("status").asText()).isEqualTo("UP");
        assertThat(health.get("components").get("mongo").get("status").asText()).isEqualTo("UP");
    }

    @Test
    void givenPrometheusEndpoint_whenScraped_thenAxonMetricsArePublished() {
        String metrics = rest.getForObject("/actuator/prometheus", String.class);
        assertThat(metrics).contains("jvm_memory_used_bytes").contains("commandBus_handled_total")
                .contains("read_models_handled_total").contains("read_models_audit_latency_milliseconds");
    }
}
