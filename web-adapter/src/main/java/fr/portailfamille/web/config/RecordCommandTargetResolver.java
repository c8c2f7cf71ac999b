package fr.portailfamille.web.config;

import java.lang.annotation.Annotation;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.modelling.command.AnnotationCommandTargetResolver;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.axonframework.modelling.command.VersionedAggregateIdentifier;

/**
 * Finds a command's aggregate as Axon's annotation resolver does, but looks for the annotated record component once
 * per command type: Axon's resolver inspects the annotations of every field of every command it is given, a tenth of a
 * reservation command's time. Commands that are not records, that carry a version, or whose identifier is missing are
 * left to Axon's resolver.
 */
final class RecordCommandTargetResolver implements CommandTargetResolver {
    private final CommandTargetResolver annotations = AnnotationCommandTargetResolver.builder().build();
    private final Map<Class<?>, Optional<RecordComponent>> identifierOfType = new ConcurrentHashMap<>();

    @Override
    public VersionedAggregateIdentifier resolveTarget(CommandMessage<?> command) {
        Optional<RecordComponent> identifier = identifierOfType.computeIfAbsent(command.getPayloadType(),
                RecordCommandTargetResolver::identifierComponent);
        Object id = identifier.map(component -> valueOf(component, command.getPayload())).orElse(null);
        return id == null ? annotations.resolveTarget(command) : new VersionedAggregateIdentifier(id, null);
    }

    private static Optional<RecordComponent> identifierComponent(Class<?> type) {
        if (!type.isRecord() || Arrays.stream(type.getRecordComponents())
                .anyMatch(component -> annotated(component, TargetAggregateVersion.class))) {
            return Optional.empty();
        }
        return Arrays.stream(type.getRecordComponents())
                .filter(component -> annotated(component, TargetAggregateIdentifier.class)).findFirst();
    }

    /** Axon's annotations target fields and methods: on a record component, Java keeps them on both. */
    private static boolean annotated(RecordComponent component, Class<? extends Annotation> type) {
        try {
            return component.getAccessor().isAnnotationPresent(type)
                    || component.getDeclaringRecord().getDeclaredField(component.getName()).isAnnotationPresent(type);
        } catch (NoSuchFieldException e) {
            return false;
        }
    }

    private static Object valueOf(RecordComponent component, Object command) {
        try {
            return component.getAccessor().invoke(command);
        } catch (ReflectiveOperationException e) {
            throw new IllegalArgumentException("The aggregate of " + command.getClass().getSimpleName()
                    + " could not be read", e);
        }
    }
}
