package fr.portailfamille.web.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.GenericTrackedEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.MultiEventHandlerInvoker;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.SimpleEventHandlerInvoker;
import org.junit.jupiter.api.Test;

class RememberingEventHandlerInvokerTest {
    private final List<String> handled = new ArrayList<>();

    class Replayed {
        @EventHandler
        void on(String text) {
            handled.add("replayed:" + text);
        }
    }

    @DisallowReplay
    class LiveOnly {
        @EventHandler
        void on(String text) {
            handled.add("live:" + text);
        }

        @EventHandler
        void on(Integer number) {
            handled.add("live:" + number);
        }
    }

    private MultiEventHandlerInvoker groups() {
        return new MultiEventHandlerInvoker(SimpleEventHandlerInvoker.builder().eventHandlers(new Replayed()).build(),
                SimpleEventHandlerInvoker.builder().eventHandlers(new LiveOnly()).build());
    }

    private static EventMessage<?> replayed(Object payload) {
        return new GenericTrackedEventMessage<>(ReplayToken.createReplayToken(new GlobalSequenceTrackingToken(10),
                new GlobalSequenceTrackingToken(1)), GenericEventMessage.asEventMessage(payload));
    }

    @Test
    void givenEventsLiveAndReplayed_whenInvoked_thenTheSameGroupsHandleThemAsWithAxonsInvoker() throws Exception {
        List<EventMessage<?>> events = List.of(GenericEventMessage.asEventMessage("lundi"), replayed("mardi"),
                GenericEventMessage.asEventMessage(3), replayed(4), GenericEventMessage.asEventMessage(5L),
                GenericEventMessage.asEventMessage("jeudi"), replayed(6));
        EventHandlerInvoker remembering = RememberingEventHandlerInvoker.of(groups());
        EventHandlerInvoker axons = groups();

        List<Boolean> answers = new ArrayList<>();
        for (EventMessage<?> event : events) {
            answers.add(remembering.canHandle(event, Segment.ROOT_SEGMENT));
            remembering.handle(event, Segment.ROOT_SEGMENT);
        }
        List<String> rememberingHandled = List.copyOf(handled);
        handled.clear();
        List<Boolean> axonsAnswers = new ArrayList<>();
        for (EventMessage<?> event : events) {
            axonsAnswers.add(axons.canHandle(event, Segment.ROOT_SEGMENT));
            axons.handle(event, Segment.ROOT_SEGMENT);
        }

        assertThat(answers).isEqualTo(axonsAnswers).containsExactly(true, true, true, false, false, true, false);
        assertThat(rememberingHandled).isEqualTo(handled)
                .containsExactly("replayed:lundi", "live:lundi", "replayed:mardi", "live:3", "replayed:jeudi",
                        "live:jeudi");
        assertThat(remembering.supportsReset()).isTrue();
    }

    @Test
    void givenTwoSegments_whenAnEventIsOffered_thenOnlyTheSegmentOfItsSequenceHandlesIt() {
        EventHandlerInvoker remembering = RememberingEventHandlerInvoker.of(groups());
        Segment[] halves = Segment.ROOT_SEGMENT.split();
        EventMessage<?> event = GenericEventMessage.asEventMessage("vendredi");

        assertThat(List.of(remembering.canHandle(event, halves[0]), remembering.canHandle(event, halves[1])))
                .containsExactlyInAnyOrder(true, false);
    }
}
