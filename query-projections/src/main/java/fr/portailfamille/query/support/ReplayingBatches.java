package fr.portailfamille.query.support;

import java.util.Map;
import java.util.OptionalLong;

import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/** Tells a batch of a streaming processor's replay from a batch of its live events. */
public final class ReplayingBatches {
    /** The end of the name under which a streaming processor keeps, in a batch, the token it will store after it. */
    private static final String LAST_TOKEN_RESOURCE = "]/Token";

    private ReplayingBatches() {
    }

    /**
     * Whether the token the processor stores after {@code batch} is a replay's that has not reached the position the
     * replay was started at.
     */
    public static boolean replayGoesOn(UnitOfWork<?> batch) {
        for (Map.Entry<String, Object> resource : batch.resources().entrySet()) {
            if (resource.getKey().endsWith(LAST_TOKEN_RESOURCE) && resource.getValue() instanceof ReplayToken replay) {
                OptionalLong reached = position(replay.getCurrentToken());
                OptionalLong end = position(replay.getTokenAtReset());
                return reached.isPresent() && end.isPresent() && reached.getAsLong() < end.getAsLong();
            }
        }
        return false;
    }

    private static OptionalLong position(TrackingToken token) {
        return token == null ? OptionalLong.empty() : token.position();
    }
}
