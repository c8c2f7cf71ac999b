package fr.portailfamille.web.config.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.List;

import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.DataType;
import org.h2.mvstore.type.ObjectDataType;
import org.junit.jupiter.api.Test;

import de.bwaldvogel.mongo.bson.Document;

class BsonDocumentTypeTest {
    private final BsonDocumentType type = new BsonDocumentType();

    private static Document grid() {
        return new Document("_id", "child-1#2026-09").append("familyId", "family-1")
                .append("cells", new Document("2026-09-01|RS_REPAS", new Document("state", "VALIDATED")
                        .append("amount", 350).append("count", 2L).append("rate", 1.5).append("paid", true)))
                .append("days", List.of("2026-09-01", "2026-09-02")).append("note", null)
                .append("updatedAt", Instant.parse("2026-09-01T07:30:00Z"));
    }

    private static ByteBuffer written(DataType<Object> by, Object value) {
        WriteBuffer buffer = new WriteBuffer();
        by.write(buffer, value);
        by.write(buffer, "after");
        return buffer.getBuffer().flip();
    }

    @Test
    void givenADocument_whenWrittenAndReadBack_thenItIsEqualAndTheValueAfterItReadsToo() {
        ByteBuffer buffer = written(type, grid());

        assertThat(buffer.get(0)).isEqualTo(BsonDocumentType.BSON);
        assertThat(type.read(buffer)).isEqualTo(grid());
        assertThat(type.read(buffer)).isEqualTo("after");
    }

    @Test
    void givenADocumentWrittenByH2sDefaultType_whenRead_thenItIsReadAsItWasWritten() {
        ByteBuffer buffer = written(new ObjectDataType(), grid());

        assertThat(buffer.get(0)).isNotEqualTo(BsonDocumentType.BSON);
        assertThat(type.read(buffer)).isEqualTo(grid());
        assertThat(type.read(buffer)).isEqualTo("after");
    }

    @Test
    void givenADocument_whenWritten_thenItTakesLessThanItsJavaSerialization() {
        assertThat(written(type, grid()).remaining()).isLessThan(written(new ObjectDataType(), grid()).remaining());
    }

    @Test
    void givenALargeDocumentThenASmallOne_whenWrittenOneAfterTheOther_thenEachReadsBackAsItWas() {
        Document large = new Document("_id", "history:child-1#2026-09/0").append("entries",
                new Document("text", "x".repeat(2 << 20)));
        WriteBuffer buffer = new WriteBuffer();
        type.write(buffer, grid());
        type.write(buffer, large);
        type.write(buffer, grid());
        ByteBuffer written = buffer.getBuffer().flip();

        assertThat(type.read(written)).isEqualTo(grid());
        assertThat(type.read(written)).isEqualTo(large);
        assertThat(type.read(written)).isEqualTo(grid());
    }
}
