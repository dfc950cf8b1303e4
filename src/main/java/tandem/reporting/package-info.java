/**
 * Reporting: service outcome dashboards for a caseload, a team, a site, an organisation or a
 * programme, built on an exact read model of people's first and last scores per period, with
 * small numbers withheld; and pseudonymised research extracts for people who said yes to research.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reporting")
package tandem.reporting;
