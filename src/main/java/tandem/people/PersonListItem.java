package tandem.people;

import java.util.List;
import java.util.UUID;

/** A line in a list of people: the name and current teams, nothing from the record. */
public record PersonListItem(UUID id, String displayName, List<String> teams) {
}
