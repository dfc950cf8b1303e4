package tandem.change;

import java.util.List;

/** The ten key organisational challenges (Shepherd, Boardman and Burns, Implementing Recovery, 2010). */
public final class Challenges {

    /** One challenge: its number and a short title. */
    public record Challenge(int number, String title) {
    }

    public static final List<Challenge> ALL = List.of(
            new Challenge(1, "Changing the nature of day-to-day interactions and the quality of experience"),
            new Challenge(2, "Delivering comprehensive, user-led education and training"),
            new Challenge(3, "Establishing a Recovery Education Centre (Recovery College) to drive it"),
            new Challenge(4, "Ensuring organisational commitment and creating the culture"),
            new Challenge(5, "Increasing personalisation and choice"),
            new Challenge(6, "Transforming the workforce"),
            new Challenge(7, "Changing the way we approach risk assessment and management"),
            new Challenge(8, "Redefining user involvement as genuine partnership"),
            new Challenge(9, "Supporting staff in their own recovery journey"),
            new Challenge(10, "Increasing opportunities for building a life beyond illness"));

    private Challenges() {
    }

    public static String title(int number) {
        return ALL.get(number - 1).title();
    }
}
