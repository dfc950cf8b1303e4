/**
 * Recovery: the person's own plan, the REFOCUS way of working. Values and treatment preferences,
 * strengths by life domain, goals with goal attainment scaling, coaching and peer session notes,
 * the CHIME profile, the wellness and crisis plan, positive risk-taking plans, and the five ways to
 * wellbeing journal. The person writes; each save is a new version; staff contributions sit beside
 * the person's words, attributed, and never change them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Recovery plan")
package tandem.recovery;
