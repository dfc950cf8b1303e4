package tandem.people.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import tandem.consent.AccessDecisions;
import tandem.identity.CurrentUser;
import tandem.identity.Accounts;
import tandem.identity.NewAccount;
import tandem.identity.Role;
import tandem.people.DemoOrganisationSeeded;
import tandem.people.Share;
import tandem.shared.ids.OrganisationId;
import tandem.shared.ids.ProgrammeId;
import tandem.shared.ids.PersonId;
import tandem.shared.ids.StaffId;
import tandem.shared.ids.TeamId;

/**
 * Seeds the synthetic demo organisation once, on the first start with {@code tandem.demo.seed=true}
 * (the demo profile). Every name is fictional. Other modules add their demo data when they hear
 * {@link DemoOrganisationSeeded}.
 */
@Component
@ConditionalOnProperty(name = "tandem.demo.seed", havingValue = "true")
class DemoOrganisation {

    static final String PASSWORD = "tandem-demo-pass";

    private static final Logger log = LoggerFactory.getLogger(DemoOrganisation.class);

    private static final String[] GIVEN = {"Amara", "Ben", "Cara", "Dev", "Eli", "Fern", "Gus", "Hana", "Ike", "Jas",
            "Kit", "Lena", "Mo", "Nia", "Oli", "Pia", "Quin", "Ravi", "Sol", "Tess", "Uma", "Vic", "Wren", "Xan", "Yas",
            "Zac", "Ada", "Bo", "Cy", "Dot", "Ezra", "Flo", "Gil", "Hal", "Iris", "Jude", "Kai", "Lou", "Max", "Nell"};
    private static final String[] FAMILY = {"Abbott", "Baines", "Calder", "Dunmore", "Elwood", "Fairley", "Garside",
            "Holt", "Ingham", "Jessop", "Kershaw", "Lumb", "Marsden", "Nuttall", "Oldroyd", "Pickles", "Quarmby",
            "Riley", "Sutcliffe", "Tattersall", "Uttley", "Varley", "Whiteley", "Yeadon", "Ackroyd", "Bairstow",
            "Crabtree", "Dyson", "Earnshaw", "Firth"};
    private static final String[] PRONOUNS = {"she/her", "he/him", "they/them", null, null};

    private final StructureStore structure;
    private final StaffStore staffStore;
    private final CaseloadStore caseloads;
    private final SupporterStore supporters;
    private final PersonRepository persons;
    private final Accounts accounts;
    private final TransactionTemplate tx;
    private final ApplicationEventPublisher events;
    private final AccessDecisions access;

