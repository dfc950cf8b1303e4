package tandem.community;

/** A group as typed into the administrator's form: every field text, checked by {@link Groups}. */
public record GroupForm(String name, String purpose, String whoFor, String facilitator, String place, String onlineUrl,
        String accessibility, String weekday, String startsAt, String minutes, String everyWeeks, String firstMeeting,
        String lastMeeting, String version) {

    public static GroupForm empty() {
        return new GroupForm("", "", "", "", "", "", "", "", "", "90", "1", "", "", "0");
    }
}
