package fr.portailfamille.web.config;

import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.ConfigurerModule;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.mongodb.client.MongoDatabase;

import fr.portailfamille.api.billing.LinePricing;
import fr.portailfamille.domain.billing.Billing;
import fr.portailfamille.query.billing.BillingProjection;

/** Billing: the aggregate that closes months and numbers invoices, its read models and its price rule. */
@Configuration(proxyBeanMethods = false)
public class BillingConfiguration {
    /** The billing aggregate gathers every invoice: a snapshot every so many events keeps its loading short. */
    private static final int SNAPSHOT_EVERY = 200;

    /** Price of a day; the surcharge of a presence without reservation is {@code portail.billing.*}. */
    @Bean
    public LinePricing linePricing(@Value("${portail.billing.unbooked-surcharge-percent:50}") int surchargePercent) {
        return new LinePricing(surchargePercent);
    }

    @Bean
    public ConfigurerModule billingAggregate() {
        AggregateConfigurer<Billing> billing = AggregateConfigurer.defaultConfiguration(Billing.class);
        billing.configureSnapshotTrigger(OwnSnapshotter.every(SNAPSHOT_EVERY, Billing.class, billing));
        return configurer -> configurer.configureAggregate(billing);
    }

    @Bean
    public BillingProjection billingProjection(MongoDatabase database, LinePricing linePricing) {
        return new BillingProjection(database, linePricing);
    }
}
