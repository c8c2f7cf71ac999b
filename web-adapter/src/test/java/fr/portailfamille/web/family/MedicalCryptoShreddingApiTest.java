package fr.portailfamille.web.family;

import static fr.portailfamille.web.PortalTestSupport.awaitDemoReady;
import static fr.portailfamille.web.family.ApiTestFamilies.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoDatabase;

import fr.portailfamille.web.PortalTest;

@PortalTest
class MedicalCryptoShreddingApiTest {
    private static final String ALLERGY = "Allergie-Kiwi-7Q";
    private static final String DOCTOR = "Docteur-Quenelle-7Q";

    @Autowired
    TestRestTemplate rest;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MongoDatabase mongo;

    @BeforeEach
    void demoLoaded() {
        awaitDemoReady(rest);
    }

    private String rawPayloadsOf(String familyId) {
        List<byte[]> payloads = jdbc.queryForList(
                "SELECT payload FROM DomainEventEntry WHERE aggregateIdentifier = ?", byte[].class, familyId);
        assertThat(payloads).isNotEmpty();
        StringBuilder text = new StringBuilder();
        payloads.forEach(payload -> text.append(new String(payload, StandardCharsets.UTF_8)));
        return text.toString();
    }

    private String readModelsOf(String familyId) {
        StringBuilder text = new StringBuilder();
        for (String collection : mongo.listCollectionNames()) {
            mongo.getCollection(collection).find().forEach(document -> {
                if (document.toJson().contains(familyId)) {
                    text.append(document.toJson());
                }
            });
        }
        return text.toString();
    }

    @Test
    void givenAMedicalDossier_whenTheMedicalConsentIsWithdrawn_thenItIsUnreadableEverywhere() {
        Parent parent = consentingParent(rest, "Chiffre", true);
        String childId = addChild(parent, "Manon");
        assertThat(send(parent.rest(), HttpMethod.PUT, "/api/children/" + childId + "/medical-dossier",
                Map.of("doctor", DOCTOR, "allergies", ALLERGY, "pai", "PAI", "diet", "", "vaccinations", "À jour",
                        "notes", "")).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        JsonNode medical = dossier(parent.rest(), parent.familyId()).get("children").get(0).get("medical");
        assertThat(medical.get("status").asText()).isEqualTo("READABLE");
        assertThat(medical.get("dossier").get("allergies").asText()).isEqualTo(ALLERGY);
        assertThat(rawPayloadsOf(parent.familyId())).contains("keyId")
                .doesNotContain(ALLERGY, DOCTOR);
        assertThat(readModelsOf(parent.familyId())).doesNotContain(ALLERGY, DOCTOR);

        assertThat(consent(parent, true, false).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        JsonNode erased = dossier(parent.rest(), parent.familyId()).get("children").get(0).get("medical");
        assertThat(erased.get("status").asText()).isEqualTo("ERASED");
        assertThat(erased.get("dossier").isNull()).isTrue();
        assertThat(mongo.getCollection("family_keys").find(new Document("_id", parent.familyId())).first()).isNull();
        assertThat(rawPayloadsOf(parent.familyId())).doesNotContain(ALLERGY, DOCTOR);
        JsonNode history = staff(rest).getForObject("/api/families/" + parent.familyId() + "/history",
                JsonNode.class);
        assertThat(history.findValuesAsText("detail")).anyMatch(detail -> detail.contains("Dossier médical de Manon")
                && detail.contains("donnée effacée"));
        assertThat(history.toString()).doesNotContain(ALLERGY, DOCTOR);
    }
}
