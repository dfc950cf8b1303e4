/**
 * Workforce: peer support roles, peer supervision and training records, and lived experience in
 * the workforce. A staff member's own lived-experience answer is read by them alone; everyone else
 * sees counts, suppressed below five on either side of the split.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Workforce")
package tandem.workforce;
