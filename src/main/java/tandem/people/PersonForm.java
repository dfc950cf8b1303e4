package tandem.people;

/**
 * A person's details as entered (strings, validated by the people module). {@code teamId} and the
 * account fields are used only when creating. {@code nhsNumber} is optional (spaces or hyphens between
 * the groups allowed); {@code nhsNumberChecked} says the one entering it checked it with the person or a
 * letter from the NHS, which makes it a verified number.
 */
public record PersonForm(String givenName, String familyName, String preferredName, String pronouns,
        String dateOfBirth, String email, String phone, Boolean contactByEmail, Boolean contactByPhone,
        Boolean contactByPost, String teamId, String username, String password, String nhsNumber, Boolean nhsNumberChecked) {

    public PersonForm {
        // an unticked checkbox sends nothing
        contactByEmail = Boolean.TRUE.equals(contactByEmail);
        contactByPhone = Boolean.TRUE.equals(contactByPhone);
        contactByPost = Boolean.TRUE.equals(contactByPost);
        nhsNumberChecked = Boolean.TRUE.equals(nhsNumberChecked);
    }

    public static PersonForm empty() {
        return new PersonForm("", "", "", "", "", "", "", false, false, false, "", "", "", "", false);
    }

    public static PersonForm of(PersonView p) {
        return new PersonForm(p.givenName(), p.familyName(), nz(p.preferredName()), nz(p.pronouns()),
                p.dateOfBirth() == null ? "" : p.dateOfBirth().toString(), nz(p.email()), nz(p.phone()),
                p.contactByEmail(), p.contactByPhone(), p.contactByPost(), "", "", "",
                p.nhsNumber() == null ? "" : p.nhsNumber().formatted(), p.nhsNumberStatus() != null && p.nhsNumberStatus().verified());
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
