/**
 * People: programmes, organisations, sites, teams, persons, staff, caseloads and supporter
 * links; the administrator pages and CSV import; the people part of the JSON API.
 */
@org.springframework.modulith.ApplicationModule(displayName = "People")
package tandem.people;
