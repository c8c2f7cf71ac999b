package fr.portailfamille.web.replay;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;

import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Updates;

import fr.portailfamille.web.PortalTest;

@PortalTest
class ReadModelDigestTest {
    private static final List<String> COLLECTIONS = List.of("digest_test_inserted_in_order",
            "digest_test_inserted_backwards");

    @Autowired
    MongoDatabase database;

    @AfterEach
    void dropTestCollections() {
        COLLECTIONS.forEach(name -> database.getCollection(name).drop());
    }

    @Test
    void givenTheSameDocumentsWrittenInAnotherOrder_whenDigested_thenTheDigestsAreEqualUntilOneDocumentChanges() {
        List<Document> days = IntStream.range(0, 130).mapToObj(day -> new Document("_id", "RS|day-" + day)
                .append("cells", new Document("lea", "VALIDATED").append("hugo", day % 3 == 0 ? "PRESENT" : "FREE")))
                .toList();
        database.getCollection(COLLECTIONS.get(0)).insertMany(days);
        List<Document> backwards = new ArrayList<>(days);
        Collections.reverse(backwards);
        database.getCollection(COLLECTIONS.get(1)).insertMany(backwards);

        assertThat(ReadModelDigest.of(database).get(COLLECTIONS.get(0)))
                .as("130 documents, read in chunks of ids").isNotNull()
                .isEqualTo(ReadModelDigest.of(database).get(COLLECTIONS.get(1)));

        database.getCollection(COLLECTIONS.get(1)).updateOne(eq("_id", "RS|day-77"), Updates.set("cells.lea", "FREE"));
        assertThat(ReadModelDigest.of(database).get(COLLECTIONS.get(0)))
                .isNotEqualTo(ReadModelDigest.of(database).get(COLLECTIONS.get(1)));
    }
}
