package tandem.shared.db;

import javax.sql.DataSource;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The transaction manager: Spring's JDBC one, with {@link WithCommit} statements sent along with the COMMIT. */
@Configuration(proxyBeanMethods = false)
class TransactionConfig {

    @Bean
    CommitRidingTransactionManager transactionManager(DataSource dataSource) {
        return new CommitRidingTransactionManager(dataSource);
    }
}
