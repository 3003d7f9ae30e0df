package org.pactum.web.support;

import java.io.File;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The WAR users get, exactly as Maven built it: integration tests deploy this, never a hand-picked archive. */
public final class PactumWar {

    private PactumWar() {
    }

    public static WebArchive asBuilt() {
        File war = new File(System.getProperty("pactum.war", "target/ROOT.war"));
        if (!war.isFile()) {
            throw new IllegalStateException(war + " does not exist: run the integration tests with `mvn verify`");
        }
        return ShrinkWrap.create(ZipImporter.class, "ROOT.war").importFrom(war).as(WebArchive.class);
    }
}
