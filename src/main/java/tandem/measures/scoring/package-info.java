/**
 * The scoring engine: pure Java, no Spring. An {@link tandem.measures.scoring.Instrument} says
 * everything a scoring definition must say (INSTRUMENTS.md); {@link tandem.measures.scoring.Scoring}
 * validates answers and scores them exactly ({@link java.math.BigDecimal}). Other modules (FHIR)
 * may use it.
 */
@org.springframework.modulith.NamedInterface("scoring")
package tandem.measures.scoring;
