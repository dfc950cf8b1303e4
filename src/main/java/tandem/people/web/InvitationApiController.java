package tandem.people.web;

import java.time.Instant;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import tandem.consent.PersonAccess;
import tandem.identity.CurrentUser;
import tandem.identity.CurrentUsers;
import tandem.identity.Invitations;
import tandem.identity.SentInvitation;
import tandem.people.web.PeopleForms.InviteForm;
import tandem.shared.ids.PersonId;

/** Inviting a person to Tandem through the JSON API (CONTRACT.md, "Sign-in for services and systems"). */
@RestController
class InvitationApiController {

    record Invited(UUID id, Instant expiresAt) {
    }

    private final CurrentUsers identity;
    private final InvitationAccess access;
    private final Invitations invitations;

    InvitationApiController(CurrentUsers identity, InvitationAccess access, Invitations invitations) {
        this.identity = identity;
        this.access = access;
        this.invitations = invitations;
    }

    /** 201 with the invitation's id and the end of its link; 409 when the person has an account already (nothing is sent). */
    @PostMapping("/api/v1/people/{personId}/invitations")
    ResponseEntity<Invited> invite(@PathVariable PersonId personId, @Valid @RequestBody InviteForm body) {
        CurrentUser user = identity.require();
        PersonAccess decided = access.requireCareTeam(user, personId);
        SentInvitation sent = invitations.invite(user, personId, decided.organisationId(), body.email());
        return ResponseEntity.status(HttpStatus.CREATED).body(new Invited(sent.id(), sent.expiresAt()));
    }
}
