package tandem.people.internal;

import java.time.LocalDate;
import java.util.regex.Pattern;

import tandem.people.PersonForm;
import tandem.shared.error.Validation;

/** The rules for a person's details, shared by the pages, the API and the CSV import. */
final class PersonRules {

    static final int NAME_MAX = 100;
    private static final Pattern PHONE = Pattern.compile("[0-9+() -]{6,40}");

    private PersonRules() {
    }

    /** Clean values after validation. */
    record Clean(String givenName, String familyName, String preferredName, String pronouns, LocalDate dateOfBirth,
            String email, String phone) {
    }

    static Clean check(Validation v, PersonForm f, LocalDate today) {
        v.required("givenName", f.givenName(), "a given name", NAME_MAX);
        v.required("familyName", f.familyName(), "a family name", NAME_MAX);
        v.maxLength("preferredName", f.preferredName(), "preferred name", NAME_MAX);
        v.maxLength("pronouns", f.pronouns(), "pronouns", 40);
        LocalDate dob = v.pastDate("dateOfBirth", f.dateOfBirth(), "date of birth", today);
        v.email("email", f.email());
        String phone = Validation.trimToNull(f.phone());
        if (phone != null && !PHONE.matcher(phone).matches()) {
            v.add("phone", "Enter a phone number using digits, spaces, brackets and +, like 01632 960 001");
        }
        if (f.contactByEmail() && Validation.trimToNull(f.email()) == null) {
            v.add("email", "Enter an email address, or do not choose contact by email");
        }
        if (f.contactByPhone() && phone == null) {
            v.add("phone", "Enter a phone number, or do not choose contact by phone");
        }
        return new Clean(trim(f.givenName()), trim(f.familyName()), Validation.trimToNull(f.preferredName()),
                Validation.trimToNull(f.pronouns()), dob, Validation.trimToNull(f.email()), phone);
    }

    private static String trim(String s) {
        return s == null ? null : s.trim();
    }
}
