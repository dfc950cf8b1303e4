package tandem.reporting.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.springframework.stereotype.Service;

import tandem.clinical.ClinicalRecovery;
import tandem.clinical.ClinicalReports;
import tandem.identity.CurrentUser;
import tandem.identity.Role;
import tandem.measures.Administering;
import tandem.measures.Administering.CompletionCount;
import tandem.measures.MeasuresApi;
import tandem.measures.scoring.Instrument;
import tandem.people.PeopleApi;
import tandem.reporting.Cell;
import tandem.reporting.OutcomeDashboard;
import tandem.reporting.OutcomeDashboard.BandCount;
import tandem.reporting.OutcomeDashboard.Completion;
import tandem.reporting.OutcomeDashboard.CrossTable;
import tandem.reporting.OutcomeDashboard.Figures;
import tandem.reporting.OutcomeDashboards;
import tandem.reporting.OutcomeRule;
import tandem.reporting.Suppression;
import tandem.reporting.internal.DashboardQueries.Aggregate;
import tandem.reporting.internal.DashboardQueries.CompletionRow;
import tandem.reporting.internal.DashboardQueries.Kind;
import tandem.reporting.internal.DashboardQueries.PersonOutcome;
import tandem.reporting.internal.DashboardQueries.Selection;
import tandem.shared.TandemClock;
import tandem.shared.error.ForbiddenException;
import tandem.shared.error.NotFoundException;
import tandem.shared.error.Validation;
import tandem.shared.ids.OrganisationId;
import tandem.shared.ids.PersonId;

/**
 * The outcome dashboards over the read model: checks who is asking and what for, makes sure the
 * period's rows are built, leaves out small teams, and hands the counts to {@link DashboardFigures}.
 */
@Service
class OutcomeDashboardService implements OutcomeDashboards {

    private final OutcomeReadModel model;
    private final DashboardQueries queries;
    private final DashboardScopes scopes;
    private final CaseloadCopy caseloads;
    private final MeasuresApi measures;
    private final Administering administering;
    private final PeopleApi people;
    private final ClinicalRecovery clinical;
    private final ClinicalReports reports;
    private final TandemClock clock;

    OutcomeDashboardService(OutcomeReadModel model, DashboardQueries queries, DashboardScopes scopes, CaseloadCopy caseloads,
            MeasuresApi measures, Administering administering, PeopleApi people, ClinicalRecovery clinical, ClinicalReports reports,
            TandemClock clock) {
        this.model = model;
        this.queries = queries;
        this.scopes = scopes;
        this.caseloads = caseloads;
        this.measures = measures;
        this.administering = administering;
        this.people = people;
        this.clinical = clinical;
        this.reports = reports;
        this.clock = clock;
    }

    @Override
    public Choices choices(CurrentUser user) {
        requireViewer(user);
        List<Option> instruments = measures.instruments().stream().map(i -> new Option(i.code(), i.title())).toList();
        List<Option> organisations = List.of();
        List<Option> sites = List.of();
        List<Option> teams;
        if (user.has(Role.PROGRAMME_LEAD)) {
            organisations = scopes.programmeOrganisations(user).stream().map(o -> new Option(o.id().toString(), o.name())).toList();
            teams = List.of();
        } else if (user.has(Role.SERVICE_LEAD)) {
            sites = people.sites(user.organisationId()).stream().map(s -> new Option(s.id().toString(), s.name())).toList();
            teams = people.teams(user.organisationId()).stream().map(t -> new Option(t.id().toString(), t.name())).toList();
        } else {
            teams = people.teamsOfStaff(user.staffId()).stream().map(t -> new Option(t.id().toString(), t.name())).toList();
        }
        return new Choices(instruments, OutcomeReadModel.PERIODS, organisations, sites, teams);
    }

