package io.github.camelbitget.examples.recipes;

import java.math.BigDecimal;

import io.github.camelbitget.journal.TradeJournal;
import io.github.camelbitget.journal.jdbc.JdbcTradeJournal;
import org.apache.camel.BeanInject;
import org.apache.camel.BindToRegistry;
import org.apache.camel.CamelConfiguration;
import org.apache.camel.PropertyInject;
import org.h2.jdbcx.JdbcDataSource;

/** The beans of the recipes, configured from {@code application.properties}. */
public class RecipesConfiguration implements CamelConfiguration {

    @BindToRegistry
    public DcaSizing dcaSizing(@PropertyInject("recipes.dca.quote-amount") String quoteAmount) {
        DcaSizing sizing = new DcaSizing();
        sizing.setQuoteAmount(new BigDecimal(quoteAmount));
        return sizing;
    }

    @BindToRegistry
    public FlatSchedule flatSchedule(@PropertyInject("recipes.auto-flat.at") String at,
                                     @PropertyInject(value = "recipes.auto-flat.after", defaultValue = "") String after) {
        FlatSchedule schedule = new FlatSchedule();
        schedule.setAt(at);
        schedule.setAfter(after);
        return schedule;
    }

    @BindToRegistry
    public BasisScanner basisScanner() {
        return new BasisScanner();
    }

    /** The trade journal: H2 by default; any JDBC URL with its driver on the classpath works. */
    @BindToRegistry
    public TradeJournal tradeJournal(@PropertyInject("recipes.journal.url") String url) {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL(url);
        return new JdbcTradeJournal(dataSource);
    }

    @BindToRegistry
    public JournalReport journalReport(@BeanInject("tradeJournal") TradeJournal journal) {
        return new JournalReport(journal);
    }
}
