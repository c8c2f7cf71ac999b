package fr.portailfamille.web.config;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.axonframework.common.AxonThreadFactory;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MessageHandlerInterceptor;

/**
 * The threads of the pooled processors' coordinators, which a processor's worker wakes up when it takes a batch. A
 * coordinator hands the events it reads to its worker through a queue of 1,024 events; when the queue is full it
 * looks again only 100 ms later, and nothing in Axon wakes it sooner. A worker that handles a batch in less than
 * that then waits for the next one: every processor of a replay was held to about 10,000 events a second whatever
 * its speed. Waking the coordinator as soon as the worker has taken a batch off the queue lets it read the next batch
 * while the worker handles this one.
 */
final class CoordinatorWakeUps {
    private static final String WOKEN = CoordinatorWakeUps.class.getName();

    private final Map<String, WakeableScheduler> coordinators = new ConcurrentHashMap<>();

    /** The single thread of {@code processor}'s coordinator, named as Axon names it. */
    ScheduledExecutorService executorFor(String processor) {
        return coordinators.computeIfAbsent(processor, name -> new WakeableScheduler("Coordinator[" + name + "]"));
    }

    /** Wakes {@code processor}'s coordinator once per batch, as the batch starts. */
    MessageHandlerInterceptor<EventMessage<?>> wakingAtEachBatch(String processor) {
        return (unitOfWork, chain) -> {
            unitOfWork.root().getOrComputeResource(WOKEN, key -> {
                wakeUp(processor);
                return Boolean.TRUE;
            });
            return chain.proceed();
        };
    }

    void wakeUp(String processor) {
        WakeableScheduler coordinator = coordinators.get(processor);
        if (coordinator != null) {
            coordinator.runWaitingNow();
        }
    }

    /** How many of {@code processor}'s coordination tasks have run before their time. */
    long tasksRunEarly(String processor) {
        WakeableScheduler coordinator = coordinators.get(processor);
        return coordinator == null ? 0 : coordinator.runEarly.get();
    }

    void shutdown() {
        coordinators.values().forEach(ScheduledThreadPoolExecutor::shutdown);
    }

    /** One thread, whose delayed tasks can be run at once; each runs once, at its time or when woken. */
    static final class WakeableScheduler extends ScheduledThreadPoolExecutor {
        private final Set<OnceTask> waiting = ConcurrentHashMap.newKeySet();
        private final AtomicLong runEarly = new AtomicLong();

        WakeableScheduler(String threadName) {
            super(1, new AxonThreadFactory(threadName));
            setRemoveOnCancelPolicy(true);
        }

        @Override
        public ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
            if (delay <= 0) {
                return super.schedule(command, delay, unit);
            }
            OnceTask task = new OnceTask(command);
            task.scheduled = super.schedule(task, delay, unit);
            waiting.add(task);
            return task.scheduled;
        }

        void runWaitingNow() {
            waiting.forEach(task -> {
                if (waiting.remove(task)) {
                    task.scheduled.cancel(false);
                    runEarly.incrementAndGet();
                    execute(task);
                }
            });
        }

        private final class OnceTask implements Runnable {
            private final Runnable command;
            private final AtomicBoolean ran = new AtomicBoolean();
            private volatile ScheduledFuture<?> scheduled;

            private OnceTask(Runnable command) {
                this.command = command;
            }

            @Override
            public void run() {
                if (ran.compareAndSet(false, true)) {
                    waiting.remove(this);
                    command.run();
                }
            }
        }
    }
}
