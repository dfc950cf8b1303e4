package tandem.measures.scoring;

/** The five CHIME recovery processes (Leamy et al. 2011). */
public enum Chime {
    CONNECTEDNESS("Connectedness"),
    HOPE("Hope and optimism"),
    IDENTITY("Identity"),
    MEANING("Meaning in life"),
    EMPOWERMENT("Empowerment");

    private final String label;

    Chime(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
