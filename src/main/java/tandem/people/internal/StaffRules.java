package tandem.people.internal;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import tandem.identity.Role;
import tandem.people.StaffForm;
import tandem.shared.error.Validation;

/** The rules for a member of staff's details and roles, shared by the pages, the API and the CSV import. */
final class StaffRules {

    private StaffRules() {
    }

    static void checkStaff(Validation v, StaffForm f) {
        v.required("givenName", f.givenName(), "a given name", PersonRules.NAME_MAX);
        v.required("familyName", f.familyName(), "a family name", PersonRules.NAME_MAX);
        v.email("email", f.email());
        v.maxLength("jobTitle", f.jobTitle(), "job title", 100);
    }

    static Set<Role> roles(Validation v, List<String> names) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String n : names) {
            Optional<Role> r = Role.parse(n);
            if (r.isEmpty() || !Role.STAFF_ROLES.contains(r.get())) {
                v.add("roles", "'" + abbreviate(n) + "' is not a staff role. Use: " + String.join(", ",
                        Role.STAFF_ROLES.stream().map(x -> x.name().toLowerCase()).toList()));
            } else {
                roles.add(r.get());
            }
        }
        if (names.isEmpty()) {
            v.add("roles", "Choose at least one role");
        }
        return roles;
    }

    static UUID parse(String s) {
        try {
            return s == null || s.isBlank() ? null : UUID.fromString(s.trim());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
