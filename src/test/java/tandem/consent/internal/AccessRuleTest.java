package tandem.consent.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import tandem.consent.AccessLevel;
import tandem.consent.PersonAccess;
import tandem.identity.CurrentUser;
import tandem.identity.Role;
import tandem.shared.ids.AccountId;
import tandem.shared.ids.OrganisationId;
import tandem.shared.ids.PersonId;
import tandem.shared.ids.StaffId;

/** Who may see a person, as a table: one row per kind of caller and state of the facts. */
class AccessRuleTest {

    static final OrganisationId OURS = OrganisationId.random();
    static final OrganisationId THEIRS = OrganisationId.random();
    static final PersonId PERSON = PersonId.random();

    /** The facts of one row; every fact the rule does not ask for is irrelevant to it. */
    record Fixed(Optional<OrganisationId> organisation, boolean sharingWithdrawn, boolean onCaseloadOfStaff, boolean breakGlassActive,
            Set<String> sharedWithSupporter) implements AccessRule.Facts {
    }

    static Fixed facts(OrganisationId org, boolean withdrawn, boolean onCaseload, boolean breakGlass, Set<String> shares) {
        return new Fixed(Optional.ofNullable(org), withdrawn, onCaseload, breakGlass, shares);
    }

    static CurrentUser staff(OrganisationId org, Role... roles) {
        return new CurrentUser(AccountId.random(), "s", "S", EnumSet.of(roles[0], roles), null, StaffId.random(), org);
    }

    static CurrentUser person(PersonId id, OrganisationId org) {
        return new CurrentUser(AccountId.random(), "p", "P", Set.of(Role.PERSON), id, null, org);
    }

    static CurrentUser supporter() {
        return new CurrentUser(AccountId.random(), "r", "R", Set.of(Role.SUPPORTER), null, null, OURS);
    }

    static CurrentUser client(OrganisationId org) {
        return new CurrentUser(AccountId.random(), "API client Records", "API client Records", Set.of(Role.API_CLIENT), null, null, org);
    }

    static Stream<Arguments> table() {
        Set<String> none = Set.of();
        Set<String> crisis = Set.of("CRISIS_PLAN");
        return Stream.of(
                // who, facts, expected level, the role they act in
                Arguments.of("the person themselves", person(PERSON, OURS), facts(OURS, true, false, false, none), AccessLevel.SELF, "PERSON"),
                Arguments.of("another person", person(PersonId.random(), OURS), facts(OURS, false, false, false, none), AccessLevel.NONE, null),
                Arguments.of("practitioner, on caseload, sharing", staff(OURS, Role.PRACTITIONER), facts(OURS, false, true, false, none),
                        AccessLevel.CARE_TEAM, "PRACTITIONER"),
                Arguments.of("peer worker, on caseload, sharing", staff(OURS, Role.PEER_SUPPORT_WORKER), facts(OURS, false, true, false, none),
                        AccessLevel.CARE_TEAM, "PEER_SUPPORT_WORKER"),
                Arguments.of("practitioner, on caseload, sharing withdrawn", staff(OURS, Role.PRACTITIONER),
                        facts(OURS, true, true, false, none), AccessLevel.NONE, null),
                Arguments.of("practitioner, not on caseload", staff(OURS, Role.PRACTITIONER), facts(OURS, false, false, false, none),
                        AccessLevel.NONE, null),
                Arguments.of("practitioner, not on caseload, emergency grant", staff(OURS, Role.PRACTITIONER),
                        facts(OURS, false, false, true, none), AccessLevel.BREAK_GLASS, "PRACTITIONER"),
                Arguments.of("practitioner, sharing withdrawn, emergency grant", staff(OURS, Role.PRACTITIONER),
                        facts(OURS, true, true, true, none), AccessLevel.BREAK_GLASS, "PRACTITIONER"),
                Arguments.of("practitioner of another organisation, on a caseload", staff(THEIRS, Role.PRACTITIONER),
                        facts(OURS, false, true, true, none), AccessLevel.NONE, null),
                Arguments.of("supporter the person shares with", supporter(), facts(OURS, false, false, false, crisis), AccessLevel.SUPPORTER,
                        "SUPPORTER"),
                Arguments.of("supporter the person shares nothing with", supporter(), facts(OURS, false, false, false, none), AccessLevel.NONE,
                        null),
                Arguments.of("administrator of the organisation", staff(OURS, Role.ADMIN), facts(OURS, false, false, false, none),
                        AccessLevel.DIRECTORY, "ADMIN"),
                Arguments.of("administrator of another organisation", staff(THEIRS, Role.ADMIN), facts(OURS, false, false, false, none),
                        AccessLevel.NONE, null),
                Arguments.of("service lead of the organisation", staff(OURS, Role.SERVICE_LEAD), facts(OURS, false, false, false, none),
                        AccessLevel.ACCESS_LOG, "SERVICE_LEAD"),
                Arguments.of("service lead who is also on the care team", staff(OURS, Role.SERVICE_LEAD, Role.PRACTITIONER),
                        facts(OURS, false, true, false, none), AccessLevel.CARE_TEAM, "PRACTITIONER"),
                Arguments.of("college administrator", staff(OURS, Role.COLLEGE_ADMIN), facts(OURS, false, false, false, none), AccessLevel.NONE,
                        null),
                Arguments.of("API client of the organisation, the person sharing", client(OURS), facts(OURS, false, false, false, none),
                        AccessLevel.SYSTEM, "API_CLIENT"),
                Arguments.of("API client of the organisation, the person not sharing", client(OURS), facts(OURS, true, false, false, none),
                        AccessLevel.DIRECTORY, "API_CLIENT"),
                Arguments.of("API client of another organisation", client(THEIRS), facts(OURS, false, true, true, crisis),
                        AccessLevel.NONE, null),
                Arguments.of("anyone, for a person who does not exist", staff(OURS, Role.ADMIN), facts(null, false, true, true, crisis),
                        AccessLevel.NONE, null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void decidesFromTheFacts(String who, CurrentUser user, Fixed facts, AccessLevel expected, String role) {
        PersonAccess access = AccessRule.decide(user, PERSON, facts);
        assertThat(access.level()).isEqualTo(expected);
        assertThat(access.actingRole()).isEqualTo(role);
        assertThat(access.personId()).isEqualTo(PERSON);
        assertThat(access.level().readsRecord()).isEqualTo(Set.of(AccessLevel.SELF, AccessLevel.CARE_TEAM, AccessLevel.BREAK_GLASS, AccessLevel.SYSTEM).contains(expected));
    }
}
