package fr.portailfamille.web.config;

import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.ConfigurerModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.mongodb.client.MongoDatabase;

import fr.portailfamille.domain.document.FamilyDocuments;
import fr.portailfamille.domain.document.FormLibrary;
import fr.portailfamille.query.document.FamilyDocumentsProjection;
import fr.portailfamille.query.document.PublishedFormsProjection;
import fr.portailfamille.query.enrolment.EnrolmentProjection;
import fr.portailfamille.web.documents.FileStorage;

/**
 * Enrolments, required documents and forms: their aggregates (the Enrolment aggregate itself is registered with
 * the domain's), their read models, and the GridFS storage of the files.
 */
@Configuration(proxyBeanMethods = false)
public class EnrolmentConfiguration {

    @Bean
    public ConfigurerModule documentAggregates() {
        return configurer -> configurer
                .configureAggregate(AggregateConfigurer.defaultConfiguration(FamilyDocuments.class))
                .configureAggregate(AggregateConfigurer.defaultConfiguration(FormLibrary.class));
    }

    @Bean
    public EnrolmentProjection enrolmentProjection(MongoDatabase database) {
        return new EnrolmentProjection(database);
    }

    @Bean
    public FamilyDocumentsProjection familyDocumentsProjection(MongoDatabase database) {
        return new FamilyDocumentsProjection(database);
    }

    @Bean
    public PublishedFormsProjection publishedFormsProjection(MongoDatabase database) {
        return new PublishedFormsProjection(database);
    }

    @Bean
    public FileStorage fileStorage(MongoDatabase database) {
        return new FileStorage(database);
    }
}
