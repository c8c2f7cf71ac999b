package fr.portailfamille.web.config;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.MultiEventHandlerInvoker;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.Segment;

/**
 * The processing groups of a processor, invoked as Axon's {@link MultiEventHandlerInvoker} invokes them, but for two
 * answers it remembers instead of asking each group for every event, once in the coordinator and again in the
 * worker: whether the group takes part in a replay (a walk over all its handlers) and whether one of its handlers
 * takes events of the payload's type (another walk). Both depend only on the group and on the type: a fifth of the
 * processors' time in a 40-family replay went to asking. With more than one segment, whether the event's sequence
 * belongs to the segment is still asked each time.
 */
final class RememberingEventHandlerInvoker implements EventHandlerInvoker {
    private final MultiEventHandlerInvoker processingGroups;
    private final List<EventHandlerInvoker> groups;
    private final boolean[] replayed;
    private final Map<Class<?>, boolean[]> handledByGroup = new ConcurrentHashMap<>();

    private RememberingEventHandlerInvoker(MultiEventHandlerInvoker processingGroups) {
        this.processingGroups = processingGroups;
        this.groups = List.copyOf(processingGroups.delegates());
        this.replayed = new boolean[groups.size()];
        for (int group = 0; group < groups.size(); group++) {
            replayed[group] = groups.get(group).supportsReset();
        }
    }

    /** The invoker given, remembering its answers if it is Axon's invoker of several processing groups. */
    static EventHandlerInvoker of(EventHandlerInvoker invoker) {
        return invoker instanceof MultiEventHandlerInvoker processingGroups
                ? new RememberingEventHandlerInvoker(processingGroups) : invoker;
    }

    @Override
    public boolean canHandle(EventMessage<?> event, Segment segment) {
        boolean replay = ReplayToken.isReplay(event);
        boolean[] handled = handledByGroup(event);
        for (int group = 0; group < groups.size(); group++) {
            if (handles(group, handled, replay, event, segment)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void handle(EventMessage<?> event, Segment segment) throws Exception {
        boolean replay = ReplayToken.isReplay(event);
        boolean[] handled = handledByGroup(event);
        for (int group = 0; group < groups.size(); group++) {
            if (handles(group, handled, replay, event, segment)) {
                groups.get(group).handle(event, segment);
            }
        }
    }

    private boolean handles(int group, boolean[] handled, boolean replay, EventMessage<?> event, Segment segment) {
        return handled[group] && (replayed[group] || !replay)
                && (Segment.ROOT_SEGMENT.equals(segment) || groups.get(group).canHandle(event, segment));
    }

    /** Which groups have a handler for the event's payload type; the root segment holds every sequence. */
    private boolean[] handledByGroup(EventMessage<?> event) {
        return handledByGroup.computeIfAbsent(event.getPayloadType(), type -> {
            boolean[] handled = new boolean[groups.size()];
            for (int group = 0; group < groups.size(); group++) {
                handled[group] = groups.get(group).canHandle(event, Segment.ROOT_SEGMENT);
            }
            return handled;
        });
    }

    @Override
    public boolean canHandleType(Class<?> payloadType) {
        return processingGroups.canHandleType(payloadType);
    }

    @Override
    public boolean supportsReset() {
        return processingGroups.supportsReset();
    }

    @Override
    public void performReset() {
        processingGroups.performReset();
    }

    @Override
    public <R> void performReset(R resetContext) {
        processingGroups.performReset(resetContext);
    }

    @Override
    public void segmentReleased(Segment segment) {
        processingGroups.segmentReleased(segment);
    }
}
