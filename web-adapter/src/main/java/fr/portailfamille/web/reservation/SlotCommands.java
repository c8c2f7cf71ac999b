package fr.portailfamille.web.reservation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.MDC;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Sends commands to several slots at once: each slot is its own consistency boundary, so the days of a submission
 * or of a typical week can be decided in parallel. The workers carry the sender's identity and correlation id, so
 * that every command is stamped with who sent it, as if it had been sent from the request itself.
 */
@Component
public class SlotCommands implements DisposableBean {
    private final CommandGateway commandGateway;
    private final ExecutorService workers;

    public SlotCommands(CommandGateway commandGateway, @Value("${portail.reservations.parallel-slots:4}") int threads) {
        this.commandGateway = commandGateway;
        this.workers = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "slot-commands");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** The results of the commands, in their order; the first failure is thrown as it was thrown by its handler. */
    public <R> List<R> sendAll(List<?> commands) {
        if (commands.size() == 1) {
            R result = commandGateway.sendAndWait(commands.get(0));
            return List.of(result);
        }
        SecurityContext sender = SecurityContextHolder.getContext();
        Map<String, String> logContext = MDC.getCopyOfContextMap();
        List<Future<R>> running = new ArrayList<>();
        for (Object command : commands) {
            running.add(workers.submit(() -> sendAs(sender, logContext, command)));
        }
        List<R> results = new ArrayList<>();
        for (Future<R> future : running) {
            results.add(await(future));
        }
        return results;
    }

    private <R> R sendAs(SecurityContext sender, Map<String, String> logContext, Object command) {
        SecurityContextHolder.setContext(sender);
        if (logContext != null) {
            MDC.setContextMap(logContext);
        }
        try {
            return commandGateway.sendAndWait(command);
        } finally {
            SecurityContextHolder.clearContext();
            MDC.clear();
        }
    }

    private static <R> R await(Future<R> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while slots decide", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new CompletionException(e.getCause());
        }
    }

    @Override
    public void destroy() {
        workers.shutdownNow();
    }
}
