package tandem.identity;

/** A link in the main navigation. {@code order} sorts items; lower comes first. */
public record NavItem(String label, String href, int order) {
}
