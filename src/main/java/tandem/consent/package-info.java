/**
 * Consent: the person's sharing choices, the one access-decision service every module uses, and
 * emergency ("break-glass") access. Refusals look like "not found".
 */
@org.springframework.modulith.ApplicationModule(displayName = "Consent")
package tandem.consent;