    DemoOrganisation(StructureStore structure, StaffStore staffStore, CaseloadStore caseloads, SupporterStore supporters, PersonRepository persons, Accounts accounts, TransactionTemplate tx,
            ApplicationEventPublisher events, AccessDecisions access) {
        this.access = access;
        this.structure = structure;
        this.staffStore = staffStore;
        this.caseloads = caseloads;
        this.supporters = supporters;
        this.persons = persons;
        this.accounts = accounts;
        this.tx = tx;
        this.events = events;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(0)
    void seedOnce() {
        if (structure.organisationCount() > 0) {
            return;
        }
        long started = System.currentTimeMillis();
        DemoOrganisationSeeded seeded = tx.execute(status -> seed());
        tx.executeWithoutResult(status -> history(seeded));
        events.publishEvent(seeded);
        log.info("Seeded the demo organisation in {} ms", System.currentTimeMillis() - started);
    }

    DemoOrganisationSeeded seed() {
        Random random = new Random(42);
        LocalDate today = LocalDate.now();
        String hash = accounts.encode(PASSWORD);

        UUID programme = structure.insertProgramme("Northern Recovery Network");
        UUID org = structure.insertOrganisation("Riverside Mental Health Services", programme);
        UUID centre = structure.insertSite(org, "Riverside Centre");
        UUID hillside = structure.insertSite(org, "Hillside House");
        UUID north = structure.insertTeam(org, centre, "North Community");
        UUID south = structure.insertTeam(org, hillside, "South Community");
        UUID early = structure.insertTeam(org, hillside, "Early Intervention");
        List<UUID> teams = List.of(north, south, early);

        UUID sam = staff(org, "Sam", "Okafor", "Care coordinator", List.of(north), "sam", EnumSet.of(Role.PRACTITIONER), hash);
        UUID pat = staff(org, "Pat", "Lindqvist", "Peer support worker", List.of(north), "pat",
                EnumSet.of(Role.PEER_SUPPORT_WORKER), hash);
        UUID tutor = staff(org, "Toni", "Rahman", "Recovery College peer trainer", List.of(), "tutor", EnumSet.of(Role.TUTOR), hash);
        UUID college = staff(org, "Cal", "Ferris", "Recovery College manager", List.of(), "college",
                EnumSet.of(Role.COLLEGE_ADMIN), hash);
        UUID lead = staff(org, "Lee", "Marchetti", "Service lead", List.of(), "lead", EnumSet.of(Role.SERVICE_LEAD), hash);
        UUID admin = staff(org, "Ash", "Nakamura", "Systems administrator", List.of(), "admin", EnumSet.of(Role.ADMIN), hash);
        staff(org, "Kim", "Adeyemi", "Community psychiatric nurse", List.of(south), "kim", EnumSet.of(Role.PRACTITIONER), hash);
        staff(org, "Rob", "Hallam", "Occupational therapist", List.of(early), "rob", EnumSet.of(Role.PRACTITIONER), hash);
        staff(org, "Jess", "Morley", "Peer support worker", List.of(south, early), "jess",
                EnumSet.of(Role.PEER_SUPPORT_WORKER), hash);
        staff(org, "Nia", "Osei", "Programme lead, Northern Recovery Network", List.of(), "network",
                EnumSet.of(Role.PROGRAMME_LEAD), hash);
        staff(org, "Rowan", "Fielding", "Research fellow", List.of(), "researcher", EnumSet.of(Role.RESEARCHER), hash);
        // Colleagues without Tandem accounts: the rest of the workforce, for workforce counts.
        String[][] colleagues = {{"Priya", "Shah", "Mental health nurse"}, {"Tom", "Brennan", "Peer support worker"},
            {"Ola", "Nowak", "Clinical psychologist"}, {"Dev", "Kapoor", "Support worker"}, {"Grace", "Mensah", "Peer support worker"},
            {"Liam", "Doyle", "Social worker"}, {"Aisha", "Rahim", "Occupational therapist"}, {"Ben", "Carter", "Mental health nurse"},
            {"Chloe", "Evans", "Senior peer support worker"}, {"Sami", "Haddad", "Psychiatrist"}, {"Ruth", "Walsh", "Support worker"},
            {"Yusuf", "Ali", "Peer support worker"}, {"Hannah", "Price", "Team manager"}, {"Marco", "Rossi", "Mental health nurse"},
            {"Ellie", "Ward", "Administrator"}, {"Kwame", "Boateng", "Peer support worker"}};
        for (int i = 0; i < colleagues.length; i++) {
            UUID id = UUID.randomUUID();
            staffStore.insertStaff(id, org, colleagues[i][0], colleagues[i][1],
                    colleagues[i][0].toLowerCase() + "." + colleagues[i][1].toLowerCase() + "@riverside.example", colleagues[i][2]);
            staffStore.replaceTeams(id, List.of(teams.get(i % teams.size())));
        }
        List<UUID> others = new ArrayList<>();
        for (String[] o : new String[][] {{"Eastbrook Partnership", "Eastbrook"}, {"Westvale Health", "Westvale"}}) {
            UUID other = structure.insertOrganisation(o[0], programme);
            List<UUID> otherTeams = new ArrayList<>();
            for (int site = 1; site <= 2; site++) {
                UUID siteId = structure.insertSite(other, o[1] + " site " + site);
                otherTeams.add(structure.insertTeam(other, siteId, o[1] + " community team " + site));
            }
            for (int i = 0; i < 12; i++) {
                UUID id = UUID.randomUUID();
                String given = GIVEN[random.nextInt(GIVEN.length)];
                String family = FAMILY[random.nextInt(FAMILY.length)];
                staffStore.insertStaff(id, other, given, family, null, i % 3 == 0 ? "Peer support worker" : "Practitioner");
                staffStore.replaceTeams(id, List.of(otherTeams.get(i % 2)));
            }
            others.add(other);
        }

        UUID alex = person(org, "Alexandra", "Morgan", "Alex", "they/them", LocalDate.of(1991, 4, 12), north,
                today.minusMonths(18), random);
        accounts.createAccountWithHash(new NewAccount("alex", null, Set.of(Role.PERSON), OrganisationId.of(org), PersonId.of(alex), null), hash);
        UUID jo = person(org, "Joanne", "Pennington", "Jo", "she/her", LocalDate.of(1986, 9, 3), south,
                today.minusMonths(10), random);
        accounts.createAccountWithHash(new NewAccount("jo", null, Set.of(Role.PERSON), OrganisationId.of(org), PersonId.of(jo), null), hash);
        UUID robin = accounts.createAccountWithHash(new NewAccount("robin", null, Set.of(Role.SUPPORTER), OrganisationId.of(org), null, null),
                hash).value();
        supporters.insertSupporterLink(alex, robin, "Friend", EnumSet.of(Share.PROFILE));

        List<UUID> people = new ArrayList<>(List.of(alex, jo));
        for (int i = 0; i < 198; i++) {
            String given = GIVEN[random.nextInt(GIVEN.length)];
            String family = FAMILY[random.nextInt(FAMILY.length)];
            UUID team = teams.get(random.nextInt(teams.size()));
            UUID id = person(org, given, family, null, PRONOUNS[random.nextInt(PRONOUNS.length)],
                    LocalDate.of(1950 + random.nextInt(55), 1 + random.nextInt(12), 1 + random.nextInt(28)), team,
                    today.minusDays(30 + random.nextInt(900)), random);
            if (random.nextInt(10) == 0) {
                // some people moved on from a team earlier
                UUID previous = teams.get(random.nextInt(teams.size()));
                UUID c = caseloads.insertCaseload(id, previous, today.minusDays(1000 + random.nextInt(400)));
                caseloads.endCaseload(c, today.minusDays(950));
            }
            people.add(id);
        }
        return new DemoOrganisationSeeded(ProgrammeId.of(programme), OrganisationId.of(org), people.stream().map(PersonId::new).toList(),
                PersonId.of(alex), PersonId.of(jo), StaffId.of(sam), StaffId.of(pat), StaffId.of(tutor), StaffId.of(college), StaffId.of(lead),
                StaffId.of(admin), TeamId.of(north), TeamId.of(south), TeamId.of(early), others.stream().map(OrganisationId::new).toList());
    }

    /** A little access history: Sam and Pat have opened Alex's record; Rob used emergency access for Jo. */
    private void history(DemoOrganisationSeeded seeded) {
        CurrentUser sam = user("sam");
        CurrentUser pat = user("pat");
        access.openRecord(sam, seeded.alex(), "person summary");
        access.openRecord(pat, seeded.alex(), "person summary");
        access.breakGlass(user("rob"), seeded.jo(),
                "Jo's sister rang the crisis line at night, worried about her. Checking Jo's contacts and team.");
        access.openRecord(user("rob"), seeded.jo(), "person summary");
    }

    private CurrentUser user(String username) {
        var a = accounts.byUsername(username).orElseThrow();
        return new CurrentUser(a.id(), a.username(), a.username(), a.roles(), a.personId(), a.staffId(), a.organisationId());
    }

    private UUID staff(UUID org, String given, String family, String job, List<UUID> teams, String username,
            Set<Role> roles, String hash) {
        UUID id = UUID.randomUUID();
        staffStore.insertStaff(id, org, given, family, username + "@riverside.example", job);
        staffStore.replaceTeams(id, teams);
        accounts.createAccountWithHash(new NewAccount(username, null, roles, OrganisationId.of(org), null, StaffId.of(id)), hash);
        return id;
    }

    /** How many demo NHS numbers were made (a counter, so that the seeded random values of the demo stay as they were). */
    private int demoNhsNumbers;

    private UUID person(UUID org, String given, String family, String preferred, String pronouns, LocalDate dob,
            UUID team, LocalDate from, Random random) {
        UUID id = UUID.randomUUID();
        boolean email = random.nextBoolean();
        // NHS numbers from the range starting 999, which the NHS never issues; typed in, not yet checked
        String nhs = tandem.people.NhsNumber.withCheckDigit("999" + String.format("%06d", ++demoNhsNumbers * 7919 % 1_000_000))
                .map(tandem.people.NhsNumber::digits).orElse(null);
        persons.save(new PersonRow(id, org, given, family, preferred, pronouns, dob,
                email ? given.toLowerCase() + "." + family.toLowerCase() + "@example.org" : null,
                random.nextBoolean() ? "01632 960" + String.format("%03d", random.nextInt(1000)) : null, email,
                false, !email, java.time.Instant.now(), null, nhs, nhs == null ? null : tandem.people.NhsNumberStatus.UNVERIFIED));
        caseloads.insertCaseload(id, team, from);
        return id;
    }
}
