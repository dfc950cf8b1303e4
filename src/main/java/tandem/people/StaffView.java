package tandem.people;

import java.util.List;
import java.util.UUID;

public record StaffView(UUID id, UUID organisationId, String givenName, String familyName, String email,
        String jobTitle, List<TeamView> teams, long version) {

    public String displayName() {
        return givenName + " " + familyName;
    }
}
