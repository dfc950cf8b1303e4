package tandem.identity.internal;

import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tandem.identity.CurrentUser;
import tandem.identity.SignedInSessions;
import tandem.shared.TandemClock;
import tandem.shared.error.NotFoundException;

/** {@link SignedInSessions}, over Spring Session's rows and the devices kept beside them. */
@Service
class SignedInSessionsService implements SignedInSessions {

    private static final Logger security = LoggerFactory.getLogger("tandem.security");

    private final SessionDevices devices;
    private final TandemClock clock;

    SignedInSessionsService(SessionDevices devices, TandemClock clock) {
        this.devices = devices;
        this.clock = clock;
    }

    @Override
    @Transactional
    public List<Device> ofAccount(CurrentUser user, String currentSessionId) {
        return devices.sessionsOf(user.accountId().value(), user.username(), clock.now().toEpochMilli()).stream()
                .map(r -> new Device(r.handle(), r.signedInAt(), r.lastUsedAt(), r.clientAddress(), DeviceNames.describe(r.userAgent()),
                        r.sessionId().equals(currentSessionId)))
                .toList();
    }

    @Override
    @Transactional
    public void end(CurrentUser user, UUID handle) {
        if (handle == null || !devices.end(user.accountId().value(), handle)) {
            throw new NotFoundException("Session");
        }
        security.info("Account {} signed out one of its sessions", user.accountId());
    }

    @Override
    @Transactional
    public int endOthers(CurrentUser user, String currentSessionId) {
        int ended = devices.endAllBut(user.username(), currentSessionId);
        security.info("Account {} signed out {} other sessions", user.accountId(), ended);
        return ended;
    }
}
