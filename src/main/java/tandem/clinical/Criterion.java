package tandem.clinical;

import java.util.List;

/** The five clinical recovery criteria, the values an observation can take, and the value that meets each. */
public enum Criterion {
    SYMPTOMS("Symptoms in remission", List.of("REMITTED", "NOT_REMITTED"), "REMITTED"),
    WORK_OR_STUDY("Work or study at least half time", List.of("NONE", "LESS_THAN_HALF_TIME", "HALF_TIME_OR_MORE"),
            "HALF_TIME_OR_MORE"),
    LIVING("Living independently", List.of("INDEPENDENT", "SUPERVISED"), "INDEPENDENT"),
    INCOME("Not fully dependent on benefits", List.of("NOT_FULLY_DEPENDENT", "FULLY_DEPENDENT"), "NOT_FULLY_DEPENDENT"),
    SOCIAL("Friends, seen at least weekly", List.of("WEEKLY_OR_MORE", "LESS_THAN_WEEKLY"), "WEEKLY_OR_MORE");

    private final String label;
    private final List<String> options;
    private final String met;

    Criterion(String label, List<String> values, String met) {
        this.label = label;
        this.options = values;
        this.met = met;
    }

    public String label() {
        return label;
    }

    public List<String> options() {
        return options;
    }

    public boolean meets(String value) {
        return met.equals(value);
    }
}
