package tandem.community.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tandem.audit.AuditAction;
import tandem.audit.AuditEvent;
import tandem.audit.AuditLog;
import tandem.community.Resource;
import tandem.community.ResourceForm;
import tandem.community.Resources;
import tandem.community.Topic;
import tandem.identity.CurrentUser;
import tandem.identity.Role;
import tandem.shared.PageOf;
import tandem.shared.error.ConflictException;
import tandem.shared.error.ForbiddenException;
import tandem.shared.error.NotFoundException;
import tandem.shared.error.Validation;

/** The resources library over {@link ResourceStore}: search and exports for anyone, changes for administrators. */
@Service
class ResourcesService implements Resources {

    private final ResourceStore store;
    private final AuditLog audit;

    ResourcesService(ResourceStore store, AuditLog audit) {
        this.store = store;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    @Override
    public PageOf<Resource> search(String query, String topic, int page) {
        String q = clean(query);
        String t = topic(topic);
        int p = Math.max(0, page);
        return new PageOf<>(store.search(q, t, PAGE_SIZE, (long) p * PAGE_SIZE).stream().map(ResourcesService::resource).toList(),
                p, PAGE_SIZE, store.countMatching(q, t));
    }

    @Transactional(readOnly = true)
    @Override
    public List<Resource> all(String query, String topic) {
        return store.search(clean(query), topic(topic), 0, 0).stream().map(ResourcesService::resource).toList();
    }

    @Transactional(readOnly = true)
    @Override
    public Resource byKey(String key) {
        return store.byKey(key).map(ResourcesService::resource).orElseThrow(() -> new NotFoundException("Resource"));
    }

    @Override
    public String ris(String query, String topic) {
        return Citations.ris(all(query, topic));
    }

    @Override
    public String bibtex(String query, String topic) {
        return Citations.bibtex(all(query, topic));
    }

    @Transactional
    @Override
    public String create(CurrentUser admin, ResourceForm form) {
        requireAdmin(admin);
        ResourceRow r = check(form, UUID.randomUUID(), 0);
        if (store.byKey(r.key()).isPresent()) {
            throw new tandem.shared.error.InvalidInputException(List.of(new tandem.shared.FieldProblem("key",
                    "Another resource already uses this short name")));
        }
        store.insert(r, admin.username());
        audit.record(new AuditEvent(admin.username(), Role.ADMIN.name(), admin.organisationId(), null, AuditAction.CREATE,
                "library resource", r.key(), false));
        return r.key();
    }

    @Transactional
    @Override
    public void update(CurrentUser admin, String key, ResourceForm form) {
        requireAdmin(admin);
        Resource current = byKey(key);
        long version;
        try {
            version = Long.parseLong(form.version().trim());
        } catch (RuntimeException e) {
            version = -1;
        }
        ResourceRow r = check(new ResourceForm(key, form.authors(), form.year(), form.title(), form.source(), form.url(),
                form.type(), form.topics(), form.summary(), form.version()), current.id(), version);
        if (!store.update(r, admin.username(), version)) {
            throw new ConflictException("version", "Someone else changed this resource since you opened it. Open it again.");
        }
        audit.record(new AuditEvent(admin.username(), Role.ADMIN.name(), admin.organisationId(), null, AuditAction.UPDATE,
                "library resource", key, false));
    }

    private static void requireAdmin(CurrentUser user) {
        if (!user.has(Role.ADMIN)) {
            throw new ForbiddenException("Only administrators can change the resources library.");
        }
    }

    static ResourceRow check(ResourceForm f, UUID id, long version) {
        Validation v = new Validation();
        String key = Validation.trimToNull(f.key());
        if (key == null || !key.matches("[a-z0-9][a-z0-9-]{0,59}")) {
            v.add("key", "Enter a short name of lower-case letters, numbers and dashes, like leamy-2011");
        }
        List<String> authors = new ArrayList<>();
        for (String line : (f.authors() == null ? "" : f.authors()).split("\\R")) {
            if (!line.isBlank()) {
                authors.add(line.strip());
            }
        }
        if (authors.isEmpty()) {
            v.add("authors", "Enter at least one author, one per line");
        } else if (authors.size() > 50 || authors.stream().anyMatch(a -> a.length() > 200 || a.contains("\u001f"))) {
            v.add("authors", "Enter up to 50 authors of up to 200 characters each");
        }
        int year = 0;
        try {
            year = Integer.parseInt(f.year() == null ? "" : f.year().trim());
        } catch (NumberFormatException e) {
            year = -1;
        }
        if (year < 1800 || year > 2200) {
            v.add("year", "Enter the year of publication as four digits, like 2011");
        }
        String title = Validation.trimToNull(f.title());
        v.required("title", title, "the title", 500);
        String source = Validation.trimToNull(f.source());
        v.required("source", source, "where it was published", 500);
        String url = Validation.trimToNull(f.url());
        if (url != null && (url.length() > 500 || !WebAddresses.isWebAddress(url))) {
            v.add("url", "Enter the link as a web address starting with https://");
        }
        String type = f.type() == null ? "" : f.type().trim().toUpperCase();
        v.check(TYPES.contains(type), "type", "Choose what kind of publication it is");
        Set<Topic> topics = new LinkedHashSet<>();
        for (String t : f.topics()) {
            Topic topic = Arrays.stream(Topic.values()).filter(x -> x.name().equalsIgnoreCase(t.trim())).findFirst().orElse(null);
            if (topic == null) {
                v.add("topics", "Choose topics from the list");
                break;
            }
            topics.add(topic);
        }
        if (topics.isEmpty() && !v.problems().stream().anyMatch(p -> p.field().equals("topics"))) {
            v.add("topics", "Choose at least one topic");
        }
        String summary = Validation.trimToNull(f.summary());
        v.maxLength("summary", summary, "the summary", 300);
        v.throwIfInvalid();
        return new ResourceRow(id, key, List.copyOf(authors), year, title, source, url, type, List.copyOf(topics), summary, version);
    }

    private static Resource resource(ResourceRow r) {
        return new Resource(r.id(), r.key(), r.authors(), r.year(), r.title(), r.source(), r.url(), r.type(), r.topics(),
                r.summary(), r.version());
    }

    private static String clean(String query) {
        String q = query == null ? "" : query.strip();
        return q.length() > 100 ? q.substring(0, 100) : q;
    }

    private static String topic(String topic) {
        if (topic == null || topic.isBlank()) {
            return "";
        }
        return Arrays.stream(Topic.values()).filter(t -> t.name().equalsIgnoreCase(topic.trim())).findFirst()
                .map(Enum::name).orElseThrow(() -> new tandem.shared.error.InvalidInputException(
                        List.of(new tandem.shared.FieldProblem("topic", "Choose a topic from the list"))));
    }
}
