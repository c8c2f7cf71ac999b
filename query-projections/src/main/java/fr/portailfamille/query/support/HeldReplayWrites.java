package fr.portailfamille.query.support;

import java.util.List;

/**
 * A read model that holds its writes during a replay ({@link PerBatch}): at the end of a rebuild and at the stop of
 * the application, what it holds is written, so that the read model matches the token its processor stored.
 */
public interface HeldReplayWrites {
    List<PerBatch<?>> heldWrites();
}
