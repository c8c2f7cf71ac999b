package fr.portailfamille.web;

import static fr.portailfamille.web.PortalTestSupport.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.AbstractEventProcessor;
import org.axonframework.queryhandling.QueryGateway;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;

import fr.portailfamille.web.replay.ReadModelRebuild;
import fr.portailfamille.web.replay.RebuildStatus;

@PortalTest
class ReadModelRebuildTest {
    private static final String REBUILD = "/api/staff/read-models/rebuild";
    @Autowired
    TestRestTemplate rest;
    @Autowired
    ReadModelRebuild rebuild;
    @Autowired
    MongoDatabase database;
    @Autowired
    CommandGateway commands;
    @Autowired
    QueryGateway queries;
    @Autowired
    EventProcessingConfiguration processing;

    @Test
    void givenTheDemoCommune_whenStaffRebuildsEveryReadModel_thenProgressIsShownAndTheResultEqualsTheLiveOne() {
        awaitDemoReady(rest);
        TestRestTemplate staff = rest.withBasicAuth(STAFF, STAFF_PASSWORD);

        ResponseEntity<JsonNode> started = staff.postForEntity(REBUILD, null, JsonNode.class);
        assertThat(started.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);

        // While the accounts read model is rebuilt, Basic authentication may briefly fail: keep polling.
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            JsonNode status = staff.getForObject(REBUILD, JsonNode.class);
            return status.has("state") && !"RUNNING".equals(status.get("state").asText());
        });
        JsonNode done = staff.getForObject(REBUILD, JsonNode.class);
        assertThat(done.get("state").asText()).isEqualTo("DONE");
        assertThat(done.get("percent").asDouble()).isEqualTo(100.0);
        assertThat(done.get("comparedReadModels").asInt()).isGreaterThanOrEqualTo(4);
        assertThat(done.get("differingReadModels")).isEmpty();
        assertThat(done.get("processedEvents").asLong()).isGreaterThan(50);
        assertThat(rest.withBasicAuth(PARENT, PARENT_PASSWORD).getForObject("/api/activities", JsonNode.class))
                .hasSize(4);
    }

    @Test
    void givenThePortalsProcessors_whenStarted_thenEachInvokesItsGroupsRememberingWhatTheyHandle() {
        assertThat(processing.eventProcessors().values()).isNotEmpty().allSatisfy(processor ->
                assertThat(((AbstractEventProcessor) processor).eventHandlerInvoker().getClass().getSimpleName())
                        .isEqualTo("RememberingEventHandlerInvoker"));
    }

    @Test
    void givenARebuildInterruptedByAStop_whenTheApplicationIsReady_thenTheRebuildStartsAgainAndItsMarkIsRemoved() {
        awaitDemoReady(rest);
        MongoCollection<Document> marker = database.getCollection("portail_rebuild");
        marker.insertOne(new Document("_id", "under-way").append("startedAt", "2026-11-28T09:30:00Z"));

        rebuild.rebuildIfTheStartNeedsIt();

        await().atMost(Duration.ofSeconds(60)).until(() -> rebuild.status().state() != RebuildStatus.State.RUNNING);
        assertThat(rebuild.status().state()).isEqualTo(RebuildStatus.State.DONE);
        assertThat(rebuild.status().message()).contains("reprise");
        assertThat(marker.countDocuments()).isZero();
        assertThat(rest.withBasicAuth(PARENT, PARENT_PASSWORD).getForObject("/api/activities", JsonNode.class))
                .hasSize(4);
    }

    @Test
    void givenADayStoredByAnEarlierVersion_whenTheApplicationIsReady_thenTheReadModelsAreRebuiltInTheirNewShape() {
        awaitDemoReady(rest);
        MongoCollection<Document> days = database.getCollection("reservation_days");
        days.insertOne(new Document("_id", "MERC|2026-12-02").append("cells", new Document()));

        rebuild.rebuildIfTheStartNeedsIt();

        await().atMost(Duration.ofSeconds(60)).until(() -> rebuild.status().state() != RebuildStatus.State.RUNNING);
        assertThat(rebuild.status().state()).isEqualTo(RebuildStatus.State.DONE);
        assertThat(rebuild.status().message()).contains("version précédente");
        assertThat(days.find(new Document("_id", "MERC|2026-12-02")).first()).isNull();
        assertThat(rest.withBasicAuth(PARENT, PARENT_PASSWORD).getForObject("/api/activities", JsonNode.class))
                .hasSize(4);
    }

    @Test
    void givenChangesWhileTheReadModelsAreRebuilt_whenTheRebuildEnds_thenItComparesNothingAndSaysWhy() {
        awaitDemoReady(rest);
        rebuild.start();
        new TestFamilies(commands, queries).create(1);

        await().atMost(Duration.ofSeconds(60)).until(() -> rebuild.status().state() != RebuildStatus.State.RUNNING);
        assertThat(rebuild.status().state()).isEqualTo(RebuildStatus.State.DONE);
        assertThat(rebuild.status().comparedReadModels()).isZero();
        assertThat(rebuild.status().identical()).isFalse();
        assertThat(rebuild.status().message()).contains("changements enregistrés pendant la reconstruction");
    }

    @Test
    void givenAParentOrAnAuditor_whenStartingARebuild_then403() {
        assertThat(rest.withBasicAuth(PARENT, PARENT_PASSWORD).postForEntity(REBUILD, null, JsonNode.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(rest.withBasicAuth(AUDITOR, AUDITOR_PASSWORD).postForEntity(REBUILD, null, JsonNode.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }
}
