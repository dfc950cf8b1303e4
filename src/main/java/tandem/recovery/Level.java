package tandem.recovery;

import java.util.List;

/** The five goal attainment levels and what each means. */
public final class Level {

    public static final List<Integer> ALL = List.of(-2, -1, 0, 1, 2);

    private Level() {
    }

    public static String meaning(int level) {
        return switch (level) {
            case -2 -> "much less than expected";
            case -1 -> "less than expected";
            case 0 -> "what I expect";
            case 1 -> "more than expected";
            case 2 -> "much more than expected";
            default -> throw new IllegalArgumentException("A level is from -2 to +2");
        };
    }

    public static String signed(int level) {
        return level > 0 ? "+" + level : String.valueOf(level);
    }
}
