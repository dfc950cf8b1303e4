/**
 * Organisational change: the ten ImROC challenges rated by an organisation, site or team on a
 * configurable development scale with evidence; team priorities (TRIP); action learning cycles; the
 * programme view across member organisations (aggregates only); and the Recovery College fidelity
 * self-check.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Organisational change")
package tandem.change;
