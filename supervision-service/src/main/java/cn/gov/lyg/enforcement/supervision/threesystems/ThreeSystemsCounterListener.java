package cn.gov.lyg.enforcement.supervision.threesystems;

import cn.gov.lyg.enforcement.supervision.caseregister.CaseFactsChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Keeps the three-systems counters up to date with every saved change of a case's facts (same request). */
@Component
class ThreeSystemsCounterListener {

    private final ThreeSystemsStore store;

    ThreeSystemsCounterListener(ThreeSystemsStore store) {
        this.store = store;
    }

    @EventListener
    public void on(CaseFactsChanged change) {
        store.apply(change.before(), change.after());
    }
}
