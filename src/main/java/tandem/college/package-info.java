/**
 * Recovery College: terms, co-produced courses and their sessions, a public prospectus,
 * self-referral, enrolment that never overbooks (the course row is locked in the database),
 * first-come waitlists, learning plans, attendance, certificates, feedback and the college dashboard.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Recovery College")
package tandem.college;
