package tandem.recovery.web;

import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.MethodParameter;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.HandlerMapping;

import tandem.consent.PersonNotFoundException;
import tandem.identity.CurrentUser;
import tandem.identity.CurrentUsers;
import tandem.people.PeopleApi;
import tandem.people.PersonView;
import tandem.shared.TandemClock;
import tandem.shared.error.NotFoundException;
import tandem.shared.ids.PersonId;

/**
 * Supplies a plan page's {@link PlanContext}: whose plan it is and who is looking. Every plan
 * controller is mapped under both bases, the person's own ({@code /me/plan}) and their care team's
 * ({@code /people/{personId}/plan}); this resolver reads which one was asked for, so the route
 * table is written once. A parameter marked {@link PersonOnly} exists only at the person's own base,
 * one marked {@link WorkerOnly} only at the care team's; the other base answers 404, as an
 * address that does not exist. Whether the viewer may see the plan at all is decided by the
 * module's services (consent's access decisions), not here.
 */
@Component
class PlanContextResolver implements HandlerMethodArgumentResolver {

    // Looked up when a plan page is asked for: every web slice (@WebMvcTest) picks up argument
    // resolvers, and a slice of another module has no PeopleApi or clock to give.
    private final ObjectProvider<CurrentUsers> identity;
    private final ObjectProvider<PeopleApi> people;
    private final ObjectProvider<TandemClock> clock;

    PlanContextResolver(ObjectProvider<CurrentUsers> identity, ObjectProvider<PeopleApi> people, ObjectProvider<TandemClock> clock) {
        this.identity = identity;
        this.people = people;
        this.clock = clock;
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == PlanContext.class;
    }

    @Override
    public PlanContext resolveArgument(MethodParameter parameter, ModelAndViewContainer mav, NativeWebRequest request,
            WebDataBinderFactory binders) {
        CurrentUser user = identity.getObject().require();
        String asked = pathVariable(request, "personId");
        boolean careTeamBase = asked != null;
        if (careTeamBase && parameter.hasParameterAnnotation(PersonOnly.class)
                || !careTeamBase && parameter.hasParameterAnnotation(WorkerOnly.class)) {
            throw new NotFoundException("Page");
        }
        PersonId person = careTeamBase ? parse(asked) : user.personId();
        if (person == null) {
            throw new PersonNotFoundException(); // staff have no plan of their own
        }
        PersonView who = people.getObject().person(person).orElseThrow(PersonNotFoundException::new);
        boolean self = user.isPersonSelf(person);
        String base = careTeamBase ? "/people/" + person + "/plan" : "/me/plan";
        String firstName = who.firstName() == null ? who.displayName() : who.firstName();
        PlanContext context = new PlanContext(user, person, base, self, who.displayName(), firstName,
                user.hasCareRole() && !self);
        if (mav != null) {
            mav.addAttribute("plan", context);
            mav.addAttribute("errors", tandem.shared.web.FormErrors.NONE);
            mav.addAttribute("zone", clock.getObject().zone());
            mav.addAttribute("today", clock.getObject().today());
        }
        return context;
    }

    private static String pathVariable(NativeWebRequest request, String name) {
        Object vars = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        return vars instanceof Map<?, ?> map && map.get(name) instanceof String s ? s : null;
    }

    private static PersonId parse(String text) {
        try {
            return PersonId.of(text);
        } catch (IllegalArgumentException e) {
            throw new PersonNotFoundException(); // a malformed id names nobody
        }
    }
}
