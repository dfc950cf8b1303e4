package tandem.people.internal;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tandem.audit.AuditAction;
import tandem.audit.AuditEvent;
import tandem.audit.AuditLog;
import tandem.identity.AccountSummary;
import tandem.identity.Accounts;
import tandem.identity.CurrentUser;
import tandem.identity.Role;
import tandem.people.StaffAccounts;
import tandem.shared.error.ForbiddenException;
import tandem.shared.error.NotFoundException;
import tandem.shared.error.RuleRefusedException;
import tandem.shared.ids.StaffId;

/** {@link StaffAccounts}: the account is identity's; who may change it, and the audit entry, are decided here. */
@Service
class StaffAccountsService implements StaffAccounts {

    private final StaffStore staff;
    private final Accounts accounts;
    private final AuditLog audit;

    StaffAccountsService(StaffStore staff, Accounts accounts, AuditLog audit) {
        this.staff = staff;
        this.accounts = accounts;
        this.audit = audit;
    }

    @Override
    @Transactional
    public void setEnabled(CurrentUser admin, StaffId staffId, boolean enabled) {
        if (!admin.has(Role.ADMIN)) {
            throw new ForbiddenException("Only administrators disable or enable accounts.");
        }
        staff.staff(staffId.value()).filter(s -> s.organisationId().equals(admin.organisationId()))
                .orElseThrow(() -> new NotFoundException("Staff member"));
        AccountSummary account = accounts.byStaff(staffId).orElseThrow(() -> new NotFoundException("Account"));
        if (account.id().equals(admin.accountId())) {
            throw new RuleRefusedException("account", "You cannot disable your own account. Ask another administrator.");
        }
        accounts.setEnabled(account.id(), enabled);
        audit.record(new AuditEvent(admin.username(), "ADMIN", admin.organisationId(), null, AuditAction.UPDATE,
                enabled ? "staff account enabled" : "staff account disabled", staffId.toString(), false));
    }
}
