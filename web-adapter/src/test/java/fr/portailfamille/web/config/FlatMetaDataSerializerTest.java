package fr.portailfamille.web.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;

import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;

/** The event store's metadata read by hand when flat, by Jackson otherwise: the same metadata either way. */
class FlatMetaDataSerializerTest {
    private static final String PRINTABLE_PLAIN = " !#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[]^_`"
            + "abcdefghijklmnopqrstuvwxyz{|}~";

    private final AtomicInteger readByJackson = new AtomicInteger();
    private final JacksonSerializer jackson = new JacksonSerializer(JacksonSerializer.builder()) {
        @Override
        public <S, T> T deserialize(SerializedObject<S> serializedObject) {
            readByJackson.incrementAndGet();
            return super.deserialize(serializedObject);
        }
    };
    private final FlatMetaDataSerializer serializer = new FlatMetaDataSerializer(jackson);

    @Test
    void givenMetadataOfPlainStringsAsTheStoreWritesIt_whenRead_thenItIsReadByHandAsJacksonReadsIt() {
        Random random = new Random(5);
        for (int i = 0; i < 2_000; i++) {
            Map<String, String> values = new LinkedHashMap<>();
            for (int member = random.nextInt(6); member > 0; member--) {
                values.put(plain(random), plain(random));
            }
            SerializedObject<byte[]> stored = jackson.serialize(MetaData.from(values), byte[].class);
            MetaData expected = jackson.deserialize(stored);
            readByJackson.set(0);

            MetaData read = serializer.deserialize(stored);

            assertThat(read).as(new String(stored.getData(), StandardCharsets.UTF_8)).isEqualTo(expected)
                    .isEqualTo(MetaData.from(values));
            assertThat(readByJackson).as("read by hand").hasValue(0);
        }
    }

    private static String plain(Random random) {
        StringBuilder text = new StringBuilder();
        for (int length = random.nextInt(40); length > 0; length--) {
            text.append(PRINTABLE_PLAIN.charAt(random.nextInt(PRINTABLE_PLAIN.length())));
        }
        return text.toString();
    }

    @Test
    void givenMetadataThatIsNotFlatPlainStrings_whenRead_thenJacksonReadsIt() {
        List<Map<String, Object>> others = List.of(Map.of("userId", "account:léa@demo.test"),
                Map.of("note", "12,50 €"), Map.of("quoted", "il a dit \"oui\""), Map.of("path", "C:\\temp"),
                Map.of("lines", "a\nb\tc"), Map.of("count", 42), Map.of("staff", true),
                Map.of("nested", Map.of("a", "b")), Map.of("list", List.of("a", "b")), withNullValue());
        for (Map<String, Object> values : others) {
            SerializedObject<byte[]> stored = jackson.serialize(MetaData.from(values), byte[].class);
            MetaData expected = jackson.deserialize(stored);
            readByJackson.set(0);

            MetaData read = serializer.deserialize(stored);

            assertThat(read).as(values.toString()).isEqualTo(expected);
            assertThat(readByJackson).as(values.toString()).hasValue(1);
        }
    }

    private static Map<String, Object> withNullValue() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("role", "PARENT");
        values.put("none", null);
        return values;
    }

    @Test
    void givenFlatMetadataWrittenOtherwise_whenRead_thenSpacesAndARepeatedNameAreReadAsJacksonReadsThem() {
        for (String json : new String[] {" { \"a\" : \"b\" ,\n\t\"c\":\"\" }\r\n", "{}", "{\"a\":\"1\",\"a\":\"2\"}"}) {
            SerializedObject<byte[]> stored = metaData(json);
            MetaData expected = jackson.deserialize(stored);
            readByJackson.set(0);

            assertThat((MetaData) serializer.deserialize(stored)).as(json).isEqualTo(expected);
            assertThat(readByJackson).as(json).hasValue(0);
        }
    }

    @Test
    void givenMalformedOrTrailedMetadata_whenRead_thenTheOutcomeIsJacksons() {
        for (String json : new String[] {"{\"a\":\"b\"", "{\"a\" \"b\"}", "{\"a\":\"b\",}", "[\"a\"]",
                "{\"a\":\"b}", ""}) {
            Throwable byJackson = catchThrowable(() -> jackson.deserialize(metaData(json)));

            assertThat(byJackson).as(json).isNotNull();
            assertThatThrownBy(() -> serializer.deserialize(metaData(json))).as(json)
                    .isExactlyInstanceOf(byJackson.getClass()).hasMessage(byJackson.getMessage());
        }
        SerializedObject<byte[]> trailed = metaData("{\"a\":\"b\"} x");
        MetaData readByJacksonAlone = jackson.deserialize(trailed);
        readByJackson.set(0);

        assertThat((MetaData) serializer.deserialize(trailed)).isEqualTo(readByJacksonAlone);
        assertThat(readByJackson).as("what follows the object is Jackson's to judge").hasValue(1);
    }

    @Test
    void givenAPayload_whenRead_thenJacksonReadsIt() {
        SerializedObject<byte[]> payload = jackson.serialize(Map.of("childId", "child-lea"), byte[].class);
        readByJackson.set(0);

        assertThat((Object) serializer.deserialize(payload)).isEqualTo(Map.of("childId", "child-lea"));
        assertThat(readByJackson).hasValue(1);
    }

    private static SerializedObject<byte[]> metaData(String json) {
        return new SimpleSerializedObject<>(json.getBytes(StandardCharsets.UTF_8), byte[].class,
                MetaData.class.getName(), null);
    }
}
