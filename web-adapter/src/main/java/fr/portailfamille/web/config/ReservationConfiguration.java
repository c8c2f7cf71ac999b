package fr.portailfamille.web.config;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.mongodb.client.MongoDatabase;

import fr.portailfamille.domain.catalogue.CatalogueLookup;
import fr.portailfamille.domain.enrolment.EnrolmentLookup;
import fr.portailfamille.domain.reservation.EnrolmentEndPolicy;
import fr.portailfamille.domain.reservation.ReservationCalendarQueries;
import fr.portailfamille.domain.reservation.ReservationSlot;
import fr.portailfamille.domain.reservation.SlotHistoryQueries;
import fr.portailfamille.query.reservation.ActivityDayProjection;
import fr.portailfamille.query.reservation.ChildGridProjection;

/**
 * Reservations: the slot aggregate (cached, and snapshotted since a busy day gathers hundreds of events), the
 * command-side lookups and queries, the policy that cancels reservations when an enrolment ends, and the read models.
 */
@Configuration(proxyBeanMethods = false)
public class ReservationConfiguration {

    /**
     * The slot aggregate, its {@code cachedSlots} most recently used kept in memory, and snapshotted every
     * {@code snapshotEvery} events ({@link OwnSnapshotter}).
     */
    @Bean
    public ConfigurerModule reservationSlotAggregate(
            @Value("${portail.reservations.snapshot-every:100}") int snapshotEvery,
            @Value("${portail.reservations.cached-slots:2048}") int cachedSlots) {
        AggregateConfigurer<ReservationSlot> slot = AggregateConfigurer.defaultConfiguration(ReservationSlot.class);
        slot.configureCreationPolicyAggregateFactory(config -> id -> new ReservationSlot(id.toString()))
                .configureCache(config -> new RecentlyUsedCache(cachedSlots))
                .configureSnapshotTrigger(OwnSnapshotter.every(snapshotEvery, ReservationSlot.class, slot));
        return configurer -> configurer.configureAggregate(slot);
    }

    @Bean
    public EnrolmentLookup enrolmentLookup(@Qualifier("eventStore") EventStore eventStore,
                                           CatalogueLookup catalogueLookup) {
        return new EnrolmentLookup(eventStore, catalogueLookup);
    }

    @Bean
    public ReservationCalendarQueries reservationCalendarQueries(CatalogueLookup catalogueLookup,
                                                                 EnrolmentLookup enrolmentLookup) {
        return new ReservationCalendarQueries(catalogueLookup, enrolmentLookup);
    }

    @Bean
    public SlotHistoryQueries slotHistoryQueries(@Qualifier("eventStore") EventStore eventStore) {
        return new SlotHistoryQueries(eventStore);
    }

    @Bean
    public EnrolmentEndPolicy enrolmentEndPolicy(CommandGateway commandGateway, QueryGateway queryGateway,
                                                 CatalogueLookup catalogueLookup) {
        return new EnrolmentEndPolicy(commandGateway, queryGateway, catalogueLookup);
    }

    @Bean
    public ChildGridProjection childGridProjection(MongoDatabase database) {
        return new ChildGridProjection(database);
    }

    @Bean
    public ActivityDayProjection activityDayProjection(MongoDatabase database) {
        return new ActivityDayProjection(database);
    }
}
