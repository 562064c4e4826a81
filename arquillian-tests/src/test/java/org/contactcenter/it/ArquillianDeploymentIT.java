package org.contactcenter.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.net.URL;

import org.contactcenter.it.Api.Answer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The WAR as Arquillian's Payara Micro adapter deploys it (its own server, started and stopped by Arquillian; its
 * start-up timeout is {@code cc.test.startup-timeout-seconds}): health, the demo instance through the API and the
 * OpenAPI document. H2 run only; the other black-box classes share one server per run ({@link SharedCenter}),
 * which Arquillian's adapter cannot do (it starts a server per test class).
 */
@ExtendWith(ArquillianExtension.class)
@org.junit.jupiter.api.parallel.ResourceLock(Lanes.OWN_SERVERS)
class ArquillianDeploymentIT {
    @ArquillianResource
    URL root;

    @Deployment(testable = false)
    static WebArchive application() {
        return ShrinkWrap.create(ZipImporter.class, "ROOT.war").importFrom(new File(System.getProperty("cc.war"))).as(WebArchive.class);
    }

    @Test
    void theDeployedWarIsHealthyAndServesTheDemoInstance() {
        Api api = Api.at(root.toString()).awaitReady();
        Answer health = api.anonymous().get("health");
        assertEquals(200, health.status(), health.toString());
        assertTrue(health.body().contains("\"database\""), health.body());
        assertTrue(api.admin().get("api/v1/queues").array().stream()
                .anyMatch(q -> q.asJsonObject().getString("name").equals("Sales")), "the demo instance is loaded");
        assertEquals(401, api.anonymous().get("api/v1/queues").status());
    }
}
