package fr.portailfamille.web.demo;

import java.time.Duration;
import java.util.List;

import org.axonframework.spring.config.SpringAxonConfiguration;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import fr.portailfamille.query.support.ReadModelGroups;
import fr.portailfamille.web.config.DemoDataCondition;
import fr.portailfamille.web.family.ReadModels;

/**
 * Loads the demo commune once Axon has started and before the web server takes requests, then waits until every read
 * model shows it: whoever signs in as soon as the portal answers finds the demo accounts. Loaded after the server had
 * started, they were refused for about two seconds on a fresh start.
 */
@Component
@DemoDataCondition
public class DemoCommuneStart implements SmartLifecycle {
    /** A first start compiles as it goes: the read models may take some seconds to handle the commune's events. */
    private static final Duration READ_MODELS_PATIENCE = Duration.ofSeconds(60);

    private final List<DemoLoader> loaders;
    private final ReadModels readModels;
    private volatile boolean loaded;

    public DemoCommuneStart(List<DemoLoader> loaders, ReadModels readModels) {
        this.loaders = loaders;
        this.readModels = readModels;
    }

    @Override
    public void start() {
        loaders.forEach(DemoLoader::load);
        readModels.awaitCaughtUp(READ_MODELS_PATIENCE, ReadModelGroups.ALL);
        loaded = true;
    }

    /** Right after Axon's configuration has started its buses and processors; the web server starts much later. */
    @Override
    public int getPhase() {
        return SpringAxonConfiguration.LIFECYCLE_PHASE + 1;
    }

    /** Loaded once for the life of the context. */
    @Override
    public boolean isRunning() {
        return loaded;
    }

    /** The commune stays in the stores: a stop has nothing to undo. */
    @Override
    public void stop() {
    }
}
