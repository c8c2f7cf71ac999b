package fr.portailfamille.web.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.servlet.context.ServletWebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;

import fr.portailfamille.api.account.AccountCredentials;
import fr.portailfamille.api.account.FindAccountByEmail;
import fr.portailfamille.api.family.FamilyDossier;
import fr.portailfamille.api.family.FindFamilyDossier;
import fr.portailfamille.api.form.FindPublishedForms;
import fr.portailfamille.api.form.PublishedForm;
import fr.portailfamille.web.PortailFamilleApplication;
import fr.portailfamille.web.PortalTestSupport;

/** Whoever signs in as soon as a fresh portal answers finds the demo commune: it is loaded before the server starts. */
class DemoCommuneStartTest {

    /** What the read models showed when the web server had just started, before it could answer anyone. */
    private record ShownAtServerStart(List<Optional<AccountCredentials>> accounts, Optional<FamilyDossier> martins,
                                      List<PublishedForm> forms) {
    }

    @Test
    void givenAFreshDataDirectory_whenTheWebServerStarts_thenTheReadModelsAlreadyShowTheDemoCommune(
            @TempDir Path dataDir) {
        AtomicReference<ShownAtServerStart> shown = new AtomicReference<>();
        ApplicationListener<ServletWebServerInitializedEvent> atServerStart = event -> shown.set(
                shownBy(event.getApplicationContext().getBean(QueryGateway.class)));
        try (ConfigurableApplicationContext ignored = new SpringApplicationBuilder(PortailFamilleApplication.class)
                .listeners(atServerStart).run("--server.port=0", "--portail.data-dir=" + dataDir,
                        "--portail.clock.start=" + PortalTestSupport.CLOCK_START)) {
            assertThat(shown.get().accounts()).hasSize(DemoDataLoader.ACCOUNTS.size())
                    .allSatisfy(account -> assertThat(account).hasValueSatisfying(
                            credentials -> assertThat(credentials.passwordHash()).isNotBlank()));
            assertThat(shown.get().martins()).hasValueSatisfying(
                    dossier -> assertThat(dossier.children()).hasSize(2));
            assertThat(shown.get().forms()).hasSize(2);
        }
    }

    private static ShownAtServerStart shownBy(QueryGateway queries) {
        List<Optional<AccountCredentials>> accounts = DemoDataLoader.ACCOUNTS.stream()
                .map(account -> queries.query(new FindAccountByEmail(account.email()),
                        ResponseTypes.optionalInstanceOf(AccountCredentials.class)).join())
                .toList();
        Optional<FamilyDossier> martins = queries.query(new FindFamilyDossier(DemoDataLoader.DEMO_FAMILY_ID),
                ResponseTypes.optionalInstanceOf(FamilyDossier.class)).join();
        List<PublishedForm> forms = queries.query(new FindPublishedForms(),
                ResponseTypes.multipleInstancesOf(PublishedForm.class)).join();
        return new ShownAtServerStart(accounts, martins, forms);
    }
}
