package tandem.people;

import java.io.Reader;
import java.util.List;

import tandem.identity.CurrentUser;

/**
 * Imports people and staff from a CSV file. Every row is checked first; if any row is bad, every
 * problem is reported by line and field, and nothing is imported.
 */
public interface PeopleImport {

    /** The columns of the file, in the order the template shows them. */
    List<String> COLUMNS = List.of("type", "given_name", "family_name", "preferred_name", "pronouns",
            "date_of_birth", "email", "phone", "team", "username", "roles", "job_title");

    /**
     * Columns a file may have beside {@link #COLUMNS}: {@code nhs_number} (a person's NHS number,
     * imported as not yet checked; unique within the organisation and within the file).
     */
    List<String> OPTIONAL_COLUMNS = List.of("nhs_number");

    /** The most rows one file may hold. */
    int MAX_ROWS = 5000;

    /** Imports the file, or throws {@link RefusedException} and imports nothing. */
    Result importCsv(CurrentUser admin, Reader reader);

    /** A problem with one field of one line (line 1 is the header). */
    record RowProblem(long line, String field, String message) {
    }

    /** How many people and staff were imported. */
    record Result(int people, int staff) {
    }

    /** The import was refused; nothing was imported. */
    class RefusedException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient List<RowProblem> problems;

        public RefusedException(List<RowProblem> problems) {
            super(problems.size() + " problems");
            this.problems = List.copyOf(problems);
        }

        public List<RowProblem> problems() {
            return problems;
        }
    }
}
