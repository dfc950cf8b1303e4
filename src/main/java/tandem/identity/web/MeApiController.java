package tandem.identity.web;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.annotation.JsonInclude;

import tandem.identity.CurrentUser;
import tandem.identity.CurrentUsers;
import tandem.identity.Role;
import tandem.shared.ids.OrganisationId;
import tandem.shared.ids.PersonId;
import tandem.shared.ids.StaffId;

@RestController
class MeApiController {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Me(String username, List<String> roles, PersonId personId, StaffId staffId, OrganisationId organisationId) {
    }

    private final CurrentUsers identity;

    MeApiController(CurrentUsers identity) {
        this.identity = identity;
    }

    @GetMapping("/api/v1/me")
    Me me() {
        CurrentUser u = identity.require();
        return new Me(u.username(), u.roles().stream().sorted().map(Role::name).toList(), u.personId(), u.staffId(),
                u.organisationId());
    }
}
