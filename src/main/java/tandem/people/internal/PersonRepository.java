package tandem.people.internal;

import java.util.UUID;

import org.springframework.data.repository.CrudRepository;

interface PersonRepository extends CrudRepository<PersonRow, UUID> {
}
