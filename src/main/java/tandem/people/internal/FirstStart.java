package tandem.people.internal;

import java.util.EnumSet;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import tandem.identity.Accounts;
import tandem.identity.NewAccount;
import tandem.identity.Role;
import tandem.shared.ids.OrganisationId;
import tandem.shared.ids.StaffId;

/**
 * Without demo data, the very first start needs an organisation and an administrator. When
 * TANDEM_ADMIN_PASSWORD is set and nothing exists yet, this creates both; the administrator then
 * adds everything else through the pages.
 */
@Component
class FirstStart {

    private static final Logger log = LoggerFactory.getLogger(FirstStart.class);

    private final StructureStore structure;
    private final StaffStore staffStore;
    private final Accounts accounts;
    private final TransactionTemplate tx;
    private final String password;
    private final String organisationName;

    FirstStart(StructureStore structure, StaffStore staffStore, Accounts accounts, TransactionTemplate tx,
            @Value("${tandem.bootstrap.admin-password:}") String password,
            @Value("${tandem.bootstrap.organisation-name:My organisation}") String organisationName) {
        this.structure = structure;
        this.staffStore = staffStore;
        this.accounts = accounts;
        this.tx = tx;
        this.password = password;
        this.organisationName = organisationName;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(10)
    void createOrganisationAndAdministrator() {
        if (password.isBlank() || structure.organisationCount() > 0) {
            return;
        }
        tx.executeWithoutResult(status -> {
            UUID org = structure.insertOrganisation(organisationName.trim(), null);
            UUID site = structure.insertSite(org, "Main site");
            structure.insertTeam(org, site, "First team");
            UUID staff = UUID.randomUUID();
            staffStore.insertStaff(staff, org, "Tandem", "Administrator", null, "Administrator");
            accounts.createAccount(new NewAccount("admin", password, EnumSet.of(Role.ADMIN), OrganisationId.of(org), null, StaffId.of(staff)));
        });
        log.info("Created the organisation and the account 'admin' for the first start");
    }
}
