package tandem.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.instance.model.api.IBaseResource;

import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import ca.uhn.fhir.validation.ValidationResult;
import tandem.fhir.FhirResources;

/** HAPI's instance validator with the R4 core definitions: what Tandem serves must give 0 errors. */
public final class FhirValidation {

    private static volatile FhirValidator validator;

    private FhirValidation() {
    }

    public static FhirValidator validator() {
        if (validator == null) {
            synchronized (FhirValidation.class) {
                if (validator == null) {
                    var context = FhirResources.context();
                    ValidationSupportChain chain = new ValidationSupportChain(new DefaultProfileValidationSupport(context),
                            new CommonCodeSystemsTerminologyService(context), new InMemoryTerminologyServerValidationSupport(context),
                            new SnapshotGeneratingValidationSupport(context));
                    FhirValidator v = context.newValidator();
                    FhirInstanceValidator instance = new FhirInstanceValidator(chain);
                    instance.setAnyExtensionsAllowed(true);
                    v.registerValidatorModule(instance);
                    validator = v;
                }
            }
        }
        return validator;
    }

    /** The errors (and fatal problems) the validator finds; empty when the resource is valid. */
    public static List<String> errors(IBaseResource resource) {
        ValidationResult result = validator().validateWithResult(resource);
        return result.getMessages().stream()
                .filter(m -> m.getSeverity() == ResultSeverityEnum.ERROR || m.getSeverity() == ResultSeverityEnum.FATAL)
                .map(FhirValidation::describe).toList();
    }

    public static void assertValid(IBaseResource resource) {
        assertThat(errors(resource)).as("validation errors in " + resource.fhirType()).isEmpty();
    }

    private static String describe(SingleValidationMessage m) {
        return m.getLocationString() + ": " + m.getMessage();
    }
}
