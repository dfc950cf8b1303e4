package tandem.recovery;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import tandem.identity.CurrentUser;
import tandem.people.SupporterLinkView;
import tandem.recovery.PlanViews.CrisisPlan;
import tandem.shared.ids.PersonId;

/**
 * The wellness and crisis plan (compatible with the WRAP structure, not named so). The person
 * writes it; each save is a version; a review date reminds them to look at it again; they choose
 * which supporters may read it.
 */
public interface CrisisPlans {

    int SECTION_MAX = 4000;

    /** A section of the plan: its key, heading, and a hint. */
    record Section(String key, String part, String title, String hint) {
    }

    List<Section> SECTIONS = List.of(
            new Section("toolbox", "Wellness toolbox", "Things that help me stay well", "People, places, activities, routines."),
            new Section("well", "Daily plan", "What I am like when I am well", "How would someone know you are doing well?"),
            new Section("daily", "Daily plan", "What I do every day to stay well", ""),
            new Section("reminders", "Daily plan", "Things I might need to do on some days", "A reminder list."),
            new Section("triggers", "Triggers", "Things that can upset me", ""),
            new Section("triggersPlan", "Triggers", "What I will do if they happen", ""),
            new Section("earlySigns", "Early warning signs", "Early signs that I am not so well", ""),
            new Section("earlyPlan", "Early warning signs", "What I will do then", ""),
            new Section("breakingSigns", "When things are breaking down", "How I, and others, can tell", ""),
            new Section("breakingPlan", "When things are breaking down", "What I will do then", ""),
            new Section("crisisWell", "Crisis plan, for my supporters", "What I am like when I am well", ""),
            new Section("crisisSigns", "Crisis plan, for my supporters", "Signs that others should take over", ""),
            new Section("crisisInvolve", "Crisis plan, for my supporters", "Who I want involved, and what I'd like them to do", ""),
            new Section("crisisNotInvolve", "Crisis plan, for my supporters", "Who I do not want involved", ""),
            new Section("crisisMedicines", "Crisis plan, for my supporters", "Medicines: what helps, what doesn't, allergies", ""),
            new Section("crisisTreatments", "Crisis plan, for my supporters", "Treatments I accept, and ones I don't", ""),
            new Section("crisisPlaces", "Crisis plan, for my supporters", "Where I would like to go, and where not", ""),
            new Section("crisisHelps", "Crisis plan, for my supporters", "What helps me in a crisis", ""),
            new Section("crisisDoesNotHelp", "Crisis plan, for my supporters", "What does not help", ""),
            new Section("crisisEnds", "Crisis plan, for my supporters", "When this plan no longer applies", ""),
            new Section("postCrisis", "After a crisis", "How I will look after myself afterwards", ""));

    /** Every version, newest first, for the person and their care team; audited. */
    List<CrisisPlan> versions(CurrentUser user, PersonId person);

    /** The current plan, for a supporter the person shares it with (or a reader of the record); audited. */
    List<CrisisPlan> shared(CurrentUser user, PersonId person);

    CrisisPlan save(CurrentUser user, PersonId person, int openedVersion, Map<String, String> sections, String reviewDue);

    /** The person's supporters and whether each may read the plan. */
    List<SupporterLinkView> supporters(CurrentUser user, PersonId person);

    void share(CurrentUser user, PersonId person, UUID linkId, boolean on);
}
