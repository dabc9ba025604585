package org.insaf.application.casefile.read;

import org.insaf.domain.casefile.Agency;
import org.insaf.domain.casefile.Province;

import java.time.LocalDate;
import java.util.List;

/** Views of a case for the tests of the read side and of its readers. */
public final class CaseDetailFixture {

    private CaseDetailFixture() {
    }

    /**
     * The view with what a case built by the kits lacks added, so that every part holds something:
     * another law's section, a sentencing order, a transfer and an appeal's outcome for its first accused,
     * and a reason the investigation closed.
     */
    public static CaseDetail withEveryPart(CaseDetail base) {
        String accused = base.accused().get(0).id();
        CaseDetail.Office lahore = new CaseDetail.Office(Agency.FIA, "AHTC Lahore", Province.PUNJAB, "Lahore");
        CaseDetail.Office multan = new CaseDetail.Office(Agency.FIA, "AHTC Multan", Province.PUNJAB, "Multan");
        return new CaseDetail(base.id(), base.version(), base.firNumber(), base.office(), base.firSections(),
                List.of("Foreigners Act 1946 s.14"), base.status(), base.registeredOn(), base.statusDates(),
                "a reason, for the test", base.victims(), base.accused(), base.charges(), base.hearings(),
                base.warnings(), base.assignment(), base.recordedFacts(),
                List.of(new CaseDetail.SentencingOrder(accused, LocalDate.of(2018, 1, 20), List.of(), 30, List.of(),
                        10, 6, 0, "10 years 6 months", LocalDate.of(2028, 6, 20))),
                multan, lahore, List.of(new CaseDetail.Transfer(LocalDate.of(2017, 4, 1), lahore, multan, "ordered")),
                List.of(new CaseDetail.Appellate(accused, List.of(), List.of(), 10, 6, 0, "10 years 6 months",
                        LocalDate.of(2028, 6, 20))));
    }
}
