package fr.portailfamille.query.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.mongodb.client.MongoCollection;

class DocumentsByIdTest {
    @RegisterExtension
    final EmbeddedMongo mongo = new EmbeddedMongo();

    @Test
    void givenMoreIdsThanOneRequestTakes_whenRead_thenEveryStoredDocumentComesBackByItsIdAndUnknownIdsAreAbsent() {
        MongoCollection<Document> grids = mongo.database().getCollection("grids");
        grids.insertMany(IntStream.range(0, 120).mapToObj(i -> new Document("_id", "grid-" + i).append("n", i))
                .toList());
        List<String> asked = IntStream.range(0, 130).mapToObj(i -> "grid-" + i).toList();

        Map<String, Document> found = DocumentsById.read(grids, asked);

        assertThat(found).hasSize(120).doesNotContainKey("grid-125");
        assertThat(found.get("grid-77").getInteger("n")).isEqualTo(77);
    }
}
