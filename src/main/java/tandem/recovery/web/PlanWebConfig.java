package tandem.recovery.web;

import java.util.List;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Registers the plan pages' {@link PlanContextResolver}. */
@Configuration(proxyBeanMethods = false)
class PlanWebConfig implements WebMvcConfigurer {

    private final PlanContextResolver plans;

    PlanWebConfig(PlanContextResolver plans) {
        this.plans = plans;
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(plans);
    }
}
