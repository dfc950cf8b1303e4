package tandem.people;

import java.util.List;

/** A staff member as entered: names, job, roles, teams and (when creating) the account. */
public record StaffForm(String givenName, String familyName, String email, String jobTitle, List<String> roles,
        List<String> teamIds, String username, String password) {

    public StaffForm {
        roles = roles == null ? List.of() : List.copyOf(roles);
        teamIds = teamIds == null ? List.of() : List.copyOf(teamIds);
    }

    public static StaffForm empty() {
        return new StaffForm("", "", "", "", List.of(), List.of(), "", "");
    }
}
