/**
 * The scoring engine: pure Java, no Spring. An {@link tandem.measures.scoring.Instrument} says
 * everything a scoring definition must say (INSTRUMENTS.md); {@link tandem.measures.scoring.Scoring}
 * validates answers and scores them exactly ({@link java.math.BigDecimal}).
 */
package tandem.measures.scoring;
