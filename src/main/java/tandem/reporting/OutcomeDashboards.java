package tandem.reporting;

import java.util.List;

import tandem.identity.CurrentUser;
import tandem.identity.Role;

/**
 * Service outcome dashboards. A practitioner sees their own teams' caseloads, a service lead the
 * organisation (by site or team), a programme lead the organisations of the programme. No
 * dashboard names a person; counts under 5 are withheld ({@link Suppression}), and a selection of
 * fewer than 5 people shows nothing but a sentence saying why.
 */
public interface OutcomeDashboards {

    String DEFAULT_INSTRUMENT = "QPR15";
    int DEFAULT_MONTHS = 12;

    /** What the caller asked for; blank means the default (QPR-15, 12 months, everything they may see). */
    record Request(String instrument, String months, String organisationId, String siteId, String teamId) {
    }

    record Option(String id, String name) {
    }

    /** The filters a caller may use. */
    record Choices(List<Option> instruments, List<Integer> periods, List<Option> organisations, List<Option> sites,
            List<Option> teams) {
    }

    /**
     * Whether this user has a dashboard at all: programme leads, service leads and anyone in a care
     * role (practitioners, peer support workers). The menu asks this; every method below refuses the others.
     */
    static boolean mayView(CurrentUser user) {
        return user.has(Role.PROGRAMME_LEAD) || user.has(Role.SERVICE_LEAD) || user.hasCareRole();
    }

    /**
     * The filters this user may choose from: every instrument, the periods offered (3, 6, 12 and
     * 24 months), and the organisations of the programme (programme lead), the organisation's sites
     * and teams (service lead) or the user's own teams (anyone else who may view). Refuses with
     * {@code ForbiddenException} anyone {@link #mayView} says no to.
     */
    Choices choices(CurrentUser user);

    /**
     * The dashboard for one instrument and period over what the user may see (see {@link #choices}).
     * People count once each: those with a scored response in the period, of them those with two or
     * more, and of those how many reliably improved, did not change reliably, or got reliably worse
     * between their first and last response; bands count people by their latest response;
     * completion counts people asked to complete the instrument in the period and how many did.
     * A practitioner's or service lead's figures leave out the people of teams where fewer than 5
     * people answered, and say so. A selection of fewer than 5 people, or a small team asked for by
     * itself, gives only the sentence in {@code withheld}.
     *
     * <p>Refuses with {@code ForbiddenException} anyone {@link #mayView} says no to; with
     * {@code InvalidInputException} naming the field an unknown instrument, a period not offered, an
     * id that is not a UUID, or a site or team asked for by a programme lead (or a site by someone
     * who is not a service lead); with {@code NotFoundException} an organisation, site or team the
     * user may not see.
     */
    OutcomeDashboard dashboard(CurrentUser user, Request request);

    /**
     * The dashboard as shown, one figure per line: table, row, column, value (a number or the words
     * fewer than 5; withheld figures stay withheld). Pure: anyone who was given the dashboard may ask.
     */
    String csv(OutcomeDashboard dashboard);
}
