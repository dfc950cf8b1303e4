package tandem.people.internal;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tandem.identity.CurrentUser;
import tandem.identity.Accounts;
import tandem.people.PeopleImport;
import tandem.people.PersonForm;
import tandem.people.StaffForm;
import tandem.people.TeamView;
import tandem.shared.TandemClock;
import tandem.shared.error.Validation;

/**
 * Imports people and staff from CSV. Every row is checked first; if any row is bad, every problem
 * is reported by line and field, and nothing is imported.
 */
@Service
class PeopleCsvImport implements PeopleImport {

    private static final Map<String, String> FIELD_TO_COLUMN = Map.of("givenName", "given_name", "familyName",
            "family_name", "preferredName", "preferred_name", "dateOfBirth", "date_of_birth", "teamId", "team",
            "teamIds", "team", "jobTitle", "job_title", "nhsNumber", "nhs_number");

    private final PeopleService people;
    private final StructureStore structure;
    private final Accounts accounts;
    private final TandemClock clock;
    private final NhsNumbersService nhsNumbers;

    PeopleCsvImport(PeopleService people, StructureStore structure, Accounts accounts, TandemClock clock, NhsNumbersService nhsNumbers) {
        this.nhsNumbers = nhsNumbers;
        this.people = people;
        this.structure = structure;
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Result importCsv(CurrentUser admin, Reader reader) {
        List<RowProblem> problems = new ArrayList<>();
        List<CSVRecord> records;
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).get().parse(reader)) {
            List<String> header = parser.getHeaderNames().stream().map(h -> h.toLowerCase(Locale.ROOT)).toList();
            List<String> missing = COLUMNS.stream().filter(c -> !header.contains(c)).toList();
            if (!missing.isEmpty()) {
                throw new RefusedException(List.of(new RowProblem(1, String.join(", ", missing),
                        "The header row is missing these columns: " + String.join(", ", missing))));
            }
            records = parser.getRecords();
        } catch (IOException | java.io.UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            throw new RefusedException(List.of(new RowProblem(1, "file",
                    "The file is not a CSV file Tandem can read. Save it as CSV (comma separated) and try again")));
        }
        if (records.isEmpty()) {
            throw new RefusedException(List.of(new RowProblem(1, "file", "The file has no rows after the header")));
        }
        if (records.size() > MAX_ROWS) {
            throw new RefusedException(List.of(new RowProblem(1, "file",
                    "The file has more than " + MAX_ROWS + " rows. Split it into smaller files")));
        }
        Map<String, TeamView> teams = new HashMap<>();
        structure.teams(admin.organisationId().value()).forEach(t -> teams.put(t.name().toLowerCase(Locale.ROOT), t));
        Set<String> usernames = new HashSet<>();
        Set<String> nhsInFile = new HashSet<>();
        List<Runnable> writes = new ArrayList<>();
        int[] counts = {0, 0};
        for (CSVRecord r : records) {
            long line = r.getRecordNumber() + 1;
            if (!r.isConsistent()) {
                problems.add(new RowProblem(line, "row", "This row has " + r.size() + " values; the header has "
                        + COLUMNS.size() + " or more"));
                continue;
            }
            String type = get(r, "type").toLowerCase(Locale.ROOT);
            String teamName = get(r, "team");
            TeamView team = teamName.isEmpty() ? null : teams.get(teamName.toLowerCase(Locale.ROOT));
            if (!teamName.isEmpty() && team == null) {
                problems.add(new RowProblem(line, "team", "There is no team called '" + abbreviate(teamName) + "'"));
            }
            switch (type) {
                case "person" -> {
                    Validation v = new Validation();
                    PersonForm form = new PersonForm(get(r, "given_name"), get(r, "family_name"), get(r, "preferred_name"),
                            get(r, "pronouns"), get(r, "date_of_birth"), get(r, "email"), get(r, "phone"), false, false,
                            false, team == null ? "" : team.id().toString(), "", "", get(r, "nhs_number"), false);
                    PersonRules.Clean clean = PersonRules.check(v, form, clock.today());
                    nhsNumbers.checkFree(v, admin.organisationId().value(), clean.nhsNumber(), null);
                    if (clean.nhsNumber() != null && !nhsInFile.add(clean.nhsNumber().digits())) {
                        v.add("nhsNumber", "Another row of this file has the same NHS number");
                    }
                    if (!get(r, "username").isEmpty() || !get(r, "roles").isEmpty()) {
                        v.add("username", "Leave username and roles empty for people; invite them to an account later");
                    }
                    v.problems().forEach(p -> problems.add(new RowProblem(line, column(p.field()), p.message())));
                    writes.add(() -> {
                        people.createPerson(admin, form);
                        counts[0]++;
                    });
                }
                case "staff" -> {
                    Validation v = new Validation();
                    List<String> roles = Arrays.stream(get(r, "roles").split("[;|]")).map(String::trim)
                            .filter(s -> !s.isEmpty()).toList();
                    StaffForm form = new StaffForm(get(r, "given_name"), get(r, "family_name"), get(r, "email"),
                            get(r, "job_title"), roles, team == null ? List.of() : List.of(team.id().toString()),
                            get(r, "username"), "");
                    StaffRules.checkStaff(v, form);
                    StaffRules.roles(v, roles);
                    String username = get(r, "username").toLowerCase(Locale.ROOT);
                    accounts.checkNewAccount(username, null, true).forEach(p -> v.add(p.field(), p.message()));
                    if (!username.isEmpty() && !usernames.add(username)) {
                        v.add("username", "This username appears on an earlier line of the file");
                    }
                    v.problems().forEach(p -> problems.add(new RowProblem(line, column(p.field()), p.message())));
                    writes.add(() -> {
                        people.createStaff(admin, form);
                        counts[1]++;
                    });
                }
                default -> problems.add(new RowProblem(line, "type", "Type must be 'person' or 'staff'"));
            }
        }
        if (!problems.isEmpty()) {
            throw new RefusedException(problems);
        }
        writes.forEach(Runnable::run);
        return new Result(counts[0], counts[1]);
    }

    private static String get(CSVRecord r, String column) {
        String header = r.getParser().getHeaderNames().stream().filter(h -> h.equalsIgnoreCase(column)).findFirst()
                .orElse(column);
        String v = r.isMapped(header) ? r.get(header) : "";
        return v == null ? "" : v.trim();
    }

    private static String column(String field) {
        return FIELD_TO_COLUMN.getOrDefault(field, field);
    }

    private static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
