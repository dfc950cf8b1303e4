package tandem.audit;

/** What was done to a piece of person data. */
public enum AuditAction {
    READ("Looked at"),
    CREATE("Added"),
    UPDATE("Changed"),
    DELETE("Removed"),
    EXPORT("Exported"),
    BREAK_GLASS("Opened in an emergency");

    private final String label;

    AuditAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
