package fr.portailfamille.web.replay;

import java.time.Instant;
import java.util.List;

/** Where a rebuild of the read models stands, as the page, the API and the log show it. */
public record RebuildStatus(State state, Instant startedAt, Instant finishedAt, long headPosition,
                            long processedEvents, double percent, double eventsPerSecond, long secondsLeft,
                            List<String> differingReadModels, int comparedReadModels, String message) {

    public enum State {
        IDLE, RUNNING, DONE, FAILED
    }

    static final RebuildStatus IDLE = new RebuildStatus(State.IDLE, null, null, 0, 0, 0, 0, 0, List.of(), 0, null);

    /** Done, compared, and every rebuilt read model equals the live one it replaced. */
    public boolean identical() {
        return state == State.DONE && comparedReadModels > 0 && differingReadModels.isEmpty();
    }
}
