package fr.portailfamille.query.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.InsertOneModel;
import com.mongodb.client.model.WriteModel;

class UnorderedBulkWritesTest {
    @RegisterExtension
    final EmbeddedMongo mongo = new EmbeddedMongo();

    private static List<WriteModel<Document>> inserts(int count) {
        List<WriteModel<Document>> writes = new ArrayList<>();
        IntStream.range(0, count).forEach(i -> writes.add(new InsertOneModel<>(new Document("_id", "doc-" + i))));
        return writes;
    }

    @Test
    void givenWritesEnoughToBeSplit_whenWritten_thenEveryDocumentIsThere() {
        MongoCollection<Document> collection = mongo.database().getCollection("split");
        int count = UnorderedBulkWrites.SPLIT_FROM + 101;

        UnorderedBulkWrites.write(collection, inserts(count));

        assertThat(collection.countDocuments()).isEqualTo(count);
    }

    @Test
    void givenAFailingWriteInTheHalfWrittenAside_whenWritten_thenTheCallerGetsItsFailure() {
        MongoCollection<Document> collection = mongo.database().getCollection("split");
        int count = UnorderedBulkWrites.SPLIT_FROM + 100;
        List<WriteModel<Document>> writes = inserts(count);
        writes.set(count - 1, new InsertOneModel<>(new Document("_id", "doc-" + (count - 2))));

        assertThatThrownBy(() -> UnorderedBulkWrites.write(collection, writes))
                .isInstanceOf(MongoBulkWriteException.class);
        assertThat(collection.countDocuments()).isEqualTo(count - 1);
    }

    @Test
    void givenNoWrite_whenWritten_thenNothingIsSent() {
        MongoCollection<Document> collection = mongo.database().getCollection("untouched");

        UnorderedBulkWrites.write(collection, List.of());

        assertThat(mongo.database().listCollectionNames()).doesNotContain("untouched");
    }
}
