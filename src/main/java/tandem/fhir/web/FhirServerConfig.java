package tandem.fhir.web;

import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import ca.uhn.fhir.rest.server.IResourceProvider;
import tandem.identity.PublicPaths;

/**
 * HAPI FHIR's plain server at {@code /fhir/*}, beside Spring MVC in the same application: the
 * resource providers of this package are Spring beans over the other modules' APIs. Sign-in is Spring
 * Security's (a session, or a bearer token with SMART scopes); {@code /fhir/metadata} is open, as the
 * FHIR specification expects of a CapabilityStatement.
 */
@Configuration(proxyBeanMethods = false)
class FhirServerConfig {

    @Bean
    ServletRegistrationBean<TandemFhirServer> fhirServlet(List<IResourceProvider> providers, FhirOutcomes outcomes,
            @Value("${tandem.fhir.base-url:}") String baseUrl) {
        ServletRegistrationBean<TandemFhirServer> registration =
                new ServletRegistrationBean<>(new TandemFhirServer(providers, outcomes, baseUrl), "/fhir/*");
        registration.setName("fhir");
        registration.setLoadOnStartup(1);
        return registration;
    }

    @Bean
    PublicPaths fhirPublicPaths() {
        return () -> List.of("/fhir/metadata");
    }
}
