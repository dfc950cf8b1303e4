package tandem.fhir;

import ca.uhn.fhir.context.FhirContext;

/** The one FHIR R4 context of the application: HAPI's context is costly to make, so it is made once, on first use. */
public final class FhirResources {

    private static volatile FhirContext context;

    private FhirResources() {
    }

    public static FhirContext context() {
        FhirContext c = context;
        if (c == null) {
            synchronized (FhirResources.class) {
                c = context;
                if (c == null) {
                    c = FhirContext.forR4();
                    context = c;
                }
            }
        }
        return c;
    }
}
