package fr.portailfamille.query.support;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Stream;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;

class BatchDocumentsTest {
    @RegisterExtension
    final EmbeddedMongo mongo = new EmbeddedMongo();

    @Test
    void givenChangesInABatch_whenFlushed_thenTheDocumentEqualsWhatTheSameUpdatesOneByOneGive() {
        MongoCollection<Document> oneByOne = mongo.database().getCollection("one_by_one");
        MongoCollection<Document> batched = mongo.database().getCollection("batched");
        oneByOne.insertOne(new Document("_id", "day").append("cells", new Document("a", 1).append("b", 2)));
        batched.insertOne(new Document("_id", "day").append("cells", new Document("a", 1).append("b", 2)));
        UpdateOptions upsert = new UpdateOptions().upsert(true);
        oneByOne.updateOne(eq("_id", "day"), Updates.set("label", "lundi"), upsert);
        oneByOne.updateOne(eq("_id", "day"), Updates.unset("cells.a"), upsert);
        oneByOne.updateOne(eq("_id", "day"), Updates.set("cells.c", 3), upsert);
        oneByOne.updateOne(eq("_id", "day"), Updates.set("cells.a", 4), upsert);
        oneByOne.updateOne(eq("_id", "day"), Updates.set("cells.b", 5), upsert);
        oneByOne.updateOne(eq("_id", "new"), Updates.set("cells.x", 6), upsert);

        BatchDocuments documents = new BatchDocuments(batched);
        documents.get("day").put("label", "lundi");
        BatchDocuments.unsetIn(documents.get("day"), "cells", "a");
        BatchDocuments.setIn(documents.get("day"), "cells", "c", 3);
        BatchDocuments.setIn(documents.get("day"), "cells", "a", 4);
        BatchDocuments.setIn(documents.get("day"), "cells", "b", 5);
        BatchDocuments.setIn(documents.get("new"), "cells", "x", 6);
        assertThat(batched.countDocuments()).isEqualTo(1);
        documents.flush();

        for (String id : List.of("day", "new")) {
            assertThat(batched.find(eq("_id", id)).first().toJson())
                    .isEqualTo(oneByOne.find(eq("_id", id)).first().toJson());
        }
    }

    @Test
    void givenABatchWhosePayloadsNameItsDocuments_whenPrefetched_thenTheyAreReadOnceAheadAndOnlyChangedOnesWritten() {
        MongoCollection<Document> days = mongo.database().getCollection("days");
        days.insertOne(new Document("_id", "RS|2026-09-01").append("cells", new Document("a", 1)));
        days.insertOne(new Document("_id", "RS|2026-09-02").append("cells", new Document("b", 2)));

        BatchDocuments documents = BatchDocuments.prefetched(days, List.of("RS|2026-09-01", "RS|2026-09-02",
                "RS|2026-09-03", 42), payload -> payload instanceof String id ? Stream.of(id) : Stream.empty(), null);
        days.updateOne(eq("_id", "RS|2026-09-01"), Updates.set("cells.a", 9));
        days.updateOne(eq("_id", "RS|2026-09-02"), Updates.set("cells.b", 9));
        BatchDocuments.setIn(documents.get("RS|2026-09-01"), "cells", "c", 3);
        BatchDocuments.setIn(documents.get("RS|2026-09-03"), "cells", "d", 4);
        documents.flush();

        assertThat(days.find(eq("_id", "RS|2026-09-01")).first().get("cells", Document.class))
                .as("read before the direct update, so the batch wrote what it had read ahead")
                .isEqualTo(new Document("a", 1).append("c", 3));
        assertThat(days.find(eq("_id", "RS|2026-09-02")).first().get("cells", Document.class))
                .as("read ahead but not changed by the batch: not written back")
                .isEqualTo(new Document("b", 9));
        assertThat(days.find(eq("_id", "RS|2026-09-03")).first().get("cells", Document.class))
                .isEqualTo(new Document("d", 4));
    }

    @Test
    void givenAStoredAndAMissingDocument_whenFound_thenTheStoredOneIsChangedAndTheMissingOneNeitherMadeNorWritten() {
        MongoCollection<Document> enrolments = mongo.database().getCollection("enrolments");
        enrolments.insertOne(new Document("_id", "known").append("status", "PENDING"));

        BatchDocuments documents = new BatchDocuments(enrolments);
        assertThat(documents.find("unknown")).isEmpty();
        documents.find("known").orElseThrow().put("status", "VALIDATED");
        assertThat(documents.find("known")).get().extracting(found -> found.getString("status"))
                .isEqualTo("VALIDATED");
        documents.flush();

        assertThat(enrolments.countDocuments()).isEqualTo(1);
        assertThat(enrolments.find(eq("_id", "known")).first().getString("status")).isEqualTo("VALIDATED");
    }

    @Test
    void givenADocumentStoredBehindTheBatchsBack_whenTheInsertFails_thenTheNextTryReplacesIt() {
        MongoCollection<Document> days = mongo.database().getCollection("days");
        BatchDocuments documents = new BatchDocuments(days);
        BatchDocuments.setIn(documents.get("RS|2026-09-01"), "cells", "a", 1);
        days.insertOne(new Document("_id", "RS|2026-09-01").append("cells", new Document("z", 0)));

        assertThatThrownBy(documents::flush).as("not stored when read: inserted, and the id is taken")
                .isInstanceOf(MongoBulkWriteException.class);
        documents.flush();

        assertThat(days.find(eq("_id", "RS|2026-09-01")).first().get("cells", Document.class))
                .isEqualTo(new Document("a", 1));
    }
}
