package tandem.identity;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/** What an account may do in Tandem (DESIGN.md, "Who uses it"). */
public enum Role {
    PERSON("Person using services"),
    SUPPORTER("Supporter"),
    PRACTITIONER("Practitioner"),
    PEER_SUPPORT_WORKER("Peer support worker"),
    TUTOR("Tutor"),
    COLLEGE_ADMIN("College administrator"),
    SERVICE_LEAD("Service lead"),
    PROGRAMME_LEAD("Programme lead"),
    RESEARCHER("Researcher"),
    STUDENT("Recovery College student"),
    ADMIN("Administrator"),
    /**
     * Another system calling the API with a token ({@link ApiClients}). Never an account's role: accounts
     * refuse it, and it is in none of the role sets below.
     */
    API_CLIENT("API client");

    /** Roles held by staff members (the rest are people, supporters and students). */
    public static final Set<Role> STAFF_ROLES = EnumSet.of(PRACTITIONER, PEER_SUPPORT_WORKER, TUTOR, COLLEGE_ADMIN,
            SERVICE_LEAD, PROGRAMME_LEAD, RESEARCHER, ADMIN);

    /** Roles that work with people on a team's caseload. */
    public static final Set<Role> CARE_ROLES = EnumSet.of(PRACTITIONER, PEER_SUPPORT_WORKER);

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String authority() {
        return "ROLE_" + name();
    }

    public static Optional<Role> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String key = text.trim().toUpperCase().replace(' ', '_').replace('-', '_');
        for (Role r : values()) {
            if (r.name().equals(key)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }
}
