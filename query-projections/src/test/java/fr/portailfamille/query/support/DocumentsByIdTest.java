package fr.portailfamille.query.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
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

    @Test
    void givenACollection_whenReadAllInSlices_thenEveryDocumentComesOnceInTheOrderOfItsIdAsTextAndNoSliceIsLarger() {
        MongoCollection<Document> grids = mongo.database().getCollection("grids");
        grids.insertMany(IntStream.of(7, 120, 3, 45, 0, 99, 12).mapToObj(i -> new Document("_id", "grid-" + i))
                .toList());
        List<Integer> sliceSizes = new ArrayList<>();
        List<Object> ids = new ArrayList<>();

        DocumentsById.readAllInSlices(grids, 3, slice -> {
            sliceSizes.add(slice.size());
            slice.forEach(document -> ids.add(document.get("_id")));
        });

        assertThat(sliceSizes).containsExactly(3, 3, 1);
        assertThat(ids).containsExactly("grid-0", "grid-12", "grid-120", "grid-3", "grid-45", "grid-7", "grid-99");
    }
}
