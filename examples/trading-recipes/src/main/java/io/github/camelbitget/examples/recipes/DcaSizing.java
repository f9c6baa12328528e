package io.github.camelbitget.examples.recipes;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import io.github.camelbitget.model.Contract;
import io.github.camelbitget.model.FuturesTicker;
import org.apache.camel.Body;
import org.apache.camel.ExchangeProperty;

/**
 * How much to buy for a fixed quote amount: the amount divided by the last price, rounded down to the contract's size
 * step, and raised to the contract's minimums (minTradeNum, minTradeUSDT) when it falls below them.
 */
public class DcaSizing {

    private BigDecimal quoteAmount;

    /** The quote amount (USDT) to buy for each time. */
    public void setQuoteAmount(BigDecimal quoteAmount) {
        this.quoteAmount = quoteAmount;
    }

    public BigDecimal size(@ExchangeProperty("contract") Contract contract, @Body List<FuturesTicker> ticker) {
        BigDecimal price = ticker.get(0).lastPr();
        BigDecimal size = contract.roundSizeDown(quoteAmount.divide(price, contract.volumePlace() + 2,
                RoundingMode.DOWN));
        if (size.compareTo(contract.minTradeNum()) < 0) {
            size = contract.minTradeNum();
        }
        if (!contract.meetsMinimums(size, price)) {
            BigDecimal minimum = contract.minTradeUSDT().divide(price, contract.volumePlace(), RoundingMode.UP);
            size = minimum.divide(contract.sizeMultiplier(), 0, RoundingMode.UP).multiply(contract.sizeMultiplier())
                    .setScale(contract.volumePlace(), RoundingMode.DOWN);
        }
        return size;
    }
}
