/**
 * Clinical recovery: dated observations of work or study, living situation, income, social contact
 * and symptom remission, and the evaluation of Liberman and Kopelowicz's criteria over a person's
 * observation timeline, shown beside personal recovery and never standing in for it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Clinical recovery")
package tandem.clinical;
