package tandem.reporting;

import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.stereotype.Service;

import tandem.clinical.ClinicalRecovery;
import tandem.identity.CurrentUser;
import tandem.identity.Role;
import tandem.measures.MeasuresApi;
import tandem.measures.scoring.Band;
import tandem.measures.scoring.Instrument;
import tandem.people.OrganisationView;
import tandem.people.PeopleApi;
import tandem.people.SiteView;
import tandem.people.TeamView;
import tandem.reporting.OutcomeDashboard.BandCount;
import tandem.reporting.OutcomeDashboard.Completion;
import tandem.reporting.OutcomeDashboard.CrossTable;
import tandem.reporting.OutcomeDashboard.Figures;
import tandem.reporting.internal.DashboardQueries;
import tandem.reporting.internal.DashboardQueries.Aggregate;
import tandem.reporting.internal.DashboardQueries.Selection;
import tandem.reporting.internal.OutcomeReadModel;
import tandem.shared.TandemClock;
import tandem.shared.error.ForbiddenException;
import tandem.shared.error.InvalidInputException;
import tandem.shared.error.NotFoundException;
import tandem.shared.error.Validation;
import tandem.shared.ids.OrganisationId;
import tandem.shared.ids.TypedId;

/**
 * Service outcome dashboards. A practitioner sees their own teams' caseloads, a service lead the
 * organisation (by site or team), a programme lead the organisations of the programme. No
 * dashboard names a person; counts under 5 are withheld, and a selection of fewer than 5 people
 * shows nothing but a sentence saying why.
 */
@Service
public class OutcomeDashboards {

    public static final String DEFAULT_INSTRUMENT = "QPR15";
    public static final int DEFAULT_MONTHS = 12;

    /** What the caller asked for; blank means the default (QPR-15, 12 months, everything they may see). */
    public record Request(String instrument, String months, String organisationId, String siteId, String teamId) {
    }

    public record Option(String id, String name) {
    }

    /** The filters a caller may use. */
    public record Choices(List<Option> instruments, List<Integer> periods, List<Option> organisations, List<Option> sites,
            List<Option> teams) {
    }

    private record Scope(Selection selection, String label, String groupedBy, Selection groups, Map<UUID, String> names) {

        /** Leaves out the people of small teams everywhere, and says so. */
        Scope without(List<UUID> smallTeams) {
            String note = smallTeams.size() == 1 ? "1 team where" : smallTeams.size() + " teams where";
            return new Scope(selection.without(smallTeams), label + "; not counting the people of " + note
                    + " fewer than 5 people answered, so that they cannot be worked out by subtraction", groupedBy,
                    groups == null ? null : groups.without(smallTeams), names);
        }
    }

    private final OutcomeReadModel model;
    private final DashboardQueries queries;
    private final MeasuresApi measures;
    private final PeopleApi people;
    private final ClinicalRecovery clinical;
    private final TandemClock clock;

    OutcomeDashboards(OutcomeReadModel model, DashboardQueries queries, MeasuresApi measures, PeopleApi people,
            ClinicalRecovery clinical, TandemClock clock) {
        this.model = model;
        this.queries = queries;
        this.measures = measures;
        this.people = people;
        this.clinical = clinical;
        this.clock = clock;
    }

    public static boolean mayView(CurrentUser user) {
        return user.has(Role.PROGRAMME_LEAD) || user.has(Role.SERVICE_LEAD) || user.hasCareRole();
    }

    public Choices choices(CurrentUser user) {
        requireViewer(user);
        List<Option> instruments = measures.instruments().stream().map(i -> new Option(i.code(), i.title())).toList();
        List<Option> organisations = List.of();
        List<Option> sites = List.of();
        List<Option> teams;
        if (user.has(Role.PROGRAMME_LEAD)) {
            organisations = programmeOrganisations(user).stream().map(o -> new Option(o.id().toString(), o.name())).toList();
            teams = List.of();
        } else if (user.has(Role.SERVICE_LEAD)) {
            sites = people.sites(user.organisationId()).stream().map(s -> new Option(s.id().toString(), s.name())).toList();
            teams = people.teams(user.organisationId()).stream().map(t -> new Option(t.id().toString(), t.name())).toList();
        } else {
            teams = people.teamsOfStaff(user.staffId()).stream().map(t -> new Option(t.id().toString(), t.name())).toList();
        }
        return new Choices(instruments, OutcomeReadModel.PERIODS, organisations, sites, teams);
    }

