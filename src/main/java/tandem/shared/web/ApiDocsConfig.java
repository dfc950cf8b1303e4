package tandem.shared.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;

@Configuration(proxyBeanMethods = false)
class ApiDocsConfig {

    @Bean
    OpenAPI tandemOpenApi() {
        return new OpenAPI().info(new Info().title("Tandem API").version("v1").description(
                "JSON API of Tandem. Sign in through /login; the session cookie authorises the API. State-changing "
                        + "calls send the XSRF-TOKEN cookie back in the X-XSRF-TOKEN header. Errors are "
                        + "application/problem+json with an errors array naming each field."));
    }
}
