package fr.portailfamille.web.enrolment;

import static com.mongodb.client.model.Filters.eq;
import static fr.portailfamille.web.PortalTestSupport.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoDatabase;

import fr.portailfamille.web.PortalTest;
import fr.portailfamille.web.demo.DemoDataLoader;

@PortalTest
class DocumentApiTest extends WithTestFamily {
    static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);
    static final String HOSTILE_NAME = "../<script>alert(1)</script>\"; x=y - / ? : «été».pdf";

    @Autowired
    MongoDatabase database;

    @Override
    protected String childFirstName() {
        return "Chloé";
    }

    static HttpEntity<MultiValueMap<String, Object>> multipart(Map<String, String> fields, String fileName,
                                                              byte[] content) {
        MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
        fields.forEach(body::add);
        body.add("file", new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return fileName;
            }
        });
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return new HttpEntity<>(body, headers);
    }

    private ResponseEntity<JsonNode> upload(TestRestTemplate as, String familyId, String kind, String fileName,
                                            byte[] content) {
        return as.postForEntity("/api/families/" + familyId + "/documents",
                multipart(Map.of("kind", kind, "schoolYear", "2026-2027"), fileName, content), JsonNode.class);
    }

    private JsonNode overview(TestRestTemplate as) {
        return as.getForObject("/api/families/" + family.familyId() + "/documents?schoolYear=2026-2027",
                JsonNode.class);
    }

    private String statusOf(String kind) {
        return overview(parent()).get("required").findParents("kind").stream()
                .filter(node -> node.get("kind").asText().equals(kind)).findFirst().orElseThrow()
                .get("status").asText();
    }

    @Test
    void givenAParent_whenSendingAPdfAndStaffReceiveIt_thenSentThenReceivedAndDownloadable() {
        assertThat(statusOf("ASSURANCE_RESPONSABILITE_CIVILE")).isEqualTo("MISSING");

        ResponseEntity<JsonNode> sent = upload(parent(), family.familyId(), "ASSURANCE_RESPONSABILITE_CIVILE",
                "assurance RC.pdf", PDF);

        assertThat(sent.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(sent.getBody().get("status").asText()).isEqualTo("SENT");
        String documentId = sent.getBody().get("documentId").asText();
        await().atMost(Duration.ofSeconds(10)).until(() -> statusOf("ASSURANCE_RESPONSABILITE_CIVILE")
                .equals("SENT"));
        assertThat(staff().getForObject("/api/staff/documents", JsonNode.class).findValuesAsText("documentId"))
                .contains(documentId);
        ResponseEntity<byte[]> file = parent().getForEntity("/api/documents/" + documentId + "/file", byte[].class);
        assertThat(file.getBody()).isEqualTo(PDF);
        assertThat(file.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
        assertThat(file.getHeaders().getContentDisposition().getType()).isEqualTo("attachment");

        assertThat(parent().postForEntity("/api/documents/" + documentId + "/receive", null, JsonNode.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<JsonNode> received = staff().postForEntity("/api/documents/" + documentId + "/receive", null,
                JsonNode.class);
        assertThat(received.getBody().get("status").asText()).isEqualTo("RECEIVED");
        await().atMost(Duration.ofSeconds(10)).until(() -> statusOf("ASSURANCE_RESPONSABILITE_CIVILE")
                .equals("RECEIVED"));
        ResponseEntity<JsonNode> another = upload(parent(), family.familyId(), "ASSURANCE_RESPONSABILITE_CIVILE",
                "encore.pdf", PDF);
        assertThat(another.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(another.getBody().get("code").asText()).isEqualTo("DOCUMENT_ALREADY_RECEIVED");
    }

    @Test
    void givenASentDocument_whenStaffRefuseItWithAReason_thenRefusedAndTheParentMaySendAgain() {
        String documentId = upload(parent(), family.familyId(), "ASSURANCE_INDIVIDUELLE_ACCIDENT", "scan.png",
                new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3}).getBody()
                .get("documentId").asText();
        await().atMost(Duration.ofSeconds(10)).until(() -> statusOf("ASSURANCE_INDIVIDUELLE_ACCIDENT")
                .equals("SENT"));
        assertThat(staff().postForEntity("/api/documents/" + documentId + "/refuse", Map.of("reason", ""),
                JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);

        ResponseEntity<JsonNode> refused = staff().postForEntity("/api/documents/" + documentId + "/refuse",
                Map.of("reason", "Attestation de l'an dernier"), JsonNode.class);

        assertThat(refused.getBody().get("status").asText()).isEqualTo("REFUSED");
        await().atMost(Duration.ofSeconds(10)).until(() -> statusOf("ASSURANCE_INDIVIDUELLE_ACCIDENT")
                .equals("REFUSED"));
        JsonNode document = parent().getForObject("/api/documents/" + documentId, JsonNode.class);
        assertThat(document.get("reason").asText()).isEqualTo("Attestation de l'an dernier");
        assertThat(document.get("mediaType").asText()).isEqualTo("image/png");
        assertThat(upload(parent(), family.familyId(), "ASSURANCE_INDIVIDUELLE_ACCIDENT", "scan2.jpg",
                new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10}).getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
    }

    @Test
    void givenAFileOverFiveMegabytes_whenSent_then413AndNothingRecorded() {
        byte[] large = Arrays.copyOf(PDF, 5 * 1024 * 1024 + 1);

        ResponseEntity<JsonNode> answer = upload(parent(), family.familyId(), "FICHE_SANITAIRE", "gros.pdf", large);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
        assertThat(answer.getBody().get("code").asText()).isEqualTo("PAYLOAD_TOO_LARGE");
    }

    @Test
    void givenAnotherKindOfFileNamedPdf_whenSent_then415AndNothingStored() {
        long storedBefore = database.getCollection("files.files").countDocuments();
        byte[] html = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);

        ResponseEntity<JsonNode> answer = upload(parent(), family.familyId(), "FICHE_SANITAIRE", "fiche.pdf", html);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
        assertThat(answer.getBody().get("code").asText()).isEqualTo("UNSUPPORTED_MEDIA_TYPE");
        assertThat(database.getCollection("files.files").countDocuments()).isEqualTo(storedBefore);
    }

    @Test
    void givenAnEmptyFile_whenSent_then400() {
        ResponseEntity<JsonNode> answer = upload(parent(), family.familyId(), "FICHE_SANITAIRE", "vide.pdf",
                new byte[0]);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(answer.getBody().get("code").asText()).isEqualTo("EMPTY_FILE");
    }

    @Test
    void givenAHostileFileName_whenSent_thenStoredUnderAGeneratedNameAndItsNameKeptAsGiven() {
        ResponseEntity<JsonNode> sent = upload(parent(), family.familyId(), "FICHE_SANITAIRE", HOSTILE_NAME, PDF);

        assertThat(sent.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String documentId = sent.getBody().get("documentId").asText();
        Document stored = database.getCollection("files.files").find(eq("metadata.documentId", documentId)).first();
        assertThat(stored.getString("filename")).matches("[0-9a-f-]{36}\\.pdf");
        await().atMost(Duration.ofSeconds(10)).until(() -> parent().getForEntity("/api/documents/" + documentId,
                JsonNode.class).getStatusCode() == HttpStatus.OK);
        assertThat(parent().getForObject("/api/documents/" + documentId, JsonNode.class).get("fileName").asText())
                .isEqualTo(HOSTILE_NAME);
        ResponseEntity<byte[]> file = parent().getForEntity("/api/documents/" + documentId + "/file", byte[].class);
        assertThat(file.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION)).doesNotContain("\"; x=y");
        assertThat(file.getHeaders().getContentDisposition().getFilename()).isEqualTo(HOSTILE_NAME);
    }

    @Test
    void givenAnotherFamily_whenAParentSendsOrReadsItsDocuments_then403() {
        assertThat(upload(parent(), DemoDataLoader.DEMO_FAMILY_ID, "FICHE_SANITAIRE", "a.pdf", PDF)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(parent().getForEntity("/api/families/" + DemoDataLoader.DEMO_FAMILY_ID + "/documents",
                JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(rest.withBasicAuth(AUDITOR, AUDITOR_PASSWORD).getForEntity("/api/families/"
                + family.familyId() + "/documents", JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(upload(rest.withBasicAuth(AUDITOR, AUDITOR_PASSWORD), family.familyId(), "FICHE_SANITAIRE",
                "a.pdf", PDF).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(parent().getForEntity("/api/families/" + family.familyId() + "/documents?schoolYear=2026",
                JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(parent().getForEntity("/api/documents/document-unknown/file", JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void givenStaff_whenPublishingAndWithdrawingAForm_thenParentsSeeAndDownloadItWhileOnOffer() {
        await().atMost(Duration.ofSeconds(10)).until(() -> parent().getForObject("/api/forms", JsonNode.class)
                .findValuesAsText("title").containsAll(List.of("Fiche sanitaire de liaison 2026-2027",
                        "Mandat de prélèvement SEPA")));
        ResponseEntity<JsonNode> published = staff().postForEntity("/api/forms",
                multipart(Map.of("title", "Mandat de prélèvement SEPA"), "demande de prélèvement SEPA.pdf", PDF),
                JsonNode.class);
        assertThat(published.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String formId = published.getBody().get("formId").asText();
        assertThat(parent().postForEntity("/api/forms", multipart(Map.of("title", "Faux"), "f.pdf", PDF),
                JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        await().atMost(Duration.ofSeconds(10)).until(() -> parent().getForObject("/api/forms", JsonNode.class)
                .findValuesAsText("formId").contains(formId));
        assertThat(parent().getForEntity("/api/forms/" + formId + "/file", byte[].class).getBody()).isEqualTo(PDF);

        assertThat(staff().exchange("/api/forms/" + formId, HttpMethod.DELETE, null, Void.class).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        await().atMost(Duration.ofSeconds(10)).until(() -> !parent().getForObject("/api/forms", JsonNode.class)
                .findValuesAsText("formId").contains(formId));
        assertThat(staff().exchange("/api/forms/form-unknown", HttpMethod.DELETE, null, JsonNode.class)
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }
}
