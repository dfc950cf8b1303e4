package tandem.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import tandem.shared.ids.PersonId;
import tandem.support.DemoUsers;

@SpringBootTest(properties = "tandem.demo.seed=true")
class BirthDatesTest {

    @Autowired
    PeopleApi people;

    @Autowired
    JdbcClient jdbc;

    @Test
    void birthDatesOfManyPeopleAtOnceLeaveOutPeopleWhoDoNotExist() {
        PersonId alex = PersonId.of(DemoUsers.personId(jdbc, "alex"));
        PersonId jo = PersonId.of(DemoUsers.personId(jdbc, "jo"));
        assertThat(people.birthDates(List.of(alex, jo, PersonId.of(UUID.randomUUID())))).containsExactlyInAnyOrder(
                new BirthDate(alex, LocalDate.of(1991, 4, 12)), new BirthDate(jo, LocalDate.of(1986, 9, 3)));
        assertThat(people.birthDates(List.of())).isEmpty();
    }
}
