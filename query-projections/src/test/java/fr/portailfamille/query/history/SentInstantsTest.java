package fr.portailfamille.query.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Random;

import org.junit.jupiter.api.Test;

class SentInstantsTest {
    @Test
    void givenInstantsAsTheyAreWritten_whenRead_thenTheSameInstantsAsInstantParseReads() {
        Random random = new Random(7);
        for (int run = 0; run < 10_000; run++) {
            long second = random.nextLong(Instant.parse("1970-01-01T00:00:00Z").getEpochSecond(),
                    Instant.parse("2100-12-31T23:59:59Z").getEpochSecond());
            int[] precisions = {0, 1_000_000, 1_000, 1, 100};
            int step = precisions[run % precisions.length];
            int nanos = step == 0 ? 0 : random.nextInt(1_000_000_000 / step) * step;
            Instant instant = Instant.ofEpochSecond(second, nanos);

            assertThat(SentInstants.parse(instant.toString())).as(instant.toString()).isEqualTo(instant);
        }
    }

    @Test
    void givenTextNotAsInstantToStringWritesIt_whenRead_thenReadAsInstantParseReadsIt() {
        for (String text : new String[] {"2026-09-01T07:30:00.1Z", "2026-12-31T23:59:60Z", "+12026-09-01T07:30:00Z",
                "0001-01-01T00:00:00.000000001Z", "2026-09-01t07:30:00Z", "2026-09-01T07:30:00.Z",
                "2026-09-01T24:00:00Z"}) {
            assertThat(SentInstants.parse(text)).as(text).isEqualTo(Instant.parse(text));
        }
    }

    @Test
    void givenTextThatIsNoInstant_whenRead_thenRefusedAsInstantParseRefusesIt() {
        for (String text : new String[] {"2026-02-30T07:30:00Z", "2026-09-01T24:30:00Z",
                "2026-09-01T07:30:00", "2026-09-01T07:3a:00Z", "2026-09-01T07:30:00.1234567890Z", ""}) {
            assertThatThrownBy(() -> SentInstants.parse(text)).as(text).isInstanceOf(DateTimeParseException.class);
        }
    }
}