    @Override
    public OutcomeDashboard dashboard(CurrentUser user, Request request) {
        requireViewer(user);
        Validation problems = new Validation();
        Instrument instrument = instrument(request.instrument(), problems);
        int months = months(request.months(), problems);
        UUID organisationId = uuid("organisationId", request.organisationId(), problems);
        UUID siteId = uuid("siteId", request.siteId(), problems);
        UUID teamId = uuid("teamId", request.teamId(), problems);
        problems.throwIfInvalid();
        DashboardScope scope = scopes.scope(user, organisationId, siteId, teamId);
        OutcomeRule rule = OutcomeRule.of(instrument);
        OutcomeReadModel.Window window = model.ensure(rule, months);
        LocalDate today = clock.today();
        if (!user.has(Role.PROGRAMME_LEAD)) {
            // Only these dashboards select people by caseload (a programme lead's compare whole organisations).
            Selection s = scope.selection();
            caseloads.ensureCopied(s.byTeams() ? List.of(s.organisation()) : s.organisations());
            List<UUID> small = queries.smallTeams(instrument.code(), months, candidateTeams(s), today);
            if (teamId != null && small.contains(teamId)) {
                return withheld(instrument, rule, months, window, today, scope.label());
            }
            if (!small.isEmpty()) {
                scope = scope.without(small);
            }
        }

        List<Aggregate> aggregates = queries.aggregates(instrument.code(), months, scope.selection(), scope.byOrganisation());
        Aggregate total = aggregates.stream().filter(a -> a.kind() == Kind.TOTAL).findFirst()
                .orElse(Aggregate.empty(Kind.TOTAL, null));
        if (total.people() > 0 && total.people() < Cell.MINIMUM) {
            return withheld(instrument, rule, months, window, today, scope.label());
        }
        Figures overall = DashboardFigures.figures(null, scope.label(), total, rule);
        List<Figures> groups = groups(instrument.code(), months, scope, aggregates, total, rule);
        List<BandCount> bands = DashboardFigures.bands(instrument, total, aggregates);
        Completion done = DashboardFigures.completion(completion(instrument.code(),
                window.start().atStartOfDay(clock.zone()).toInstant(), scope.selection()));
        CrossTable cross = rule.assessed() ? crossTable(instrument.code(), months, scope.selection(), total, today) : null;
        return new OutcomeDashboard(instrument.code(), instrument.title(), rule.scale(), months, window.start(), today,
                scope.label(), scope.groupedBy(), rule.method(), null, overall, groups, bands, done, cross, window.builtAt());
    }

    @Override
    public String csv(OutcomeDashboard dashboard) {
        return DashboardCsv.write(dashboard);
    }

    private static OutcomeDashboard withheld(Instrument instrument, OutcomeRule rule, int months, OutcomeReadModel.Window window,
            LocalDate today, String label) {
        return new OutcomeDashboard(instrument.code(), instrument.title(), rule.scale(), months, window.start(), today, label, null,
                rule.method(), "Fewer than 5 people in this selection have answered " + instrument.title()
                        + " in this period. To protect their privacy no figures are shown. Choose a wider selection or a longer period.",
                null, List.of(), List.of(), null, null, window.builtAt());
    }

    private static void requireViewer(CurrentUser user) {
        if (!OutcomeDashboards.mayView(user)) {
            throw new ForbiddenException("Outcome dashboards are for practitioners, peer support workers, service leads and programme leads.");
        }
    }

