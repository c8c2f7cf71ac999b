package fr.portailfamille.web.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Random;

import org.axonframework.common.DateTimeUtils;
import org.junit.jupiter.api.Test;

class StoredInstantsTest {

    @Test
    void givenInstantsAsAxonStoresThem_whenParsed_thenTheyAreTheInstantsAxonReads() {
        Random random = new Random(11);
        for (int i = 0; i < 10_000; i++) {
            Instant instant = Instant.ofEpochMilli(random.nextLong(-2_000_000_000_000L, 32_000_000_000_000L));
            String stored = DateTimeUtils.formatInstant(instant);

            assertThat(StoredInstants.parse(stored)).as(stored).isEqualTo(instant)
                    .isEqualTo(DateTimeUtils.parseInstant(stored));
        }
    }

    @Test
    void givenTheLastMillisecondOfALeapDay_whenParsed_thenItIsThatInstant() {
        assertThat(StoredInstants.parse("2028-02-29T23:59:59.999Z"))
                .isEqualTo(Instant.parse("2028-02-29T23:59:59.999Z"));
    }

    @Test
    void givenOtherShapes_whenParsed_thenTheyAreReadAsAxonReadsThem() {
        for (String stored : new String[] {"2026-11-28T09:30:00Z", "2026-11-28T10:30:00.250+01:00",
                "2026-11-28T09:30:00.123456Z", "+12026-11-28T09:30:00.000Z"}) {
            assertThat(StoredInstants.parse(stored)).as(stored).isEqualTo(DateTimeUtils.parseInstant(stored));
        }
    }

    @Test
    void givenTextThatIsNoInstant_whenParsed_thenItIsRefusedAsAxonRefusesIt() {
        for (String stored : new String[] {"2026-02-30T09:30:00.000Z", "2026-11-28T24:30:00.000Z",
                "2026-11-28T09:61:00.000Z", "2026-11-28 09:30:00.000Z", "2026-1a-28T09:30:00.000Z"}) {
            assertThatThrownBy(() -> StoredInstants.parse(stored)).as(stored)
                    .isInstanceOf(DateTimeParseException.class);
        }
    }
}
