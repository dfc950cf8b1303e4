/**
 * Audit: an append-only, hash-chained log of every read and change of person data, and the
 * "who has looked at my record" view of it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit")
package tandem.audit;
