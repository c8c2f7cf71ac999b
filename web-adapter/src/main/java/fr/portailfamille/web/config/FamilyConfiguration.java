package fr.portailfamille.web.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import com.mongodb.client.MongoDatabase;

import fr.portailfamille.domain.family.FamilyKeyStore;
import fr.portailfamille.query.family.FamilyDirectoryProjection;
import fr.portailfamille.query.family.FamilyDossierProjection;
import fr.portailfamille.web.family.ConsentGate;
import fr.portailfamille.web.family.MongoFamilyKeyStore;

/**
 * The family dossier: its read models, the key store that command handlers receive as a resource, and the consent
 * gate in front of every page and API call but the few a parent needs to answer the consent.
 */
@Configuration(proxyBeanMethods = false)
public class FamilyConfiguration implements WebMvcConfigurer {
    private final ConsentGate consentGate;

    public FamilyConfiguration(ConsentGate consentGate) {
        this.consentGate = consentGate;
    }

    @Bean
    public FamilyDossierProjection familyDossierProjection(MongoDatabase database) {
        return new FamilyDossierProjection(database);
    }

    @Bean
    public FamilyDirectoryProjection familyDirectoryProjection(MongoDatabase database) {
        return new FamilyDirectoryProjection(database);
    }

    @Bean
    public FamilyKeyStore familyKeyStore(MongoDatabase database) {
        return new MongoFamilyKeyStore(database);
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(consentGate).excludePathPatterns("/api/me", "/api/families/*/consents",
                "/api/accounts/activate", ConsentGate.CONSENT_PAGE, "/activation", "/connexion", "/error",
                "/css/**", "/js/**", "/webjars/**", "/favicon.ico");
    }
}
