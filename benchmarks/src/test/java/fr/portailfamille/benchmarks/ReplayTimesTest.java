package fr.portailfamille.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

import org.junit.jupiter.api.Test;

class ReplayTimesTest {

    @Test
    void givenProcessorsResetThenBackAtTheHeadInTurn_whenTold_thenSlowestFirstFromTheFirstResetAndNoneNeverReset() {
        AtomicLong families = new AtomicLong(99);
        AtomicLong history = new AtomicLong(99);
        AtomicLong policy = new AtomicLong(99);
        AtomicLong now = new AtomicLong();
        ReplayTimes times = new ReplayTimes(Map.<String, LongSupplier>of("read-models", families::get,
                "read-models-audit", history::get, "policy", policy::get), 99, now::get);

        times.look();
        now.set(1_000_000_000L);
        families.set(-1);
        times.look();
        now.set(1_500_000_000L);
        history.set(10);
        times.look();
        now.set(4_000_000_000L);
        families.set(99);
        times.look();
        now.set(9_200_000_000L);
        history.set(99);
        times.look();
        now.set(12_000_000_000L);
        times.look();

        assertThat(times).hasToString("read-models-audit 8.2 s, read-models 3.0 s");
    }
}
