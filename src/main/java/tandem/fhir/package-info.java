/**
 * FHIR R4 façade: instruments as FHIR {@code Questionnaire} resources (with answerOption ordinal
 * values, SDC calculatedExpression for the scales FHIRPath can express, and Tandem's scoring
 * extension), and import of a Questionnaire carrying that extension, for example with a service's
 * licensed wording.
 */
@org.springframework.modulith.ApplicationModule(displayName = "FHIR")
package tandem.fhir;