    public OutcomeDashboard dashboard(CurrentUser user, Request request) {
        requireViewer(user);
        Validation problems = new Validation();
        Instrument instrument = instrument(request.instrument(), problems);
        int months = months(request.months(), problems);
        UUID organisationId = uuid("organisationId", request.organisationId(), problems);
        UUID siteId = uuid("siteId", request.siteId(), problems);
        UUID teamId = uuid("teamId", request.teamId(), problems);
        problems.throwIfInvalid();
        Scope scope = scope(user, organisationId, siteId, teamId);
        OutcomeRule rule = OutcomeRule.of(instrument);
        OutcomeReadModel.Window window = model.ensure(rule, months);
        LocalDate today = clock.today();
        if (!user.has(Role.PROGRAMME_LEAD)) {
            List<UUID> small = queries.smallTeams(instrument.code(), months, scope.selection());
            if (teamId != null && small.contains(teamId)) {
                return withheld(instrument, rule, months, window, today, scope.label());
            }
            if (!small.isEmpty()) {
                scope = scope.without(small);
            }
        }

        List<Aggregate> aggregates = queries.aggregates(instrument.code(), months, scope.selection(), "organisation".equals(scope.groupedBy()));
        Aggregate total = aggregates.stream().filter(a -> a.kind().equals("TOTAL")).findFirst()
                .orElse(new Aggregate("TOTAL", null, null, 0, 0, BigDecimal.ZERO, 0, 0, 0, 0));
        if (total.people() > 0 && total.people() < Cell.MINIMUM) {
            return withheld(instrument, rule, months, window, today, scope.label());
        }
        Figures overall = figures(null, scope.label(), total, rule);
        List<Figures> groups = groups(instrument.code(), months, scope, aggregates, total, rule);
        List<BandCount> bands = bands(instrument, total, aggregates);
        int[] completion = queries.completion(instrument.code(), window.start().atStartOfDay(clock.zone()).toInstant(),
                scope.selection());
        Completion done = completion[0] < Cell.MINIMUM ? new Completion(Cell.withheld(), Cell.withheld())
                : new Completion(Cell.shown(completion[0], 0),
                        Suppression.partition(completion[0], List.of(completion[1], completion[0] - completion[1])).get(0));
        CrossTable cross = rule.assessed() ? crossTable(instrument.code(), months, scope.selection(), total, today) : null;
        return new OutcomeDashboard(instrument.code(), instrument.title(), rule.scale(), months, window.start(), today,
                scope.label(), scope.groupedBy(), rule.method(), null, overall, groups, bands, done, cross, window.builtAt());
    }

    private static OutcomeDashboard withheld(Instrument instrument, OutcomeRule rule, int months, OutcomeReadModel.Window window,
            LocalDate today, String label) {
        return new OutcomeDashboard(instrument.code(), instrument.title(), rule.scale(), months, window.start(), today, label, null,
                rule.method(), "Fewer than 5 people in this selection have answered " + instrument.title()
                        + " in this period. To protect their privacy no figures are shown. Choose a wider selection or a longer period.",
                null, List.of(), List.of(), null, null, window.builtAt());
    }

