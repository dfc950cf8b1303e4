package tandem.clinical;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The clinical recovery rules of CONTRACT.md, as a pure function over a person's observations.
 * An observation holds from its date until the next one of its kind. A criterion with no
 * observation for more than {@code gapDays} days is UNKNOWN from the day after that, never MET.
 * {@code since} is the first day of the current unbroken MET run; {@code twoYearsOn} is
 * {@code since} plus the required years; recovered when every criterion is MET and each has held
 * for that long by {@code asOf}.
 */
public final class ClinicalRules {

    /** One dated observation. */
    public record Observation(Criterion kind, String value, LocalDate observedOn) {
    }

    public enum Status {
        MET, NOT_MET, UNKNOWN
    }

    /** One criterion on the day: its status, and for MET since when and when two years are reached. */
    public record Result(Criterion code, Status status, LocalDate since, LocalDate twoYearsOn) {
    }

    public record Evaluation(LocalDate asOf, boolean recovered, List<Result> criteria) {
    }

    private final int gapDays;
    private final int years;

    public ClinicalRules(int gapDays, int years) {
        if (gapDays < 1 || years < 1) {
            throw new IllegalArgumentException("The gap and the years are at least 1");
        }
        this.gapDays = gapDays;
        this.years = years;
    }

    public Evaluation evaluate(List<Observation> observations, LocalDate asOf) {
        List<Result> results = new ArrayList<>();
        for (Criterion c : Criterion.values()) {
            results.add(criterion(c, observations.stream().filter(o -> o.kind() == c && !o.observedOn().isAfter(asOf))
                    .sorted(Comparator.comparing(Observation::observedOn)).toList(), asOf));
        }
        boolean recovered = results.stream().allMatch(r -> r.status() == Status.MET && !r.twoYearsOn().isAfter(asOf));
        return new Evaluation(asOf, recovered, List.copyOf(results));
    }

    private Result criterion(Criterion c, List<Observation> timeline, LocalDate asOf) {
        if (timeline.isEmpty()) {
            return new Result(c, Status.UNKNOWN, null, null);
        }
        Observation last = timeline.get(timeline.size() - 1);
        if (ChronoUnit.DAYS.between(last.observedOn(), asOf) > gapDays) {
            return new Result(c, Status.UNKNOWN, null, null);
        }
        // Several observations on one day: the meeting one does not win over one that does not.
        List<Observation> sameDay = timeline.stream().filter(o -> o.observedOn().equals(last.observedOn())).toList();
        if (!sameDay.stream().allMatch(o -> c.meets(o.value()))) {
            return new Result(c, Status.NOT_MET, null, null);
        }
        LocalDate since = last.observedOn();
        for (int i = timeline.size() - 2; i >= 0; i--) {
            Observation earlier = timeline.get(i);
            boolean gap = ChronoUnit.DAYS.between(earlier.observedOn(), since) > gapDays;
            boolean mixedDay = timeline.stream()
                    .anyMatch(o -> o.observedOn().equals(earlier.observedOn()) && !c.meets(o.value()));
            if (gap || mixedDay) {
                break;
            }
            since = earlier.observedOn();
        }
        return new Result(c, Status.MET, since, since.plusYears(years));
    }
}
