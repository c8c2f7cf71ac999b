package fr.portailfamille.web.replay;

import java.util.List;

import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import fr.portailfamille.query.support.HeldReplayWrites;
import fr.portailfamille.query.support.PerBatch;

/**
 * Writes what the read models hold of a replay when the application stops: after Axon has stopped the processors
 * (its phase is higher, so it stops first) and before MongoDB's client closes, so that each read model matches the
 * token its processor stored.
 */
@Component
public class HeldWritesAtStop implements SmartLifecycle {
    private final List<HeldReplayWrites> readModels;
    private volatile boolean running;

    public HeldWritesAtStop(List<HeldReplayWrites> readModels) {
        this.readModels = readModels;
    }

    @Override
    public void start() {
        running = true;
    }

    @Override
    public void stop() {
        readModels.forEach(readModel -> readModel.heldWrites().forEach(PerBatch::writeHeld));
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return 0;
    }
}
