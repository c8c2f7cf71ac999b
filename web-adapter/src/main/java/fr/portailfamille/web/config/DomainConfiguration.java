package fr.portailfamille.web.config;

import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.ConfigurerModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import fr.portailfamille.domain.account.Account;
import fr.portailfamille.domain.calendar.SchoolCalendar;
import fr.portailfamille.domain.catalogue.Catalogue;
import fr.portailfamille.domain.enrolment.Enrolment;
import fr.portailfamille.domain.family.Family;

/** Registers the domain's aggregates: the domain module knows nothing of Spring. */
@Configuration(proxyBeanMethods = false)
public class DomainConfiguration {

    @Bean
    public ConfigurerModule aggregates() {
        return configurer -> configurer
                .configureAggregate(AggregateConfigurer.defaultConfiguration(Catalogue.class))
                .configureAggregate(AggregateConfigurer.defaultConfiguration(SchoolCalendar.class))
                .configureAggregate(AggregateConfigurer.defaultConfiguration(Account.class))
                .configureAggregate(AggregateConfigurer.defaultConfiguration(Family.class))
                .configureAggregate(AggregateConfigurer.defaultConfiguration(Enrolment.class));
    }
}
