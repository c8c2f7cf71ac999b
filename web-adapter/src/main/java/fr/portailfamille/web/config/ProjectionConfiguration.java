package fr.portailfamille.web.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.mongodb.client.MongoDatabase;

import fr.portailfamille.query.account.AccountProjection;
import fr.portailfamille.query.catalogue.CatalogueProjection;
import fr.portailfamille.query.family.ChildDirectoryProjection;
import fr.portailfamille.query.history.HistoryProjection;

/** The read models; Axon finds their event and query handlers on these beans. */
@Configuration(proxyBeanMethods = false)
public class ProjectionConfiguration {

    @Bean
    public CatalogueProjection catalogueProjection(MongoDatabase database) {
        return new CatalogueProjection(database);
    }

    @Bean
    public ChildDirectoryProjection childDirectoryProjection(MongoDatabase database) {
        return new ChildDirectoryProjection(database);
    }

    @Bean
    public HistoryProjection historyProjection(MongoDatabase database) {
        return new HistoryProjection(database);
    }

    @Bean
    public AccountProjection accountProjection(MongoDatabase database) {
        return new AccountProjection(database);
    }
}
