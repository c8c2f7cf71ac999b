package fr.portailfamille.web.enrolment;

import java.util.List;
import static fr.portailfamille.web.PortalTestSupport.STAFF;
import static fr.portailfamille.web.PortalTestSupport.STAFF_PASSWORD;
import static fr.portailfamille.web.PortalTestSupport.awaitDemoReady;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

import fr.portailfamille.web.TestFamilies;
import fr.portailfamille.web.TestFamilies.TestFamily;

/**
 * Tests over the running portal that act as a family of their own, created once per test class (signing up costs
 * a password hash), so that the demo Martin family stays as other tests expect it.
 */
public abstract class WithTestFamily {
    private static final Map<Class<?>, TestFamily> FAMILIES = new ConcurrentHashMap<>();

    @Autowired
    protected TestRestTemplate rest;
    @Autowired
    protected CommandGateway commands;
    @Autowired
    protected QueryGateway queries;
    protected TestFamily family;

    /** The first name of the family's child, so that each test class finds its own child on the pages. */
    protected abstract String childFirstName();

    @BeforeEach
    void signUpOnce() {
        awaitDemoReady(rest);
        family = FAMILIES.computeIfAbsent(getClass(),
                type -> new TestFamilies(commands, queries).create("Durand", 900, List.of(childFirstName())));
    }

    protected TestRestTemplate parent() {
        return rest.withBasicAuth(family.email(), TestFamilies.PASSWORD);
    }

    protected TestRestTemplate staff() {
        return rest.withBasicAuth(STAFF, STAFF_PASSWORD);
    }
}
