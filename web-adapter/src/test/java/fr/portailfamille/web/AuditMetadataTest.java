package fr.portailfamille.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import fr.portailfamille.api.Role;
import fr.portailfamille.api.family.CreateFamily;
import fr.portailfamille.api.family.FamilyId;
import fr.portailfamille.api.family.ResponsibleAdult;
import fr.portailfamille.web.security.CorrelationIdFilter;
import fr.portailfamille.web.security.PortailUser;

@PortalTest
class AuditMetadataTest {
    @Autowired
    CommandGateway commandGateway;
    @Autowired
    EventStore eventStore;
    @Autowired
    Clock clock;

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
        MDC.clear();
    }

    @Test
    void givenSignedInStaffAndARequest_whenACommandIsSent_thenItsEventsCarryActorRoleAndCorrelationId() {
        PortailUser agent = new PortailUser("account:agent@demo.test", "agent@demo.test", Role.STAFF, null, null);
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(agent, null, agent.getAuthorities()));
        MDC.put(CorrelationIdFilter.MDC_KEY, "request-42");
        String familyId = FamilyId.newId().value();

        commandGateway.sendAndWait(new CreateFamily(familyId,
                new ResponsibleAdult("M.", "Paul", "Durand", "paul.durand@example.org", "0600000000"), null));

        List<? extends DomainEventMessage<?>> events = eventStore.readEvents(familyId).asStream().toList();
        assertThat(events).hasSize(1);
        assertThat(events.get(0).getMetaData())
                .containsEntry("userId", "account:agent@demo.test")
                .containsEntry("role", "STAFF")
                .containsEntry("correlationId", "request-42")
                .containsKey("dispatchedAt");
    }

    @Test
    void givenTwoCommandsSentOneAfterTheOther_whenTheirEventsAreRead_thenEachCarriesWhenItsCommandWasSent() {
        Instant before = clock.instant();
        String first = FamilyId.newId().value();
        String second = FamilyId.newId().value();

        commandGateway.sendAndWait(new CreateFamily(first,
                new ResponsibleAdult("M.", "Luc", "Morel", "luc.morel@example.org", "0600000002"), null));
        commandGateway.sendAndWait(new CreateFamily(second,
                new ResponsibleAdult("Mme", "Lise", "Morel", "lise.morel@example.org", "0600000003"), null));

        Instant firstSent = Instant.parse((String) eventStore.readEvents(first).next().getMetaData()
                .get("dispatchedAt"));
        Instant secondSent = Instant.parse((String) eventStore.readEvents(second).next().getMetaData()
                .get("dispatchedAt"));
        assertThat(firstSent).isAfterOrEqualTo(before).isBefore(secondSent);
    }

    @Test
    void givenNoSignedInPerson_whenACommandIsSent_thenTheSystemIsRecordedAsActor() {
        String familyId = FamilyId.newId().value();

        commandGateway.sendAndWait(new CreateFamily(familyId,
                new ResponsibleAdult("Mme", "Anne", "Petit", "anne.petit@example.org", "0600000001"), 500));

        DomainEventMessage<?> event = eventStore.readEvents(familyId).next();
        assertThat(event.getMetaData()).containsEntry("userId", "system").containsKey("correlationId");
    }
}
