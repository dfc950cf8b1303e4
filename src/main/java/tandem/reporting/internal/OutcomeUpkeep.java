package tandem.reporting.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import tandem.measures.MeasuresApi;
import tandem.measures.ResponseRecorded;
import tandem.reporting.OutcomeRule;

/**
 * Keeps the outcome read model exact: a stored response updates that person's rows in the same
 * transaction; once an hour, periods that have rolled over to a new month are rebuilt (any node
 * may run it: the rebuild takes a database lock and checks again before it starts).
 */
@Component
class OutcomeUpkeep {

    private static final Logger log = LoggerFactory.getLogger(OutcomeUpkeep.class);

    private final OutcomeReadModel model;
    private final MeasuresApi measures;

    OutcomeUpkeep(OutcomeReadModel model, MeasuresApi measures) {
        this.model = model;
        this.measures = measures;
    }

    /**
     * Synchronous on purpose (a plain {@code @EventListener}, not an asynchronous module listener):
     * the person's rows must change in the transaction that stores the response, so that a dashboard
     * read right after the response agrees with it exactly (decision 0007).
     */
    @EventListener
    void onResponse(ResponseRecorded event) {
        // the response was just scored with the current version, so its own version is the current one
        model.refreshPerson(OutcomeRule.of(measures.instrument(event.response().instrument(), event.response().definitionVersion())),
                event.response().personId().value());
    }

    @Scheduled(fixedDelayString = "${tandem.reporting.roll-over-check:PT1H}", initialDelayString = "PT2M")
    void rollOver() {
        for (OutcomeReadModel.Window w : model.stale()) {
            OutcomeReadModel.Window built = model.rebuild(OutcomeRule.of(measures.instrument(w.instrument())), w.months());
            log.info("Rebuilt outcomes for {} over {} months from {} in {} ms", w.instrument(), w.months(), built.start(),
                    built.buildMs());
        }
    }
}
