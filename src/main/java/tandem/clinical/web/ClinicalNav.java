package tandem.clinical.web;

import java.util.List;

import org.springframework.stereotype.Component;

import tandem.identity.CurrentUser;
import tandem.identity.NavContributor;
import tandem.identity.NavItem;

/** "My recovery" for people: personal and clinical recovery side by side. */
@Component
class ClinicalNav implements NavContributor {

    @Override
    public List<NavItem> navFor(CurrentUser user) {
        return user.personId() == null ? List.of() : List.of(new NavItem("Personal and clinical", "/me/recovery", 14));
    }
}
