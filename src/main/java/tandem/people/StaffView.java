package tandem.people;

import java.util.List;
import tandem.shared.ids.OrganisationId;
import tandem.shared.ids.StaffId;

public record StaffView(StaffId id, OrganisationId organisationId, String givenName, String familyName, String email,
        String jobTitle, List<TeamView> teams, long version) {

    public String displayName() {
        return givenName + " " + familyName;
    }
}
