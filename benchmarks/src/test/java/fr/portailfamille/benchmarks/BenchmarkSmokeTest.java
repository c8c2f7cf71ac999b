package fr.portailfamille.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A small commune through the whole benchmark: every number of the table is produced, and the read models rebuilt
 * from its events equal the live ones. Nothing is timed.
 */
class BenchmarkSmokeTest {

    @Test
    void givenASmallCommune_whenTheBenchmarkRuns_thenEveryNumberIsProducedAndTheRebuildEqualsTheLiveReadModels() {
        BenchmarkResults results = new Benchmark(BenchmarkOptions.parse("--families=6", "--children=8",
                "--parents=4", "--submissions=2", "--queries=10", "--defaults-seconds=1", "--threads=16",
                "--rebuilds=2")).run();

        assertThat(results.rows()).hasSize(14).allSatisfy((name, value) ->
                assertThat(value).as(name).isFinite().isPositive());
        assertThat(results.table()).contains("ratio replay / raw read", "ratio of that bound / raw read");
        assertThat(results.replayIdentical()).as("rebuilt read models equal the live ones").isTrue();
    }
}
