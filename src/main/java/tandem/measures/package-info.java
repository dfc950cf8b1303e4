/**
 * Measures: instruments defined as data, exact server-side scoring, stored responses with the
 * definition version they were scored with, and change over time (reliable change).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Measures")
package tandem.measures;
