package tandem.identity.web;

import java.util.Arrays;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

/** The register-a-client form: a name, the scopes, and addresses one a line (the identity module checks the rest). */
public record ApiClientForm(@NotBlank(message = "{identity.apiClient.name.required}") @Size(max = 100, message = "{identity.apiClient.name.long}") String name,
        @NotEmpty(message = "{identity.apiClient.scopes.required}") List<String> scopes,
        @Size(max = 2000, message = "{identity.apiClient.addresses.long}") String allowedAddresses) {

    public ApiClientForm {
        scopes = scopes == null ? List.of() : List.copyOf(scopes);
    }

    public static ApiClientForm empty() {
        return new ApiClientForm("", List.of(), "");
    }

    /** The addresses typed, one a line (commas and spaces also separate them). */
    public List<String> addressList() {
        return allowedAddresses == null ? List.of()
                : Arrays.stream(allowedAddresses.split("[\\s,]+")).map(String::trim).filter(a -> !a.isEmpty()).toList();
    }
}
