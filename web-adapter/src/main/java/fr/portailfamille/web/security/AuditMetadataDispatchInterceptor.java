package fr.portailfamille.web.security;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.slf4j.MDC;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

import fr.portailfamille.api.AuditMetadata;
import fr.portailfamille.api.Role;

/**
 * Stamps every command with who sends it, the request that caused it and when it was sent; events inherit these
 * through the correlation data provider. Commands sent outside a request (demo data) are the system's. A command that
 * already names who sends it keeps that, but is stamped with its own time.
 */
public class AuditMetadataDispatchInterceptor implements MessageDispatchInterceptor<CommandMessage<?>> {
    private final Clock clock;

    public AuditMetadataDispatchInterceptor(Clock clock) {
        this.clock = clock;
    }

    @Override
    public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(
            List<? extends CommandMessage<?>> messages) {
        Map<String, Object> audit = currentAudit();
        return (index, command) -> {
            Map<String, Object> sentAt = Map.of(AuditMetadata.DISPATCHED_AT, clock.instant().toString());
            return command.getMetaData().containsKey(AuditMetadata.USER_ID) ? command.andMetaData(sentAt)
                    : command.andMetaData(audit).andMetaData(sentAt);
        };
    }

    private static Map<String, Object> currentAudit() {
        Map<String, Object> audit = new HashMap<>();
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof PortailUser user) {
            audit.put(AuditMetadata.USER_ID, user.userId());
            audit.put(AuditMetadata.ROLE, user.role().name());
        } else {
            audit.put(AuditMetadata.USER_ID, AuditMetadata.SYSTEM_USER);
            audit.put(AuditMetadata.ROLE, Role.STAFF.name());
        }
        String correlationId = MDC.get(CorrelationIdFilter.MDC_KEY);
        audit.put(AuditMetadata.CORRELATION_ID, correlationId != null ? correlationId : UUID.randomUUID().toString());
        return audit;
    }
}
