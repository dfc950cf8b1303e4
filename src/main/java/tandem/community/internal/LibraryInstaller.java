package tandem.community.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import tandem.community.Topic;
import tools.jackson.databind.json.JsonMapper;

/**
 * Installs the shipped resources library (every reference the seed cites) the first time Tandem
 * starts. Administrators may then correct and add entries; a later start leaves them alone.
 */
@Component
class LibraryInstaller {

    private static final Logger log = LoggerFactory.getLogger(LibraryInstaller.class);

    /** One entry of {@code community/resources.json}. */
    record Entry(String key, List<String> authors, int year, String title, String source, String url, String type,
            List<Topic> topics, String summary) {
    }

    private final ResourceStore store;
    private final TransactionTemplate tx;

    LibraryInstaller(ResourceStore store, TransactionTemplate tx) {
        this.store = store;
        this.tx = tx;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(5)
    void installOnce() {
        if (!Boolean.TRUE.equals(tx.execute(status -> store.count() == 0))) {
            return;
        }
        try {
            // In one transaction, so that another node starting at the same time installs all of it or none.
            tx.executeWithoutResult(status -> shipped().forEach(e -> store.insert(new ResourceRow(UUID.randomUUID(), e.key(),
                    e.authors(), e.year(), e.title(), e.source(), e.url(), e.type(), e.topics(), e.summary(), 0), "system")));
            log.info("Installed the resources library");
        } catch (DuplicateKeyException e) {
            log.info("Another node installed the resources library first");
        }
    }

    static List<Entry> shipped() {
        try (InputStream in = LibraryInstaller.class.getResourceAsStream("/community/resources.json")) {
            return List.of(JsonMapper.builder().build().readValue(in, Entry[].class));
        } catch (IOException e) {
            throw new IllegalStateException("The shipped resources library cannot be read", e);
        }
    }
}
