package tandem.people.internal;

import java.time.LocalDate;
import java.util.regex.Pattern;

import tandem.people.NhsNumber;
import tandem.people.NhsNumberStatus;
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
            String email, String phone, NhsNumber nhsNumber) {
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
        String nhsText = Validation.trimToNull(f.nhsNumber());
        NhsNumber nhs = nhsText == null ? null : NhsNumber.parse(nhsText).orElse(null);
        if (nhsText != null && nhs == null) {
            v.add("nhsNumber", "Enter the 10-digit NHS number exactly as it is on the person's NHS letters, like 943 476 5919");
        }
        if (nhs == null && Boolean.TRUE.equals(f.nhsNumberChecked())) {
            v.add("nhsNumberChecked", "Enter the NHS number you checked, or do not tick that you checked it");
        }
        return new Clean(trim(f.givenName()), trim(f.familyName()), Validation.trimToNull(f.preferredName()),
                Validation.trimToNull(f.pronouns()), dob, Validation.trimToNull(f.email()), phone, nhs);
    }

    /**
     * The status a number takes when it is saved: checked when the form says so; unchanged when the
     * number is the one already held (a number from the record system stays so); otherwise unverified.
     */
    static NhsNumberStatus statusOf(NhsNumber entered, boolean checked, String heldDigits, NhsNumberStatus heldStatus) {
        if (entered == null) {
            return null;
        }
        if (entered.digits().equals(heldDigits) && heldStatus != null && (heldStatus.verified() || !checked)) {
            return heldStatus;
        }
        return checked ? NhsNumberStatus.CHECKED_BY_WORKER : NhsNumberStatus.UNVERIFIED;
    }

    private static String trim(String s) {
        return s == null ? null : s.trim();
    }
}