    /** The dashboard as shown, one figure per line: table, row, column, value (a number or the words fewer than 5). */
    public String csv(OutcomeDashboard d) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader("table", "row", "column", "value").get())) {
            csv.printRecord("About", "Instrument", "", d.instrumentTitle() + " (" + d.instrument() + ", scale " + d.scale() + ")");
            csv.printRecord("About", "Period", "", d.from() + " to " + d.to());
            csv.printRecord("About", "Selection", "", d.scope());
            csv.printRecord("About", "Reliable change", "", d.reliableChange());
            if (d.withheld() != null) {
                csv.printRecord("About", "Withheld", "", d.withheld());
                return out.toString();
            }
            List<Figures> all = new ArrayList<>();
            all.add(d.overall());
            all.addAll(d.groups());
            for (Figures f : all) {
                String table = f.id() == null ? "Whole selection" : "By " + d.groupedBy();
                csv.printRecord(table, f.name(), "People with a response in the period", f.people().text());
                csv.printRecord(table, f.name(), "People with two or more responses", f.withTwoOrMore().text());
                csv.printRecord(table, f.name(), "Mean change, first to last", f.meanChange() == null ? "not shown" : f.meanChange().toPlainString());
                if (f.assessed()) {
                    csv.printRecord(table, f.name(), "Reliably improved", f.improved().text());
                    csv.printRecord(table, f.name(), "No reliable change", f.noReliableChange().text());
                    csv.printRecord(table, f.name(), "Reliably worse", f.worse().text());
                }
            }
            for (BandCount b : d.bands()) {
                csv.printRecord("Band at latest response", b.band(), "People", b.people().text());
            }
            csv.printRecord("Completion", "People asked to complete it", "People", d.completion().asked().text());
            csv.printRecord("Completion", "Completed it at least once in the period", "People", d.completion().completed().text());
            if (d.personalByClinical() != null) {
                CrossTable x = d.personalByClinical();
                for (int r = 0; r < x.rows().size(); r++) {
                    for (int c = 0; c < x.columns().size(); c++) {
                        csv.printRecord("Personal and clinical recovery", x.rows().get(r), x.columns().get(c), x.cells().get(r).get(c).text());
                    }
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toString();
    }

    private void requireViewer(CurrentUser user) {
        if (!mayView(user)) {
            throw new ForbiddenException("Outcome dashboards are for practitioners, peer support workers, service leads and programme leads.");
        }
    }

    private Scope scope(CurrentUser user, UUID organisationId, UUID siteId, UUID teamId) {
        LocalDate today = clock.today();
        if (user.has(Role.PROGRAMME_LEAD)) {
            if (siteId != null || teamId != null) {
                throw new InvalidInputException(siteId != null ? "siteId" : "teamId",
                        "Programme dashboards compare organisations; sites and teams are chosen by each organisation's service lead.");
            }
            List<OrganisationView> orgs = programmeOrganisations(user);
            Map<UUID, String> names = new LinkedHashMap<>();
            orgs.forEach(o -> names.put(o.id().value(), o.name()));
            if (organisationId != null) {
                if (!names.containsKey(organisationId)) {
                    throw new NotFoundException("Organisation");
                }
                return new Scope(Selection.organisations(List.of(organisationId), today), names.get(organisationId), null, null, names);
            }
            String programme = orgs.isEmpty() ? "the programme" : orgs.get(0).programmeName();
            return new Scope(Selection.organisations(List.copyOf(names.keySet()), today),
                    programme + " (" + orgs.size() + " organisations)", "organisation", null, names);
        }
        if (organisationId != null && !organisationId.equals(user.organisationId().value())) {
            throw new NotFoundException("Organisation");
        }
        UUID org = user.organisationId().value();
        List<TeamView> allowed = user.has(Role.SERVICE_LEAD) ? people.teams(OrganisationId.of(org)) : people.teamsOfStaff(user.staffId());
        Map<UUID, String> names = new LinkedHashMap<>();
        allowed.forEach(t -> names.put(t.id().value(), t.name()));
        if (teamId != null) {
            if (!names.containsKey(teamId)) {
                throw new NotFoundException("Team");
            }
            return new Scope(Selection.teams(org, List.of(teamId), today), names.get(teamId) + " (caseload today)", null, null, names);
        }
        if (siteId != null) {
            if (!user.has(Role.SERVICE_LEAD)) {
                throw new InvalidInputException("siteId", "Choose one of your teams instead of a site.");
            }
            SiteView site = people.sites(OrganisationId.of(org)).stream().filter(s -> s.id().value().equals(siteId)).findFirst()
                    .orElseThrow(() -> new NotFoundException("Site"));
            List<UUID> teams = allowed.stream().filter(t -> siteId.equals(TypedId.uuid(t.siteId()))).map(t -> t.id().value()).toList();
            Selection s = Selection.teams(org, teams, today);
            return new Scope(s, site.name() + " (caseloads of its teams today)", "team", s, names);
        }
        if (user.has(Role.SERVICE_LEAD)) {
            String name = people.organisation(OrganisationId.of(org)).map(OrganisationView::name).orElse("The organisation");
            return new Scope(Selection.organisations(List.of(org), today), name, "team",
                    Selection.teams(org, List.copyOf(names.keySet()), today), names);
        }
        Selection mine = Selection.teams(org, List.copyOf(names.keySet()), today);
        String label = names.isEmpty() ? "Your teams (you are not on a team)" : "Your teams' caseloads today: " + String.join(", ", names.values());
        return new Scope(mine, label, names.size() > 1 ? "team" : null, names.size() > 1 ? mine : null, names);
    }

    private List<OrganisationView> programmeOrganisations(CurrentUser user) {
        OrganisationView own = people.organisation(user.organisationId()).orElseThrow(() -> new NotFoundException("Organisation"));
        return own.programmeId() == null ? List.of(own) : people.organisationsInProgramme(own.programmeId());
    }

    private List<Figures> groups(String instrument, int months, Scope scope, List<Aggregate> aggregates, Aggregate total,
            OutcomeRule rule) {
        if (scope.groupedBy() == null) {
            return List.of();
        }
        Map<UUID, Aggregate> byId = new LinkedHashMap<>();
        List<Aggregate> source = "organisation".equals(scope.groupedBy())
                ? aggregates.stream().filter(a -> a.kind().equals("GROUP")).toList()
                : queries.byTeam(instrument, months, scope.groups());
        source.forEach(a -> byId.put(a.group(), a));
        List<UUID> ids = "organisation".equals(scope.groupedBy()) ? List.copyOf(scope.names().keySet()) : scope.groups().teams();
        List<Integer> counts = ids.stream().map(id -> byId.containsKey(id) ? byId.get(id).people() : 0).toList();
        List<Cell> shown = Suppression.partition(Math.max(total.people(), Cell.MINIMUM), counts);
        List<Figures> out = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            UUID id = ids.get(i);
            Aggregate a = byId.getOrDefault(id, new Aggregate("GROUP", id, null, 0, 0, BigDecimal.ZERO, 0, 0, 0, 0));
            String name = Objects.requireNonNullElse(scope.names().get(id), "Unknown");
            out.add(shown.get(i).fewerThan5() ? withheldFigures(id, name, rule) : figures(id, name, a, rule));
        }
        return out;
    }

    static Figures figures(UUID id, String name, Aggregate a, OutcomeRule rule) {
        if (a.people() < Cell.MINIMUM) {
            return withheldFigures(id, name, rule);
        }
        Cell repeated = Suppression.single(a.repeated(), a.people());
        BigDecimal mean = a.repeated() >= Cell.MINIMUM
                ? a.changeSum().divide(BigDecimal.valueOf(a.repeated()), 2, RoundingMode.HALF_UP) : null;
        if (!rule.assessed()) {
            return new Figures(id, name, Cell.shown(a.people(), 0), repeated, mean, null, null, null, false);
        }
        List<Cell> split = repeated.fewerThan5() ? List.of(Cell.withheld(), Cell.withheld(), Cell.withheld())
                : Suppression.partition(a.repeated(), List.of(a.improved(), a.unchanged(), a.worse()));
        return new Figures(id, name, Cell.shown(a.people(), 0), repeated, mean, split.get(0), split.get(1), split.get(2), true);
    }

    private static Figures withheldFigures(UUID id, String name, OutcomeRule rule) {
        Cell w = Cell.withheld();
        return rule.assessed() ? new Figures(id, name, w, w, null, w, w, w, true) : new Figures(id, name, w, w, null, null, null, null, false);
    }

    private static List<BandCount> bands(Instrument instrument, Aggregate total, List<Aggregate> aggregates) {
        List<String> order = new ArrayList<>(MeasuresApi.primaryScale(instrument).bands().stream().map(Band::label).toList());
        Map<String, Integer> counts = new LinkedHashMap<>();
        order.forEach(b -> counts.put(b, 0));
        aggregates.stream().filter(a -> a.kind().equals("BAND"))
                .forEach(a -> counts.merge(a.band() == null ? "No band" : a.band(), a.people(), Integer::sum));
        if (counts.isEmpty() || total.people() == 0) {
            return List.of();
        }
        List<String> labels = List.copyOf(counts.keySet());
        List<Cell> cells = Suppression.partition(total.people(), labels.stream().map(counts::get).toList());
        List<BandCount> out = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            out.add(new BandCount(labels.get(i), cells.get(i)));
        }
        return out;
    }

    private CrossTable crossTable(String instrument, int months, Selection selection, Aggregate total, LocalDate today) {
        List<DashboardQueries.PersonOutcome> observed = queries.observedOutcomes(instrument, months, selection);
        Map<UUID, Boolean> recovered = clinical.recoveredAmong(observed.stream().map(DashboardQueries.PersonOutcome::person).toList(), today);
        List<String> outcomes = List.of("IMPROVED", "UNCHANGED", "WORSE");
        int[][] grid = new int[3][3];
        int[] rowTotals = {total.improved(), total.unchanged(), total.worse()};
        for (DashboardQueries.PersonOutcome p : observed) {
            int r = outcomes.indexOf(p.outcome());
            if (r >= 0) {
                grid[r][Boolean.TRUE.equals(recovered.get(p.person())) ? 0 : 1]++;
            }
        }
        for (int r = 0; r < 3; r++) {
            grid[r][2] = rowTotals[r] - grid[r][0] - grid[r][1];
        }
        return new CrossTable(List.of("Reliably improved", "No reliable change", "Reliably worse"),
                List.of("Meets clinical recovery criteria", "Does not meet them yet", "Not known (no observations)"),
                Suppression.grid(grid), today.toString());
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
