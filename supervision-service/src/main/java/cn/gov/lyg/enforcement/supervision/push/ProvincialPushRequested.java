package cn.gov.lyg.enforcement.supervision.push;

/**
 * A Spring application event another feature of this service publishes to hand a record to the provincial push
 * (the statistics feature: {@code new ProvincialPushRequested(ProvincialRecord.annualStatistics(...))} when a
 * report is submitted or published). Handled synchronously by {@link PushService#onRequested}: when the publishing
 * call returns, the record is in the delivery log. Calling {@link PushService#enqueue} directly does the same.
 */
public record ProvincialPushRequested(ProvincialRecord record) {
}
