package tandem.people;

/**
 * A person's details as entered (strings, validated by the people module). {@code teamId} and the
 * account fields are used only when creating.
 */
public record PersonForm(String givenName, String familyName, String preferredName, String pronouns,
        String dateOfBirth, String email, String phone, Boolean contactByEmail, Boolean contactByPhone,
        Boolean contactByPost, String teamId, String username, String password) {

    public PersonForm {
        // an unticked checkbox sends nothing
        contactByEmail = Boolean.TRUE.equals(contactByEmail);
        contactByPhone = Boolean.TRUE.equals(contactByPhone);
        contactByPost = Boolean.TRUE.equals(contactByPost);
    }

    public static PersonForm empty() {
        return new PersonForm("", "", "", "", "", "", "", false, false, false, "", "", "");
    }

    public static PersonForm of(PersonView p) {
        return new PersonForm(p.givenName(), p.familyName(), nz(p.preferredName()), nz(p.pronouns()),
                p.dateOfBirth() == null ? "" : p.dateOfBirth().toString(), nz(p.email()), nz(p.phone()),
                p.contactByEmail(), p.contactByPhone(), p.contactByPost(), "", "", "");
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