    /**
     * Each organisation or team of the scope. Their people counts are suppressed together as one
     * line, so that a withheld group cannot be worked out from the others, and a withheld group
     * shows no figures at all.
     */
    private List<Figures> groups(String instrument, int months, DashboardScope scope, List<Aggregate> aggregates, Aggregate total,
            OutcomeRule rule) {
        if (scope.groupedBy() == null) {
            return List.of();
        }
        Map<UUID, Aggregate> byId = new LinkedHashMap<>();
        List<Aggregate> source = scope.byOrganisation()
                ? aggregates.stream().filter(a -> a.kind() == Kind.GROUP).toList()
                : queries.byTeam(instrument, months, scope.groups());
        source.forEach(a -> byId.put(a.group(), a));
        List<UUID> ids = scope.byOrganisation() ? List.copyOf(scope.names().keySet()) : scope.groups().teams();
        List<Integer> counts = ids.stream().map(id -> byId.containsKey(id) ? byId.get(id).people() : 0).toList();
        List<Cell> shown = Suppression.partition(Math.max(total.people(), Cell.MINIMUM), counts);
        List<Figures> out = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            UUID id = ids.get(i);
            Aggregate a = byId.getOrDefault(id, Aggregate.empty(Kind.GROUP, id));
            String name = Objects.requireNonNullElse(scope.names().get(id), "Unknown");
            out.add(shown.get(i).fewerThan5() ? DashboardFigures.withheld(id, name, rule) : DashboardFigures.figures(id, name, a, rule));
        }
        return out;
    }

    /** The teams whose size decides whether they are small: see {@link DashboardQueries#smallTeams}. */
    private List<UUID> candidateTeams(Selection s) {
        if (s.byTeams()) {
            return s.teams().isEmpty() ? List.of() : queries.teamsSharingPeople(s.teams(), s.today());
        }
        return s.organisations().stream().flatMap(o -> people.teams(OrganisationId.of(o)).stream()).map(t -> t.id().value()).toList();
    }

    /**
     * People asked to complete the instrument in the period and how many of them did, from the
     * measures module: for a team selection, among the people on its caseloads today; otherwise in
     * its organisations. The people of small teams are left out either way.
     */
    private CompletionRow completion(String instrument, Instant from, Selection s) {
        CompletionCount c;
        if (s.byTeams()) {
            List<PersonId> among = queries.caseloadPeople(s.teams(), s.leftOut(), s.today()).stream().map(PersonId::of).toList();
            if (among.isEmpty()) {
                return new CompletionRow(0, 0);
            }
            c = administering.completionAmong(instrument, from, OrganisationId.of(s.organisation()), among);
        } else {
            List<PersonId> except = queries.caseloadPeople(s.leftOut(), List.of(), s.today()).stream().map(PersonId::of).toList();
            c = administering.completionInOrganisations(instrument, from, s.organisations().stream().map(OrganisationId::of).toList(),
                    except);
        }
        return new CompletionRow(c.asked(), c.completed());
    }

    private CrossTable crossTable(String instrument, int months, Selection selection, Aggregate total, LocalDate today) {
        List<UUID> withObservations = reports.peopleWithObservations().stream().map(PersonId::value).toList();
        List<PersonOutcome> observed = queries.observedOutcomes(instrument, months, selection, withObservations);
        Map<UUID, Boolean> recovered = clinical.recoveredAmong(observed.stream().map(PersonOutcome::person).toList(), today);
        return DashboardFigures.crossTable(observed, recovered, total, today);
    }

    private Instrument instrument(String code, Validation problems) {
        String c = code == null || code.isBlank() ? DEFAULT_INSTRUMENT : code.trim();
        try {
            return measures.instrument(c);
        } catch (NotFoundException e) {
            problems.add("instrument", "Choose an instrument from the list.");
            return null;
        }
    }

    private static int months(String months, Validation problems) {
        if (months == null || months.isBlank()) {
            return DEFAULT_MONTHS;
        }
        try {
            int m = Integer.parseInt(months.trim());
            if (OutcomeReadModel.PERIODS.contains(m)) {
                return m;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add("months", "Choose a period of 3, 6, 12 or 24 months.");
        return DEFAULT_MONTHS;
    }

    private static UUID uuid(String field, String value, Validation problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.trim());
        } catch (IllegalArgumentException e) {
            problems.add(field, "Choose from the list.");
            return null;
        }
    }
}
