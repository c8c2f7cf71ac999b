package fr.portailfamille.query.support;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.mongodb.client.MongoCollection;

class SequencedDocumentsTest {
    @RegisterExtension
    final EmbeddedMongo mongo = new EmbeddedMongo();

    private final MongoCollection<Document> collection = mongo.database().getCollection("family_directory");
    private final SequencedDocuments families = new SequencedDocuments(collection);

    @Test
    void givenNoBatch_whenAnEventChangesADocument_thenItIsStoredWithItsSequence() {
        families.change("famille-martin", 0, () -> new Document("name", ""), family -> family.put("name", "Martin"));

        assertThat(collection.find(eq("_id", "famille-martin")).first()).containsEntry("name", "Martin")
                .containsEntry("lastSequence", 0L);
    }

    @Test
    void givenABatch_whenItsEventsChangeADocument_thenItIsWrittenAtTheCommitWithEveryChangeInOrder() {
        BatchingUnitOfWork<EventMessage<?>> batch = new BatchingUnitOfWork<>(List.of(
                GenericEventMessage.asEventMessage("inscrite"), GenericEventMessage.asEventMessage("renommée")));

        batch.execute(() -> {
            families.change("famille-martin", 0, () -> new Document("name", ""),
                    family -> family.put("name", "Martin"));
            families.change("famille-martin", 1, Document::new, family -> family.put("name", "Martin-Durand"));
            families.change("famille-martin", 1, Document::new, family -> family.put("name", "déjà pris"));
            assertThat(collection.countDocuments()).as("written at the commit").isZero();
        });

        assertThat(collection.find(eq("_id", "famille-martin")).first()).containsEntry("name", "Martin-Durand")
                .containsEntry("lastSequence", 1L);
    }

    @Test
    void givenAStoredDocument_whenAnEventItAlreadyTookComesAgain_thenNothingChanges() {
        families.change("famille-martin", 3, Document::new, family -> family.put("name", "Martin"));

        families.change("famille-martin", 2, Document::new, family -> family.put("name", "ancien"));

        assertThat(collection.find(eq("_id", "famille-martin")).first()).containsEntry("name", "Martin");
    }
}
