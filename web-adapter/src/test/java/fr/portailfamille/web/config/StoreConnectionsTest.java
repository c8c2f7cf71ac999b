package fr.portailfamille.web.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicReference;

import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.UnitOfWorkAwareConnectionProviderWrapper;
import org.axonframework.common.transaction.Transaction;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.spring.jdbc.SpringDataSourceConnectionProvider;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

import com.zaxxer.hikari.HikariDataSource;

/**
 * A unit of work reads the store in its Spring transaction, as a query or a command does; its commit gives the
 * connection back to the pool, and another thread may borrow it before the unit of work is cleaned up. The pool has
 * one connection, so that the other thread gets that one.
 */
class StoreConnectionsTest {
    private final HikariDataSource pool = onePooledConnection();

    private static HikariDataSource onePooledConnection() {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl("jdbc:h2:mem:store-connections;DB_CLOSE_DELAY=-1");
        dataSource.setMaximumPoolSize(1);
        return dataSource;
    }

    @AfterEach
    void closePool() {
        pool.close();
    }

    @Test
    void givenTheStoresProvider_whenAnotherThreadBorrowsTheConnectionBeforeTheCleanup_thenItsStatementsAreItsOwn()
            throws SQLException {
        ConnectionProvider provider = new EventStorageConfiguration().connectionProvider(pool);

        assertThat(borrowersStatementClosedWithItsConnection(provider)).isTrue();
    }

    /** Why the store does not use Axon's default provider: its cleanup closes the connection a second time. */
    @Test
    void givenAxonsDefaultProvider_whenAnotherThreadBorrowsTheConnectionBeforeTheCleanup_thenItsStatementsAreLost()
            throws SQLException {
        ConnectionProvider provider = new UnitOfWorkAwareConnectionProviderWrapper(
                new SpringDataSourceConnectionProvider(pool));

        assertThat(borrowersStatementClosedWithItsConnection(provider)).isFalse();
    }

    /**
     * Whether the borrower's statement is closed with its connection, as HikariCP does for the statements it tracks:
     * one it no longer tracks stays open.
     */
    private boolean borrowersStatementClosedWithItsConnection(ConnectionProvider provider) throws SQLException {
        TransactionManager transactions = new SpringTransactionManager(new DataSourceTransactionManager(pool));
        AtomicReference<Connection> borrower = new AtomicReference<>();
        AtomicReference<PreparedStatement> borrowersStatement = new AtomicReference<>();
        DefaultUnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(GenericMessage.asMessage("read the store"));
        Transaction transaction = transactions.startTransaction();
        unitOfWork.onCommit(committed -> transaction.commit());
        unitOfWork.onRollback(rolledBack -> transaction.rollback());
        unitOfWork.afterCommit(committed -> {
            try {
                borrower.set(pool.getConnection());
                borrowersStatement.set(borrower.get().prepareStatement("SELECT 1"));
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        Connection connection = provider.getConnection();
        try (PreparedStatement read = connection.prepareStatement("SELECT 1");
             ResultSet result = read.executeQuery()) {
            assertThat(result.next()).isTrue();
        }
        connection.close();

        unitOfWork.commit();
        borrower.get().close();

        return borrowersStatement.get().isClosed();
    }
}
