package org.pactum.web.json;

import java.util.Map;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

@ApplicationPath("api/v1")
@OpenAPIDefinition(
        info = @Info(title = "Pactum API", version = "1",
                description = "Drafting, approval, signing and verification of interregional agreements. "
                        + "Errors are RFC 9457 problem+json; see docs/api.md."),
        security = @SecurityRequirement(name = "basic"))
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
public class PactumApi extends Application {

    /**
     * Jersey's WADL is off: the description is {@code /openapi}, and a second, generated one would be one more address
     * that answers outside the roles check (it answered 403 with an access-denied event for every caller).
     */
    @Override
    public Map<String, Object> getProperties() {
        return Map.of("jersey.config.server.wadl.disableWadl", true);
    }
}
