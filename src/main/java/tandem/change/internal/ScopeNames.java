package tandem.change.internal;

import java.util.UUID;

import org.springframework.stereotype.Component;

import tandem.change.ChangeViews.Assessment;
import tandem.change.Scope;
import tandem.change.internal.AssessmentStore.AssessmentRow;
import tandem.identity.CurrentUser;
import tandem.people.OrganisationView;
import tandem.people.PeopleApi;
import tandem.people.SiteView;
import tandem.people.TeamView;
import tandem.shared.ids.OrganisationId;

/** The names of what an assessment rates, from the people module, and the assessment as the pages show it. */
@Component
class ScopeNames {

    private final PeopleApi people;

    ScopeNames(PeopleApi people) {
        this.people = people;
    }

    /** The scope's name when it belongs to the user's organisation, else null. */
    String scopeName(CurrentUser user, Scope scope, UUID id) {
        OrganisationId org = user.organisationId();
        return switch (scope) {
            case ORGANISATION -> id.equals(org.value()) ? people.organisation(org).map(OrganisationView::name).orElse(null) : null;
            case SITE -> people.sites(org).stream().filter(s -> s.id().value().equals(id)).map(SiteView::name).findFirst().orElse(null);
            case TEAM -> people.teams(org).stream().filter(t -> t.id().value().equals(id)).map(TeamView::name).findFirst().orElse(null);
        };
    }

    /** The stored assessment with the name of what it rates, as the user's organisation calls it. */
    Assessment view(CurrentUser user, AssessmentRow a) {
        return new Assessment(a.id(), a.scope(), a.scopeId(), scopeName(user, a.scope(), a.scopeId()), a.assessedOn(), a.participants(),
                a.livedExperience(), a.createdBy(), a.ratings(), a.files());
    }
}
