package tandem.identity.web;

import java.util.List;
import java.util.UUID;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.annotation.JsonInclude;

import tandem.identity.CurrentUser;
import tandem.identity.IdentityApi;
import tandem.identity.Role;

@RestController
class MeApiController {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Me(String username, List<String> roles, UUID personId, UUID staffId, UUID organisationId) {
    }

    private final IdentityApi identity;

    MeApiController(IdentityApi identity) {
        this.identity = identity;
    }

    @GetMapping("/api/v1/me")
    Me me() {
        CurrentUser u = identity.require();
        return new Me(u.username(), u.roles().stream().sorted().map(Role::name).toList(), u.personId(), u.staffId(),
                u.organisationId());
    }
}
