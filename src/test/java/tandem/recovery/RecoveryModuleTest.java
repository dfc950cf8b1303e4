package tandem.recovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import tandem.audit.AuditAction;
import tandem.consent.AccessDecisions;
import tandem.consent.AccessLevel;
import tandem.consent.PersonAccess;
import tandem.identity.Accounts;
import tandem.identity.CurrentUser;
import tandem.identity.CurrentUsers;
import tandem.identity.Role;
import tandem.measures.MeasuresApi;
import tandem.people.PeopleApi;
import tandem.shared.error.ConflictException;
import tandem.shared.error.ForbiddenException;
import tandem.shared.ids.AccountId;
import tandem.shared.ids.OrganisationId;
import tandem.shared.ids.PersonId;
import tandem.shared.ids.StaffId;

/**
 * A module test: the recovery module alone (with the shared kernel) on its own database, its
 * neighbours' APIs mocked. Who may do what is consent's decision (mocked here as the answer it would
 * give); what this checks is the module's own promise: the person's words are kept as versions,
 * never overwritten, a stale form is refused, only the person writes their words, and every change is
 * handed to the audit.
 */
@ApplicationModuleTest(extraIncludes = "shared")
class RecoveryModuleTest {

    @MockitoBean
    AccessDecisions access;
    @MockitoBean
    PeopleApi people;
    @MockitoBean
    MeasuresApi measures;
    @MockitoBean
    CurrentUsers currentUsers;
    @MockitoBean
    Accounts accounts; // the demo plans' collaborator; no demo data is loaded here

    @Autowired
    PlanSections sections;

    OrganisationId org;
    PersonId person;
    CurrentUser alex;
    CurrentUser sam;

    @BeforeEach
    void aNewPersonAndTheirWorker() { // each test its own person: the module's database is shared by the class
        org = OrganisationId.random();
        person = PersonId.random();
        alex = new CurrentUser(AccountId.random(), "alex", "Alex Morgan", Set.of(Role.PERSON), person, null, org);
        sam = new CurrentUser(AccountId.random(), "sam", "Sam Patel", Set.of(Role.PRACTITIONER), null, StaffId.random(), org);
    }

    private PersonAccess as(AccessLevel level, String role) {
        return new PersonAccess(person, org, level, role, Set.of());
    }

    @Test
    void thePersonsWordsAreKeptAsVersionsAndAStaleFormIsRefused() {
        when(access.decide(eq(alex), eq(person))).thenReturn(as(AccessLevel.SELF, "PERSON"));
        when(access.openRecord(eq(alex), eq(person), any())).thenReturn(as(AccessLevel.SELF, "PERSON"));

        assertThat(sections.saveValues(alex, person, 0, "Walking with my dog", List.of(), "", "", "", "", "").version())
                .isEqualTo(1);
        assertThat(sections.saveValues(alex, person, 1, "Walking, and my sister", List.of(), "", "", "", "", "").version())
                .isEqualTo(2);
        assertThatThrownBy(() -> sections.saveValues(alex, person, 1, "From an old tab", List.of(), "", "", "", "", ""))
                .isInstanceOf(ConflictException.class);

        assertThat(sections.values(alex, person)).extracting(PlanViews.Values::version, PlanViews.Values::whatMatters)
                .containsExactly(tuple(2, "Walking, and my sister"),
                        tuple(1, "Walking with my dog"));
        verify(access, times(2)).recordChange(eq(alex), any(), eq(AuditAction.UPDATE), any(), any());
    }

    @Test
    void aWorkerWhoMayReadThePlanCannotWriteThePersonsWords() {
        when(access.decide(eq(sam), eq(person))).thenReturn(as(AccessLevel.CARE_TEAM, "PRACTITIONER"));
        when(access.openRecord(eq(sam), eq(person), any())).thenReturn(as(AccessLevel.CARE_TEAM, "PRACTITIONER"));

        assertThatThrownBy(() -> sections.saveValues(sam, person, 0, "Sam's idea of what matters", List.of(), "", "", "", "",
                "")).isInstanceOf(ForbiddenException.class);

        assertThat(sections.values(sam, person)).isEmpty();
        verify(access, never()).recordChange(any(), any(), any(), any(), any());
    }
}
